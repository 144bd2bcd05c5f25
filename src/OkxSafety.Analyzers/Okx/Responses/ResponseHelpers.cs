using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The project's own helper methods around OKX responses, read from their source:
/// <list type="bullet">
/// <item><see cref="ChecksCode"/>: does a helper that is handed the response (or its text, or its code) check the code?
/// It does when its body reads the code (or a success / error flag) and can signal failure (throws, calls a Throw…
/// method, or returns a value the caller can test), or when it hands the value to a helper of the project that does
/// (up to <see cref="MaxDepth"/> calls deep). A helper without source (another assembly), abstract, extern or partial
/// without a body is given the benefit of the doubt.</item>
/// <item><see cref="IsUncheckedEnvelopeHelper"/>: is a helper that returns a typed OKX envelope one that deserializes the
/// text and returns it without any code check (<c>Task&lt;T&gt; GetAsync&lt;T&gt;(string path)</c> in a base client, or a
/// wrapper of such a helper)? Then its call is, for the caller, the parse of an unchecked response.</item>
/// </list>
/// One instance per compilation (held by <see cref="ResponseInfrastructure"/>); answers are cached per method.
/// </summary>
internal sealed class ResponseHelpers
{
    /// <summary>How many calls deep a check (or a deserializing helper behind wrappers) is looked for.</summary>
    private const int MaxDepth = 3;

    /// <summary>A body longer than this is not a small helper: its answer is the benefit of the doubt.</summary>
    private const int MaxBodyLength = 8000;

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _checks = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _unchecked = new(SymbolEqualityComparer.Default);

    public ResponseHelpers(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>True when the project's own <paramref name="method"/>, handed a response, checks its code (see the type's summary).</summary>
    /// <param name="receivesCode">The helper is handed the code itself (<c>EnsureZero(code)</c>): its parameter needs no name saying so, and a helper that can fail counts.</param>
    public bool ChecksCode(IMethodSymbol method, bool receivesCode, CancellationToken cancellationToken)
    {
        method = Definition(method);
        if (receivesCode)
        {
            return ChecksCode(method, 0, receivesCode: true, cancellationToken);
        }

        if (_checks.TryGetValue(method, out var known))
        {
            return known;
        }

        return _checks.GetOrAdd(method, ChecksCode(method, 0, receivesCode: false, cancellationToken));
    }

    /// <summary>
    /// True when <paramref name="method"/> (the project's own, in source) deserializes OKX text into the envelope it
    /// returns and never looks at the code (directly, or through wrappers of its type that return such a helper's result).
    /// </summary>
    public bool IsUncheckedEnvelopeHelper(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = Definition(method);
        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        if (_unchecked.TryGetValue(method, out var known))
        {
            return known;
        }

        return _unchecked.GetOrAdd(method, IsUncheckedEnvelopeHelper(method, 0, cancellationToken));
    }

    private static IMethodSymbol Definition(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

    private bool ChecksCode(IMethodSymbol method, int depth, bool receivesCode, CancellationToken cancellationToken)
    {
        if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var body = Body(reference.GetSyntax(cancellationToken));
            if (body is null || body.Span.Length > MaxBodyLength)
            {
                return true;
            }

            var words = Scan(body);
            if ((words.MentionsCode || receivesCode) && (words.CanFail || ReturnsValue(method)))
            {
                return true;
            }

            if (depth < MaxDepth && HandsOnToCheckingHelper(method, body, depth, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReturnsValue(IMethodSymbol method)
    {
        var type = OkxResponses.UnwrapTask(method.ReturnType);
        return !method.ReturnsVoid && type is not null && type.Name is not ("Task" or "ValueTask");
    }

    /// <summary>The helper calls another method of the project (or of another assembly, unknown) that checks the code.</summary>
    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "A guard helper's own callees are bound only when the helper itself does not check the code, once per helper and compilation.")]
    private bool HandsOnToCheckingHelper(IMethodSymbol method, SyntaxNode body, int depth, CancellationToken cancellationToken)
    {
        if (!_compilation.ContainsSyntaxTree(body.SyntaxTree)
            || _compilation.GetSemanticModel(body.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return false;
        }

        foreach (var descendant in new OperationDescendants(operation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (descendant is not IInvocationOperation invocation || invocation.Arguments.Length == 0 && invocation.Instance is null)
            {
                continue;
            }

            var callee = Definition(invocation.TargetMethod);
            if (callee.MethodKind == MethodKind.DelegateInvoke)
            {
                // _validate(root), _onResponse?.Invoke(root): a callback given from outside; what it does is not known.
                return true;
            }

            if (OkxResponses.IsLibraryMethod(callee) || SymbolEqualityComparer.Default.Equals(callee, method))
            {
                continue;
            }

            if (ChecksCode(callee, depth + 1, receivesCode: false, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUncheckedEnvelopeHelper(IMethodSymbol method, int depth, CancellationToken cancellationToken)
    {
        if (method.IsAbstract || method.IsExtern || OkxResponses.IsLibraryMethod(method))
        {
            return false;
        }

        var deserializes = false;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var body = Body(reference.GetSyntax(cancellationToken));
            if (body is null || body.Span.Length > MaxBodyLength)
            {
                return false;
            }

            var words = Scan(body);
            if (words.MentionsCode || words.ReadsLocalText)
            {
                // The helper looks at the code (or a success flag): it is not an unchecked pass-through. Or it reads a
                // file, configuration or the environment (a cache, settings): not an OKX reply of this call.
                return false;
            }

            if (!words.Deserializes && !(depth < MaxDepth && CallsUncheckedHelperOfItsType(method, body, depth, cancellationToken)))
            {
                continue;
            }

            // ThrowIfError(resp), _validator.Validate(resp), _onResponse(resp): the helper hands what it read to a check.
            if (HandsOnToCheckingHelper(method, body, depth, cancellationToken))
            {
                return false;
            }

            deserializes = true;
        }

        return deserializes;
    }

    /// <summary>A wrapper (<c>GetAsync&lt;T&gt;(path) =&gt; SendAsync&lt;T&gt;(HttpMethod.Get, path)</c>): a method of the same type (or a base type) of that name is an unchecked helper.</summary>
    private bool CallsUncheckedHelperOfItsType(IMethodSymbol method, SyntaxNode body, int depth, CancellationToken cancellationToken)
    {
        foreach (var node in body.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            var name = invocation.Expression switch
            {
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax, Name: var member } => member.Identifier.ValueText,
                _ => null,
            };

            if (name is null || name == method.Name && invocation.ArgumentList.Arguments.Count == method.Parameters.Length)
            {
                continue;
            }

            for (var type = method.ContainingType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol candidate && !candidate.DeclaringSyntaxReferences.IsEmpty
                        && IsUncheckedEnvelopeHelper(Definition(candidate), depth + 1, cancellationToken))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static SyntaxNode? Body(SyntaxNode syntax) => syntax switch
    {
        BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
        _ => null,
    };

    private static BodyWords Scan(SyntaxNode body)
    {
        var words = default(BodyWords);
        foreach (var token in body.DescendantTokens())
        {
            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.ThrowKeyword:
                    words.CanFail = true;
                    break;
                case SyntaxKind.StringLiteralToken:
                    words.MentionsCode |= IsCodeWord(token.ValueText);
                    break;
                case SyntaxKind.IdentifierToken:
                {
                    var text = token.ValueText;
                    words.MentionsCode |= IsCodeWord(text);
                    words.CanFail |= text.StartsWith("Throw", StringComparison.Ordinal) || text.StartsWith("Fail", StringComparison.Ordinal);
                    words.Deserializes |= IsDeserializerName(text);
                    words.ReadsLocalText |= text is "File" or "ReadAllText" or "ReadAllTextAsync" or "OpenRead" or "OpenText" or "GetSection" or "GetEnvironmentVariable";
                    break;
                }
            }
        }

        return words;
    }

    private struct BodyWords
    {
        public bool MentionsCode;
        public bool CanFail;
        public bool Deserializes;
        public bool ReadsLocalText;
    }

    /// <summary>The envelope's code, an item's sCode, or a success / error flag (any case). The HTTP status is none of them.</summary>
    private static bool IsCodeWord(string text)
    {
        switch (text.Length)
        {
            case >= 4 and <= 12:
                break;
            default:
                return false;
        }

        foreach (var word in CodeWords)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CodeWords =
    {
        OkxResponses.CodeName, OkxResponses.SCodeName, "retCode", "errCode", "errorCode", "Success", "IsSuccess", "IsSuccessful", "Succeeded",
        "Error", "HasError", "IsError", "Failed", "IsFailed", "IsFailure",
    };

    /// <summary>The calls that turn response text into an object: System.Text.Json, Newtonsoft, System.Net.Http.Json, DataContractJsonSerializer, JavaScriptSerializer, RestSharp / Flurl typed calls.</summary>
    private static bool IsDeserializerName(string text) =>
        text is "DeserializeObject" or "Deserialize" or "DeserializeAsync" or "ReadFromJsonAsync" or "GetFromJsonAsync"
            or "ReadObject" or "ReadAsAsync" or "ToObject" or "GetJsonAsync" or "ReceiveJson" or "PostJsonAsync"
            or "ExecuteAsync" or "ExecuteGetAsync" or "ExecutePostAsync";
}
