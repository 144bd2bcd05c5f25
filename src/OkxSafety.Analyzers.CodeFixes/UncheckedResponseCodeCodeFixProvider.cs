using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using OkxSafety.Analyzers;
using OkxSafety.Analyzers.Rules;
using static OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX005 fixes. "Check the OKX code": inserts, before the first payload read, a guard in the same access style that
/// throws InvalidOperationException with the code and message (SDK results: a Success check). "Compare code with
/// "0"": replaces a wrong success value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UncheckedResponseCodeCodeFixProvider))]
public sealed class UncheckedResponseCodeCodeFixProvider : CodeFixProvider
{
    public const string CheckCodeKey = "OKX005.CheckCode";
    public const string CheckSuccessKey = "OKX005.CheckSuccess";
    public const string SuccessIsZeroKey = "OKX005.SuccessIsZero";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UncheckedResponseCodeId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(KindProperty, out var kind) || kind is null || diagnostic.AdditionalLocations.Count == 0)
            {
                continue;
            }

            var target = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            if (kind == FixKinds.WrongSuccessValue)
            {
                if (target is ExpressionSyntax compared)
                {
                    var numeric = diagnostic.Properties.TryGetValue(NumericProperty, out var n) && n == "true";
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            numeric ? "Compare the OKX code with 0" : "Compare the OKX code with \"0\"",
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(compared, SuccessLiteral(numeric).WithTriviaFrom(compared)))),
                            SuccessIsZeroKey),
                        diagnostic);
                }

                continue;
            }

            // ?["data"]: the binding's span is also its bracketed argument list's.
            if (kind == FixKinds.OrderItems || target.FirstAncestorOrSelf<ExpressionSyntax>() is not { } read)
            {
                continue;
            }

            var sdk = kind == FixKinds.SdkResult;
            context.RegisterCodeFix(
                CodeAction.Create(
                    sdk ? "Check the OKX.Net result's Success" : "Check the OKX code before reading data",
                    ct => AddGuardAsync(context.Document, read, kind, diagnostic.Properties, ct),
                    sdk ? CheckSuccessKey : CheckCodeKey),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax SuccessLiteral(bool numeric) => numeric
        ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))
        : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("0"));

    private static async Task<Document> AddGuardAsync(Document document, ExpressionSyntax read, string kind, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !TryGetReceiver(read, out var receiver, out var conditional))
        {
            return document;
        }

        var statement = read.FirstAncestorOrSelf<StatementSyntax>();
        if (statement is null || statement is LocalFunctionStatementSyntax || HasFunctionBetween(receiver, statement)
            || !DeclaredBefore(receiver, statement, model, cancellationToken))
        {
            return document;
        }

        var statements = new List<StatementSyntax>();
        var newStatement = statement;
        string receiverText;
        if (IsSimple(receiver))
        {
            receiverText = receiver.WithoutTrivia().ToString();
        }
        else
        {
            // Evaluate the response once: store it in a local, check it, then read from the local.
            var name = UniqueName(BaseName(kind), statement, model, cancellationToken);
            var stored = receiver;
            while (stored is ParenthesizedExpressionSyntax parenthesized)
            {
                stored = parenthesized.Expression;
            }

            statements.Add(SyntaxFactory.ParseStatement($"var {name} = {stored.WithoutTrivia()};"));
            newStatement = statement.ReplaceNode(receiver, SyntaxFactory.IdentifierName(name).WithTriviaFrom(receiver));
            receiverText = name;
        }

        var guardText = GuardText(kind, receiverText, conditional, properties);
        if (guardText is null)
        {
            return document;
        }

        var guard = SyntaxFactory.ParseStatement(guardText);
        guard = guard.ReplaceNodes(
            guard.DescendantNodes().OfType<QualifiedNameSyntax>(),
            (_, name) => name.ToString() == "System.InvalidOperationException" ? name.WithAdditionalAnnotations(Simplifier.Annotation) : name);
        statements.Add(guard);

        var endOfLine = EndOfLine(root);
        for (var i = 0; i < statements.Count; i++)
        {
            statements[i] = statements[i]
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(endOfLine))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        SyntaxNode newRoot;
        switch (statement.Parent)
        {
            case BlockSyntax block:
            {
                var index = block.Statements.IndexOf(statement);
                statements.Add(newStatement);
                var list = block.Statements.RemoveAt(index).InsertRange(index, statements);
                newRoot = root.ReplaceNode(block, block.WithStatements(list));
                break;
            }

            case SwitchSectionSyntax section:
            {
                var index = section.Statements.IndexOf(statement);
                statements.Add(newStatement);
                var list = section.Statements.RemoveAt(index).InsertRange(index, statements);
                newRoot = root.ReplaceNode(section, section.WithStatements(list));
                break;
            }

            case GlobalStatementSyntax global when global.Parent is CompilationUnitSyntax unit:
            {
                var members = new List<MemberDeclarationSyntax>();
                foreach (var added in statements)
                {
                    // Top-level statements: plain trivia, so the formatter does not separate them like members.
                    members.Add(SyntaxFactory.GlobalStatement(added.WithoutAnnotations(Formatter.Annotation).WithLeadingTrivia(global.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia))).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine))));
                }

                members.Add(global.WithStatement(newStatement));
                var index = unit.Members.IndexOf(global);
                newRoot = root.ReplaceNode(unit, unit.WithMembers(unit.Members.RemoveAt(index).InsertRange(index, members)));
                break;
            }

            default:
            {
                // An embedded statement (if (x) return resp.Data;): wrap it in a block with the guard.
                statements.Add(newStatement.WithoutLeadingTrivia());
                var block = SyntaxFactory.Block(statements).WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation);
                newRoot = root.ReplaceNode(statement, block);
                break;
            }
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static string EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    private static string? GuardText(string kind, string r, bool conditional, ImmutableDictionary<string, string?> properties)
    {
        const string Exception = "System.InvalidOperationException";
        var indexer = conditional ? r + "?" : r;
        switch (kind)
        {
            case FixKinds.JsonElement:
                return $"if ({r}.GetProperty(\"code\").GetString() != \"0\") throw new {Exception}($\"OKX error {{{r}.GetProperty(\"code\").GetString()}}: {{{r}.GetProperty(\"msg\").GetString()}}\");";
            case FixKinds.JsonNode:
                return $"if ({indexer}[\"code\"]?.GetValue<string>() != \"0\") throw new {Exception}($\"OKX error {{{indexer}[\"code\"]}}: {{{indexer}[\"msg\"]}}\");";
            case FixKinds.JToken:
                return $"if ({indexer}[\"code\"]?.ToString() != \"0\") throw new {Exception}($\"OKX error {{{indexer}[\"code\"]}}: {{{indexer}[\"msg\"]}}\");";
            case FixKinds.Typed:
            {
                if (!properties.TryGetValue(CodeMemberProperty, out var code) || code is null)
                {
                    return null;
                }

                var access = r + (conditional ? "?." : ".");
                var zero = properties.TryGetValue(NumericProperty, out var numeric) && numeric == "true" ? "0" : "\"0\"";
                var message = properties.TryGetValue(MessageMemberProperty, out var msg) && msg is not null
                    ? $"$\"OKX error {{{access}{code}}}: {{{access}{msg}}}\""
                    : $"$\"OKX error {{{access}{code}}}\"";
                return $"if ({access}{code} != {zero}) throw new {Exception}({message});";
            }

            case FixKinds.SdkResult:
                return conditional
                    ? $"if ({r}?.Success != true) throw new {Exception}({r}?.Error?.ToString());"
                    : $"if (!{r}.Success) throw new {Exception}({r}.Error?.ToString());";
            default:
                return null;
        }
    }

    private static bool TryGetReceiver(ExpressionSyntax read, out ExpressionSyntax receiver, out bool conditional)
    {
        conditional = false;
        switch (read)
        {
            case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                for (var node = read.Parent; node is not null; node = node.Parent)
                {
                    if (node is ConditionalAccessExpressionSyntax access && access.WhenNotNull.Span.Contains(read.Span))
                    {
                        receiver = access.Expression;
                        conditional = true;
                        return true;
                    }
                }

                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }:
                receiver = member.Expression;
                return true;
            case ElementAccessExpressionSyntax element:
                receiver = element.Expression;
                return true;
            case MemberAccessExpressionSyntax member:
                receiver = member.Expression;
                return true;
        }

        receiver = null!;
        return false;
    }

    private static bool IsSimple(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
        MemberAccessExpressionSyntax member => IsSimple(member.Expression),
        PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression) => IsSimple(postfix.Operand),
        ParenthesizedExpressionSyntax parenthesized => IsSimple(parenthesized.Expression),
        ElementAccessExpressionSyntax element => IsSimple(element.Expression) && AllSimpleArguments(element.ArgumentList),
        _ => false,
    };

    private static bool AllSimpleArguments(BracketedArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is not (LiteralExpressionSyntax or IdentifierNameSyntax))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFunctionBetween(SyntaxNode node, StatementSyntax statement)
    {
        for (var current = node.Parent; current is not null && current != statement; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every local the receiver uses is declared before the statement the guard goes in front of.</summary>
    private static bool DeclaredBefore(ExpressionSyntax receiver, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var identifier in receiver.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local)
            {
                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (statement.Span.Contains(reference.Span))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static string BaseName(string kind) => kind switch
    {
        FixKinds.JsonElement => "root",
        FixKinds.JsonNode => "node",
        FixKinds.JToken => "json",
        FixKinds.SdkResult => "result",
        _ => "response",
    };

    private static string UniqueName(string baseName, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode scope = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? statement.SyntaxTree.GetRoot(cancellationToken);
        var taken = new HashSet<string>();
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                taken.Add(token.ValueText);
            }
        }

        var name = baseName;
        for (var i = 2; taken.Contains(name) || !model.LookupSymbols(statement.SpanStart, name: name).IsEmpty; i++)
        {
            name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
