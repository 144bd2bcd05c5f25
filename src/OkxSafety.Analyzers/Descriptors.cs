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

    /// <summary>
    /// OKX001 in a configuration file (appsettings*.json, launchSettings.json). {0}: credential kind; {1}: the file name;
    /// {2}: the environment variable that supplies the value instead (Okx__ApiKey).
    /// </summary>
    public static readonly DiagnosticDescriptor CommittedConfigurationCredential = Create(
        HardcodedCredentialId,
        title: "OKX credential is committed in a configuration file",
        messageFormat: "OKX {0} committed in {1}: empty the value, supply it from the environment ({2}), user secrets or a secret store, and rotate the exposed key",
        Categories.Security,
        description: "An OKX API key, secret key or passphrase written in appsettings.json, appsettings.{Environment}.json or launchSettings.json is leaked as soon as the file is committed. Leave the value empty in the file and supply it where configuration reads it from outside the repository: an environment variable (Okx__ApiKey for Okx:ApiKey), user secrets in development, a secret store in production. Create a new key at OKX: the exposed one must be considered compromised.");

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

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
