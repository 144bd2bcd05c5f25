using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// A set of names other files can use to reach what a tree declares — its top-level and namespace-level type names
/// and the names of the extension methods declared in them (called without naming their type) — and a scan that
/// says whether a text mentions one of them as a whole identifier. Syntax and text only: no binding.
/// </summary>
internal sealed class DeclaredNames
{
    private const int ChunkSize = 4096;

    // Names by length (index), so a scanned identifier is compared only with names of its own length.
    private readonly Dictionary<int, List<string>> _byLength = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int _longest;

    public int Count => _names.Count;

    /// <summary>
    /// Adds the names a tree's declarations can be reached by, for the declarations <paramref name="include"/> accepts
    /// (declarations only: method bodies are not walked).
    /// </summary>
    public void AddDeclaredIn(SyntaxTree tree, Func<MemberDeclarationSyntax, bool> include, CancellationToken cancellationToken)
    {
        foreach (var declaration in TypeDeclarations.In(tree.GetRoot(cancellationToken), nested: false))
        {
            if (!include(declaration))
            {
                continue;
            }

            Add(TypeDeclarations.NameOf(declaration));
            if (declaration is ClassDeclarationSyntax { Members: var typeMembers } type && IsStatic(type.Modifiers))
            {
                AddExtensionMethods(typeMembers);
            }
        }
    }

    private void AddExtensionMethods(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 0 } parameters } method
                && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword))
            {
                Add(method.Identifier.ValueText);
            }
        }
    }

    private static bool IsStatic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.StaticKeyword);

    private void Add(string name)
    {
        if (name.Length == 0 || !_names.Add(name))
        {
            return;
        }

        if (!_byLength.TryGetValue(name.Length, out var list))
        {
            list = new List<string>();
            _byLength.Add(name.Length, list);
        }

        list.Add(name);
        _longest = Math.Max(_longest, name.Length);
    }

    /// <summary>The text contains one of the names as a whole identifier (in code, a string or a comment alike).</summary>
    public bool MentionedIn(SourceText text, CancellationToken cancellationToken)
    {
        if (_names.Count == 0)
        {
            return false;
        }

        // Chunks overlap by the longest name so an identifier split across two chunks is still seen whole.
        var length = text.Length;
        var buffer = new char[Math.Min(length, ChunkSize + _longest + 1)];
        var position = 0;
        while (position < length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, length - position);
            text.CopyTo(position, buffer, 0, count);
            var end = position + count == length ? count : LastIdentifierBoundary(buffer, count);
            if (ContainsName(buffer, end))
            {
                return true;
            }

            position += end;
        }

        return false;
    }

    // The chunk is cut before the identifier its last character belongs to (which the next chunk starts with);
    // an identifier longer than every name cannot match and is cut anywhere.
    private int LastIdentifierBoundary(char[] chars, int count)
    {
        var end = count;
        while (end > 0 && IsIdentifierChar(chars[end - 1]) && count - end <= _longest)
        {
            end--;
        }

        return end == 0 || count - end > _longest ? count : end;
    }

    private bool ContainsName(char[] chars, int length)
    {
        var i = 0;
        while (i < length)
        {
            if (!IsIdentifierChar(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < length && IsIdentifierChar(chars[i]))
            {
                i++;
            }

            if (_byLength.TryGetValue(i - start, out var candidates) && Matches(chars, start, candidates))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(char[] chars, int start, List<string> candidates)
    {
        foreach (var name in candidates)
        {
            var j = 0;
            while (j < name.Length && chars[start + j] == name[j])
            {
                j++;
            }

            if (j == name.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => IdentifierText.IsIdentifierChar(c);
}
