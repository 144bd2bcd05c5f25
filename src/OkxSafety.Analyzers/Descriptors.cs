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
    public const string LoggedSecretId = "OKX007";

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

    /// <summary>{0}: what is written (<see cref="LoggedSecretWhat"/>); {1}: where (<see cref="LoggedSecretSinks"/>).</summary>
    public static readonly DiagnosticDescriptor LoggedSecret = Create(
        LoggedSecretId,
        title: "OKX secret key or passphrase is written to a log, the console or an exception message",
        messageFormat: "{0} is written to {1}: everyone who reads it holds part of your OKX key set; write a masked form instead",
        Categories.Security,
        description: "Logs, console output, trace listeners and exception messages are read by people and collected by tools. An OKX secret key or passphrase written there (directly, inside a message, as a member of a destructured object, or as the OK-ACCESS-PASSPHRASE header of a printed request) is leaked to all of them. The API key alone is an identifier and may be logged; masked values, lengths and prefixes of up to 4 characters are fine.");

    /// <summary>The texts of OKX007's {0}: what is written. Never the value.</summary>
    internal static class LoggedSecretWhat
    {
        public const string SecretKey = "The OKX secret key";
        public const string Passphrase = "The OKX passphrase";

        /// <summary>{0}: the credential ("secret key", "passphrase"); {1}: "Type.Member".</summary>
        public const string ObjectMember = "An object with the OKX {0} ({1})";
        public const string RequestHeaders = "The header set of a signed OKX request (with OK-ACCESS-PASSPHRASE)";
    }

    /// <summary>The texts of OKX007's {1}: the sink.</summary>
    internal static class LoggedSecretSinks
    {
        public const string LogMessage = "a log message (ILogger)";
        public const string LogScope = "a log scope (ILogger.BeginScope)";
        public const string SerilogEvent = "a Serilog event";
        public const string NLogEvent = "a log message (NLog)";
        public const string Log4NetEvent = "a log message (log4net)";
        public const string Console = "the console";
        public const string Debug = "debug output (Debug)";
        public const string Trace = "trace output (Trace)";
        public const string LogFile = "a log file";
        public const string ExceptionMessage = "an exception message";
    }

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
