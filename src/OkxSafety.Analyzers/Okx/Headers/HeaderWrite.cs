using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

/// <summary>The shape of a header write; fixes that add a header write the same shape.</summary>
internal enum HeaderWriteForm
{
    /// <summary>headers.Add(name, value) on HttpHeaders.</summary>
    HttpHeadersAdd,

    /// <summary>headers.TryAddWithoutValidation(name, value) on HttpHeaders.</summary>
    HttpHeadersTryAddWithoutValidation,

    /// <summary>dictionary.Add(name, value) or TryAdd.</summary>
    DictionaryAdd,

    /// <summary>bag[name] = value.</summary>
    Indexer,

    /// <summary>{ name, value } inside a collection initializer.</summary>
    CollectionInitializerElement,

    /// <summary>[name] = value inside an object initializer.</summary>
    IndexInitializerElement,

    /// <summary>request.AddHeader(name, value) (RestSharp style), also AddDefaultHeader.</summary>
    AddHeader,

    /// <summary>request.WithHeader(name, value) (Flurl style).</summary>
    WithHeader,

    /// <summary>
    /// OK_ACCESS_KEY = value in Flurl's WithHeaders(new { … }): the property name is the header name, with each '_'
    /// sent as '-' (unless replaceUnderscoreWithHyphen is false).
    /// </summary>
    AnonymousObjectProperty,
}

/// <summary>One operation that sets an HTTP header: where it writes, which header, which value.</summary>
internal sealed class HeaderWrite
{
    public HeaderWrite(IOperation operation, HeaderWriteForm form, HeaderBag bag, IOperation nameOperation, string? name, IOperation valueOperation, IOperation? chainOperation = null)
    {
        Operation = operation;
        ChainOperation = chainOperation ?? operation;
        Form = form;
        Bag = bag;
        NameOperation = nameOperation;
        Name = name;
        Header = OkxHeaderNames.Classify(name);
        ValueOperation = valueOperation;
    }

    /// <summary>The invocation or assignment that writes the header.</summary>
    public IOperation Operation { get; }

    /// <summary>
    /// The operation that is part of the request's fluent chain: <see cref="Operation"/>, or for the properties of an
    /// anonymous object given to Flurl's WithHeaders, that call (the object may be declared in an earlier statement).
    /// </summary>
    public IOperation ChainOperation { get; }

    public HeaderWriteForm Form { get; }

    public HeaderBag Bag { get; }

    public IOperation NameOperation { get; }

    /// <summary>The header name when it is known at compile time (literal, const, readonly field or local initialised with a constant).</summary>
    public string? Name { get; }

    /// <summary>Which OKX header <see cref="Name"/> is, case-insensitively.</summary>
    public OkxHeader Header { get; }

    public IOperation ValueOperation { get; }

    /// <summary>The credential the header carries (OK-ACCESS-KEY, OK-ACCESS-PASSPHRASE), if any.</summary>
    public CredentialKind? Credential => OkxHeaderNames.CredentialOf(Header);
}
