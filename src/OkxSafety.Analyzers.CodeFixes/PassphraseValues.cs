using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
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

        var environment = TypeName(model, position, "System.Environment");
        var exception = TypeName(model, position, "System.InvalidOperationException");
        var expression = SyntaxFactory.ParseExpression(
            environment + ".GetEnvironmentVariable(" + Literal(variable) + ")?.Trim() ?? throw new " + exception + "("
            + Literal("Set the " + variable + " environment variable.") + ")");
        return expression.WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>The short name when it binds to the type at <paramref name="position"/> (a using is in scope), else the global name.</summary>
    private static string TypeName(SemanticModel model, int position, string metadataName)
    {
        var type = model.Compilation.GetTypeByMetadataName(metadataName);
        var shortName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        if (type is not null)
        {
            var found = model.LookupNamespacesAndTypes(position, name: shortName);
            if (found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type))
            {
                return shortName;
            }
        }

        return "global::" + metadataName;
    }

    private static ExpressionSyntax? FindInScope(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var isStatic = enclosing is not null && IsStaticContext(enclosing);
        ISymbol? direct = null;
        (ISymbol Owner, ISymbol Member)? nested = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsUsable(symbol, position, isStatic))
            {
                continue;
            }

            var type = TypeOf(symbol);
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
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public or Accessibility.Internal, Type.SpecialType: SpecialType.System_String }
                        or IFieldSymbol { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public or Accessibility.Internal, Type.SpecialType: SpecialType.System_String }
                        && CredentialNames.FromName(member.Name) == CredentialKind.Passphrase)
                    {
                        nested = (symbol, member);
                        break;
                    }
                }
            }
        }

        if (direct is not null)
        {
            return SyntaxFactory.IdentifierName(Escape(direct.Name));
        }

        if (nested is { } pair)
        {
            return SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.IdentifierName(Escape(pair.Owner.Name)),
                SyntaxFactory.IdentifierName(Escape(pair.Member.Name)));
        }

        return null;
    }

    private static bool IsUsable(ISymbol symbol, int position, bool isStatic)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                if (local.IsConst)
                {
                    return false;
                }

                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (reference.Span.Start >= position)
                    {
                        return false;
                    }
                }

                return true;
            case IParameterSymbol:
                return true;
            case IFieldSymbol field:
                return !field.IsConst && !field.IsImplicitlyDeclared && (field.IsStatic || !isStatic);
            case IPropertySymbol property:
                return !property.IsIndexer && property.GetMethod is not null && (property.IsStatic || !isStatic);
            default:
                return false;
        }
    }

    private static bool IsStaticContext(ISymbol enclosing)
    {
        for (var current = enclosing; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } lambda)
            {
                if (lambda.IsStatic)
                {
                    return true;
                }

                continue;
            }

            if (current is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)
            {
                return current.IsStatic;
            }
        }

        return false;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

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
