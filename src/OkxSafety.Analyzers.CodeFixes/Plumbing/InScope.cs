using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.CodeFixes.Plumbing;

/// <summary>
/// The one way a fix finds a value to read where it edits: the locals, parameters, fields and properties the code at a
/// position can really read. What name lookup sees but the compiler refuses is left out: a local of the top-level
/// statements seen from a type's member (CS8801), a local or parameter outside a static lambda or local function, a
/// local declared later, an instance member from a static context, a field initializer or a constructor initializer,
/// an instance member of an enclosing type from a nested one, an inaccessible member.
/// </summary>
internal static class InScope
{
    /// <summary>The readable values at <paramref name="position"/>, innermost first (name lookup's order).</summary>
    public static IEnumerable<ISymbol> Values(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        var enclosing = model.GetEnclosingSymbol(position, cancellationToken);
        var owners = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var isStatic = true;
        var hasInstance = false;
        INamedTypeSymbol? enclosingType = null;
        for (var current = enclosing; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol type)
            {
                enclosingType = type;
                break;
            }

            if (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
            {
                owners.Add(function);
                if (function.IsStatic)
                {
                    // Nothing outside a static lambda or local function can be captured, and there is no 'this'.
                    enclosingType = function.ContainingType;
                    break;
                }

                continue;
            }

            owners.Add(current);
            isStatic = current.IsStatic || current is IFieldSymbol || (current is IPropertySymbol && IsInInitializer(model, position));
            hasInstance = !current.IsStatic;
            enclosingType = current.ContainingType;
            break;
        }

        if (IsInConstructorInitializer(model, position))
        {
            isStatic = true;
        }

        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (symbol)
            {
                case ILocalSymbol local:
                    if (!local.IsConst && owners.Contains(local.ContainingSymbol) && DeclaredBefore(local, position))
                    {
                        yield return local;
                    }

                    break;
                case IParameterSymbol parameter:
                    if (owners.Contains(parameter.ContainingSymbol) || (hasInstance && IsPrimaryConstructorParameter(parameter, enclosingType)))
                    {
                        yield return parameter;
                    }

                    break;
                case IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field:
                    if (IsReachableMember(model, field, position, isStatic, enclosingType))
                    {
                        yield return field;
                    }

                    break;
                case IPropertySymbol { IsIndexer: false, GetMethod: not null } property:
                    if (IsReachableMember(model, property, position, isStatic, enclosingType) && model.IsAccessible(position, property.GetMethod))
                    {
                        yield return property;
                    }

                    break;
            }
        }
    }

    /// <summary>Only static members can be read at the position (static member, static lambda, any initializer).</summary>
    public static bool IsStaticContext(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        if (IsInConstructorInitializer(model, position))
        {
            return true;
        }

        for (var current = model.GetEnclosingSymbol(position, cancellationToken); current is not null; current = current.ContainingSymbol)
        {
            switch (current)
            {
                case INamedTypeSymbol:
                    return true;
                case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function:
                    if (function.IsStatic)
                    {
                        return true;
                    }

                    continue;
                case IFieldSymbol:
                    return true;
                case IPropertySymbol:
                    return current.IsStatic || IsInInitializer(model, position);
                default:
                    return current.IsStatic;
            }
        }

        return true;
    }

    public static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>The symbol's name as an identifier (a keyword gets its '@').</summary>
    public static IdentifierNameSyntax Name(ISymbol symbol) =>
        SyntaxFactory.IdentifierName(SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None ? "@" + symbol.Name : symbol.Name);

    private static bool IsReachableMember(SemanticModel model, ISymbol member, int position, bool isStatic, INamedTypeSymbol? enclosingType)
    {
        if (!model.IsAccessible(position, member))
        {
            return false;
        }

        if (member.IsStatic)
        {
            return true;
        }

        if (isStatic || enclosingType is null)
        {
            return false;
        }

        // An instance member of an enclosing type is in lookup from a nested type, but has no instance there (CS0120).
        for (var type = enclosingType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, member.ContainingType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A parameter of the type's primary constructor (<c>class Bot(bool useDemo)</c>): readable in its instance members and initializers.</summary>
    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter, INamedTypeSymbol? enclosingType)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, enclosingType))
        {
            return false;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaredBefore(ILocalSymbol local, int position)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.Span.Start >= position)
            {
                return false;
            }

            // var x = <here>: the local is declared but not yet assigned.
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } && initializer.Span.Contains(position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInInitializer(SemanticModel model, int position)
    {
        var token = model.SyntaxTree.GetRoot().FindToken(position);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                    return true;
                case StatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsInConstructorInitializer(SemanticModel model, int position)
    {
        var token = model.SyntaxTree.GetRoot().FindToken(position);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ConstructorInitializerSyntax:
                    return true;
                case StatementSyntax or MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax:
                    return false;
            }
        }

        return false;
    }
}
