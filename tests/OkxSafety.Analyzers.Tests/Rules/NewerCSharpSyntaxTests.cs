using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyOkx001 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;
using VerifyOkx002 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;
using VerifyOkx003 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;
using VerifyOkx004 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;
using VerifyOkx005 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// The rules on C# 12-14 syntax (primary constructors, collection expressions, the <c>field</c> keyword), written
/// directly: they run on the Roslyn host that knows that C# (.ci/run's second host) and are skipped on Roslyn 4.5.
/// </summary>
public class NewerCSharpSyntaxTests
{
    private const string HardcodedKey = "Hard-coded OKX API key: load it from configuration or an environment variable, and rotate the exposed key";
    private const string UntrimmedKey = "OKX API key read from configuration is used without Trim(): a stray space or newline makes OKX answer 50111 (invalid OK-ACCESS-KEY)";
    private const string UntrimmedSecret = "OKX secret key read from configuration is used without Trim(): a stray space or newline makes OKX answer 50113 (invalid signature)";
    private const string MissingPassphrase = "The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header: OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)";
    private const string LiveSendsDemo = "The code means live trading here, but x-simulated-trading is \"1\" (demo): OKX answers 50101 (APIKey does not match current environment)";
    private const string UncheckedData = "'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code";

    [CSharpFact(12)]
    public async Task OKX001_a_key_as_a_primary_constructor_default_fires()
    {
        var test = new VerifyOkx001.Test
        {
            TestCode = """
                using System.Net.Http;
                class OkxClient(HttpClient http, string apiKey = {|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|})
                {
                    public HttpClient Http => http;
                    void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", apiKey);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx001.Diagnostic().WithLocation(0).WithMessage(HardcodedKey));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public Task OKX001_a_primary_constructor_key_read_from_the_environment_is_quiet() => VerifyOkx001.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        class OkxClient(string apiKey)
        {
            private readonly string[] _hosts = ["www.okx.com", "aws.okx.com"];
            public OkxClient() : this(Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "") { }
            public string[] Hosts => _hosts;
            void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", apiKey);
        }
        """);

    [CSharpFact(14)]
    public async Task OKX001_a_key_in_a_field_backed_property_initializer_fires()
    {
        var test = new VerifyOkx001.Test
        {
            TestCode = """
                using System.Net.Http;
                class OkxClient
                {
                    public string ApiKey { get => field; set => field = value.Trim(); } = {|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|};
                    void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", ApiKey);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx001.Diagnostic().WithLocation(0).WithMessage(HardcodedKey));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public async Task OKX002_configuration_captured_by_a_primary_constructor_fires_and_is_trimmed()
    {
        var test = new VerifyOkx002.Test
        {
            TestCode = """
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxSigner(IConfiguration config)
                {
                    private readonly string _secret = {|#0:config["Okx:SecretKey"]|} ?? "";
                    public byte[] Key => System.Text.Encoding.UTF8.GetBytes(_secret);
                    void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", {|#1:config["Okx:ApiKey"]|});
                        using var hmac = new System.Security.Cryptography.HMACSHA256(Key);
                        hmac.Key = System.Text.Encoding.UTF8.GetBytes(_secret);
                    }
                }
                """,
            FixedCode = """
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;
                class OkxSigner(IConfiguration config)
                {
                    private readonly string _secret = config["Okx:SecretKey"]?.Trim() ?? "";
                    public byte[] Key => System.Text.Encoding.UTF8.GetBytes(_secret);
                    void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"]?.Trim());
                        using var hmac = new System.Security.Cryptography.HMACSHA256(Key);
                        hmac.Key = System.Text.Encoding.UTF8.GetBytes(_secret);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx002.Diagnostic().WithLocation(0).WithMessage(UntrimmedSecret));
        test.ExpectedDiagnostics.Add(VerifyOkx002.Diagnostic().WithLocation(1).WithMessage(UntrimmedKey));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public Task OKX002_trimmed_reads_through_a_primary_constructor_are_quiet() => VerifyOkx002.VerifyAnalyzerAsync("""
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;
        class OkxSigner(IConfiguration config)
        {
            private readonly string _secret = config["Okx:SecretKey"]?.Trim() ?? "";
            public byte[] Key => System.Text.Encoding.UTF8.GetBytes(_secret);
            void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"]?.Trim());
        }
        """);

    [CSharpFact(12)]
    public async Task OKX003_a_primary_constructor_client_without_the_passphrase_header_fires()
    {
        var test = new VerifyOkx003.Test
        {
            TestCode = """
                using System.Net.Http;
                class OkxClient(string apiKey, string passphrase)
                {
                    public string Passphrase => passphrase;
                    void Send(HttpRequestMessage request, string sign)
                    {
                        {|#0:request.Headers.Add("OK-ACCESS-KEY", apiKey)|};
                        request.Headers.Add("OK-ACCESS-SIGN", sign);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx003.Diagnostic().WithLocation(0).WithMessage(MissingPassphrase));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public Task OKX003_a_primary_constructor_client_with_the_passphrase_header_is_quiet() => VerifyOkx003.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient(string apiKey, string passphrase)
        {
            void Send(HttpRequestMessage request, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [CSharpFact(12)]
    public async Task OKX004_a_primary_constructor_live_flag_sending_demo_fires_and_is_fixed()
    {
        var test = new VerifyOkx004.Test
        {
            TestCode = """
                using System.Net.Http;
                class OkxClient(bool isLive)
                {
                    void Send(HttpRequestMessage request)
                    {
                        if (isLive) {|#0:request.Headers.Add("x-simulated-trading", "1")|};
                    }
                }
                """,
            FixedCode = """
                using System.Net.Http;
                class OkxClient(bool isLive)
                {
                    void Send(HttpRequestMessage request)
                    {
                        if (isLive) request.Headers.Add("x-simulated-trading", "0");
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx004.Diagnostic().WithLocation(0).WithMessage(LiveSendsDemo));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public Task OKX004_a_primary_constructor_demo_flag_is_quiet() => VerifyOkx004.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient(bool isDemo)
        {
            void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", isDemo ? "1" : "0");
        }
        """);

    [CSharpFact(12)]
    public async Task OKX005_a_primary_constructor_client_reading_data_unchecked_fires()
    {
        var test = new VerifyOkx005.Test
        {
            TestCode = """
                using System.Net.Http;
                using System.Text.Json.Nodes;
                using System.Threading.Tasks;
                class Account(HttpClient http)
                {
                    async Task<string> BalanceAsync()
                    {
                        var root = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        return {|#0:root["data"]|}!.ToJsonString();
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx005.Diagnostic().WithLocation(0).WithMessage(UncheckedData).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [CSharpFact(12)]
    public Task OKX005_a_primary_constructor_client_checking_code_is_quiet() => VerifyOkx005.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        class Account(HttpClient http)
        {
            async Task<string> BalanceAsync()
            {
                var root = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                if (root["code"]?.GetValue<string>() != "0") throw new InvalidOperationException("OKX error");
                return root["data"]!.ToJsonString();
            }
        }
        """);
}

/// <summary>A fact that needs a C# version the test host may not know (Roslyn 4.5 knows C# 11): skipped there.</summary>
internal sealed class CSharpFactAttribute : FactAttribute
{
    public CSharpFactAttribute(int version)
    {
        if (!Enum.IsDefined(typeof(LanguageVersion), version * 100))
        {
            Skip = $"needs C# {version}, which this Roslyn host ({typeof(LanguageVersion).Assembly.GetName().Version}) does not know";
        }
    }
}
