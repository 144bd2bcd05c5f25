using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.Tests.Verifiers;
using Hardcoded = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;
using Passphrase = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;
using Simulated = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;
using Untrimmed = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Flurl's WithHeaders(object) (issue 18): an anonymous object's properties are headers (OK_ACCESS_KEY is sent as
/// OK-ACCESS-KEY) and a dictionary's entries are headers, so OKX001, OKX002, OKX003 and OKX004 read them like any
/// other header write, and their fixes work on that form.
/// </summary>
public class FlurlWithHeadersTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Flurl.Http;

        """;

    private const string Url = "\"https://www.okx.com/api/v5/account/balance\"";
    private const string PassphraseRejected = ": OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)";

    private static Task Quiet<TAnalyzer>(string source)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(Usings + source);

    // ================================================================ OKX003: missing passphrase

    [Fact]
    public Task OKX003_anonymous_object_without_passphrase_fires_and_the_fix_adds_the_property() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
            public Task<string> BalanceAsync(string apiKey, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { {|#0:OK_ACCESS_KEY = apiKey|}, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp })
                    .GetStringAsync();
        }
        """,
        Passphrase.Diagnostic().WithLocation(0).WithMessage("The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header" + PassphraseRejected),
        Usings + $$"""
        class OkxFlurlClient
        {
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
            public Task<string> BalanceAsync(string apiKey, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_PASSPHRASE = _passphrase, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp })
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_multi_line_anonymous_object_gets_the_property_on_its_own_line() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new
                    {
                        OK_ACCESS_SIGN = sign,
                        OK_ACCESS_TIMESTAMP = timestamp,
                        [|OK_ACCESS_KEY = apiKey|]
                    })
                    .GetStringAsync();
        }
        """,
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new
                    {
                        OK_ACCESS_SIGN = sign,
                        OK_ACCESS_TIMESTAMP = timestamp,
                        OK_ACCESS_KEY = apiKey,
                        OK_ACCESS_PASSPHRASE = passphrase
                    })
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_dictionary_given_to_WithHeaders_without_passphrase_fires_and_the_fix_adds_the_entry() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}.WithHeaders(new Dictionary<string, string>
                {
                    [|["OK-ACCESS-KEY"] = apiKey|],
                    ["OK-ACCESS-SIGN"] = sign,
                    ["OK-ACCESS-TIMESTAMP"] = timestamp,
                }).GetStringAsync();
        }
        """,
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}.WithHeaders(new Dictionary<string, string>
                {
                    ["OK-ACCESS-KEY"] = apiKey,
                    ["OK-ACCESS-PASSPHRASE"] = passphrase,
                    ["OK-ACCESS-SIGN"] = sign,
                    ["OK-ACCESS-TIMESTAMP"] = timestamp,
                }).GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_misspelled_passphrase_property_is_renamed() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, {|#0:OK_ACCESS_PASSPRASE = passphrase|} })
                    .GetStringAsync();
        }
        """,
        Passphrase.Diagnostic().WithLocation(0).WithMessage("Header 'OK-ACCESS-PASSPRASE' is not OK-ACCESS-PASSPHRASE, so OKX never sees the passphrase" + PassphraseRejected),
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_empty_passphrase_property_gets_the_real_value() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, [|OK_ACCESS_PASSPHRASE = ""|] })
                    .GetStringAsync();
        }
        """,
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_quiet_when_the_chain_adds_the_passphrase_elsewhere() => Quiet<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>($$"""
        class OkxFlurlClient
        {
            public Task<string> ObjectThenHeader(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp })
                    .WithHeader("OK-ACCESS-PASSPHRASE", passphrase)
                    .GetStringAsync();

            public Task<string> HeaderThenObject(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeader("OK-ACCESS-PASSPHRASE", passphrase)
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp })
                    .GetStringAsync();

            public Task<string> TwoObjects(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign })
                    .WithHeaders(new { OK_ACCESS_TIMESTAMP = timestamp, ok_access_passphrase = passphrase })
                    .GetStringAsync();

            public Task<string> DictionaryThenHeader(string apiKey, string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new Dictionary<string, string> { ["OK-ACCESS-KEY"] = apiKey, ["OK-ACCESS-SIGN"] = sign, ["OK-ACCESS-TIMESTAMP"] = timestamp })
                    .WithHeader("OK-ACCESS-PASSPHRASE", passphrase)
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX003_quiet_on_anonymous_objects_that_are_not_Flurl_headers_and_on_kept_underscores() => Quiet<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>($$"""
        static class MyHttp
        {
            public static string WithHeaders(this string url, object headers) => url;
        }

        class OkxFlurlClient
        {
            public object Body(string apiKey, string sign, string timestamp) => new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp };

            public string Mine(string apiKey, string sign, string timestamp) =>
                {{Url}}.WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp });

            public IFlurlRequest Unknown(string apiKey, string sign, string timestamp, bool replace) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp }, replace);
        }
        """);

    [Fact]
    public Task OKX003_anonymous_object_in_a_local_given_to_WithHeaders_fires_and_is_fixed_where_declared() => Passphrase.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            private const string BalanceUrl = {{Url}};
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp)
            {
                var headers = new { [|OK_ACCESS_KEY = apiKey|], OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp };
                return BalanceUrl.WithHeaders(headers).GetStringAsync();
            }
        }
        """,
        Usings + $$"""
        class OkxFlurlClient
        {
            private const string BalanceUrl = {{Url}};
            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp)
            {
                var headers = new { OK_ACCESS_KEY = apiKey, OK_ACCESS_PASSPHRASE = passphrase, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp };
                return BalanceUrl.WithHeaders(headers).GetStringAsync();
            }
        }
        """);

    [Fact]
    public Task OKX003_quiet_when_a_local_anonymous_object_joins_a_chain_that_adds_the_passphrase_or_is_no_header() => Quiet<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>($$"""
        class OkxFlurlClient
        {
            private const string BalanceUrl = {{Url}};

            public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp)
            {
                var headers = new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp };
                return BalanceUrl.WithHeaders(headers).WithHeader("OK-ACCESS-PASSPHRASE", passphrase).GetStringAsync();
            }

            public Task<IFlurlResponse> PostAsync(string apiKey, string sign, string timestamp)
            {
                // Sent as the JSON body, not as headers.
                var body = new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp };
                return BalanceUrl.PostJsonAsync(body);
            }
        }
        """);

    // ================================================================ OKX001: constant credential

    [Fact]
    public Task OKX001_constant_in_an_anonymous_header_property_fires_and_is_fixed() => Hardcoded.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = {|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|}, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
        }
        """,
        Hardcoded.Diagnostic().WithLocation(0).WithMessage("Hard-coded OKX API key: load it from configuration or an environment variable, and rotate the exposed key"),
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string passphrase, string sign, string timestamp) =>
                {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."), OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
        }
        """);

    [Fact]
    public Task OKX001_constant_passphrase_in_an_anonymous_header_property_fires() => Hardcoded.VerifyAnalyzerAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Build(string apiKey, string sign, string timestamp) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = {|#0:"Tr4d1ng!Pass-9"|} });
        }
        """,
        Hardcoded.Diagnostic().WithLocation(0).WithArguments("passphrase"));

    [Fact]
    public Task OKX001_quiet_on_constants_in_look_alike_properties() => Quiet<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>($$"""
        static class MyHttp
        {
            public static string WithHeaders(this string url, object headers) => url;
        }

        class OkxFlurlClient
        {
            // Constants in headers that carry no credential, placeholders.
            public IFlurlRequest Other(string apiKey) => new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, Content_Type = "application/json", User_Agent = "okx-bot/1.0" });
            public IFlurlRequest Timestamp(string apiKey) => new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_TIMESTAMP = "2020-12-08T09:08:57.715Z", OK_ACCESS_SIGN = "c2lnbmF0dXJlLXZhbHVlLWhlcmU=" });
            public IFlurlRequest Placeholder() => new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = "YOUR_API_KEY" });
        }
        """);

    // ================================================================ OKX002: untrimmed credential

    [Fact]
    public Task OKX002_untrimmed_read_in_an_anonymous_header_property_fires_and_is_trimmed_where_read() => Untrimmed.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string sign, string timestamp)
            {
                var passphrase = {|#0:Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|};
                return {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim(), OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
            }
        }
        """,
        Untrimmed.Diagnostic().WithLocation(0).WithArguments("passphrase", "an environment variable", "50105 (OK-ACCESS-PASSPHRASE incorrect)"),
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync(string sign, string timestamp)
            {
                var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim();
                return {{Url}}
                    .WithHeaders(new { OK_ACCESS_KEY = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim(), OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                    .GetStringAsync();
            }
        }
        """);

    [Fact]
    public Task OKX002_untrimmed_read_in_a_local_anonymous_object_given_to_WithHeaders_fires() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public Task<string> BalanceAsync()
            {
                var headers = new { OK_ACCESS_KEY = {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|} };
                return {{Url}}.WithHeaders(headers).GetStringAsync();
            }
        }
        """,
        Untrimmed.Diagnostic().WithLocation(0).WithArguments("API key", "an environment variable", "50111 (invalid OK-ACCESS-KEY)"));

    [Fact]
    public Task OKX002_quiet_on_look_alikes() => Quiet<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>($$"""
        static class MyHttp
        {
            public static string WithHeaders(this string url, object headers) => url;
        }

        class OkxFlurlClient
        {
            public IFlurlRequest Trimmed() =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() });
            public string Mine() => {{Url}}.WithHeaders(new { OK_ACCESS_KEY = Environment.GetEnvironmentVariable("OKX_API_KEY") });
            public IFlurlRequest Other() =>
                new FlurlRequest({{Url}}).WithHeaders(new { User_Agent = Environment.GetEnvironmentVariable("OKX_USER_AGENT") });
        }
        """);

    // ================================================================ OKX004: x-simulated-trading

    [Fact]
    public Task OKX004_bad_value_in_an_anonymous_property_fires_and_is_fixed() => Simulated.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Demo(string apiKey) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, {|#0:x_simulated_trading = "true"|} });
        }
        """,
        Simulated.Diagnostic().WithLocation(0).WithMessage("x-simulated-trading is \"true\", but OKX reads only \"1\" (demo) or \"0\" (live); for demo trading send \"1\": OKX answers 50101 (APIKey does not match current environment)"),
        Usings + $$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Demo(string apiKey) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, x_simulated_trading = "1" });
        }
        """);

    [Fact]
    public Task OKX004_misspelled_property_name_is_renamed_as_a_property() => Simulated.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Demo(string apiKey) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, [|x_simulated_tradng = "1"|] });
        }
        """,
        Usings + $$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Demo(string apiKey) =>
                new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, x_simulated_trading = "1" });
        }
        """);

    [Fact]
    public Task OKX004_quiet_on_look_alikes() => Quiet<OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer>($$"""
        static class MyHttp
        {
            public static string WithHeaders(this string url, object headers) => url;
        }

        class OkxFlurlClient
        {
            public IFlurlRequest Good(string apiKey) => new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, x_simulated_trading = "1" });
            public IFlurlRequest Live(string apiKey) => new FlurlRequest({{Url}}).WithHeaders(new { OK_ACCESS_KEY = apiKey, x_simulated_trading = "0" });
            public string Mine() => {{Url}}.WithHeaders(new { x_simulated_trading = "true" });
            public object Body() => new { x_simulated_trading = "true" };
        }
        """);

    [Fact]
    public Task OKX004_quiet_when_Flurl_keeps_the_underscores_or_the_object_is_a_body() => Quiet<OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer>($$"""
        class OkxFlurlClient
        {
            public IFlurlRequest Kept() => new FlurlRequest({{Url}}).WithHeaders(new { x_simulated_trading = "true" }, replaceUnderscoreWithHyphen: false);

            public Task<IFlurlResponse> Post()
            {
                var body = new { x_simulated_trading = "true" };
                return new FlurlRequest({{Url}}).PostJsonAsync(body);
            }
        }
        """);

    [Fact]
    public Task OKX002_quiet_on_headers_of_a_local_anonymous_object_that_carry_no_credential() => Quiet<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>($$"""
        class OkxFlurlClient
        {
            public Task<IFlurlResponse> Post()
            {
                var body = new { OK_ACCESS_TIMESTAMP = Environment.GetEnvironmentVariable("OKX_CLOCK"), Content_Type = Environment.GetEnvironmentVariable("OKX_TYPE") };
                return new FlurlRequest({{Url}}).WithHeaders(body).PostJsonAsync(new { });
            }
        }
        """);
}
