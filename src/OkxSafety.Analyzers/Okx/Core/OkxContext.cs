using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The one answer to "is this code talking to OKX?", at each grain a rule asks it (docs/architecture.md):
/// <list type="bullet">
/// <item>a name (<see cref="MentionsOkx"/>: okx / okex), a text (<see cref="IsOkxText"/>: also a v5 path or an
/// OK-ACCESS-* header), a text only OKX code contains (<see cref="IsStrongOkxText"/>: a v5 path, an OK-ACCESS-*
/// header, an OKX host; no bare name), a token (<see cref="IsOkxToken"/>);</item>
/// <item>a type (<see cref="IsOkxContext"/>: okx/okex in its names, namespace or file name, or an OKX token in its
/// declaration), cached per type: rules that lean on naming only fire in OKX context;</item>
/// <item>a method body (<see cref="IsOkxMethod"/>: its type, its tokens, the members and constants it uses;
/// <see cref="NamesOkxEndpoint"/>: an OKX endpoint in its strings or the constants it reads).</item>
/// </list>
/// The gate (<see cref="OkxGate"/>) is the cheaper text scan before all of these: a false gate means every answer
/// here is false. Every marker comes from <see cref="OkxVocabulary"/>. One instance per compilation
/// (<see cref="OkxCompilation.Context"/>), shared by the rules.
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

    /// <summary>A string that only OKX code contains: an /api/v5/ path, an okx.com / okex host, an OK-ACCESS-* header.</summary>
    public static bool IsStrongOkxText(string? text) =>
        text is not null
        && (text.IndexOf(OkxVocabulary.RestPathPrefix, StringComparison.OrdinalIgnoreCase) >= 0
            || text.StartsWith(OkxVocabulary.RelativeRestPathPrefix, StringComparison.OrdinalIgnoreCase)
            || text.IndexOf(OkxVocabulary.AccessHeaderPrefix, StringComparison.OrdinalIgnoreCase) >= 0
            || IsOkxHost(Urls.HostOf(text)));

    /// <summary>An okx.com / okex.com (or other okx-named) host.</summary>
    public static bool IsOkxHost(string? host) => host is not null && MentionsOkx(host);

    /// <summary>
    /// The body names an OKX endpoint: an /api/v5/ path, an okx.com / okex host or an OK-ACCESS-* header
    /// (<see cref="IsStrongOkxText"/>), in a string of its own or in the declared value of a field or property it reads.
    /// </summary>
    public static bool NamesOkxEndpoint(IOperation block, CancellationToken cancellationToken)
    {
        foreach (var token in block.Syntax.DescendantTokens())
        {
            if (IsStringToken(token) && IsStrongOkxText(token.ValueText))
            {
                return true;
            }
        }

        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in new OperationDescendants(block))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ISymbol? used = operation switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                _ => null,
            };

            if (used is null || used.Locations.Length == 0 || !used.Locations[0].IsInSource || !seen.Add(used)
                || DeclaredValues.GetDeclaredExpression(used, cancellationToken) is not { } declared)
            {
                continue;
            }

            foreach (var token in declared.DescendantTokens())
            {
                if (IsStringToken(token) && IsStrongOkxText(token.ValueText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsStringToken(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken;

    /// <summary>
    /// OKX context of a method (OKX005 asks it of every body that reads a payload): its own code names OKX (an /api/v5/ path, an okx.com host, an
    /// OK-ACCESS-* header, an okx-named identifier or type), a constant or member it uses does, or the type it is
    /// declared in is named for OKX.
    /// </summary>
    public static bool IsOkxMethod(IOperation operationBlock, ISymbol owner, CancellationToken cancellationToken)
    {
        for (var type = owner as INamedTypeSymbol ?? owner.ContainingType; type is not null; type = type.ContainingType)
        {
            if (MentionsOkx(type.Name) || MentionsOkx(type.ContainingNamespace?.ToDisplayString()))
            {
                return true;
            }
        }

        foreach (var token in operationBlock.Syntax.DescendantTokens())
        {
            if (IsOkxToken(token))
            {
                return true;
            }
        }

        foreach (var operation in new OperationDescendants(operationBlock))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ISymbol? used = operation switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                IInvocationOperation invocation => invocation.TargetMethod,
                _ => null,
            };

            if (used is null)
            {
                continue;
            }

            if (MentionsOkx(used.ContainingType?.Name) || OkxTypes.IsInOkxNetNamespace(used)
                || MentionsOkx(OkxResponses.MemberType(used)?.Name) || (used is IMethodSymbol method && MentionsOkx(OkxResponses.UnwrapTask(method.ReturnType)?.Name)))
            {
                return true;
            }

            if (used is IFieldSymbol or IPropertySymbol && used.Locations.Length > 0 && used.Locations[0].IsInSource
                && DeclaredValues.GetDeclaredExpression(used, cancellationToken) is { } declared)
            {
                foreach (var token in declared.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.StringLiteralToken) && IsOkxText(token.ValueText))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
