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
        var mentions = Of(tree).Mentions;
        if (mentions.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = tree.GetText(cancellationToken);
        return mentions.GetOrAdd(name, IdentifierText.Mentions(text, new TextSpan(0, text.Length), name, cancellationToken));
    }

    /// <summary>
    /// A yes/no fact about the tree that depends on nothing else (its file name and text), computed once per tree and
    /// <paramref name="fact"/> (a name no identifier can have, e.g. "okx:marker", so it cannot meet a name asked above).
    /// </summary>
    public static bool Flag(SyntaxTree tree, string fact, Func<SyntaxTree, CancellationToken, bool> compute, CancellationToken cancellationToken)
    {
        var flags = Of(tree).Flags;
        if (flags.TryGetValue(fact, out var known))
        {
            return known;
        }

        return flags.GetOrAdd(fact, compute(tree, cancellationToken));
    }

    /// <summary>
    /// Syntax of the tree found from its text alone (a list of nodes of some shape), computed once per tree and
    /// <paramref name="fact"/> (a name no identifier can have, as for <see cref="Flag"/>). The nodes belong to the tree,
    /// so keeping them costs the list.
    /// </summary>
    public static T Nodes<T>(SyntaxTree tree, string fact, Func<SyntaxTree, CancellationToken, T> compute, CancellationToken cancellationToken)
        where T : class
    {
        var nodes = Of(tree).Nodes;
        if (nodes.TryGetValue(fact, out var known))
        {
            return (T)known;
        }

        return (T)nodes.GetOrAdd(fact, compute(tree, cancellationToken));
    }

    private static Facts Of(SyntaxTree tree) => s_byTree.GetValue(tree, static _ => new Facts());

    // Small for the trees of code without OKX, which only the gate's flag is asked about: each table is made when
    // first asked.
    private sealed class Facts
    {
        public HashSet<string>? DeclaredTypeNames;
        private ConcurrentDictionary<string, bool>? _mentions;
        private ConcurrentDictionary<string, bool>? _flags;
        private ConcurrentDictionary<string, object>? _nodes;

        public ConcurrentDictionary<string, bool> Mentions => Volatile.Read(ref _mentions) ?? Made(ref _mentions);

        public ConcurrentDictionary<string, bool> Flags => Volatile.Read(ref _flags) ?? Made(ref _flags);

        public ConcurrentDictionary<string, object> Nodes => Volatile.Read(ref _nodes) ?? Made(ref _nodes);

        private static ConcurrentDictionary<string, T> Made<T>(ref ConcurrentDictionary<string, T>? slot)
        {
            var made = new ConcurrentDictionary<string, T>(1, 4, StringComparer.Ordinal);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
        }
    }
}
