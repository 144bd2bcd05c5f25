using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// The type declarations of a tree (classes, records, structs, interfaces, enums, delegates), found among the declarations only:
/// namespaces and types are walked, member bodies are not. The cheap way to ask what a file declares.
/// </summary>
internal static class TypeDeclarations
{
    /// <summary>The name a type declaration declares.</summary>
    public static string NameOf(MemberDeclarationSyntax declaration) => declaration switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>In document order; with <paramref name="nested"/>, the types declared inside types too.</summary>
    public static IEnumerable<MemberDeclarationSyntax> In(SyntaxNode root, bool nested)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        var children = new List<SyntaxNode>();
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                yield return (MemberDeclarationSyntax)node;
                if (!nested)
                {
                    continue;
                }
            }

            children.Clear();
            foreach (var child in node.ChildNodes())
            {
                if (child is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                {
                    children.Add(child);
                }
            }

            // Pushed in reverse, so they come out in document order (a type before the types nested in it).
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }
}
