using System.Globalization;
using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.Okx;

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
    public const string RejectedSignatureId = "OKX006";

    private const string HelpLinkBase = "https://github.com/okxsafety/OkxSafety.Analyzers/blob/main/docs/rules/";

    /// <summary>
    /// Every OkxSafety diagnostic has this one category, shared with no other analyzer, so
    /// <c>dotnet_analyzer_diagnostic.category-OkxSafety.severity</c> (and the package's presets) set ours and nothing else.
    /// </summary>
    public const string Category = "OkxSafety";

    /// <summary>What a rule is about, in words; both are the one <see cref="Category"/> (once "Security"/"Reliability", shared with the CA rules).</summary>
    private static class Categories
    {
        public const string Security = Category;
        public const string Reliability = Category;
    }

    // OKX001's two descriptors (C# and configuration files) differ only in their message: one title and description,
    // so a SARIF log's two entries for OKX001 say the same.
    private const string HardcodedCredentialTitle = "OKX credential is hard-coded in source or committed in a configuration file";
    private const string HardcodedCredentialDescription = "An OKX API key, secret key or passphrase written in source code, appsettings*.json or launchSettings.json is leaked as soon as the code is committed. Read it from configuration or the environment instead (in JSON: leave the value empty and supply it from an environment variable such as Okx__ApiKey, user secrets or a secret store), and create a new key at OKX: the exposed one must be considered compromised.";

    /// <summary>{0}: credential kind ("API key", "secret key", "passphrase").</summary>
    public static readonly DiagnosticDescriptor HardcodedCredential = Create(
        HardcodedCredentialId,
        title: HardcodedCredentialTitle,
        messageFormat: "Hard-coded OKX {0}: load it from configuration or an environment variable, and rotate the exposed key",
        Categories.Security,
        description: HardcodedCredentialDescription);

    /// <summary>
    /// OKX001 in a configuration file (appsettings*.json, launchSettings.json). {0}: credential kind; {1}: the file name;
    /// {2}: the environment variable that supplies the value instead (Okx__ApiKey).
    /// </summary>
    public static readonly DiagnosticDescriptor CommittedConfigurationCredential = Create(
        HardcodedCredentialId,
        title: HardcodedCredentialTitle,
        messageFormat: "OKX {0} committed in {1}: empty the value, supply it from the environment ({2}), user secrets or a secret store, and rotate the exposed key",
        Categories.Security,
        description: HardcodedCredentialDescription);

    /// <summary>{0}: credential kind; {1}: where it was read; {2}: the OKX error code it causes.</summary>
    public static readonly DiagnosticDescriptor UntrimmedCredential = Create(
        UntrimmedCredentialId,
        title: "OKX credential is used without Trim()",
        messageFormat: "OKX {0} read from {1} is used without Trim(): a stray space or newline makes OKX answer {2}",
        Categories.Reliability,
        description: "Credentials read from environment variables, configuration, files, the console or JSON often carry a trailing newline or space. OKX then answers " + OkxVocabulary.ErrorCodes.InvalidAccessKey + ", " + OkxVocabulary.ErrorCodes.InvalidSignature + " or " + OkxVocabulary.ErrorCodes.PassphraseIncorrect + ". Trim the value where it is read.");

    /// <summary>{0}: what is wrong with the passphrase header; {1}: the OKX error code.</summary>
    public static readonly DiagnosticDescriptor MissingPassphraseHeader = Create(
        MissingPassphraseHeaderId,
        title: "Signed OKX request without a valid " + OkxVocabulary.AccessPassphraseHeader + " header",
        messageFormat: "{0}: OKX rejects the request with {1}",
        Categories.Reliability,
        description: "Every signed OKX v5 request carries " + OkxVocabulary.AccessKeyHeader + ", " + OkxVocabulary.AccessSignHeader + ", " + OkxVocabulary.AccessTimestampHeader + " and " + OkxVocabulary.AccessPassphraseHeader + ". Without the passphrase header, or with an empty one, OKX answers " + OkxVocabulary.ErrorCodes.PassphraseEmpty + "; a wrong value gives " + OkxVocabulary.ErrorCodes.PassphraseIncorrectCode + ".");

    /// <summary>{0}: the intent the code shows and the mismatch.</summary>
    public static readonly DiagnosticDescriptor SimulatedTradingHeader = Create(
        SimulatedTradingHeaderId,
        title: OkxVocabulary.SimulatedTradingHeader + " header does not match the demo/live intent",
        messageFormat: "{0}: OKX answers " + OkxVocabulary.ErrorCodes.EnvironmentMismatch,
        Categories.Reliability,
        description: "OKX demo trading uses the live REST URL plus the header '" + OkxVocabulary.SimulatedTradingHeader + ": " + OkxVocabulary.DemoHeaderValue + "'; live trading sends no such header or '" + OkxVocabulary.LiveHeaderValue + "'. Any other value, a misspelled header name, or a value that contradicts the code's demo/live setting makes OKX refuse the key with " + OkxVocabulary.ErrorCodes.EnvironmentMismatchCode + ".");

    /// <summary>{0}: what is read without a check.</summary>
    public static readonly DiagnosticDescriptor UncheckedResponseCode = Create(
        UncheckedResponseCodeId,
        title: "OKX response is used without checking its code",
        messageFormat: "{0}: OKX reports errors with HTTP 200 and a non-zero code",
        Categories.Reliability,
        description: "OKX answers most business errors with HTTP 200 and a JSON envelope whose 'code' is not \"0\"; order endpoints also report a per-item 'sCode'. Checking only the HTTP status treats an error as data. Check 'code' against \"0\" before reading 'data'.");

    public const string InvalidOptionId = "OKX000";

    /// <summary>
    /// {0}: the option key; {1}: the source file it is set for; {2}: what is wrong and what is used instead.
    /// Never the value: a credential pasted where a name belongs must not reach the build log.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidOption = Create(
        InvalidOptionId,
        title: "OkxSafety option in .editorconfig or .globalconfig is invalid",
        messageFormat: "{0}, as set for {1}: {2}",
        Categories.Reliability,
        description: "An okx_safety.* option has a value the rules cannot use: a placeholder pattern that is not a valid regular expression, an environment-variable name that is not one, an unknown credential kind, or a value cut short where .editorconfig starts a comment (';' or '#'). The rules use the default instead; the warning names the option, the file it applies to and the problem, never the value.");

    /// <summary>OKX001's {0} and OKX002's {0} and {1}: the credential kind, and where a value was read.</summary>
    public static class CredentialMessages
    {
        public const string ApiKey = "API key";
        public const string SecretKey = "secret key";
        public const string Passphrase = "passphrase";

        public const string FromEnvironmentVariable = "an environment variable";
        public const string FromConfiguration = "configuration";
        public const string FromFile = "a file";
        public const string FromFileOrStream = "a file or stream";
        public const string FromConsole = "the console";
        public const string FromJson = "JSON";
        public const string FromExternalText = "external text";
    }

    /// <summary>OKX003's sentences: {0} of <see cref="MissingPassphraseHeader"/> and the error code as {1}.</summary>
    public static class MissingPassphraseHeaderMessages
    {
        /// <summary>{0}: the signed header sent (OK-ACCESS-KEY or OK-ACCESS-SIGN).</summary>
        public const string Missing = "The request sends {0} but no " + OkxVocabulary.AccessPassphraseHeader + " header";

        public const string Conditional = OkxVocabulary.AccessPassphraseHeader + " is only sent when a condition holds, the signed request can go out without it";

        public const string Empty = OkxVocabulary.AccessPassphraseHeader + " is sent with an empty value";

        /// <summary>{0}: the header name written.</summary>
        public const string Misspelled = "Header '{0}' is not " + OkxVocabulary.AccessPassphraseHeader + ", so OKX never sees the passphrase";

        public const string LoginMissing = "WebSocket login arguments carry apiKey and sign but no passphrase";

        public const string LoginEmpty = "WebSocket login arguments carry an empty passphrase";

        /// <summary>{1} for a header bag.</summary>
        public const string HeaderError = OkxVocabulary.ErrorCodes.PassphraseEmpty;

        /// <summary>{1} for WebSocket login arguments.</summary>
        public const string LoginError = OkxVocabulary.ErrorCodes.LoginRejected;

        public static string Format(string format, string? argument) => string.Format(CultureInfo.InvariantCulture, format, argument);
    }

    /// <summary>OKX004's sentences: {0} of <see cref="SimulatedTradingHeader"/>.</summary>
    public static class SimulatedTradingHeaderMessages
    {
        private const string Header = OkxVocabulary.SimulatedTradingHeader;
        private const string Demo = "\"" + OkxVocabulary.DemoHeaderValue + "\"";
        private const string Live = "\"" + OkxVocabulary.LiveHeaderValue + "\"";

        /// <summary>{0}: the header name written, quoted.</summary>
        public const string MisspelledName = "The header name {0} is not " + Header + " and OKX ignores it";

        /// <summary>{0}: the header name written, quoted.</summary>
        public const string MisspelledNameMeaningDemo = "The code means demo trading, but the header name {0} is not " + Header + " and OKX ignores it";

        /// <summary>{0}: the flag's name.</summary>
        public const string IgnoredFlag = Header + " is always " + Demo + " (demo), ignoring '{0}' that chooses between demo and live trading";

        /// <summary>{0}: true or false; {1}: True or False; {2}: an <see cref="IntentClause"/> or nothing.</summary>
        public const string BoolValue = Header + " is the bool {0}, sent as \"{1}\" instead of " + Demo + " or " + Live + "{2}";

        /// <summary>{0}: the bool expression (shortened).</summary>
        public const string FormattedBool = Header + " is formatted from the bool '{0}', which sends \"True\" or \"False\" instead of " + Demo + " (demo) or " + Live + " (live)";

        /// <summary>{0}: demo or live (meant); {1}: the value sent; {2}: demo or live (sent).</summary>
        public const string Contradiction = "The code means {0} trading here, but " + Header + " is \"{1}\" ({2})";

        /// <summary>{0}: <see cref="EmptyValue"/>, the quoted value, or <see cref="MeaninglessValue"/>; {1}: a clause or nothing.</summary>
        public const string UnreadValue = Header + " is {0}, but OKX reads only " + Demo + " (demo) or " + Live + " (live){1}";

        public const string EmptyValue = "empty";

        public const string MeaninglessValue = "a value with no meaning to OKX";

        /// <summary>{0}: demo or live; {1}: its header value.</summary>
        public const string IntentClause = "; the code means {0} trading here, which needs \"{1}\"";

        /// <summary>{0}: demo or live; {1}: its header value.</summary>
        public const string MeaningClause = "; for {0} trading send \"{1}\"";

        public const string DemoHostLiveValue = "This type connects to the demo WebSocket host " + OkxVocabulary.DemoWebSocketHost + ", but " + Header + " is " + Live + " (live)";

        public const string LiveHostDemoValue = "This type connects to the live WebSocket host " + OkxVocabulary.LiveWebSocketHost + ", but " + Header + " is always " + Demo + " (demo)";

        public static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
    }

    /// <summary>OKX005's sentences: {0} of <see cref="UncheckedResponseCode"/>.</summary>
    public static class UncheckedResponseCodeMessages
    {
        private const string Success = "\"" + OkxVocabulary.SuccessCode + "\"";

        /// <summary>{0}: the SDK result type.</summary>
        public const string SdkResultUnchecked = "'Data' of {0} is read without checking 'Success' or 'Error'";

        /// <summary>{0}: the data member; {1}: the envelope type; {2}: the code member.</summary>
        public const string TypedUnchecked = "'{0}' of {1} is read without checking '{2}' against " + Success;

        /// <summary>{0}: the data member; {1}: the envelope type; {2}: the code member.</summary>
        public const string TypedHttpStatusOnly = "'{0}' of {1} is read after checking only the HTTP status, not '{2}'";

        public const string JsonUnchecked = "'data' of the OKX response is read without checking 'code' against " + Success;

        /// <summary>{0}: the data member; {1}: the envelope type; {2}: the code member; {3}: the project's helper that returned it unchecked.</summary>
        public const string TypedFromUncheckedHelper = "'{0}' of {1} is read without checking '{2}' against " + Success + ", and '{3}', which returns it, does not check it either";

        public const string JsonHttpStatusOnly = "'data' of the OKX response is read after checking only the HTTP status, not 'code'";

        /// <summary>{0}: the value compared with (quoted when a string).</summary>
        public const string WrongSuccessValue = "'code' is compared with {0} as success, but OKX success is " + Success;

        public const string OrderItemsUnchecked = "'data' of the OKX order response is read with the top-level 'code' checked but no item's 'sCode'";

        public const string OrderBodyNeverRead = "The OKX order response is checked only for its HTTP status and its body is never read, so a rejected order passes as done";

        /// <summary>How a message names a response whose type cannot be shown.</summary>
        public const string UnnamedResponse = "the response";

        public static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
    }

    /// <summary>{0}: what is written (<see cref="LoggedSecretWhat"/>); {1}: where (<see cref="LoggedSecretSinks"/>).</summary>
    public static readonly DiagnosticDescriptor LoggedSecret = Create(
        LoggedSecretId,
        title: "OKX secret key or passphrase is written to a log, the console or an exception message",
        messageFormat: "{0} is written to {1}: everyone who reads it holds part of your OKX key set; write a masked form instead",
        Categories.Security,
        description: "Logs, console output, trace listeners and exception messages are read by people and collected by tools. An OKX secret key or passphrase written there (directly, inside a message, as a member of a destructured object, or as the " + OkxVocabulary.AccessPassphraseHeader + " header of a printed request) is leaked to all of them. The API key alone is an identifier and may be logged; masked values, lengths and prefixes of up to 4 characters are fine.");

    /// <summary>The texts of OKX007's {0}: what is written. Never the value.</summary>
    internal static class LoggedSecretWhat
    {
        public const string SecretKey = "The OKX secret key";
        public const string Passphrase = "The OKX passphrase";

        /// <summary>{0}: the credential ("secret key", "passphrase"); {1}: "Type.Member".</summary>
        public const string ObjectMember = "An object with the OKX {0} ({1})";
        public const string RequestHeaders = "The header set of a signed OKX request (with " + OkxVocabulary.AccessPassphraseHeader + ")";
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

    /// <summary>{0}: the mistake, {1}: what OKX answers; both one of the sentences of <see cref="RejectedSignatureMessages"/>.</summary>
    public static readonly DiagnosticDescriptor RejectedSignature = Create(
        RejectedSignatureId,
        title: "OKX request signature or timestamp that OKX rejects",
        messageFormat: "{0}: {1}",
        Categories.Reliability,
        description: "OKX checks every signed request: " + OkxVocabulary.AccessSignHeader + " must be Base64(HMAC-SHA256(UTF-8 bytes of the secret key, timestamp + METHOD + requestPath + body)) with the method upper case, the path with its query string, and the same timestamp string as " + OkxVocabulary.AccessTimestampHeader + ", which is UTC ISO 8601 with milliseconds. A hex signature, a decoded secret, another hash, a lower-case method, a path without its query or a second clock read gives " + OkxVocabulary.ErrorCodes.InvalidSignature + "; a Unix or culture-formatted timestamp " + OkxVocabulary.ErrorCodes.InvalidTimestamp + "; local time " + OkxVocabulary.ErrorCodes.ExpiredTimestamp + ". A WebSocket login signs timestamp + \"GET\" + \"" + OkxVocabulary.LoginVerifyPath + "\" with the timestamp in Unix seconds; otherwise the login is refused.");

    /// <summary>The sentences of OKX006's message: the mistake ({0}) and what OKX answers ({1}). None contains a value.</summary>
    public static class RejectedSignatureMessages
    {
        public const string TwoClockReads = "The signed timestamp and the " + OkxVocabulary.AccessTimestampHeader + " header come from two clock reads";
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
        public const string LoginPrehash = "The WebSocket login signs something else than timestamp + \"GET\" + \"" + OkxVocabulary.LoginVerifyPath + "\"";

        public const string InvalidSignature = "OKX answers " + OkxVocabulary.ErrorCodes.InvalidSignature;
        public const string InvalidTimestamp = "OKX answers " + OkxVocabulary.ErrorCodes.InvalidTimestamp;
        public const string ExpiredTimestamp = "OKX answers " + OkxVocabulary.ErrorCodes.ExpiredTimestamp + " or " + OkxVocabulary.ErrorCodes.InvalidTimestamp;
        public const string LoginRefused = "OKX refuses the WebSocket login";
    }

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
