using System;
using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

internal enum HeaderBagKind
{
    /// <summary>HttpRequestMessage.Headers (or any HttpHeaders that is not a client's defaults).</summary>
    RequestHeaders,

    /// <summary>HttpClient.DefaultRequestHeaders, or a REST client's default headers.</summary>
    DefaultRequestHeaders,

    /// <summary>A string-keyed dictionary (or header collection) used as a bag of headers.</summary>
    Dictionary,

    /// <summary>A RestSharp-style (AddHeader) or Flurl-style (WithHeader) request.</summary>
    FluentRequest,
}

/// <summary>
/// One set of headers that travel together: one request's Headers, one client's DefaultRequestHeaders, one header
/// dictionary, one fluent request. Two writes go to the same bag when their bags are equal.
/// </summary>
internal readonly struct HeaderBag : IEquatable<HeaderBag>
{
    public HeaderBag(HeaderBagKind kind, ISymbol? holder, string? member, SyntaxNode? anchor)
    {
        Kind = kind;
        Holder = holder;
        Member = member;
        Anchor = holder is null ? anchor : null;
    }

    public HeaderBagKind Kind { get; }

    /// <summary>The local, parameter, field, property (or this type) that holds the bag or its owner; null when the bag has no name.</summary>
    public ISymbol? Holder { get; }

    /// <summary>The member of the holder that is the bag ("Headers", "DefaultRequestHeaders"); null when the holder is the bag.</summary>
    public string? Member { get; }

    /// <summary>For an unnamed bag (an object creation, a fluent chain's root expression): that syntax.</summary>
    public SyntaxNode? Anchor { get; }

    /// <summary>A bag held in a field, property or by the type itself lives as long as the type: rules scope it to the type.</summary>
    public bool IsTypeScoped => Holder is IFieldSymbol or IPropertySymbol or INamedTypeSymbol;

    /// <summary>A bag that arrived as a parameter: some other code may write the rest of its headers.</summary>
    public bool IsParameter => Holder is IParameterSymbol;

    public bool Equals(HeaderBag other) =>
        SymbolEqualityComparer.Default.Equals(Holder, other.Holder)
        && string.Equals(Member, other.Member, StringComparison.Ordinal)
        && Equals(Anchor, other.Anchor);

    public override bool Equals(object? obj) => obj is HeaderBag other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Holder is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Holder);
            hash = (hash * 397) ^ (Member is null ? 0 : StringComparer.Ordinal.GetHashCode(Member));
            return (hash * 397) ^ (Anchor?.GetHashCode() ?? 0);
        }
    }
}
