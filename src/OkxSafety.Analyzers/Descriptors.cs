using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers;

/// <summary>Every diagnostic the package reports, in one place: ids, texts, categories and help links.</summary>
internal static class Descriptors
{
    public const string HardcodedCredentialId = "OKX001";
    public const string UntrimmedCredentialId = "OKX002";
    public const string MissingPassphraseHeaderId = "OKX003";
    public const string SimulatedTradingHeaderId = "OKX004";
    public const string UncheckedResponseCodeId = "OKX005";
    public const string RejectedSignatureId = "OKX006";

    private const string HelpLinkBase = "https://github.com/okxsafety/OkxSafety.Analyzers/blob/main/docs/rules/";

    private static class Categories
    {
        public const string Security = "Security";
        public const string Reliability = "Reliability";
    }

    /// <summary>{0}: credential kind ("API key", "secret key", "passphrase").</summary>
    public static readonly DiagnosticDescriptor HardcodedCredential = Create(
        HardcodedCredentialId,
        title: "OKX credential is hard-coded in source",
        messageFormat: "Hard-coded OKX {0}: load it from configuration or an environment variable, and rotate the exposed key",
        Categories.Security,
        description: "An OKX API key, secret key or passphrase written in source code is leaked as soon as the code is committed. Read it from configuration or the environment instead, and create a new key at OKX: the exposed one must be considered compromised.");

    /// <summary>{0}: credential kind; {1}: where it was read; {2}: the OKX error code it causes.</summary>
    public static readonly DiagnosticDescriptor UntrimmedCredential = Create(
        UntrimmedCredentialId,
        title: "OKX credential is used without Trim()",
        messageFormat: "OKX {0} read from {1} is used without Trim(): a stray space or newline makes OKX answer {2}",
        Categories.Reliability,
        description: "Credentials read from environment variables, configuration, files, the console or JSON often carry a trailing newline or space. OKX then answers 50111 (invalid OK-ACCESS-KEY), 50113 (invalid signature) or 50105 (OK-ACCESS-PASSPHRASE incorrect). Trim the value where it is read.");

    /// <summary>{0}: what is wrong with the passphrase header; {1}: the OKX error code.</summary>
    public static readonly DiagnosticDescriptor MissingPassphraseHeader = Create(
        MissingPassphraseHeaderId,
        title: "Signed OKX request without a valid OK-ACCESS-PASSPHRASE header",
        messageFormat: "{0}: OKX rejects the request with {1}",
        Categories.Reliability,
        description: "Every signed OKX v5 request carries OK-ACCESS-KEY, OK-ACCESS-SIGN, OK-ACCESS-TIMESTAMP and OK-ACCESS-PASSPHRASE. Without the passphrase header, or with an empty one, OKX answers 50104 (OK-ACCESS-PASSPHRASE cannot be empty); a wrong value gives 50105.");

    /// <summary>{0}: the intent the code shows and the mismatch.</summary>
    public static readonly DiagnosticDescriptor SimulatedTradingHeader = Create(
        SimulatedTradingHeaderId,
        title: "x-simulated-trading header does not match the demo/live intent",
        messageFormat: "{0}: OKX answers 50101 (APIKey does not match current environment)",
        Categories.Reliability,
        description: "OKX demo trading uses the live REST URL plus the header 'x-simulated-trading: 1'; live trading sends no such header or '0'. Any other value, a misspelled header name, or a value that contradicts the code's demo/live setting makes OKX refuse the key with 50101.");

    /// <summary>{0}: what is read without a check.</summary>
    public static readonly DiagnosticDescriptor UncheckedResponseCode = Create(
        UncheckedResponseCodeId,
        title: "OKX response is used without checking its code",
        messageFormat: "{0}: OKX reports errors with HTTP 200 and a non-zero code",
        Categories.Reliability,
        description: "OKX answers most business errors with HTTP 200 and a JSON envelope whose 'code' is not \"0\"; order endpoints also report a per-item 'sCode'. Checking only the HTTP status treats an error as data. Check 'code' against \"0\" before reading 'data'.");

    /// <summary>{0}: the mistake, {1}: what OKX answers; both one of the sentences of <see cref="RejectedSignatureMessages"/>.</summary>
    public static readonly DiagnosticDescriptor RejectedSignature = Create(
        RejectedSignatureId,
        title: "OKX request signature or timestamp that OKX rejects",
        messageFormat: "{0}: {1}",
        Categories.Reliability,
        description: "OKX checks every signed request: OK-ACCESS-SIGN must be Base64(HMAC-SHA256(UTF-8 bytes of the secret key, timestamp + METHOD + requestPath + body)) with the method upper case, the path with its query string, and the same timestamp string as OK-ACCESS-TIMESTAMP, which is UTC ISO 8601 with milliseconds. A hex signature, a decoded secret, another hash, a lower-case method, a path without its query or a second clock read gives 50113 (invalid signature); a Unix or culture-formatted timestamp 50112; local time 50102. A WebSocket login signs timestamp + \"GET\" + \"/users/self/verify\" with the timestamp in Unix seconds; otherwise the login is refused.");

    /// <summary>The sentences of OKX006's message: the mistake ({0}) and what OKX answers ({1}). None contains a value.</summary>
    public static class RejectedSignatureMessages
    {
        public const string TwoClockReads = "The signed timestamp and the OK-ACCESS-TIMESTAMP header come from two clock reads";
        public const string LoginTwoClockReads = "The signed timestamp and the login's timestamp come from two clock reads";
        public const string LocalTime = "The OKX timestamp is read from local time (Now), not UTC";
        public const string UnixTimestamp = "The OKX REST timestamp is a Unix time, not ISO 8601 UTC with milliseconds";
        public const string CultureTimestamp = "The OKX REST timestamp is a date formatted without a format string, not ISO 8601 UTC with milliseconds";
        public const string LoginDateTimestamp = "The WebSocket login timestamp is a formatted date, not Unix seconds";
        public const string LoginMillisecondsTimestamp = "The WebSocket login timestamp is in Unix milliseconds, not seconds";
        public const string PathWithoutQuery = "The signed request path is Uri.AbsolutePath or Uri.LocalPath, which leave out the query string";
        public const string LowerCaseMethod = "The HTTP method in the signed text is lower case";
        public const string HexSignature = "The signature is hex-encoded, not Base64";
        public const string DecodedSecret = "The HMAC key is the decoded secret key, not its UTF-8 bytes";
        public const string HmacSha512 = "The signature is made with HMAC-SHA512, not HMAC-SHA256";
        public const string HmacSha384 = "The signature is made with HMAC-SHA384, not HMAC-SHA256";
        public const string HmacSha1 = "The signature is made with HMAC-SHA1, not HMAC-SHA256";
        public const string HmacMd5 = "The signature is made with HMAC-MD5, not HMAC-SHA256";
        public const string OtherHmac = "The signature is made with another HMAC than HMAC-SHA256";
        public const string PlainHash = "The signature is a plain hash without the secret key, not HMAC-SHA256";
        public const string LoginPrehash = "The WebSocket login signs something else than timestamp + \"GET\" + \"/users/self/verify\"";

        public const string InvalidSignature = "OKX answers 50113 (invalid signature)";
        public const string InvalidTimestamp = "OKX answers 50112 (invalid OK-ACCESS-TIMESTAMP)";
        public const string ExpiredTimestamp = "OKX answers 50102 (timestamp request expired) or 50112 (invalid OK-ACCESS-TIMESTAMP)";
        public const string LoginRefused = "OKX refuses the WebSocket login";
    }

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
