using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.LoggedSecretAnalyzer,
    OkxSafety.Analyzers.CodeFixes.LoggedSecretCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class LoggedSecretTests
{
    /// <summary>
    /// Microsoft.Extensions.Logging and Serilog, as far as these tests call them, with the real packages' public names
    /// (LoggerExtensions, ILogger, LoggerMessageAttribute; Serilog.Log, Serilog.ILogger, LogEventLevel). The harness
    /// stubs do not have them yet; when the real packages are referenced, these source copies win (CS0436, a warning).
    /// </summary>
    private const string LoggingStubs = """
        #nullable enable
        namespace Microsoft.Extensions.Logging
        {
            using System;

            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }

            public readonly struct EventId
            {
                public EventId(int id, string? name = null) { Id = id; Name = name; }
                public int Id { get; }
                public string? Name { get; }
                public static implicit operator EventId(int i) => new EventId(i);
            }

            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }

            public interface ILogger<out TCategoryName> : ILogger { }

            public static class LoggerExtensions
            {
                public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
                public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { Message = message; }
                public string Message { get; set; }
            }
        }

        namespace Serilog.Events
        {
            public enum LogEventLevel { Verbose, Debug, Information, Warning, Error, Fatal }
        }

        namespace Serilog
        {
            using System;
            using Serilog.Events;

            public interface ILogger
            {
                void Write(LogEventLevel level, string messageTemplate, params object?[]? propertyValues);
                void Debug(string messageTemplate, params object?[]? propertyValues);
                void Information(string messageTemplate);
                void Information<T>(string messageTemplate, T propertyValue);
                void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1);
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Warning(string messageTemplate, params object?[]? propertyValues);
                void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }

            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
                public static void Information<T>(string messageTemplate, T propertyValue) { }
                public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
                public static void Fatal(Exception? exception, string messageTemplate, params object?[]? propertyValues) { }
            }
        }

        namespace Serilog.Context
        {
            public static class LogContext
            {
                public static System.IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!;
            }
        }

        namespace NLog
        {
            using System;

            public class Logger
            {
                public void Info(string message, params object?[] args) { }
                public void Info<TArgument>(string message, TArgument argument) { }
                public void Warn(string message, params object?[] args) { }
                public void Error(Exception? exception, string message, params object?[] args) { }
            }

            public static class LogManager
            {
                public static Logger GetCurrentClassLogger() => new Logger();
            }
        }

        namespace log4net
        {
            using System;

            public interface ILog
            {
                void Info(object message);
                void InfoFormat(string format, params object[] args);
                void Error(object message, Exception exception);
            }
        }
        """;

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using SerilogLogger = Serilog.ILogger;

        """;

    /// <summary>An OKX client with a logger, a Serilog logger, a key set in fields, a request and configuration.</summary>
    private static string Client(string body, string extraMembers = "") => Usings + $$"""
        public sealed class OkxTrader
        {
            private readonly ILogger<OkxTrader> _logger;
            private readonly SerilogLogger _log;
            private readonly string _apiKey;
            private readonly string _secretKey;
            private readonly string _passphrase;

            public OkxTrader(ILogger<OkxTrader> logger, SerilogLogger log, string apiKey, string secretKey, string passphrase)
            {
                _logger = logger;
                _log = log;
                _apiKey = apiKey;
                _secretKey = secretKey;
                _passphrase = passphrase;
            }

            public void Run(HttpRequestMessage request, IConfiguration config)
            {
        {{body}}
            }
        {{extraMembers}}
        }
        """;

    private const string Options = """

        public sealed class OkxOptions
        {
            public string ApiKey { get; set; } = "";
            public string SecretKey { get; set; } = "";
            public string Passphrase { get; set; } = "";
            public string BaseUrl { get; set; } = "https://www.okx.com";
            public int TimeoutSeconds { get; set; }
            public OkxOptions Fallback { get; set; } = null!;
        }
        """;

    private static DiagnosticResult Logged(int markup, string what, string sink) =>
        VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(markup).WithArguments(what, sink);

    private static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, null, expected);

    private static Task Verify(string source, string? fixedSource, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { CodeActionEquivalenceKey = "OKX007.Mask" };
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(("/0/LoggingStubs.cs", LoggingStubs));
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(fixedSource);
            test.FixedState.Sources.Add(("/0/LoggingStubs.cs", LoggingStubs));
        }

        return test.RunAsync();
    }

    private const string SecretKey = "The OKX secret key";
    private const string Passphrase = "The OKX passphrase";
    private const string Headers = "The header set of a signed OKX request (with OK-ACCESS-PASSPHRASE)";

    // ---------------------------------------------------------------- fires, with the fix

    [Fact]
    public Task LoggerExtensions_TemplateArgument_MaskedInline() => Verify(
        Client("""
                    _logger.LogInformation("Signing with {Secret} for {Key}", {|#0:_secretKey|}, _apiKey);
            """),
        Client("""
                    _logger.LogInformation("Signing with {Secret} for {Key}", _secretKey?.Length > 0 ? "****" : "(not set)", _apiKey);
            """),
        Logged(0, SecretKey, "a log message (ILogger)"));

    [Fact]
    public Task LoggerExtensions_InterpolatedTemplate() => Verify(
        Client("""
                    _logger.LogDebug($"passphrase is {{|#0:_passphrase|}}");
            """),
        Client("""
                    _logger.LogDebug($"passphrase is {(_passphrase?.Length > 0 ? "****" : "(not set)")}");
            """),
        Logged(0, Passphrase, "a log message (ILogger)"));

    [Fact]
    public Task LoggerExtensions_BeginScope_AndLogWithLevel() => Verify(
        Client("""
                    using (_logger.BeginScope("Account {Pass}", {|#0:_passphrase|}))
                    {
                        _logger.Log(LogLevel.Warning, "Secret {S}", {|#1:_secretKey|});
                    }
            """),
        Client("""
                    using (_logger.BeginScope("Account {Pass}", _passphrase?.Length > 0 ? "****" : "(not set)"))
                    {
                        _logger.Log(LogLevel.Warning, "Secret {S}", _secretKey?.Length > 0 ? "****" : "(not set)");
                    }
            """),
        Logged(0, Passphrase, "a log scope (ILogger.BeginScope)"),
        Logged(1, SecretKey, "a log message (ILogger)"));

    [Fact]
    public Task LoggerMessageMethod_Argument() => Verify(
        Client("""
                    LogKeys(_logger, _apiKey, {|#0:_secretKey|});
            """,
            """
                [LoggerMessage(1, LogLevel.Information, "Keys {ApiKey} {Secret}")]
                static partial void LogKeys(ILogger logger, string apiKey, string secret);
                static partial void LogKeys(ILogger logger, string apiKey, string secret) { }
            """).Replace("public sealed class", "public sealed partial class"),
        Client("""
                    LogKeys(_logger, _apiKey, _secretKey?.Length > 0 ? "****" : "(not set)");
            """,
            """
                [LoggerMessage(1, LogLevel.Information, "Keys {ApiKey} {Secret}")]
                static partial void LogKeys(ILogger logger, string apiKey, string secret);
                static partial void LogKeys(ILogger logger, string apiKey, string secret) { }
            """).Replace("public sealed class", "public sealed partial class"),
        Logged(0, SecretKey, "a log message (ILogger)"));

    [Fact]
    public Task Serilog_StaticLog_And_ILogger() => Verify(
        Client("""
                    Serilog.Log.Information("Passphrase {Pass}", {|#0:_passphrase|});
                    _log.Warning("Secret {Secret} and {Key}", {|#1:_secretKey|}, _apiKey);
            """),
        Client("""
                    Serilog.Log.Information("Passphrase {Pass}", _passphrase?.Length > 0 ? "****" : "(not set)");
                    _log.Warning("Secret {Secret} and {Key}", _secretKey?.Length > 0 ? "****" : "(not set)", _apiKey);
            """),
        Logged(0, Passphrase, "a Serilog event"),
        Logged(1, SecretKey, "a Serilog event"));

    [Fact]
    public Task Serilog_DestructuredOptions_ProjectedWithoutSecrets() => Verify(
        Client("""
                    var options = new OkxOptions();
                    _log.Information("Starting with {@Options}", {|#0:options|});
            """, Options),
        Client("""
                    var options = new OkxOptions();
                    _log.Information("Starting with {@Options}", new { options.ApiKey, HasSecretKey = options.SecretKey?.Length > 0, HasPassphrase = options.Passphrase?.Length > 0, options.BaseUrl, options.TimeoutSeconds });
            """, Options),
        Logged(0, "An object with the OKX secret key (OkxOptions.SecretKey)", "a Serilog event"));

    [Fact]
    public Task Console_Concatenation() => Verify(
        Client("""
                    Console.WriteLine("secret: " + {|#0:_secretKey|});
            """),
        Client("""
                    Console.WriteLine("secret: " + (_secretKey?.Length > 0 ? "****" : "(not set)"));
            """),
        Logged(0, SecretKey, "the console"));

    [Fact]
    public Task Debug_StringFormat_And_Trace() => Verify(
        Client("""
                    Debug.WriteLine(string.Format("pass={0}", {|#0:_passphrase|}));
                    Trace.TraceInformation("secret {0}", {|#1:_secretKey.Trim()|});
            """),
        Client("""
                    Debug.WriteLine(string.Format("pass={0}", _passphrase?.Length > 0 ? "****" : "(not set)"));
                    Trace.TraceInformation("secret {0}", _secretKey.Trim()?.Length > 0 ? "****" : "(not set)");
            """),
        Logged(0, Passphrase, "debug output (Debug)"),
        Logged(1, SecretKey, "trace output (Trace)"));

    [Fact]
    public Task LogFileWriter() => Verify(
        Client("""
                    using (var writer = new StreamWriter("okx-bot.log", append: true))
                    {
                        writer.WriteLine($"{DateTime.UtcNow:o} passphrase={{|#0:_passphrase|}}");
                    }
            """),
        Client("""
                    using (var writer = new StreamWriter("okx-bot.log", append: true))
                    {
                        writer.WriteLine($"{DateTime.UtcNow:o} passphrase={(_passphrase?.Length > 0 ? "****" : "(not set)")}");
                    }
            """),
        Logged(0, Passphrase, "a log file"));

    [Fact]
    public Task ExceptionMessage() => Verify(
        Client("""
                    if (_secretKey.Length != 32)
                    {
                        throw new InvalidOperationException("Invalid OKX secret key " + {|#0:_secretKey|});
                    }
            """),
        Client("""
                    if (_secretKey.Length != 32)
                    {
                        throw new InvalidOperationException("Invalid OKX secret key " + (_secretKey?.Length > 0 ? "****" : "(not set)"));
                    }
            """),
        Logged(0, SecretKey, "an exception message"));

    [Fact]
    public Task EnvironmentVariable_ThroughALocal_ReportedAtTheWrite() => Verify(
        Client("""
                    var s = Environment.GetEnvironmentVariable("OKX_SECRET_KEY");
                    Console.WriteLine({|#0:s|});
            """),
        Client("""
                    var s = Environment.GetEnvironmentVariable("OKX_SECRET_KEY");
                    Console.WriteLine(s?.Length > 0 ? "****" : "(not set)");
            """),
        Logged(0, SecretKey, "the console"));

    [Fact]
    public Task ConfigurationKey_Value() => Verify(
        Client("""
                    _logger.LogInformation("Loaded {Value}", {|#0:config["Okx:Passphrase"]|});
            """),
        Client("""
                    _logger.LogInformation("Loaded {Value}", config["Okx:Passphrase"]?.Length > 0 ? "****" : "(not set)");
            """),
        Logged(0, Passphrase, "a log message (ILogger)"));

    [Fact]
    public Task ValueUsedAsSigningKey_IsTheSecret() => Verify(
        Client("""
                    var v = File.ReadAllText("okx.txt").Trim();
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(v));
                    _logger.LogDebug("HMAC key {V}", {|#0:v|});
            """),
        Client("""
                    var v = File.ReadAllText("okx.txt").Trim();
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(v));
                    _logger.LogDebug("HMAC key {V}", v?.Length > 0 ? "****" : "(not set)");
            """),
        Logged(0, SecretKey, "a log message (ILogger)"));

    [Fact]
    public Task MessageLocal_ReportedInsideTheMessage() => Verify(
        Client("""
                    var text = "login " + _apiKey + "/" + {|#0:_passphrase|};
                    _logger.LogWarning(text);
            """),
        Client("""
                    var text = "login " + _apiKey + "/" + (_passphrase?.Length > 0 ? "****" : "(not set)");
                    _logger.LogWarning(text);
            """),
        Logged(0, Passphrase, "a log message (ILogger)"));

    [Fact]
    public Task LongPrefix_AndBase64_AreStillTheSecret() => Verify(
        Client("""
                    Console.WriteLine({|#0:_secretKey.Substring(0, 8)|} + "****");
                    Console.WriteLine({|#1:Convert.ToBase64String(Encoding.UTF8.GetBytes(_passphrase))|});
            """),
        Client("""
                    Console.WriteLine((_secretKey.Substring(0, 8)?.Length > 0 ? "****" : "(not set)") + "****");
                    Console.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes(_passphrase))?.Length > 0 ? "****" : "(not set)");
            """),
        Logged(0, SecretKey, "the console"),
        Logged(1, Passphrase, "the console"));

    [Fact]
    public Task AnonymousObject_MemberNameKept() => Verify(
        Client("""
                    _log.Information("Keys {@Keys}", new { _apiKey, {|#0:_secretKey|} });
            """),
        Client("""
                    _log.Information("Keys {@Keys}", new { _apiKey, _secretKey = _secretKey?.Length > 0 ? "****" : "(not set)" });
            """),
        Logged(0, SecretKey, "a Serilog event"));

    [Fact]
    public Task RecordToString_PrintsTheSecret() => Verify(
        Client("""
                    var keys = new OkxKeys(_apiKey, _secretKey);
                    Console.WriteLine({|#0:keys|});
            """, """
                public sealed record OkxKeys(string ApiKey, string SecretKey);
            """),
        Client("""
                    var keys = new OkxKeys(_apiKey, _secretKey);
                    Console.WriteLine(new { keys.ApiKey, HasSecretKey = keys.SecretKey?.Length > 0 });
            """, """
                public sealed record OkxKeys(string ApiKey, string SecretKey);
            """),
        Logged(0, "An object with the OKX secret key (OkxKeys.SecretKey)", "the console"));

    [Fact]
    public Task RequestHeaders_OfASignedRequest() => Verify(
        Client("""
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    _logger.LogDebug("Sending {Headers}", {|#0:request.Headers|});
                    Console.WriteLine({|#1:request|});
            """),
        Client("""
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    _logger.LogDebug("Sending {Headers}", string.Join(", ", System.Linq.Enumerable.Select(request.Headers, okxHeader => okxHeader.Key + ": " + (string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", System.StringComparison.OrdinalIgnoreCase) ? "****" : string.Join(",", okxHeader.Value)))));
                    Console.WriteLine(request.Method + " " + request.RequestUri);
            """),
        Logged(0, Headers, "a log message (ILogger)"),
        Logged(1, Headers, "the console"));

    [Fact]
    public Task DefaultRequestHeaders_SetInTheConstructor() => Verify(
        Usings + """
        public sealed class OkxHttp
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxHttp(string passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }

            public void Dump() => Console.WriteLine({|#0:_http.DefaultRequestHeaders|});
        }
        """,
        Usings + """
        public sealed class OkxHttp
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxHttp(string passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }

            public void Dump() => Console.WriteLine(string.Join(", ", System.Linq.Enumerable.Select(_http.DefaultRequestHeaders, okxHeader => okxHeader.Key + ": " + (string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", System.StringComparison.OrdinalIgnoreCase) ? "****" : string.Join(",", okxHeader.Value)))));
        }
        """,
        Logged(0, Headers, "the console"));

    [Fact]
    public Task ExactMessage_NamesKindAndSink_NotTheValue() => Verify(
        Client("""
                    Console.WriteLine({|#0:_passphrase|});
            """),
        Client("""
                    Console.WriteLine(_passphrase?.Length > 0 ? "****" : "(not set)");
            """),
        VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(0)
            .WithMessage("The OKX passphrase is written to the console: everyone who reads it holds part of your OKX key set; write a masked form instead"));

    [Fact]
    public Task LoggerExtensions_DestructuringHole_WithTheSerilogProvider() => Verify(
        Client("""
                    var options = new OkxOptions();
                    _logger.LogInformation("Options {@Options}", {|#0:options|});
            """, Options),
        Client("""
                    var options = new OkxOptions();
                    _logger.LogInformation("Options {@Options}", new { options.ApiKey, HasSecretKey = options.SecretKey?.Length > 0, HasPassphrase = options.Passphrase?.Length > 0, options.BaseUrl, options.TimeoutSeconds });
            """, Options),
        Logged(0, "An object with the OKX secret key (OkxOptions.SecretKey)", "a log message (ILogger)"));

    [Fact]
    public Task JsonOfAnObjectWithSecrets() => Verify(
        Client("""
                    var options = new OkxOptions();
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize({|#0:options|}));
            """, Options),
        Client("""
                    var options = new OkxOptions();
                    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { options.ApiKey, HasSecretKey = options.SecretKey?.Length > 0, HasPassphrase = options.Passphrase?.Length > 0, options.BaseUrl, options.TimeoutSeconds }));
            """, Options),
        Logged(0, "An object with the OKX secret key (OkxOptions.SecretKey)", "the console"));

    [Fact]
    public Task HeadersEnumeratedInAForeach_FilteredByTheFix() => Verify(
        Client("""
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    foreach (var header in {|#0:request.Headers|})
                    {
                        _logger.LogDebug("{Name}: {Value}", header.Key, string.Join(",", header.Value));
                    }
            """),
        Client("""
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    foreach (var header in request.Headers.Where(okxHeader => !string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", System.StringComparison.OrdinalIgnoreCase)))
                    {
                        _logger.LogDebug("{Name}: {Value}", header.Key, string.Join(",", header.Value));
                    }
            """),
        Logged(0, Headers, "a log message (ILogger)"));

    [Fact]
    public Task HeadersEnumeratedWithLinq_FilteredByTheFix() => Verify(
        Client("""
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    Console.WriteLine(string.Join("\n", {|#0:request.Headers|}.Select(h => h.Key + "=" + string.Join(",", h.Value))));
            """),
        Client("""
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    Console.WriteLine(string.Join("\n", request.Headers.Where(okxHeader => !string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", System.StringComparison.OrdinalIgnoreCase)).Select(h => h.Key + "=" + string.Join(",", h.Value))));
            """),
        Logged(0, Headers, "the console"));

    [Fact]
    public Task StringBuilder_AppendedSecret() => Verify(
        Client("""
                    var sb = new StringBuilder();
                    sb.Append("key=").Append(_apiKey).Append(" pass=").Append({|#0:_passphrase|});
                    Console.WriteLine(sb.ToString());
            """),
        Client("""
                    var sb = new StringBuilder();
                    sb.Append("key=").Append(_apiKey).Append(" pass=").Append(_passphrase?.Length > 0 ? "****" : "(not set)");
                    Console.WriteLine(sb.ToString());
            """),
        Logged(0, Passphrase, "the console"));

    [Fact]
    public Task Serilog_ForContext_And_PushProperty() => Verify(
        Client("""
                    _log.ForContext("Passphrase", {|#0:_passphrase|}).Information("Signed");
                    using (Serilog.Context.LogContext.PushProperty("Secret", {|#1:_secretKey|}))
                    {
                    }
            """),
        Client("""
                    _log.ForContext("Passphrase", _passphrase?.Length > 0 ? "****" : "(not set)").Information("Signed");
                    using (Serilog.Context.LogContext.PushProperty("Secret", _secretKey?.Length > 0 ? "****" : "(not set)"))
                    {
                    }
            """),
        Logged(0, Passphrase, "a Serilog event"),
        Logged(1, SecretKey, "a Serilog event"));

    [Fact]
    public Task NLog_And_Log4Net() => Verify(
        Client("""
                    Nlog.Info("Secret {Secret}", {|#0:_secretKey|});
                    Log4.InfoFormat("pass={0}", {|#1:_passphrase|});
            """, """
                private static readonly NLog.Logger Nlog = NLog.LogManager.GetCurrentClassLogger();
                private static readonly log4net.ILog Log4 = null!;
            """),
        Client("""
                    Nlog.Info("Secret {Secret}", _secretKey?.Length > 0 ? "****" : "(not set)");
                    Log4.InfoFormat("pass={0}", _passphrase?.Length > 0 ? "****" : "(not set)");
            """, """
                private static readonly NLog.Logger Nlog = NLog.LogManager.GetCurrentClassLogger();
                private static readonly log4net.ILog Log4 = null!;
            """),
        Logged(0, SecretKey, "a log message (NLog)"),
        Logged(1, Passphrase, "a log message (log4net)"));

    [Fact]
    public Task ScopeDictionary_AndDebugAssertHandler() => Verify(
        Client("""
                    using (_logger.BeginScope(new Dictionary<string, object> { ["Pass"] = {|#0:_passphrase|} }))
                    {
                        Debug.Assert(_secretKey.Length == 32, $"bad secret {{|#1:_secretKey|}}");
                    }
            """),
        Client("""
                    using (_logger.BeginScope(new Dictionary<string, object> { ["Pass"] = _passphrase?.Length > 0 ? "****" : "(not set)" }))
                    {
                        Debug.Assert(_secretKey.Length == 32, $"bad secret {(_secretKey?.Length > 0 ? "****" : "(not set)")}");
                    }
            """),
        Logged(0, Passphrase, "a log scope (ILogger.BeginScope)"),
        Logged(1, SecretKey, "debug output (Debug)"));

    [Fact]
    public Task SdkCredentials_Secret() => Verify(
        Client("""
                    var credentials = new CryptoExchange.Net.Authentication.ApiCredentials(_apiKey, _secretKey, _passphrase);
                    Console.WriteLine("secret " + {|#0:credentials.Secret|} + " key " + credentials.Key);
            """),
        Client("""
                    var credentials = new CryptoExchange.Net.Authentication.ApiCredentials(_apiKey, _secretKey, _passphrase);
                    Console.WriteLine("secret " + (credentials.Secret?.Length > 0 ? "****" : "(not set)") + " key " + credentials.Key);
            """),
        Logged(0, SecretKey, "the console"));

    [Fact]
    public Task ConditionalAccess_AndATrimmedCopy() => Verify(
        Client("""
                    var options = Load();
                    Console.WriteLine({|#0:options?.Passphrase|});
                    var trimmed = _secretKey.Trim();
                    _logger.LogInformation("Secret {Secret}", {|#1:trimmed|});
            """, Options.Replace("public sealed class OkxOptions", "public static OkxOptions? Load() => null;\n\npublic sealed class OkxOptions")),
        Client("""
                    var options = Load();
                    Console.WriteLine(options?.Passphrase?.Length > 0 ? "****" : "(not set)");
                    var trimmed = _secretKey.Trim();
                    _logger.LogInformation("Secret {Secret}", trimmed?.Length > 0 ? "****" : "(not set)");
            """, Options.Replace("public sealed class OkxOptions", "public static OkxOptions? Load() => null;\n\npublic sealed class OkxOptions")),
        Logged(0, Passphrase, "the console"),
        Logged(1, SecretKey, "a log message (ILogger)"));

    [Fact]
    public Task WebSocketLoginJson_SentAndLogged_MaskedWhereLogged() => Verify(
        Client("""
                    var passphrase = _passphrase;
                    var json = System.Text.Json.JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey = _apiKey, passphrase, timestamp = "1", sign = "s" } } });
                    Send(json);
                    _logger.LogDebug("Sent {Json}", {|#0:json|});
            """, """
                private static void Send(string text) { }
            """),
        Client("""
                    var passphrase = _passphrase;
                    var json = System.Text.Json.JsonSerializer.Serialize(new { op = "login", args = new[] { new { apiKey = _apiKey, passphrase, timestamp = "1", sign = "s" } } });
                    Send(json);
                    _logger.LogDebug("Sent {Json}", json?.Length > 0 ? "****" : "(not set)");
            """, """
                private static void Send(string text) { }
            """),
        Logged(0, Passphrase, "a log message (ILogger)"));

    // ---------------------------------------------------------------- quiet

    [Fact]
    public Task ApiKey_MayBeLogged() => Verify(Client("""
                _logger.LogInformation("Using key {Key}", _apiKey);
                Console.WriteLine($"key={_apiKey}");
                Serilog.Log.Information("Key {Key}", Environment.GetEnvironmentVariable("OKX_API_KEY"));
        """));

    [Fact]
    public Task MaskedAndDerivedValues() => Verify(Client("""
                _logger.LogInformation("Secret {Secret}", Mask(_secretKey));
                _logger.LogInformation("Secret has {Length} characters", _secretKey.Length);
                Console.WriteLine(_passphrase.Substring(0, 4) + "****");
                Console.WriteLine("…" + _secretKey.Substring(_secretKey.Length - 4));
                Console.WriteLine(string.IsNullOrEmpty(_passphrase) ? "passphrase missing" : "passphrase set");
                Console.WriteLine(_secretKey.GetHashCode());
                Console.WriteLine(_secretKey?.Length > 0 ? "****" : "(not set)");
        """, """
            private static string Mask(string value) => value.Length <= 4 ? "****" : value.Substring(0, 4) + "****";
        """));

    [Fact]
    public Task NamesOfSettings_AreNotSecrets() => Verify(Client("""
                Console.WriteLine("Set the OKX_SECRET_KEY and OKX_PASSPHRASE environment variables.");
                Console.WriteLine("Missing " + SecretKeyVariable + " in " + PassphraseSection);
                _logger.LogWarning("{Name} is empty", nameof(_secretKey));
                throw new ArgumentException("The passphrase must not be empty.", nameof(_passphrase));
        """, """
            private const string SecretKeyVariable = "OKX_SECRET_KEY";
            private static readonly string PassphraseSection = "Okx:Passphrase";
        """));

    [Fact]
    public Task Signature_IsNotASecret() => Verify(Client("""
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey));
                var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("prehash")));
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                _logger.LogDebug("Signature {Sign}", sign);
        """));

    [Fact]
    public Task HeadersWithoutThePassphrase_AreNotReported() => Verify(Client("""
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                _logger.LogDebug("Sending {Headers}", request.Headers);
                var other = new HttpRequestMessage();
                other.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                Console.WriteLine(request);
        """));

    [Fact]
    public Task SerilogPlainHole_PrintsToStringOfAClass() => Verify(Client("""
                var options = new OkxOptions();
                _log.Information("Starting with {Options}", options);
                _logger.LogInformation("Options {Options}", options);
        """, Options));

    [Fact]
    public Task RecordWithItsOwnToString_IsNotReported() => Verify(Client("""
                Console.WriteLine(new OkxKeys(_apiKey, _secretKey));
        """, """
            public sealed record OkxKeys(string ApiKey, string SecretKey)
            {
                public override string ToString() => "OkxKeys(" + ApiKey + ")";
            }
        """));

    [Fact]
    public Task PasswordsOutsideOkxCode_AreNotReported() => Verify(Usings + """
        public sealed class MailSender
        {
            private readonly ILogger _logger;
            private readonly string _password;
            private readonly string _secret;

            public MailSender(ILogger logger, string password, string secret) { _logger = logger; _password = password; _secret = secret; }

            public void Send() => _logger.LogInformation("SMTP {Password} {Secret}", _password, _secret);
        }
        """);

    [Fact]
    public Task WritersThatAreNotLogs_AreNotReported() => Verify(Client("""
                using (var keyFile = new StreamWriter("okx-keys.txt"))
                {
                    keyFile.WriteLine(_secretKey);
                }

                var buffer = new StringWriter();
                buffer.Write(_passphrase);
        """));

    [Fact]
    public Task NonTextSinks_AreNotReported() => Verify(Client("""
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                var payload = Encoding.UTF8.GetBytes(_secretKey);
                var message = new HttpRequestMessage { Content = new StringContent(_secretKey) };
                Console.Beep();
        """));

    [Fact]
    public Task LoggerExtensions_LevelAndException_AreNotValues() => Verify(Client("""
                try
                {
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Could not sign for {Key}", _apiKey);
                }
        """));

    [Fact]
    public Task HeadersEnumerated_SkippingThePassphrase_AreNotReported() => Verify(Client("""
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                foreach (var header in request.Headers)
                {
                    if (header.Key == "OK-ACCESS-PASSPHRASE")
                    {
                        continue;
                    }

                    _logger.LogDebug("{Name}: {Value}", header.Key, string.Join(",", header.Value));
                }

                Console.WriteLine(string.Join("\n", request.Headers.Where(h => h.Key != "OK-ACCESS-PASSPHRASE").Select(h => h.Key + "=" + string.Join(",", h.Value))));
                var unsigned = new HttpRequestMessage();
                foreach (var header in unsigned.Headers)
                {
                    Console.WriteLine(header.Value);
                }
        """));

    [Fact]
    public Task OtherLoggers_WithTheApiKeyOrNoSecret_AreNotReported() => Verify(Client("""
                Nlog.Info("Key {Key}", _apiKey);
                Log4.InfoFormat("key={0}", _apiKey);
                _log.ForContext("ApiKey", _apiKey).Information("Signed");
                var sb = new StringBuilder();
                sb.Append("key=").Append(_apiKey).Append(" secret set: ").Append(_secretKey.Length > 0);
                Console.WriteLine(sb.ToString());
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { instId = "BTC-USDT", sz = "1" }));
                using (_logger.BeginScope(new Dictionary<string, object> { ["Key"] = _apiKey }))
                {
                }
        """, """
            private static readonly NLog.Logger Nlog = NLog.LogManager.GetCurrentClassLogger();
            private static readonly log4net.ILog Log4 = null!;
        """));

    [Fact]
    public Task ValuesThatAreNotCredentials_AreNotReported() => Verify(Client("""
                var orderId = Guid.NewGuid().ToString();
                _logger.LogInformation("Placed {OrderId} on {Url}", orderId, config["Okx:BaseUrl"]);
                Console.WriteLine("demo: " + Environment.GetEnvironmentVariable("OKX_DEMO"));
                Console.WriteLine("key: " + Environment.GetEnvironmentVariable("OKX_API_KEY"));
                Debug.WriteLine(request.RequestUri + " " + request.Method);
        """));

    [Fact]
    public Task OwnMethodsNamedLikeLoggers_AreNotSinks() => Verify(Client("""
                Log(_secretKey);
                Write(_passphrase);
                Information("{S}", _secretKey);
        """, """
            private static void Log(string value) { }
            private static void Write(string value) { }
            private static void Information(string template, string value) { }
        """));

    [Fact]
    public Task ConstantsAndLookupKeys_AreNotReported() => Verify(Client("""
                var fromEnvironment = Environment.GetEnvironmentVariable(SecretKey);
                Console.WriteLine("Missing " + SecretKey);
                Console.WriteLine("Demo passphrase: " + DemoPassphrase);
        """, """
            private static readonly string SecretKey = "OKX_SECRET_KEY";
            private const string DemoPassphrase = "demo";
        """));

    [Fact]
    public Task ExceptionArgumentsThatAreNotMessages_AreNotReported() => Verify(Client("""
                var inner = new InvalidOperationException("signing failed");
                throw new HttpRequestException("OKX request failed", inner);
        """));

    [Fact]
    public Task FixedCode_IsQuiet() => Verify(Client("""
                Console.WriteLine(_secretKey?.Length > 0 ? "****" : "(not set)");
                _logger.LogDebug("Sending {Headers}", string.Join(", ", System.Linq.Enumerable.Select(request.Headers, okxHeader => okxHeader.Key + ": " + (string.Equals(okxHeader.Key, "OK-ACCESS-PASSPHRASE", StringComparison.OrdinalIgnoreCase) ? "****" : string.Join(",", okxHeader.Value)))));
                var options = new OkxOptions();
                _log.Information("Starting with {@Options}", new { options.ApiKey, HasSecretKey = options.SecretKey?.Length > 0, HasPassphrase = options.Passphrase?.Length > 0, options.BaseUrl, options.TimeoutSeconds });
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
        """, Options));
}
