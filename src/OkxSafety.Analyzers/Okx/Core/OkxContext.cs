using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Answers "is this code talking to OKX?" for a type: okx/okex in its names, namespace or file name, an okx.com
/// or /api/v5/ URL, an OK-ACCESS-* header, OKX.Net or CCXT types. Rules that lean on naming only fire in OKX
/// context. One instance per compilation; answers are cached per type.
/// </summary>
internal sealed class OkxContext
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _byType = new(SymbolEqualityComparer.Default);

    public bool IsOkxContext(ISymbol? symbol, CancellationToken cancellationToken)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        if (type is null)
        {
            return false;
        }

        // Nested types share their outer type's context (a DTO nested in an OKX client).
        while (type.ContainingType is not null)
        {
            if (Compute(type, cancellationToken))
            {
                return true;
            }

            type = type.ContainingType;
        }

        return Compute(type, cancellationToken);
    }

    private bool Compute(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (_byType.TryGetValue(type, out var known))
        {
            return known;
        }

        var result = ComputeUncached(type, cancellationToken);
        _byType.TryAdd(type, result);
        return result;
    }

    private static bool ComputeUncached(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (MentionsOkx(type.Name) || MentionsOkx(type.ContainingNamespace?.ToDisplayString()))
        {
            return true;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (MentionsOkx(Path.GetFileName(reference.SyntaxTree.FilePath)))
            {
                return true;
            }

            var node = reference.GetSyntax(cancellationToken);
            foreach (var token in node.DescendantTokens())
            {
                if (IsOkxToken(token))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One token that marks OKX code: an okx/okex identifier or a string naming OKX, its URLs or headers.</summary>
    public static bool IsOkxToken(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.IdentifierToken:
                return MentionsOkx(token.ValueText);
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                return IsOkxText(token.ValueText);
            default:
                return false;
        }
    }

    /// <summary>okx or okex in a name (OkxClient, OKX.Net, okex_api).</summary>
    public static bool MentionsOkx(string? name) =>
        name is not null
        && (name.IndexOf(OkxVocabulary.Okx, StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf(OkxVocabulary.Okex, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>A string that talks to OKX: its hosts, its v5 paths, its headers, or OKX-named settings.</summary>
    public static bool IsOkxText(string? text) =>
        text is not null
        && (MentionsOkx(text)
            || text.IndexOf(OkxVocabulary.RestPathPrefix, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf(OkxVocabulary.AccessHeaderPrefix, StringComparison.OrdinalIgnoreCase) >= 0);
}
