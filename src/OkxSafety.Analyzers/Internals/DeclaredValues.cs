using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// Finds the expression a field, property or local is declared with, and folds constant strings in syntax when the
/// declaration lives in another file (where the analyzer has no semantic model).
/// </summary>
internal static class DeclaredValues
{
    /// <summary>
    /// The initializer of a field or local, the initializer of an auto-property, or the body of a get-only
    /// expression-bodied property (<c>string Key =&gt; "…"</c>). Null when there is none in source.
    /// </summary>
    public static ExpressionSyntax? GetDeclaredExpression(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Initializer.Value: var value }:
                    return value;
                case PropertyDeclarationSyntax { Initializer.Value: var value }:
                    return value;
                case PropertyDeclarationSyntax { ExpressionBody.Expression: var body }:
                    return body;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration) && accessor.ExpressionBody is { } getterBody)
                        {
                            return getterBody.Expression;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>True for an auto-property (no accessor bodies), whose only values come from initializers and assignments.</summary>
    public static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: { } accessors, ExpressionBody: null })
            {
                foreach (var accessor in accessors.Accessors)
                {
                    if (accessor.Body is not null || accessor.ExpressionBody is not null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Folds a constant string expression in syntax: literals (UTF-8 and raw too), constant interpolated strings,
    /// concatenations; with a semantic model of the same tree, names of constants as well.
    /// </summary>
    public static bool TryFoldString(ExpressionSyntax expression, SemanticModel? sameTreeModel, out string? value)
    {
        // Syntax first: when it folds, the compiler's constant (if any) is the same string. The semantic model is asked
        // only for expressions that can be constant at all, so that no other member's body is bound for nothing.
        if (TryFoldSyntax(expression, sameTreeModel, out value))
        {
            return true;
        }

        if (sameTreeModel is not null && sameTreeModel.SyntaxTree == expression.SyntaxTree && MayBeConstant(expression))
        {
            var constant = sameTreeModel.GetConstantValue(expression);
            if (constant.HasValue && constant.Value is string or null)
            {
                value = (string?)constant.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>False for expressions that are never compile-time constants (awaits, calls other than nameof, creations, element accesses, lambdas…).</summary>
    internal static bool MayBeConstant(ExpressionSyntax expression) => expression switch
    {
        AwaitExpressionSyntax or BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            or ElementAccessExpressionSyntax or ConditionalAccessExpressionSyntax or AnonymousFunctionExpressionSyntax
            or AnonymousObjectCreationExpressionSyntax or QueryExpressionSyntax or TupleExpressionSyntax or ThisExpressionSyntax => false,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } => true,
        InvocationExpressionSyntax => false,
        _ => true,
    };

    private static bool TryFoldSyntax(ExpressionSyntax expression, SemanticModel? sameTreeModel, out string? value)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                value = literal.Token.ValueText;
                return true;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                value = null;
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return TryFoldString(parenthesized.Expression, sameTreeModel, out value);
            case InterpolatedStringExpressionSyntax interpolated:
                var builder = new System.Text.StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        builder.Append(text.TextToken.ValueText);
                    }
                    else if (content is InterpolationSyntax { Expression: var inner } && TryFoldString(inner, sameTreeModel, out var innerValue))
                    {
                        builder.Append(innerValue);
                    }
                    else
                    {
                        value = null;
                        return false;
                    }
                }

                value = builder.ToString();
                return true;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                if (TryFoldString(binary.Left, sameTreeModel, out var left) && TryFoldString(binary.Right, sameTreeModel, out var right))
                {
                    value = left + right;
                    return true;
                }

                break;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty", Expression: PredefinedTypeSyntax { Keyword.ValueText: "string" } }:
                value = string.Empty;
                return true;
        }

        value = null;
        return false;
    }
}
