using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>The mistakes in OKX signing code that make OKX refuse a request or a WebSocket login (OKX006).</summary>
internal enum SigningMistake
{
    /// <summary>The timestamp in the prehash and the one in OK-ACCESS-TIMESTAMP come from two clock reads.</summary>
    TwoClockReads,

    /// <summary>A REST timestamp read from local time (DateTime.Now, DateTimeOffset.Now).</summary>
    LocalTime,

    /// <summary>A REST timestamp as Unix seconds or milliseconds.</summary>
    UnixTimestamp,

    /// <summary>A REST timestamp formatted by the culture's default ToString().</summary>
    CultureTimestamp,

    /// <summary>A WebSocket login timestamp formatted as a date instead of Unix seconds.</summary>
    LoginDateTimestamp,

    /// <summary>A WebSocket login timestamp in Unix milliseconds instead of seconds.</summary>
    LoginMillisecondsTimestamp,

    /// <summary>The signed request path is Uri.AbsolutePath or Uri.LocalPath, without the query string.</summary>
    PathWithoutQuery,

    /// <summary>The HTTP method in the prehash is lower case.</summary>
    LowerCaseMethod,

    /// <summary>The signature is hex instead of Base64.</summary>
    HexSignature,

    /// <summary>The HMAC key is the secret decoded (Base64 or hex) instead of its UTF-8 bytes.</summary>
    DecodedSecret,

    /// <summary>The signature is an HMAC with another hash than SHA-256.</summary>
    WrongHmac,

    /// <summary>The signature is a plain hash, without the secret as HMAC key.</summary>
    PlainHash,

    /// <summary>The WebSocket login prehash is not timestamp + "GET" + "/users/self/verify".</summary>
    LoginPrehash,
}

/// <summary>One mistake, where it is and what its fix needs.</summary>
internal readonly struct SigningFinding
{
    public SigningFinding(SigningMistake mistake, SyntaxNode node, bool login, ISymbol? owner, SyntaxNode? related = null, string? detail = null)
    {
        Mistake = mistake;
        Node = node;
        Login = login;
        Owner = owner;
        Related = related;
        Detail = detail;
    }

    public SigningMistake Mistake { get; }

    /// <summary>The mistake itself: the place to report and to fix.</summary>
    public SyntaxNode Node { get; }

    /// <summary>Found in a WebSocket login (the answer is a refused login, not a REST error code).</summary>
    public bool Login { get; }

    /// <summary>The method (or other symbol) the node is in, when known.</summary>
    public ISymbol? Owner { get; }

    /// <summary>
    /// TwoClockReads: the other clock read (the prehash's timestamp); HexSignature: the hashed bytes; LowerCaseMethod:
    /// the node is a ToLower call (otherwise a string literal or interpolated text).
    /// </summary>
    public SyntaxNode? Related { get; }

    /// <summary>WrongHmac / PlainHash: the algorithm ("HMAC-SHA512"); LoginPrehash: the constant text the fix writes.</summary>
    public string? Detail { get; }
}
