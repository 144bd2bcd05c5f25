using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Whether the project's own infrastructure checks the code of every OKX response: a <c>DelegatingHandler</c> (or other
/// <c>HttpMessageHandler</c>) in OKX code that throws unless <c>code</c> is "0", or a validation callback (a lambda
/// given to a member or parameter named for validation or for what runs after a response: <c>ResponseValidator</c>,
/// <c>AfterCall</c>, <c>OnResponse</c>, <c>EnsureSuccess</c>…) that does the same. Then a payload read at the call site
/// is checked already. Decided from syntax, once per compilation, and only when OKX005 would report.
/// </summary>
internal sealed class ResponseInfrastructure
{
    private readonly Compilation _compilation;
    private readonly OkxGate _gate;
    private int _state; // 0 unknown, 1 no, 2 yes

    public ResponseInfrastructure(Compilation compilation, OkxGate gate)
    {
        _compilation = compilation;
        _gate = gate;
        Helpers = new ResponseHelpers(compilation);
    }

    /// <summary>The project's own helpers around responses (guard helpers, unchecked deserializing helpers), cached per compilation.</summary>
    public ResponseHelpers Helpers { get; }

    public bool ChecksEveryResponseCode(CancellationToken cancellationToken)
    {
        var state = Volatile.Read(ref _state);
        if (state == 0)
        {
            state = Compute(cancellationToken) ? 2 : 1;
            Volatile.Write(ref _state, state);
        }

        return state == 2;
    }

    private bool Compute(CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_gate.MayContainOkx(tree, cancellationToken))
            {
                continue;
            }

            // Not a walk of every node (that was a tenth of all our rules' time on OKX-dense code): handlers are found
            // among the type declarations, callbacks from the text's "=>" tokens.
            var root = tree.GetRoot(cancellationToken);
            var text = tree.GetText(cancellationToken);
            if ((NamesHandlerBase(text, cancellationToken) && HasCheckingHandler(root)) || HasCheckingCallback(root, text, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text names one of the handler base types <see cref="IsMessageHandler"/> accepts: a handler is declared by
    /// naming its base, so a tree without one is not read for type declarations.
    /// </summary>
    private static bool NamesHandlerBase(Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken)
    {
        var all = new Microsoft.CodeAnalysis.Text.TextSpan(0, text.Length);
        foreach (var name in HandlerBaseNames)
        {
            if (IdentifierText.Mentions(text, all, name, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HandlerBaseNames = { "DelegatingHandler", "HttpMessageHandler", "HttpClientHandler", "MessageProcessingHandler" };

    private static bool HasCheckingHandler(SyntaxNode root)
    {
        foreach (var declaration in TypeDeclarations.In(root, nested: true))
        {
            if (declaration is ClassDeclarationSyntax type && IsMessageHandler(type) && ThrowsUnlessCodeIsZero(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCheckingCallback(SyntaxNode root, Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken)
    {
        const int chunkSize = 4096;
        var buffer = new char[chunkSize + 1];
        for (var start = 0; start < text.Length; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // One character more than the chunk, so an arrow across the boundary is seen.
            var count = Math.Min(chunkSize + 1, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var window = new ReadOnlySpan<char>(buffer, 0, count);
            for (var i = window.IndexOf("=>".AsSpan()); i >= 0 && i < chunkSize; i = NextArrow(window, i + 1))
            {
                if (root.FindToken(start + i) is { RawKind: (int)SyntaxKind.EqualsGreaterThanToken, Parent: LambdaExpressionSyntax lambda } arrow
                    && arrow.SpanStart == start + i
                    && IsValidationCallback(lambda) && ThrowsUnlessCodeIsZero(lambda))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextArrow(ReadOnlySpan<char> window, int from)
    {
        var next = from < window.Length ? window.Slice(from).IndexOf("=>".AsSpan()) : -1;
        return next < 0 ? -1 : from + next;
    }

    private static bool IsMessageHandler(ClassDeclarationSyntax type)
    {
        if (type.BaseList is not { } bases)
        {
            return false;
        }

        foreach (var baseType in bases.Types)
        {
            var name = baseType.Type is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (baseType.Type as SimpleNameSyntax)?.Identifier.ValueText;
            if (name is not null && Array.IndexOf(HandlerBaseNames, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lambda stored in, or given for, a member or parameter named for validation or for after-response hooks.</summary>
    private static bool IsValidationCallback(LambdaExpressionSyntax lambda)
    {
        string? name = lambda.Parent switch
        {
            AssignmentExpressionSyntax { Left: var left } => SyntaxByName.LastName(left),
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } => SyntaxByName.LastName(invocation.Expression),
            _ => null,
        };

        if (name is null || !MayNameValidation(name))
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "validate" or "validator" or "validation" or "after" or "response" or "responses"
                or "ensure" or "check" or "checker" or "interceptor" or "intercept" or "handler" or "received")
            {
                return true;
            }
        }

        return false;
    }

    // Every word IsValidationCallback looks for contains one of these stems: asked before the name is split into words
    // (most lambdas are given to Select, Where, Add, whose names have none).
    private static bool MayNameValidation(string name)
    {
        foreach (var part in ValidationNameParts)
        {
            if (name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ValidationNameParts = { "valid", "after", "respons", "ensure", "check", "intercept", "handler", "received" };

    /// <summary>An <c>if</c> whose condition reads the code and compares it with 0 / "0", and whose branch throws.</summary>
    private static bool ThrowsUnlessCodeIsZero(SyntaxNode scope)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is IfStatementSyntax test && ReadsCodeAgainstZero(test.Condition) && Throws(test.Statement))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadsCodeAgainstZero(ExpressionSyntax condition)
    {
        var code = false;
        var zero = false;
        foreach (var token in condition.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.IdentifierToken))
            {
                code |= string.Equals(token.ValueText, OkxResponses.CodeName, StringComparison.OrdinalIgnoreCase);
                zero |= token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText == OkxVocabulary.SuccessCode;
            }
            else if (token.IsKind(SyntaxKind.NumericLiteralToken))
            {
                zero |= token.ValueText == OkxVocabulary.SuccessCode;
            }
        }

        return code && zero;
    }

    private static bool Throws(StatementSyntax statement)
    {
        if (statement is ThrowStatementSyntax)
        {
            return true;
        }

        foreach (var node in statement.DescendantNodes())
        {
            if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
