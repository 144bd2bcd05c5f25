using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// The expression a fix writes as the passphrase: a string field, property, parameter or local in scope whose name
/// says passphrase (also one member deep: <c>_settings.Passphrase</c>), else the trimmed, fail-fast environment variable.
/// </summary>
internal static class PassphraseValues
{
    public static ExpressionSyntax Create(SemanticModel model, int position, Document document, CancellationToken cancellationToken)
    {
        var inScope = FindInScope(model, position, cancellationToken);
        if (inScope is not null)
        {
            return inScope;
        }

        var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(model.SyntaxTree);
        var variable = CredentialKind.Passphrase.EnvironmentVariable(options);

        var environment = SystemNames.TypeName(model, position, "System.Environment");
        var exception = SystemNames.TypeName(model, position, "System.InvalidOperationException");
        var expression = SyntaxFactory.ParseExpression(
            environment + ".GetEnvironmentVariable(" + Literal(variable) + ")?.Trim() ?? throw new " + exception + "("
            + Literal("Set the " + variable + " environment variable.") + ")");
        return expression.WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>A passphrase the code at the position can read (see <see cref="InScope"/>), directly or one member deep.</summary>
    private static ExpressionSyntax? FindInScope(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        ISymbol? direct = null;
        (ISymbol Owner, ISymbol Member)? nested = null;
        foreach (var symbol in InScope.Values(model, position, cancellationToken))
        {
            var type = InScope.TypeOf(symbol);
            if (type is null)
            {
                continue;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                if (direct is null && CredentialNames.FromName(symbol.Name) == CredentialKind.Passphrase)
                {
                    direct = symbol;
                }

                continue;
            }

            if (nested is null && type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.DeclaringSyntaxReferences.IsEmpty)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, Type.SpecialType: SpecialType.System_String }
                        or IFieldSymbol { IsStatic: false, IsConst: false, Type.SpecialType: SpecialType.System_String }
                        && CredentialNames.FromName(member.Name) == CredentialKind.Passphrase
                        && model.IsAccessible(position, member is IPropertySymbol property ? property.GetMethod! : member))
                    {
                        nested = (symbol, member);
                        break;
                    }
                }
            }
        }

        if (direct is not null)
        {
            return InScope.Name(direct);
        }

        if (nested is { } pair)
        {
            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, InScope.Name(pair.Owner), InScope.Name(pair.Member));
        }

        return null;
    }

    private static string Literal(string text) => SyntaxFactory.Literal(text).Text;

    /// <summary>The expression of an argument (or the operation's own syntax when it is an expression).</summary>
    public static ExpressionSyntax? ExpressionOf(SyntaxNode? syntax) => syntax switch
    {
        ArgumentSyntax argument => argument.Expression,
        ExpressionSyntax expression => expression,
        _ => null,
    };

    public static bool Equals(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
