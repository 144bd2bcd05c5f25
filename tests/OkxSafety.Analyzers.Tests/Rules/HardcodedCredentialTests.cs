using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;
using OkxSafety.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class HardcodedCredentialTests
{
    private const string ApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
    private const string Secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";

    private static DiagnosticResult Expected(int location, string kind) =>
        VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(location).WithArguments(kind);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAnalyzer.VerifyAnalyzerAsync(source, expected);

    private static Task VerifyWithConfigAsync(string source, string editorconfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyAnalyzer.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorconfig + "\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- sinks: headers

    [Fact]
    public async Task Header_add_literal_reports_api_key_with_kind_only()
    {
        await VerifyAsync($$"""
            using System.Net.Http;
            class OkxClient
            {
                void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", {|#0:"{{ApiKey}}"|});
            }
            """,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0)
                .WithMessage("Hard-coded OKX API key: load it from configuration or an environment variable, and rotate the exposed key"));
    }

    [Fact]
    public async Task Every_header_api_reports()
    {
        await VerifyAsync($$"""
            using System.Collections.Generic;
            using System.Net.Http;
            using Flurl.Http;
            using RestSharp;
            class Client
            {
                const string KeyHeader = "OK-ACCESS-KEY";
                void Send(HttpRequestMessage request, HttpClient http, RestRequest rest, RestClient restClient)
                {
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", {|#0:"Tr4d1ng!Pass-1"|});
                    http.DefaultRequestHeaders.Add("ok-access-key", {|#1:"11111111-2222-3333-4444-555555555555"|});
                    request.Headers.Add(KeyHeader, {|#2:"22222222-2222-3333-4444-555555555555"|});
                    var headers = new Dictionary<string, string> { ["OK-ACCESS-KEY"] = {|#3:"33333333-2222-3333-4444-555555555555"|} };
                    headers.Add("OK-ACCESS-PASSPHRASE", {|#4:"Tr4d1ng!Pass-2"|});
                    rest.AddHeader("OK-ACCESS-KEY", {|#5:"44444444-2222-3333-4444-555555555555"|});
                    restClient.AddDefaultHeader("OK-ACCESS-PASSPHRASE", {|#6:"Tr4d1ng!Pass-3"|});
                    var flurl = "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", {|#7:"55555555-2222-3333-4444-555555555555"|});
                }
            }
            """,
            Expected(0, "passphrase"), Expected(1, "API key"), Expected(2, "API key"), Expected(3, "API key"),
            Expected(4, "passphrase"), Expected(5, "API key"), Expected(6, "passphrase"), Expected(7, "API key"));
    }

    [Fact]
    public async Task Other_headers_and_header_names_do_not_report()
    {
        await VerifyAsync("""
            using System.Net.Http;
            class OkxClient
            {
                const string PassphraseHeaderName = "OK-ACCESS-PASSPHRASE";
                const string Passphrase = "OK-ACCESS-PASSPHRASE";
                void Sign(HttpRequestMessage request, string sign)
                {
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", "2020-12-08T09:08:57.715Z");
                    request.Headers.Add("x-simulated-trading", "1");
                    request.Headers.Add("User-Agent", "okx-bot-3f6b1c2e-8a4d");
                    request.Headers.Add(PassphraseHeaderName, sign);
                    request.Headers.Add(Passphrase, sign);
                }
            }
            """);
    }

    // ---------------------------------------------------------------- sinks: signing key

    [Fact]
    public async Task Hmac_signing_key_reports_in_every_form()
    {
        await VerifyAsync($$"""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            class OkxSigner
            {
                byte[] Sign(byte[] data)
                {
                    using var a = new HMACSHA256(Encoding.UTF8.GetBytes({|#0:"{{Secret}}"|}));
                    using var b = new HMACSHA256(Convert.FromBase64String({|#1:"QTFCMkMzRDRFNUY2MDcxODI5M0E0QjVD"|}));
                    using var c = new HMACSHA256({|#2:"B1B2C3D4E5F60718293A4B5C6D7E8F90"u8|}.ToArray());
                    using var d = new HMACSHA256();
                    d.Key = Encoding.ASCII.GetBytes({|#3:"C1B2C3D4E5F60718293A4B5C6D7E8F90"|});
                    return HMACSHA256.HashData(Encoding.UTF8.GetBytes({|#4:"D1B2C3D4E5F60718293A4B5C6D7E8F90"|}), data);
                }
            }
            """,
            Expected(0, "secret key"), Expected(1, "secret key"), Expected(2, "secret key"), Expected(3, "secret key"), Expected(4, "secret key"));
    }

    [Fact]
    public async Task Hmac_outside_okx_context_does_not_report()
    {
        await VerifyAsync($$"""
            using System.Security.Cryptography;
            using System.Text;
            class WebhookVerifier
            {
                byte[] Sign(byte[] data)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("{{Secret}}"));
                    return hmac.ComputeHash(data);
                }
            }
            """);
    }

    // ---------------------------------------------------------------- sinks: SDKs, CCXT, WebSocket login

    [Fact]
    public async Task Sdk_credentials_report_each_part()
    {
        await VerifyAsync("""
            using CryptoExchange.Net.Authentication;
            using OKX.Net.Objects;
            class Bot
            {
                void Connect()
                {
                    var a = new ApiCredentials({|#0:"11111111-aaaa-bbbb-cccc-555555555555"|}, {|#1:"E1B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#2:"Tr4d1ng!Sdk"|});
                    var b = new OKXCredentials(key: {|#3:"22222222-aaaa-bbbb-cccc-555555555555"|}, secret: {|#4:"F1B2C3D4E5F60718293A4B5C6D7E8F90"|}, pass: {|#5:"Tr4d1ng!Okx"|});
                }
            }
            """,
            Expected(0, "API key"), Expected(1, "secret key"), Expected(2, "passphrase"),
            Expected(3, "API key"), Expected(4, "secret key"), Expected(5, "passphrase"));
    }

    [Fact]
    public async Task Ccxt_configuration_reports_credential_entries_only()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            class Bot
            {
                void Connect()
                {
                    var exchange = new ccxt.okx(new Dictionary<string, object>
                    {
                        { "apiKey", {|#0:"11111111-cccc-bbbb-cccc-555555555555"|} },
                        { "secret", {|#1:"A2B2C3D4E5F60718293A4B5C6D7E8F90"|} },
                        { "password", {|#2:"Tr4d1ng!Ccxt"|} },
                        { "enableRateLimit", true },
                    });
                    var config = new Dictionary<string, object>();
                    config["apiKey"] = {|#3:"22222222-cccc-bbbb-cccc-555555555555"|};
                    var second = new ccxt.okx(config);
                    var notForCcxt = new Dictionary<string, object> { { "apiKey", "33333333-cccc-bbbb-cccc-555555555555" } };
                }
            }
            """,
            Expected(0, "API key"), Expected(1, "secret key"), Expected(2, "passphrase"), Expected(3, "API key"));
    }

    [Fact]
    public async Task WebSocket_login_arguments_report()
    {
        await VerifyAsync("""
            class Socket
            {
                object Login(string timestamp, string sign) => new
                {
                    op = "login",
                    args = new[] { new { apiKey = {|#0:"11111111-dddd-bbbb-cccc-555555555555"|}, passphrase = {|#1:"Tr4d1ng!Ws"|}, timestamp, sign } },
                };

                object Subscribe() => new { op = "subscribe", args = new[] { new { apiKey = "22222222-dddd-bbbb-cccc-555555555555" } } };
            }
            """,
            Expected(0, "API key"), Expected(1, "passphrase"));
    }

    // ---------------------------------------------------------------- sinks: named members

    [Fact]
    public async Task Members_named_for_a_credential_report_in_okx_context()
    {
        await VerifyAsync("""
            class OkxSettings
            {
                private readonly string _apiKey = {|#0:"11111111-eeee-bbbb-cccc-555555555555"|};
                public string SecretKey { get; set; } = {|#1:"A3B2C3D4E5F60718293A4B5C6D7E8F90"|};
                public static string PassPhrase = {|#2:"Tr4d1ng!Named"|};
                public string ApiSecret => {|#6:"A0B2C3D4E5F60718293A4B5C6D7E8F90"|};
                public static string Password { get { return {|#7:"Tr4d1ng!Getter"|}; } }
                public string ApiKeyLabel => "OKX API key";

                void Connect(string api_secret = {|#3:"A4B2C3D4E5F60718293A4B5C6D7E8F90"|})
                {
                    var accessKey = {|#4:"22222222-eeee-bbbb-cccc-555555555555"|};
                    string password;
                    password = {|#5:"Tr4d1ng!Assigned"|};
                }
            }
            """,
            Expected(0, "API key"), Expected(1, "secret key"), Expected(2, "passphrase"),
            Expected(3, "secret key"), Expected(4, "API key"), Expected(5, "passphrase"),
            Expected(6, "secret key"), Expected(7, "passphrase"));
    }

    [Fact]
    public async Task Methods_without_parameters_named_for_a_credential_report_what_they_return()
    {
        await VerifyAsync("""
            class OkxKeys
            {
                public string GetSecretKey() => {|#0:"A7B2C3D4E5F60718293A4B5C6D7E8F90"|};
                public static string Passphrase() { return {|#1:"Tr4d1ng!Method"|}; }
            }
            """,
            Expected(0, "secret key"), Expected(1, "passphrase"));
    }

    [Fact]
    public async Task Fix_replaces_what_a_credential_method_returns()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            class OkxKeys
            {
                public static string Passphrase() { return [|"Tr4d1ng!Method"|]; }
            }
            """,
            """
            using System;

            class OkxKeys
            {
                public static string Passphrase() { return Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."); }
            }
            """);
    }

    [Fact]
    public async Task Methods_that_do_not_give_back_a_credential_do_not_report()
    {
        await VerifyAsync("""
            using System;

            class OkxKeys
            {
                public string ApiKey(int account) => "77777777-eeee-bbbb-cccc-555555555555";
                public string ApiKeyName() => "Trading bot key";
                public string GetApiKey()
                {
                    Func<string> fallback = () => "88888888-eeee-bbbb-cccc-555555555555";
                    return Environment.GetEnvironmentVariable("OKX_API_KEY") ?? fallback.Method.Name;
                }

                // The method gives the name of the environment variable, not the value.
                static string SecretKey() => "TradingBotKey7x";
                string Read() => Environment.GetEnvironmentVariable(SecretKey()) ?? "";
            }

            class BinanceKeys
            {
                public string GetSecretKey() => "A8B2C3D4E5F60718293A4B5C6D7E8F90";
            }
            """);
    }

    [Fact]
    public async Task Arguments_for_parameters_named_for_a_credential_report_when_the_callee_is_okx_code()
    {
        await VerifyAsync("""
            public record OkxCredentials(string ApiKey, string SecretKey, string Passphrase);

            public class OkxClient
            {
                private readonly string _key;
                public OkxClient(string apiKey) => _key = apiKey;
                public void Login(string apiKey, string secretKey, string passphrase) { }
            }

            class Startup
            {
                void Configure()
                {
                    var credentials = new OkxCredentials({|#0:"33333333-eeee-bbbb-cccc-555555555555"|}, {|#1:"A5B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#2:"Tr4d1ng!Record"|});
                    var client = new OkxClient(apiKey: {|#3:"44444444-eeee-bbbb-cccc-555555555555"|});
                    client.Login(passphrase: {|#6:"Tr4d1ng!Login"|}, apiKey: {|#4:"55555555-eeee-bbbb-cccc-555555555555"|}, secretKey: {|#5:"A6B2C3D4E5F60718293A4B5C6D7E8F90"|});
                }
            }
            """,
            Expected(0, "API key"), Expected(1, "secret key"), Expected(2, "passphrase"), Expected(3, "API key"),
            Expected(4, "API key"), Expected(5, "secret key"), Expected(6, "passphrase"));
    }

    [Fact]
    public async Task Arguments_for_credential_parameters_of_other_code_do_not_report()
    {
        await VerifyAsync("""
            using System;
            using System.Net;

            public record BinanceCredentials(string ApiKey, string SecretKey);

            public class OkxSettingsReader
            {
                // The parameter is the name of an environment variable, not a credential.
                public OkxSettingsReader(string apiKey) => Value = Environment.GetEnvironmentVariable(apiKey);
                public string? Value { get; }
                public void Connect(string apiKey, string passphrase = "") { }
                public void Describe(object apiKey) { }
            }

            class OkxStartup
            {
                void Configure()
                {
                    var binance = new BinanceCredentials("33333333-eeee-bbbb-cccc-555555555555", "A5B2C3D4E5F60718293A4B5C6D7E8F90");
                    var proxy = new NetworkCredential("proxy-user", "Pr0xyPassw0rd!");
                    var reader = new OkxSettingsReader("TradingBotKey7x");
                    reader.Connect(apiKey: "your-api-key-here");
                    reader.Describe("66666666-eeee-bbbb-cccc-555555555555");
                    reader.Connect(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim());
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_replaces_a_record_constructor_argument()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            public record OkxCredentials(string ApiKey, string Passphrase);

            class Startup
            {
                OkxCredentials Create() => new OkxCredentials([|"33333333-eeee-bbbb-cccc-555555555555"|], [|"Tr4d1ng!Record"|]);
            }
            """,
            """
            using System;

            public record OkxCredentials(string ApiKey, string Passphrase);

            class Startup
            {
                OkxCredentials Create() => new OkxCredentials(Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."), Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
            }
            """);
    }

    [Fact]
    public async Task Fix_replaces_an_expression_bodied_property_value()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            class OkxSettings
            {
                public string ApiSecret => [|"A0B2C3D4E5F60718293A4B5C6D7E8F90"|];
            }
            """,
            """
            using System;
            class OkxSettings
            {
                public string ApiSecret => Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.");
            }
            """);
    }

    [Fact]
    public async Task Credential_names_outside_okx_context_do_not_report()
    {
        await VerifyAsync($$"""
            class BinanceSettings
            {
                private readonly string _apiKey = "{{ApiKey}}";
                public string SecretKey { get; set; } = "{{Secret}}";
                public string Passphrase = "Tr4d1ng!Binance";
            }
            """);
    }

    [Theory]
    [InlineData("ApiKeyPrompt")]
    [InlineData("PassphraseHeaderName")]
    [InlineData("SecretKeyPlaceholder")]
    [InlineData("ApiKeyEnvVar")]
    [InlineData("ApiKeyLabel")]
    [InlineData("PassphraseHint")]
    [InlineData("SecretKeyMessage")]
    [InlineData("ApiKeyName")]
    [InlineData("ApiKeyUrl")]
    [InlineData("SecretKeyPath")]
    [InlineData("ApiKeyFormat")]
    [InlineData("API_KEY_ENV_VAR")]
    public async Task Members_named_for_something_else_do_not_report(string name)
    {
        await VerifyAsync($$"""
            class OkxSettings
            {
                public const string {{name}} = "Tr4d1ngValue-3f6b1c2e";
            }
            """);
    }

    [Fact]
    public async Task Member_used_as_environment_variable_name_or_configuration_key_does_not_report()
    {
        await VerifyAsync("""
            using System;
            using Microsoft.Extensions.Configuration;
            class OkxSettings
            {
                private const string ApiKey = "OkxApiKey";
                private const string SecretKey = "OkxSecret";
                private const string Passphrase = "OkxPass";
                string? Read(IConfiguration configuration) =>
                    Environment.GetEnvironmentVariable(ApiKey) ?? configuration[SecretKey] ?? configuration.GetSection(Passphrase).Value;
            }
            """);
    }

    [Fact]
    public async Task Environment_variable_names_and_configuration_keys_are_not_values()
    {
        await VerifyAsync("""
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;
            class OkxClient
            {
                private const string ApiKey = "OKX_API_KEY";
                private const string SecretKey = "Okx:SecretKey";
                void Sign(HttpRequestMessage request, IConfiguration configuration)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", configuration["Okx:Passphrase"]?.Trim());
                    var secret = configuration.GetValue<string>("Okx:SecretKey");
                    var section = configuration.GetSection("Okx").GetSection("ApiKey").Value;
                }
            }
            """);
    }

    // ---------------------------------------------------------------- flows

    [Fact]
    public async Task Constant_in_another_file_is_reported_at_its_literal_once()
    {
        var test = new VerifyAnalyzer.Test();
        test.TestState.Sources.Add(("/0/Keys.cs", """
            static class Keys
            {
                public const string Api = {|#0:"11111111-ffff-bbbb-cccc-555555555555"|};
                public static readonly string Secret = {|#1:"A5B2C3D4E5F60718293A4B5C6D7E8F90"|};
                public static string Pass { get; } = {|#2:"Tr4d1ng!Flow"|};
            }
            """));
        test.TestState.Sources.Add(("/0/Client.cs", """
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            class OkxClient
            {
                void Sign(HttpRequestMessage request, HttpClient http)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Keys.Api);
                    http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", Keys.Api);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Keys.Pass);
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Keys.Secret));
                }
            }
            """));
        test.ExpectedDiagnostics.AddRange(new[] { Expected(0, "API key"), Expected(1, "secret key"), Expected(2, "passphrase") });
        await test.RunAsync();
    }

    [Fact]
    public async Task Constant_expressions_report_at_the_expression()
    {
        await VerifyAsync("""
            using System.Net.Http;
            class OkxClient
            {
                const string Prefix = "11111111-0000";
                const string Api = {|#0:Prefix + "-bbbb-cccc-555555555555"|};
                const string Pass = {|#1:$"{Prefix}-pass!"|};
                const string Other = {|#2:"22222222-0000-bbbb-cccc-555555555555"|};
                const string Alias = Other;
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Api);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Pass);
                    request.Headers.Add("OK-ACCESS-KEY", Alias);
                    var local = {|#3:"33333333-0000-bbbb-cccc-555555555555"|};
                    var copy = local;
                    request.Headers.Add("OK-ACCESS-KEY", copy);
                }
            }
            """,
            Expected(0, "API key"), Expected(1, "passphrase"), Expected(2, "API key"), Expected(3, "API key"));
    }

    [Fact]
    public async Task Values_that_are_not_constants_do_not_report()
    {
        await VerifyAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            class OkxClient
            {
                private readonly string _apiKey;
                OkxClient(string apiKey) { _apiKey = apiKey; }
                void Sign(HttpRequestMessage request, string passphrase)
                {
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText("okx-passphrase.txt").Trim());
                    request.Headers.Add("OK-ACCESS-KEY", Console.ReadLine()!.Trim());
                }
            }
            """);
    }

    // ---------------------------------------------------------------- exclusions: values

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("your-api-key-here")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("<api-key>")]
    [InlineData("{apiKey}")]
    [InlineData("xxx")]
    [InlineData("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")]
    [InlineData("***")]
    [InlineData("changeme")]
    [InlineData("replace-me")]
    [InlineData("test")]
    [InlineData("demo")]
    [InlineData("example")]
    [InlineData("dummy")]
    [InlineData("sample")]
    [InlineData("placeholder")]
    [InlineData("REPLACE_WITH_YOUR_SECRET")]
    [InlineData("my-okx-passphrase")]
    [InlineData("${OKX_API_KEY}")]
    public async Task Empty_and_placeholder_values_do_not_report(string value)
    {
        await VerifyAsync($$"""
            using System.Net.Http;
            class OkxClient
            {
                const string Passphrase = "{{value}}";
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", "{{value}}");
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Passphrase);
                }
            }
            """);
    }

    [Fact]
    public async Task Placeholder_pattern_from_editorconfig_replaces_the_default()
    {
        await VerifyWithConfigAsync("""
            using System.Net.Http;
            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", "FAKE-11111111-2222-3333");
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", {|#0:"changeme"|});
                }
            }
            """,
            "okx_safety.placeholder_pattern = ^FAKE-.*$",
            Expected(0, "passphrase"));
    }

    [Fact]
    public async Task Credential_names_from_editorconfig_are_sinks_in_okx_context()
    {
        await VerifyWithConfigAsync("""
            class OkxSettings
            {
                public string TradingToken = {|#0:"11111111-9999-bbbb-cccc-555555555555"|};
                public string Signer = {|#1:"A6B2C3D4E5F60718293A4B5C6D7E8F90"|};
                public string Unlisted = "22222222-9999-bbbb-cccc-555555555555";
            }
            class OtherSettings
            {
                public string TradingToken = "33333333-9999-bbbb-cccc-555555555555";
            }
            """,
            "okx_safety.credential_names = TradingToken, Signer=secret_key",
            Expected(0, "API key"), Expected(1, "secret key"));
    }

    [Fact]
    public void Credential_names_option_is_parsed()
    {
        var names = CredentialValues.ParseCredentialNames(" Token , Signer=secret_key;MyPass=passphrase, Key2=api_key, Bad=whatever, UserPassword");
        Assert.Equal(CredentialKind.ApiKey, names["Token"]);
        Assert.Equal(CredentialKind.SecretKey, names["Signer"]);
        Assert.Equal(CredentialKind.Passphrase, names["MyPass"]);
        Assert.Equal(CredentialKind.ApiKey, names["Key2"]);
        Assert.Equal(CredentialKind.ApiKey, names["Bad"]);
        Assert.Equal(CredentialKind.Passphrase, names["UserPassword"]);
    }

    [Fact]
    public async Task Messages_never_contain_the_value()
    {
        var source = $$"""
            using System.Net.Http;
            using CryptoExchange.Net.Authentication;
            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", "{{ApiKey}}");
                    var credentials = new ApiCredentials("{{ApiKey}}x", "{{Secret}}", "Tr4d1ng!Msg");
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Messages",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.Framework.AddRange(TestReferences.Libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedCredentialAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Equal(4, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage();
            Assert.DoesNotContain(ApiKey, message);
            Assert.DoesNotContain(Secret, message);
            Assert.DoesNotContain("Tr4d1ng", message);
            Assert.DoesNotContain("3f6b", message);
            Assert.DoesNotContain("Tr4d1ng", diagnostic.Descriptor.Description.ToString());
        }
    }

    // ---------------------------------------------------------------- fix: environment variable

    [Fact]
    public async Task Fix_reads_the_environment_variable_and_adds_using_system()
    {
        await VerifyCS.VerifyCodeFixAsync(
            $$"""
            using System.Net.Http;

            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    // the key
                    request.Headers.Add("OK-ACCESS-KEY", [|"{{ApiKey}}"|]); // trailing
                }
            }
            """,
            """
            using System;
            using System.Net.Http;

            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    // the key
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable.")); // trailing
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_turns_a_const_in_another_file_into_static_readonly()
    {
        var test = new VerifyCS.Test { CodeActionEquivalenceKey = "OKX001.EnvironmentVariable" };
        test.TestState.Sources.Add(("/0/Keys.cs", """
            namespace Bot
            {
                internal static class Keys
                {
                    // OKX key set
                    public const string Api = [|"11111111-ffff-bbbb-cccc-555555555555"|]; // do not commit
                    public const string Secret = [|"A5B2C3D4E5F60718293A4B5C6D7E8F90"|], Pass = [|"Tr4d1ng!Fix"|];
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Client.cs", """
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            namespace Bot
            {
                class OkxClient
                {
                    void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", Keys.Api);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", Keys.Pass);
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Keys.Secret));
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Keys.cs", """
            using System;

            namespace Bot
            {
                internal static class Keys
                {
                    // OKX key set
                    public static readonly string Api = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."); // do not commit
                    public static readonly string Secret = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable."), Pass = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable.");
                }
            }
            """));
        test.FixedState.Sources.Add(test.TestState.Sources[1]);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_turns_a_const_local_into_a_local_and_keeps_nullable_targets_nullable()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using System.Net.Http;
            class OkxClient
            {
                private string? _passphrase = [|"Tr4d1ng!Nullable"|];
                void Sign(HttpRequestMessage request)
                {
                    const string apiKey = [|"11111111-1212-bbbb-cccc-555555555555"|];
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                }
            }
            """,
            """
            using System;
            using System.Net.Http;
            class OkxClient
            {
                private string? _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim();
                void Sign(HttpRequestMessage request)
                {
                    string apiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable.");
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_replaces_the_string_inside_byte_conversions()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            class OkxSigner
            {
                void Sign()
                {
                    using var a = new HMACSHA256(Encoding.UTF8.GetBytes([|"A7B2C3D4E5F60718293A4B5C6D7E8F90"|]));
                    using var b = new HMACSHA256(Convert.FromBase64String([|"QTFCMkMzRDRFNUY2MDcxODI5M0E0QjVD"|]));
                    using var c = new HMACSHA256([|"B7B2C3D4E5F60718293A4B5C6D7E8F90"u8|].ToArray());
                }
            }
            """,
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            class OkxSigner
            {
                void Sign()
                {
                    using var a = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.")));
                    using var b = new HMACSHA256(Convert.FromBase64String(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.")));
                    using var c = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.")));
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_uses_environment_variable_names_from_editorconfig()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using System;
                using CryptoExchange.Net.Authentication;
                class OkxBot
                {
                    ApiCredentials Credentials() => new ApiCredentials([|"11111111-1313-bbbb-cccc-555555555555"|], [|"A8B2C3D4E5F60718293A4B5C6D7E8F90"|], [|"Tr4d1ng!Env"|]);
                }
                """,
            FixedCode = """
                using System;
                using CryptoExchange.Net.Authentication;
                class OkxBot
                {
                    ApiCredentials Credentials() => new ApiCredentials(Environment.GetEnvironmentVariable("BOT_KEY")?.Trim() ?? throw new InvalidOperationException("Set the BOT_KEY environment variable."), Environment.GetEnvironmentVariable("BOT_SECRET")?.Trim() ?? throw new InvalidOperationException("Set the BOT_SECRET environment variable."), Environment.GetEnvironmentVariable("BOT_PASS")?.Trim() ?? throw new InvalidOperationException("Set the BOT_PASS environment variable."));
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nokx_safety.env_var.api_key = BOT_KEY\nokx_safety.env_var.secret_key = BOT_SECRET\nokx_safety.env_var.passphrase = BOT_PASS\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Where_only_constants_are_allowed_the_fix_removes_the_secret_with_a_todo()
    {
        var source = """
            using System;
            using System.Net.Http;
            class OkxClient
            {
                const string Tagged = [|"Tr4d1ng!Attribute"|];
                const string InCase = [|"11111111-1414-bbbb-cccc-555555555555"|];
                const string InConst = [|"22222222-1414-bbbb-cccc-555555555555"|];
                const string Derived = InConst + "";

                [Obsolete(Tagged)]
                void Sign(HttpRequestMessage request, string mode, string apiKey = [|"33333333-1414-bbbb-cccc-555555555555"|])
                {
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Tagged);
                    request.Headers.Add("OK-ACCESS-KEY", InCase);
                    request.Headers.Add("OK-ACCESS-KEY", InConst);
                    switch (mode) { case InCase: break; }
                }
            }
            """;
        // Only a constant fits: the fix takes the secret out of the source and leaves a TODO.
        var fixedSource = """
            using System;
            using System.Net.Http;
            class OkxClient
            {
                const string Tagged = "" /* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */;
                const string InCase = "" /* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */;
                const string InConst = "" /* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */;
                const string Derived = InConst + "";

                [Obsolete(Tagged)]
                void Sign(HttpRequestMessage request, string mode, string apiKey = "" /* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */)
                {
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Tagged);
                    request.Headers.Add("OK-ACCESS-KEY", InCase);
                    request.Headers.Add("OK-ACCESS-KEY", InConst);
                    switch (mode) { case InCase: break; }
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    // ---------------------------------------------------------------- fix: configuration

    [Fact]
    public async Task Configuration_fix_uses_the_configuration_in_scope()
    {
        await new VerifyCS.Test
        {
            CodeActionEquivalenceKey = "OKX001.Configuration",
            TestCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration;
                    OkxClient(IConfiguration configuration) { _configuration = configuration; }

                    void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", [|"11111111-1515-bbbb-cccc-555555555555"|]);
                    }

                    static void Static(HttpRequestMessage request, IConfigurationRoot root)
                    {
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", [|"Tr4d1ng!Config"|]);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration;
                    OkxClient(IConfiguration configuration) { _configuration = configuration; }

                    void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", _configuration["Okx:ApiKey"]?.Trim() ?? throw new InvalidOperationException("Set Okx:ApiKey in the configuration."));
                    }

                    static void Static(HttpRequestMessage request, IConfigurationRoot root)
                    {
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", root["Okx:Passphrase"]?.Trim() ?? throw new InvalidOperationException("Set Okx:Passphrase in the configuration."));
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Configuration_fix_reads_the_section_from_editorconfig_and_is_not_offered_without_configuration()
    {
        var test = new VerifyCS.Test
        {
            CodeActionEquivalenceKey = "OKX001.Configuration",
            TestCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration;
                    private string _secretKey = [|"A9B2C3D4E5F60718293A4B5C6D7E8F90"|];
                    OkxClient(IConfiguration configuration) { _configuration = configuration; }

                    void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", [|"11111111-1616-bbbb-cccc-555555555555"|]);
                }
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration;
                    private string _secretKey = [|"A9B2C3D4E5F60718293A4B5C6D7E8F90"|];
                    OkxClient(IConfiguration configuration) { _configuration = configuration; }

                    void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _configuration["Exchanges:Okx:ApiKey"]?.Trim() ?? throw new InvalidOperationException("Set Exchanges:Okx:ApiKey in the configuration."));
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nokx_safety.config_section = Exchanges:Okx\n"));
        test.FixedState.MarkupHandling = MarkupMode.Allow; // the finding the configuration fix is not offered for stays
        await test.RunAsync();
    }

    // ---------------------------------------------------------------- FixAll

    [Fact]
    public async Task Fix_all_fixes_every_document_with_one_using()
    {
        var test = new VerifyCS.Test { CodeActionEquivalenceKey = "OKX001.EnvironmentVariable" };
        test.TestState.Sources.Add(("/0/A.cs", """
            using System.Net.Http;
            class OkxA
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", [|"11111111-1717-bbbb-cccc-555555555555"|]);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", [|"Tr4d1ng!FixAll"|]);
                }
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", """
            using CryptoExchange.Net.Authentication;
            class OkxB
            {
                ApiCredentials Create() => new([|"22222222-1717-bbbb-cccc-555555555555"|], [|"AAB2C3D4E5F60718293A4B5C6D7E8F90"|]);
            }
            """));
        test.FixedState.Sources.Add(("/0/A.cs", """
            using System;
            using System.Net.Http;
            class OkxA
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."));
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", """
            using System;
            using CryptoExchange.Net.Authentication;
            class OkxB
            {
                ApiCredentials Create() => new(Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."), Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable."));
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Top_level_program_reports_and_fixes()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using System.Net.Http;
                var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                const string passphrase = [|"Tr4d1ng!TopLevel"|];
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                string passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable.");
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fallback_literal_after_an_environment_read_reports_and_fixes()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using System.Security.Cryptography;
            class OkxSigner
            {
                byte[] Sign(byte[] data) => HMACSHA256.HashData([|"ACB2C3D4E5F60718293A4B5C6D7E8F90"u8|], data);
                void Sign(System.Net.Http.HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY") ?? [|"11111111-1818-bbbb-cccc-555555555555"|]);
            }
            """,
            """
            using System;
            using System.Security.Cryptography;
            class OkxSigner
            {
                byte[] Sign(byte[] data) => HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.")), data);
                void Sign(System.Net.Http.HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY") ?? Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."));
            }
            """);
    }

    [Fact]
    public async Task Nested_types_share_okx_context_and_patterns_block_the_fix()
    {
        var source = """
            using System.Net.Http;
            class OkxBot
            {
                class Settings
                {
                    public const string ApiKey = [|"11111111-1919-bbbb-cccc-555555555555"|];
                }

                static bool IsKey(string value) => value is Settings.ApiKey;
                static int Kind(string value) => value switch { Settings.ApiKey => 1, _ => 0 };
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            class OkxBot
            {
                class Settings
                {
                    public const string ApiKey = "" /* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */;
                }

                static bool IsKey(string value) => value is Settings.ApiKey;
                static int Kind(string value) => value switch { Settings.ApiKey => 1, _ => 0 };
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Configuration_fix_is_not_offered_in_a_static_local_function()
    {
        await new VerifyCS.Test
        {
            CodeActionEquivalenceKey = "OKX001.Configuration",
            TestCode = """
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration = null!;
                    void Sign(HttpRequestMessage request)
                    {
                        Add(request);
                        static void Add(HttpRequestMessage r) => r.Headers.Add("OK-ACCESS-KEY", [|"11111111-2020-bbbb-cccc-555555555555"|]);
                    }
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxClient
                {
                    private readonly IConfiguration _configuration = null!;
                    void Sign(HttpRequestMessage request)
                    {
                        Add(request);
                        static void Add(HttpRequestMessage r) => r.Headers.Add("OK-ACCESS-KEY", [|"11111111-2020-bbbb-cccc-555555555555"|]);
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fixed_code_trips_neither_OKX001_nor_OKX002()
    {
        var fixedSource = """
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            using CryptoExchange.Net.Authentication;
            using Microsoft.Extensions.Configuration;
            static class Keys
            {
                public static readonly string Api = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable.");
            }
            class OkxClient
            {
                private readonly IConfiguration _configuration = null!;
                private string? _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim();
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Keys.Api);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _configuration["Okx:Passphrase"]?.Trim() ?? throw new InvalidOperationException("Set Okx:Passphrase in the configuration."));
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable.")));
                    var credentials = new ApiCredentials(Keys.Api, _configuration["Okx:SecretKey"]?.Trim() ?? throw new InvalidOperationException("Set Okx:SecretKey in the configuration."));
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "FixedCode",
            new[] { CSharpSyntaxTree.ParseText(fixedSource, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.Framework.AddRange(TestReferences.Libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedCredentialAnalyzer(), new UntrimmedCredentialAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Fixed_code_traces_to_trimmed_external_text()
    {
        // What OKX002 looks at: the fix's value comes from the environment and passes through Trim().
        var compilation = CSharpCompilation.Create(
            "Trimmed",
            new[]
            {
                CSharpSyntaxTree.ParseText("""
                    using System;
                    class C
                    {
                        void Use(string value) { }
                        void M() => Use(Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."));
                    }
                    """, new CSharpParseOptions(LanguageVersion.Latest)),
            },
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var argument = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax>().First(a => a.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax);
        var sources = new ValueOrigins(OkxTypes.Create(compilation)).Trace(model.GetOperation(argument.Expression)!, CancellationToken.None);
        var source = Assert.Single(sources);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
        Assert.True(source.Trimmed);
    }
}
