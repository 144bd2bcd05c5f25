using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The cheap early bail-out: "may this code talk to OKX at all?", answered from text, before any semantic work.
/// A tree may contain OKX code when its file name or its text mentions okx / okex, an OK-ACCESS- header, a /api/v5/
/// path, CCXT or CryptoExchange (OKX.Net's base library), case-insensitively; every tree may when the compilation
/// references an OKX SDK assembly (OKX.Net, CryptoExchange.Net, ccxt). A false answer is certain: no OKX model
/// question about code in that tree can come out true, except through a partial type or constants declared in another
/// tree (see <see cref="AnyTreeMayContainOkx"/> for rules that follow values across files).
/// <para>One instance per compilation, created in RegisterCompilationStartAction (creating it does no scanning; each
/// tree is scanned once, on first request, and the answer cached). Scanning is a single pass over the text without
/// allocating per character (a vectorised search for a character every marker has): 0.2-0.6 ms for a 50,000-line
/// compilation (0.01 % of its compile time), so asking
/// <see cref="AnyTreeMayContainOkx"/> at compilation start and registering nothing when it is false is the cheapest
/// bail-out there is (docs/performance.md).</para>
/// </summary>
internal sealed class OkxGate
{
    private const int ChunkSize = 4096;

    // Longest marker minus one: the overlap kept between chunks so a marker split across two chunks is found.
    private const int Overlap = 13;

    private readonly Compilation _compilation;
    private int _anyTree; // 0: not computed, 1: no tree may contain OKX, 2: some tree may.
    private HashSet<SyntaxTree>? _reachedByName;

    private OkxGate(Compilation compilation, bool referencesOkxSdk)
    {
        _compilation = compilation;
        ReferencesOkxSdk = referencesOkxSdk;
    }

    /// <summary>The compilation references an OKX SDK (OKX.Net, CryptoExchange.Net, ccxt): the gate is open everywhere.</summary>
    public bool ReferencesOkxSdk { get; }

    /// <summary>
    /// Cheap: looks only at the file names of the compilation's references (not ReferencedAssemblyNames, which would
    /// bind every reference first; measured at ~15 ms for the framework's 170 assemblies, charged to the analyzer).
    /// </summary>
    public static OkxGate Create(Compilation compilation)
    {
        return CreateUncached(compilation);
    }

    /// <summary>
    /// The one gate of a compilation, shared by the five analyzers so its trees are scanned once, not five times. The
    /// cache is keyed weakly by the compilation (as roslyn-analyzers' well-known-type provider does): no state that can
    /// change a result, and nothing kept alive after the compilation.
    /// </summary>
    public static OkxGate For(Compilation compilation) => s_byCompilation.GetValue(compilation, CreateUncached);

    private static readonly ConditionalWeakTable<Compilation, OkxGate> s_byCompilation = new();

    private static OkxGate CreateUncached(Compilation compilation)
    {
        var referencesSdk = false;

        // ExternalReferences, not References: References also yields the #r directive references, and asking for
        // those binds every reference of the compilation (its first touch, ~3 ms charged to the analyzer on a 50,000
        // line OKX-free compilation). #r exists only in script trees: only those pay for References.
        IEnumerable<MetadataReference> references = compilation.ExternalReferences;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Options.Kind != SourceCodeKind.Regular)
            {
                references = compilation.References;
                break;
            }
        }

        foreach (var reference in references)
        {
            var name = reference is PortableExecutableReference { FilePath: { } path }
                ? System.IO.Path.GetFileNameWithoutExtension(path)
                : reference.Display;
            if (IsOkxSdkAssemblyName(name))
            {
                referencesSdk = true;
                break;
            }
        }

        return new OkxGate(compilation, referencesSdk);
    }

    public static bool IsOkxSdkAssemblyName(string? name) =>
        name is not null
        && (OkxContext.MentionsOkx(name)
            || name.StartsWith(OkxVocabulary.CryptoExchangeNet, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, OkxVocabulary.Ccxt, StringComparison.OrdinalIgnoreCase));

    /// <summary>False when nothing in the tree (file name or text) can be OKX code; kept with the tree (<see cref="Internals.TreeFacts"/>).</summary>
    public bool MayContainOkx(SyntaxTree tree, CancellationToken cancellationToken) =>
        ReferencesOkxSdk || Internals.TreeFacts.Flag(tree, MarkerFact, static (tree, cancellationToken) => TreeMayContainOkx(tree, cancellationToken), cancellationToken);

    private const string MarkerFact = "okx:marker";

    private static bool TreeMayContainOkx(SyntaxTree tree, CancellationToken cancellationToken) =>
        OkxContext.MentionsOkx(System.IO.Path.GetFileName(tree.FilePath)) || TextMayContainOkx(tree.GetText(cancellationToken), cancellationToken);

    /// <summary>
    /// False when no tree of the compilation can contain OKX code. Scans every tree's text (once per compilation, on
    /// the first call; under 1 ms per 50,000 lines). Ask it at compilation start, before resolving OkxTypes, and register
    /// nothing when it is false.
    /// </summary>
    public bool AnyTreeMayContainOkx(CancellationToken cancellationToken)
    {
        var state = Volatile.Read(ref _anyTree);
        if (state != 0)
        {
            return state == 2;
        }

        var any = ReferencesOkxSdk;
        if (!any)
        {
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (MayContainOkx(tree, cancellationToken))
                {
                    any = true;
                    break;
                }
            }
        }

        Volatile.Write(ref _anyTree, any ? 2 : 1);
        return any;
    }

    /// <summary>
    /// False when no code of the type (any of its declarations) can be OKX code or use OKX code declared elsewhere: the
    /// per-type gate every rule's actions sit behind (<see cref="Rules.OkxAnalyzer"/>), so that in a large compilation with
    /// a few OKX files no operation tree is built and no rule runs for the rest.
    /// </summary>
    public bool MayBeOkxType(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (ReferencesOkxSdk)
        {
            return true;
        }

        foreach (var location in type.Locations)
        {
            if (location.SourceTree is { } tree && MayReachOkx(tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tree may contain OKX code (<see cref="MayContainOkx"/>), or it names a type (or an extension method of it)
    /// whose own declaration mentions OKX: constants, a base client, a signing helper or a partial part declared
    /// elsewhere reach code whose own text has none. Only types whose declaration text has a marker (not every type of
    /// an OKX file: its DTOs named Order or Balance would open half a solution), and one step, not a closure (a
    /// closure would open every tree that mentions any type of a tree it opened).
    /// </summary>
    public bool MayReachOkx(SyntaxTree tree, CancellationToken cancellationToken) =>
        MayContainOkx(tree, cancellationToken) || ReachedByName(cancellationToken).Contains(tree);

    private HashSet<SyntaxTree> ReachedByName(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _reachedByName) is { } known)
        {
            return known;
        }

        var okxTrees = new List<SyntaxTree>();
        var others = new List<SyntaxTree>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            (MayContainOkx(tree, cancellationToken) ? okxTrees : others).Add(tree);
        }

        var reached = new HashSet<SyntaxTree>();
        if (others.Count > 0)
        {
            var names = new Internals.DeclaredNames();
            foreach (var tree in okxTrees)
            {
                var text = tree.GetText(cancellationToken);
                names.AddDeclaredIn(tree, declaration => TextMayContainOkx(text, declaration.Span, cancellationToken), cancellationToken);
            }

            foreach (var tree in others)
            {
                if (names.MentionedIn(tree.GetText(cancellationToken), cancellationToken))
                {
                    reached.Add(tree);
                }
            }
        }

        return Interlocked.CompareExchange(ref _reachedByName, reached, null) ?? reached;
    }

    /// <summary>The text mentions okx, okex, ok-access-, /api/v5/, ccxt or cryptoexchange (ASCII, case-insensitive).</summary>
    public static bool TextMayContainOkx(SourceText text, CancellationToken cancellationToken) =>
        TextMayContainOkx(text, new TextSpan(0, text.Length), cancellationToken);

    /// <summary>The part <paramref name="span"/> of the text mentions a marker (see above).</summary>
    public static bool TextMayContainOkx(SourceText text, TextSpan span, CancellationToken cancellationToken)
    {
        var length = span.End;
        if (span.Length <= ChunkSize)
        {
            var small = new char[span.Length];
            text.CopyTo(span.Start, small, 0, span.Length);
            return ContainsMarker(small, span.Length);
        }

        var buffer = new char[ChunkSize + Overlap];
        var position = span.Start;
        var carried = 0;
        while (position < length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunkSize, length - position);
            text.CopyTo(position, buffer, carried, count);
            var filled = carried + count;
            if (ContainsMarker(buffer, filled))
            {
                return true;
            }

            position += count;
            carried = Math.Min(Overlap, filled);
            Array.Copy(buffer, filled - carried, buffer, 0, carried);
        }

        return false;
    }

    public static bool TextMayContainOkx(string text)
    {
        var chars = text.ToCharArray();
        return ContainsMarker(chars, chars.Length);
    }

    // A character every marker contains, looked for with the runtime's vectorised IndexOfAny: they are rarer in code
    // than the markers' first letters (o, c, /), so most of the text is skipped 16-32 characters at a time.
    // okx, okex, ok-access- contain k; ccxt, cryptoexchange (and okx, okex) contain x; /api/v5/ contains 5.
    // The markers as the scan compares them: lower-case ASCII.
    private static readonly string AccessMarker = OkxVocabulary.AccessHeaderPrefix.ToLowerInvariant();

    private static readonly char[] Anchors = { 'k', 'K', 'x', 'X', '5' };

    private static bool ContainsMarker(char[] chars, int length)
    {
        var offset = 0;
        while (offset < length)
        {
            var hit = new ReadOnlySpan<char>(chars, offset, length - offset).IndexOfAny(Anchors);
            if (hit < 0)
            {
                return false;
            }

            var i = offset + hit;
            switch (chars[i])
            {
                case 'k':
                case 'K':
                    if (At(chars, length, i - 1, OkxVocabulary.Okx) || At(chars, length, i - 1, OkxVocabulary.Okex) || At(chars, length, i - 1, AccessMarker))
                    {
                        return true;
                    }

                    break;
                case 'x':
                case 'X':
                    if (At(chars, length, i - 2, OkxVocabulary.Ccxt) || At(chars, length, i - 7, OkxVocabulary.CryptoExchangeMarker))
                    {
                        return true;
                    }

                    break;
                default:
                    if (At(chars, length, i - 6, OkxVocabulary.RestPathPrefix))
                    {
                        return true;
                    }

                    break;
            }

            offset = i + 1;
        }

        return false;
    }

    /// <summary>The lowercase ASCII <paramref name="marker"/> is at <paramref name="index"/>, ignoring ASCII case.</summary>
    private static bool At(char[] chars, int length, int index, string marker)
    {
        if (index < 0 || index + marker.Length > length)
        {
            return false;
        }

        for (var j = 0; j < marker.Length; j++)
        {
            var c = chars[index + j];
            if (c >= 'A' && c <= 'Z')
            {
                c = (char)(c + ('a' - 'A'));
            }

            if (c != marker[j])
            {
                return false;
            }
        }

        return true;
    }
}
