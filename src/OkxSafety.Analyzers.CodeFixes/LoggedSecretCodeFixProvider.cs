using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Okx.Logging;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX007: writes a masked form instead of the secret, inline (C# 7.3, no helper to add):
/// <list type="bullet">
/// <item>a value: <c>secret</c> becomes <c>(secret?.Length &gt; 0 ? "****" : "(not set)")</c>, which still tells whether it is set;</item>
/// <item>an object with a secret member: <c>new { options.ApiKey, options.BaseUrl, HasSecretKey = options.SecretKey?.Length &gt; 0 }</c>
/// (its simple public members, each secret replaced by whether it is set);</item>
/// <item>request headers: every header but OK-ACCESS-PASSPHRASE, which is shown as ****; a request: its method and URI;
/// headers enumerated (foreach, LINQ): the same headers filtered with Enumerable.Where, without OK-ACCESS-PASSPHRASE.</item>
/// </list>
/// One equivalence key, so FixAll masks every finding in the document, project or solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LoggedSecretCodeFixProvider))]
public sealed class LoggedSecretCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "OKX007.Mask";
    private const string Title = "Write a masked form instead of the OKX secret";
    private const string Mask = "****";
    private const string NotSet = "(not set)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.LoggedSecretId);

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
            if (FindExpression(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(LoggedSecretAnalyzer.FormProperty, out var form);
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => MaskAsync(context.Document, diagnostic.Location.SourceSpan, form, cancellationToken), EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan span)
    {
        for (var current = root.FindNode(span, getInnermostNodeForTie: true); current is not null; current = current.Parent)
        {
            if (current.Span == span && current is ExpressionSyntax expression)
            {
                return expression;
            }

            if (!current.Span.Contains(span) || current.Span.Length > span.Length)
            {
                break;
            }
        }

        return null;
    }

    private static async Task<Document> MaskAsync(Document document, TextSpan span, string? form, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model)
            || FindExpression(root, span) is not { } expression)
        {
            return document;
        }

        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        var replacement = form switch
        {
            nameof(LeakForm.ObjectMember) when type is INamedTypeSymbol named => Projection(expression, named),
            nameof(LeakForm.RequestHeaders) => Headers(expression, type, model),
            nameof(LeakForm.EnumeratedHeaders) => WithoutPassphrase(expression, model),
            _ => MaskedValue(expression),
        };

        replacement = replacement.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        if (expression.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } declarator && InferredName(expression) is { } inferred)
        {
            // new { secret }: keep the member's name, now given explicitly.
            var named = declarator.WithNameEquals(SyntaxFactory.NameEquals(inferred)).WithExpression(replacement);
            return document.WithSyntaxRoot(root.ReplaceNode(declarator, named.WithTriviaFrom(declarator)));
        }

        if (NeedsParentheses(expression) && replacement is ConditionalExpressionSyntax or BinaryExpressionSyntax)
        {
            replacement = SyntaxFactory.ParenthesizedExpression(replacement);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
    }

    /// <summary>(secret?.Length &gt; 0 ? "****" : "(not set)")</summary>
    private static ExpressionSyntax MaskedValue(ExpressionSyntax value) =>
        SyntaxFactory.ConditionalExpression(IsSet(value), Literal(Mask), Literal(NotSet));

    /// <summary>value?.Length &gt; 0</summary>
    private static ExpressionSyntax IsSet(ExpressionSyntax value) =>
        SyntaxFactory.BinaryExpression(
            SyntaxKind.GreaterThanExpression,
            LengthOf(value),
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0)));

    /// <summary>
    /// value?.Length, shaped as the parser reads it: appended to a conditional-access chain (a?.b?.Length) it binds
    /// inside the chain, which building the node around the chain would not.
    /// </summary>
    private static ExpressionSyntax LengthOf(ExpressionSyntax value) =>
        SyntaxFactory.ParseExpression(Primary(value).ToFullString() + "?.Length");

    /// <summary>new { o.ApiKey, o.BaseUrl, HasSecretKey = o.SecretKey?.Length &gt; 0 } for a simple expression o; o.GetType().Name otherwise.</summary>
    private static ExpressionSyntax Projection(ExpressionSyntax value, INamedTypeSymbol type)
    {
        var instance = Primary(value);
        if (!IsSimple(value))
        {
            return Member(Invocation(Member(instance, "GetType")), "Name");
        }

        var members = new List<AnonymousObjectMemberDeclaratorSyntax>();
        var names = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public || !names.Add(member.Name))
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                    IFieldSymbol { IsConst: false } field => field.Type,
                    _ => null,
                };

                if (memberType is null)
                {
                    continue;
                }

                var access = Member(instance, member.Name);
                if (CredentialNames.FromName(member.Name) is CredentialKind.SecretKey or CredentialKind.Passphrase)
                {
                    members.Add(SyntaxFactory.AnonymousObjectMemberDeclarator(SyntaxFactory.NameEquals("Has" + member.Name), IsSet(access)));
                }
                else if (IsSimpleType(memberType))
                {
                    members.Add(SyntaxFactory.AnonymousObjectMemberDeclarator(access));
                }
            }
        }

        return SyntaxFactory.AnonymousObjectCreationExpression(SyntaxFactory.SeparatedList(members));
    }

    /// <summary>Members written as they are: numbers, text, enums, dates, URIs (not objects, which may hold secrets themselves).</summary>
    private static bool IsSimpleType(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None
        || type.TypeKind == TypeKind.Enum
        || type.Name is "Uri" or "Guid" or "TimeSpan" or "DateTimeOffset"
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsSimpleType(nullable.TypeArguments[0]));

    /// <summary>
    /// A request: its method and URI. Headers: string.Join(", ", Enumerable.Select(headers, h =&gt; h.Key + ": " +
    /// (h.Key is OK-ACCESS-PASSPHRASE ? "****" : the value))).
    /// </summary>
    private static ExpressionSyntax Headers(ExpressionSyntax value, ITypeSymbol? type, SemanticModel model)
    {
        var instance = Primary(value);
        if (type?.Name == "HttpRequestMessage")
        {
            return IsSimple(value)
                ? SyntaxFactory.BinaryExpression(
                    SyntaxKind.AddExpression,
                    SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, Member(instance, "Method"), Literal(" ")),
                    Member(instance, "RequestUri"))
                : Member(instance, "RequestUri");
        }

        var name = FreeName(model, value.SpanStart, "okxHeader");
        var header = SyntaxFactory.IdentifierName(name);
        ExpressionSyntax headerValue = Member(header, "Value");
        if (IsHttpHeaders(type))
        {
            headerValue = Invocation(Member(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), "Join"), Literal(","), headerValue);
        }

        var isPassphrase = Invocation(
            Member(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), "Equals"),
            Member(header, "Key"),
            Literal(OkxHeaderNames.AccessPassphrase),
            SyntaxFactory.ParseExpression("System.StringComparison.OrdinalIgnoreCase"));
        var shown = SyntaxFactory.BinaryExpression(
            SyntaxKind.AddExpression,
            SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, Member(header, "Key"), Literal(": ")),
            SyntaxFactory.ParenthesizedExpression(SyntaxFactory.ConditionalExpression(isPassphrase, Literal(Mask), headerValue)));
        var lambda = SyntaxFactory.SimpleLambdaExpression(SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)), shown);
        var select = Invocation(SyntaxFactory.ParseExpression("System.Linq.Enumerable.Select"), value.WithoutTrivia(), lambda);
        return Invocation(Member(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), "Join"), Literal(", "), select);
    }

    /// <summary>System.Linq.Enumerable.Where(headers, okxHeader =&gt; !string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", OrdinalIgnoreCase)): the same elements but the passphrase.</summary>
    private static ExpressionSyntax WithoutPassphrase(ExpressionSyntax value, SemanticModel model)
    {
        var name = FreeName(model, value.SpanStart, "okxHeader");
        var header = SyntaxFactory.IdentifierName(name);
        var isPassphrase = Invocation(
            Member(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), "Equals"),
            Member(header, "Key"),
            Literal(OkxHeaderNames.AccessPassphrase),
            SyntaxFactory.ParseExpression("System.StringComparison.OrdinalIgnoreCase"));
        var lambda = SyntaxFactory.SimpleLambdaExpression(
            SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)),
            SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, isPassphrase));
        return Invocation(SyntaxFactory.ParseExpression("System.Linq.Enumerable.Where"), value.WithoutTrivia(), lambda);
    }

    private static bool IsHttpHeaders(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "HttpHeaders")
            {
                return true;
            }
        }

        return false;
    }

    private static string FreeName(SemanticModel model, int position, string name)
    {
        var candidate = name;
        for (var i = 2; !model.LookupSymbols(position, name: candidate).IsEmpty; i++)
        {
            candidate = name + i;
        }

        return candidate;
    }

    /// <summary>A name, member access or this: reading it twice has no side effect.</summary>
    private static bool IsSimple(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax { Expression: var inner } => IsSimple(inner),
        ParenthesizedExpressionSyntax { Expression: var inner } => IsSimple(inner),
        _ => false,
    };

    private static string? InferredName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The expression, parenthesised unless a member access can follow it as it is.</summary>
    private static ExpressionSyntax Primary(ExpressionSyntax expression)
    {
        var inner = expression.WithoutTrivia();
        return inner is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ThisExpressionSyntax or ConditionalAccessExpressionSyntax or ObjectCreationExpressionSyntax
            ? inner
            : SyntaxFactory.ParenthesizedExpression(inner);
    }

    /// <summary>Where a conditional or a + expression cannot stand as it is: inside an interpolation, an operator, a member access.</summary>
    private static bool NeedsParentheses(ExpressionSyntax expression) =>
        expression.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax or ParenthesizedExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax
            or ReturnStatementSyntax or ArrowExpressionClauseSyntax or InitializerExpressionSyntax)
        && !(expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression);

    private static ExpressionSyntax Member(ExpressionSyntax instance, string name) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, instance, SyntaxFactory.IdentifierName(name));

    private static InvocationExpressionSyntax Invocation(ExpressionSyntax callee, params ExpressionSyntax[] arguments)
    {
        var list = new List<ArgumentSyntax>();
        foreach (var argument in arguments)
        {
            list.Add(SyntaxFactory.Argument(argument));
        }

        return SyntaxFactory.InvocationExpression(callee, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(list)));
    }

    private static LiteralExpressionSyntax Literal(string text) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
}
