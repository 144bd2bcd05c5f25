using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// Syntax found from the text instead of a walk of every node: the places a name (or <c>new</c>) occurs are found in
/// the source text (<see cref="IdentifierText"/>), and only the tokens there are looked up and climbed from. In a large
/// file that asks about a few names, this reads the text once per name and touches a handful of nodes.
/// </summary>
internal static class SyntaxByName
{
    /// <summary>The identifier tokens whose text is <paramref name="name"/>, in document order (not those in comments or strings).</summary>
    public static IEnumerable<SyntaxToken> IdentifierTokens(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        foreach (var position in IdentifierText.Occurrences(text, new TextSpan(0, text.Length), name, cancellationToken))
        {
            var token = root.FindToken(position);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) && token.ValueText == name)
            {
                yield return token;
            }
        }
    }

    /// <summary>The target-typed creations (<c>new(…)</c>, <c>new() { … }</c>) of the tree, in document order.</summary>
    public static IEnumerable<ImplicitObjectCreationExpressionSyntax> ImplicitCreations(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        foreach (var position in IdentifierText.Occurrences(text, new TextSpan(0, text.Length), "new", cancellationToken))
        {
            // Most are `new Name(…)`: after white space, a target-typed creation's next character is its '(' (or a
            // comment's '/'); only those are looked up in the tree.
            if (!MayOpenArguments(text, position + 3))
            {
                continue;
            }

            var token = root.FindToken(position);
            if (token.IsKind(SyntaxKind.NewKeyword) && token.SpanStart == position && token.Parent is ImplicitObjectCreationExpressionSyntax creation)
            {
                yield return creation;
            }
        }
    }

    private static bool MayOpenArguments(SourceText text, int position)
    {
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (!char.IsWhiteSpace(c))
            {
                return c is '(' or '/';
            }
        }

        return false;
    }

    /// <summary>
    /// The expression a name token is the last part of: the name itself, <c>x.Name</c>, <c>?.Name</c>, <c>A.B.Name</c>
    /// (null when the token is not a simple name).
    /// </summary>
    public static ExpressionSyntax? ExpressionEndingIn(SyntaxToken identifier)
    {
        if (identifier.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        ExpressionSyntax node = name;
        while (true)
        {
            switch (node.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == node:
                    node = access;
                    continue;
                case MemberBindingExpressionSyntax binding when binding.Name == node:
                    node = binding;
                    continue;
                case QualifiedNameSyntax qualified when qualified.Right == node:
                    node = qualified;
                    continue;
                case AliasQualifiedNameSyntax aliased when aliased.Name == node:
                    node = aliased;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>The last name of a name or member access: <c>ApiKey</c> in <c>ApiKey</c>, <c>o.ApiKey</c>, <c>o?.ApiKey</c>, <c>Okx.Settings.ApiKey</c>.</summary>
    public static string? LastName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
        MemberBindingExpressionSyntax { Name: var name } => name.Identifier.ValueText,
        QualifiedNameSyntax { Right: var right } => right.Identifier.ValueText,
        AliasQualifiedNameSyntax { Name: var name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The name of the type a target-typed creation evidently creates, read from the declaration it initialises or the
    /// method it is returned from (<c>HttpClient _http = new()</c>, <c>static Settings Create() =&gt; new(…)</c>); the
    /// empty string for a type that has no simple name (a keyword, an array, a tuple); null when the syntax does not say
    /// (an argument, an assignment, a lambda's or an async method's result).
    /// </summary>
    public static string? EvidentTypeName(ImplicitObjectCreationExpressionSyntax creation)
    {
        switch (creation.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                return TypeName(declaration.Type);
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return TypeName(property.Type);
            case ArrowExpressionClauseSyntax { Parent: var owner }:
                return ResultTypeName(owner);
            case ReturnStatementSyntax returnStatement:
                for (SyntaxNode? current = returnStatement.Parent; current is not null; current = current.Parent)
                {
                    // The innermost function or member the statement returns from.
                    if (current is LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or MemberDeclarationSyntax)
                    {
                        return ResultTypeName(current);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? ResultTypeName(SyntaxNode? owner) => owner switch
    {
        MethodDeclarationSyntax method when !method.Modifiers.Any(SyntaxKind.AsyncKeyword) => TypeName(method.ReturnType),
        LocalFunctionStatementSyntax function when !function.Modifiers.Any(SyntaxKind.AsyncKeyword) => TypeName(function.ReturnType),
        PropertyDeclarationSyntax property => TypeName(property.Type),
        _ => null,
    };

    private static string? TypeName(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => TypeName(nullable.ElementType),
        IdentifierNameSyntax { IsVar: true } => null,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        PredefinedTypeSyntax or ArrayTypeSyntax or TupleTypeSyntax or PointerTypeSyntax => string.Empty,
        _ => null,
    };

    /// <summary>The tree declares a using alias (<c>using Creds = Okx.Credentials;</c>), at its top or in a namespace.</summary>
    public static bool HasUsingAlias(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
        {
            return false;
        }

        if (HasAlias(unit.Usings))
        {
            return true;
        }

        var members = new Stack<MemberDeclarationSyntax>(unit.Members);
        while (members.Count > 0)
        {
            if (members.Pop() is BaseNamespaceDeclarationSyntax ns)
            {
                if (HasAlias(ns.Usings))
                {
                    return true;
                }

                foreach (var member in ns.Members)
                {
                    members.Push(member);
                }
            }
        }

        return false;
    }

    /// <summary>The tree declares a global using alias (<c>global using Creds = Okx.Credentials;</c>), seen in every tree.</summary>
    public static bool HasGlobalUsingAlias(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
        {
            foreach (var directive in unit.Usings)
            {
                if (directive.Alias is not null && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAlias(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null)
            {
                return true;
            }
        }

        return false;
    }
}
