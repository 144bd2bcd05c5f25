using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// Facts read from a syntax tree's text and declarations alone, kept with the tree (weakly) instead of with the
/// compilation: a tree never changes, and the IDE keeps the trees of unchanged documents in each new compilation, so an
/// edit re-reads only the edited document.
/// </summary>
internal static class TreeFacts
{
    private static readonly ConditionalWeakTable<SyntaxTree, Facts> s_byTree = new();

    /// <summary>The names of the types (classes, records, structs, interfaces, enums) the tree declares: declarations only, no bodies walked.</summary>
    public static HashSet<string> DeclaredTypeNames(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var facts = Of(tree);
        if (Volatile.Read(ref facts.DeclaredTypeNames) is { } known)
        {
            return known;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in TypeDeclarations.In(tree.GetRoot(cancellationToken), nested: true))
        {
            names.Add(TypeDeclarations.NameOf(declaration));
        }

        return Interlocked.CompareExchange(ref facts.DeclaredTypeNames, names, null) ?? names;
    }

    /// <summary>The tree's text contains <paramref name="name"/> as a whole identifier (<see cref="IdentifierText.Mentions"/>).</summary>
    public static bool MentionsIdentifier(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var facts = Of(tree);
        if (facts.Mentions.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = tree.GetText(cancellationToken);
        return facts.Mentions.GetOrAdd(name, IdentifierText.Mentions(text, new TextSpan(0, text.Length), name, cancellationToken));
    }

    /// <summary>
    /// A yes/no fact about the tree that depends on nothing else (its file name and text), computed once per tree and
    /// <paramref name="fact"/> (a name no identifier can have, e.g. "okx:marker", so it cannot meet a name asked above).
    /// </summary>
    public static bool Flag(SyntaxTree tree, string fact, Func<SyntaxTree, CancellationToken, bool> compute, CancellationToken cancellationToken)
    {
        var facts = Of(tree);
        if (facts.Flags.TryGetValue(fact, out var known))
        {
            return known;
        }

        return facts.Flags.GetOrAdd(fact, compute(tree, cancellationToken));
    }

    private static Facts Of(SyntaxTree tree) => s_byTree.GetValue(tree, static _ => new Facts());

    private sealed class Facts
    {
        public HashSet<string>? DeclaredTypeNames;

        public ConcurrentDictionary<string, bool> Mentions { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> Flags { get; } = new(StringComparer.Ordinal);
    }
}
