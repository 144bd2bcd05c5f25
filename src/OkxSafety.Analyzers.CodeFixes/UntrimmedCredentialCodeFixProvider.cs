using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OkxSafety.Analyzers;
using OkxSafety.Analyzers.CodeFixes.Plumbing;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX002: trims the credential where it is read. Appends <c>.Trim()</c> to the source expression, or <c>?.Trim()</c>
/// when the source may be null; after a <c>!</c> the suppression is kept (<c>source!.Trim()</c>); expressions that are
/// not primary (casts, await) are parenthesised first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UntrimmedCredentialCodeFixProvider))]
public sealed class UntrimmedCredentialCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "OKX002.TrimWhereRead";
    private const string Title = "Trim the credential where it is read";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UntrimmedCredentialId);

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
            if (FindSource(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => TrimAsync(context.Document, diagnostic.Location.SourceSpan, cancellationToken), EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? FindSource(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        for (var current = node; current is not null; current = current.Parent)
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

    private static async Task<Document> TrimAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model) || FindSource(root, span) is not { } source)
        {
            return document;
        }

        ExpressionSyntax target;
        bool conditional;
        if (source.Parent is PostfixUnaryExpressionSyntax suppression && suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            // source!: the author says it is not null; keep the '!' and trim after it.
            target = suppression;
            conditional = false;
        }
        else
        {
            target = source;
            conditional = MayBeNull(source, model, cancellationToken);
        }

        var replacement = AppendTrim(target, conditional);
        return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
    }

    /// <summary>`target.Trim()` or `target?.Trim()`, parenthesising a target that is not a primary expression, trivia kept outside.</summary>
    private static ExpressionSyntax AppendTrim(ExpressionSyntax target, bool conditional)
    {
        var inner = target.WithoutTrivia();
        if (inner is PostfixUnaryExpressionSyntax { Operand: ConditionalAccessExpressionSyntax access } suppressed)
        {
            // a?.b! then .Trim() would join the chain (a?.b!.Trim()) and lose the '!' on the whole access: (a?.b)!.Trim().
            inner = suppressed.WithOperand(SyntaxFactory.ParenthesizedExpression(access));
        }
        else if (!IsPrimary(inner))
        {
            inner = SyntaxFactory.ParenthesizedExpression(inner);
        }

        var trim = SyntaxFactory.IdentifierName("Trim");
        if (inner is ConditionalAccessExpressionSyntax chain)
        {
            // a?.b then ?.Trim() / .Trim() joins the chain, nested as the parser reads a?.b?.Trim(): a ? (.b ? .Trim()).
            return AppendToChain(chain, conditional, trim).WithLeadingTrivia(target.GetLeadingTrivia()).WithTrailingTrivia(target.GetTrailingTrivia());
        }

        ExpressionSyntax trimmed = conditional
            ? SyntaxFactory.ConditionalAccessExpression(
                inner,
                SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(trim)))
            : SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, inner, trim));

        return trimmed.WithLeadingTrivia(target.GetLeadingTrivia()).WithTrailingTrivia(target.GetTrailingTrivia());
    }

    /// <summary>Appends <c>?.Trim()</c> (or <c>.Trim()</c>) to the innermost link of a conditional-access chain.</summary>
    private static ConditionalAccessExpressionSyntax AppendToChain(ConditionalAccessExpressionSyntax chain, bool conditional, IdentifierNameSyntax trim)
    {
        if (chain.WhenNotNull is ConditionalAccessExpressionSyntax nested)
        {
            return chain.WithWhenNotNull(AppendToChain(nested, conditional, trim));
        }

        ExpressionSyntax link = conditional
            ? SyntaxFactory.ConditionalAccessExpression(chain.WhenNotNull, SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(trim)))
            : SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, chain.WhenNotNull, trim));
        return chain.WithWhenNotNull(link);
    }

    /// <summary>Expressions a member access can follow without changing what it applies to.</summary>
    private static bool IsPrimary(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or LiteralExpressionSyntax
            or ThisExpressionSyntax or BaseExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
            or InterpolatedStringExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax => true,
        PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression),

        // a?.b?.Trim() reads as (a?.b)?.Trim(); a?.b.Trim() would not run on null, which is what ?. asks for anyway.
        ConditionalAccessExpressionSyntax => true,
        _ => false,
    };

    /// <summary>
    /// Whether the source can be null: its nullable flow state where the compiler knows it; otherwise (a nullable-oblivious
    /// context or declaration) the declared annotation of what it reads, and, when that is oblivious too, every read
    /// but those known to return text (File.ReadAllText, ReadToEnd, array elements, First()…).
    /// </summary>
    private static bool MayBeNull(ExpressionSyntax source, SemanticModel model, CancellationToken cancellationToken)
    {
        if (source is ConditionalAccessExpressionSyntax)
        {
            return true;
        }

        var typeInfo = model.GetTypeInfo(source, cancellationToken);
        var declared = DeclaredAnnotation(source, model, cancellationToken);
        if (typeInfo.Nullability.FlowState == NullableFlowState.MaybeNull)
        {
            return true;
        }

        if (typeInfo.Nullability.FlowState == NullableFlowState.NotNull && declared != NullableAnnotation.None)
        {
            return false;
        }

        return declared switch
        {
            NullableAnnotation.Annotated => true,
            NullableAnnotation.NotAnnotated => false,
            _ => !IsKnownText(source, model, cancellationToken),
        };
    }

    private static NullableAnnotation DeclaredAnnotation(ExpressionSyntax source, SemanticModel model, CancellationToken cancellationToken)
    {
        var unwrapped = source;
        while (unwrapped is ParenthesizedExpressionSyntax parenthesized)
        {
            unwrapped = parenthesized.Expression;
        }

        if (unwrapped is AwaitExpressionSyntax awaited)
        {
            return model.GetTypeInfo(awaited, cancellationToken).Type is { } awaitedType ? awaitedType.NullableAnnotation : NullableAnnotation.None;
        }

        if (unwrapped is CastExpressionSyntax cast)
        {
            return model.GetConversion(cast, cancellationToken).MethodSymbol is { } method
                ? method.ReturnNullableAnnotation
                : model.GetTypeInfo(cast.Type, cancellationToken).Type?.NullableAnnotation ?? NullableAnnotation.None;
        }

        return model.GetSymbolInfo(unwrapped, cancellationToken).Symbol switch
        {
            IMethodSymbol method => method.ReturnNullableAnnotation,
            IPropertySymbol property => property.NullableAnnotation,
            IFieldSymbol field => field.NullableAnnotation,
            ILocalSymbol local => local.NullableAnnotation,
            _ => unwrapped is ElementAccessExpressionSyntax element
                 && model.GetTypeInfo(element.Expression, cancellationToken).Type is IArrayTypeSymbol array
                ? array.ElementNullableAnnotation
                : NullableAnnotation.None,
        };
    }

    /// <summary>Reads that return text, never null, even when declared without nullable annotations.</summary>
    private static bool IsKnownText(ExpressionSyntax source, SemanticModel model, CancellationToken cancellationToken)
    {
        if (source is ElementAccessExpressionSyntax element && model.GetTypeInfo(element.Expression, cancellationToken).Type is IArrayTypeSymbol)
        {
            return true;
        }

        var expression = source is AwaitExpressionSyntax awaited ? awaited.Expression : source;
        return model.GetSymbolInfo(expression, cancellationToken).Symbol is IMethodSymbol
        {
            Name: "ReadAllText" or "ReadAllTextAsync" or "ReadToEnd" or "ReadToEndAsync" or "ToString" or "GetRawText" or "ToJsonString"
            or "First" or "Last" or "Single" or "ElementAt",
        };
    }
}
