using OkxSafety.Analyzers.CodeFixes;
using Xunit;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class MissingPassphraseHeaderTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using RestSharp;
        using Flurl.Http;

        """;

    private const string Rejected = ": OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)";
    private const string MissingKeyMessage = "The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header" + Rejected;
    private const string MissingSignMessage = "The request sends OK-ACCESS-SIGN but no OK-ACCESS-PASSPHRASE header" + Rejected;
    private const string ConditionalMessage = "OK-ACCESS-PASSPHRASE is only sent when a condition holds, the signed request can go out without it" + Rejected;
    private const string EmptyMessage = "OK-ACCESS-PASSPHRASE is sent with an empty value" + Rejected;
    private const string LoginMissingMessage = "WebSocket login arguments carry apiKey and sign but no passphrase: OKX rejects the request with a failed login (50104 on REST: OK-ACCESS-PASSPHRASE cannot be empty)";
    private const string LoginEmptyMessage = "WebSocket login arguments carry an empty passphrase: OKX rejects the request with a failed login (50104 on REST: OK-ACCESS-PASSPHRASE cannot be empty)";

    private static string MisspelledMessage(string name) => $"Header '{name}' is not OK-ACCESS-PASSPHRASE, so OKX never sees the passphrase" + Rejected;

    private static Task Fires(string source, string message) =>
        VerifyAnalyzer.VerifyAnalyzerAsync(Usings + source, VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(message));

    private static Task Fires(string source) => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + source);

    private static Task Silent(string source) => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + source);

    private static Task Fixes(string source, string fixedSource, string? equivalenceKey = null, string? editorConfig = null)
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorConfig + "\n"));
        }

        return test.RunAsync();
    }

    // ======================================================================================= missing

    [Fact]
    public Task Missing_request_headers_reports_at_the_key_write_with_the_message() => Fires("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public async Task GetBalanceAsync(string apiKey, string sign, string timestamp)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                {|#0:request.Headers.Add("OK-ACCESS-KEY", apiKey)|};
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                await _http.SendAsync(request);
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_with_sign_only_reports_at_the_sign_write() => Fires("""
        class OkxClient
        {
            public HttpRequestMessage Build(string sign, string timestamp)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
                {|#0:request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", sign)|};
                return request;
            }
        }
        """, MissingSignMessage);

    [Fact]
    public Task Missing_header_names_are_case_insensitive_and_resolved_through_constants() => Fires("""
        class OkxClient
        {
            private const string KeyHeader = "ok-access-key";

            public void Send(HttpRequestMessage request, string apiKey)
            {
                {|#0:request.Headers.Add(KeyHeader, apiKey)|};
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_default_request_headers_is_scoped_to_the_type() => Fires("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

            public OkxClient(string apiKey)
            {
                {|#0:_http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey)|};
            }

            public void Configure(string timestamp)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-TIMESTAMP", timestamp);
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_dictionary_collection_initializer() => Fires("""
        class OkxClient
        {
            public Dictionary<string, string> Headers(string apiKey, string sign)
            {
                var headers = new Dictionary<string, string>
                {
                    {|#0:{ "OK-ACCESS-KEY", apiKey }|},
                    { "OK-ACCESS-SIGN", sign },
                };
                return headers;
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_dictionary_index_initializer_and_indexer() => Fires("""
        class OkxClient
        {
            public void Send(string apiKey, string sign)
            {
                var headers = new Dictionary<string, string> { {|#0:["OK-ACCESS-KEY"] = apiKey|} };
                headers["OK-ACCESS-SIGN"] = sign;
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_dictionary_add() => Fires("""
        class OkxClient
        {
            private readonly Dictionary<string, string> _headers = new Dictionary<string, string>();

            public void Sign(string apiKey, string sign)
            {
                {|#0:_headers.Add("OK-ACCESS-KEY", apiKey)|};
                _headers.Add("OK-ACCESS-SIGN", sign);
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_restsharp_request() => Fires("""
        class OkxClient
        {
            public RestRequest Build(string apiKey, string sign)
            {
                var request = new RestRequest("/api/v5/account/balance");
                {|#0:request.AddHeader("OK-ACCESS-KEY", apiKey)|};
                request.AddHeader("OK-ACCESS-SIGN", sign);
                return request;
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_restsharp_default_headers() => Fires("""
        class OkxClient
        {
            private readonly RestClient _client = new RestClient("https://www.okx.com");

            public OkxClient(string apiKey)
            {
                {|#0:_client.AddDefaultHeader("OK-ACCESS-KEY", apiKey)|};
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_flurl_chain() => Fires("""
        class OkxClient
        {
            public Task<string> BalanceAsync(string apiKey, string sign) =>
                {|#0:"https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", apiKey)|}
                    .WithHeader("OK-ACCESS-SIGN", sign)
                    .GetStringAsync();
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_flurl_chains_from_a_url_field_are_one_bag_per_chain() => Fires("""
        class OkxClient
        {
            private readonly string _url = "https://www.okx.com/api/v5/account/balance";

            public Task<string> GoodAsync(string apiKey, string passphrase) =>
                _url.WithHeader("OK-ACCESS-KEY", apiKey).WithHeader("OK-ACCESS-PASSPHRASE", passphrase).GetStringAsync();

            public Task<string> BadAsync(string apiKey) =>
                {|#0:_url.WithHeader("OK-ACCESS-KEY", apiKey)|}.GetStringAsync();
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_delegating_handler() => Fires("""
        class OkxSigningHandler : DelegatingHandler
        {
            private readonly string _apiKey;

            public OkxSigningHandler(string apiKey) => _apiKey = apiKey;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                {|#0:request.Headers.Add("OK-ACCESS-KEY", _apiKey)|};
                request.Headers.Add("OK-ACCESS-SIGN", "signature");
                return base.SendAsync(request, cancellationToken);
            }
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_object_initializer_headers() => Fires("""
        class OkxClient
        {
            public Dictionary<string, string> Build(string apiKey) => new Dictionary<string, string>
            {
                {|#0:["OK-ACCESS-KEY"] = apiKey|},
            };
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_is_reported_once_per_bag_and_per_request() => VerifyAnalyzer.VerifyAnalyzerAsync(
        Usings + """
        class OkxClient
        {
            public void Two(string apiKey, string sign)
            {
                var first = new HttpRequestMessage();
                {|#0:first.Headers.Add("OK-ACCESS-KEY", apiKey)|};
                first.Headers.Add("OK-ACCESS-KEY", apiKey);
                first.Headers.Add("OK-ACCESS-SIGN", sign);
                var second = new HttpRequestMessage();
                {|#1:second.Headers.Add("OK-ACCESS-KEY", apiKey)|};
            }
        }
        """,
        VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(MissingKeyMessage),
        VerifyAnalyzer.Diagnostic().WithLocation(1).WithMessage(MissingKeyMessage));

    // ======================================================================================= conditional

    [Fact]
    public Task Conditional_if_in_request_headers() => Fires("""
        class OkxClient
        {
            public void Sign(string apiKey, string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (!string.IsNullOrEmpty(passphrase))
                {
                    {|#0:request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|};
                }
            }
        }
        """, ConditionalMessage);

    [Fact]
    public Task Conditional_short_circuit() => Fires("""
        class OkxClient
        {
            public bool Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                return signed && {|#0:request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase)|};
            }
        }
        """, ConditionalMessage);

    [Fact]
    public Task Conditional_expression() => Fires("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                var added = signed ? {|#0:request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase)|} : false;
            }
        }
        """, ConditionalMessage);

    [Fact]
    public Task Conditional_switch_without_default_and_loop_and_catch() => Fires("""
        class OkxClient
        {
            public void Switch(string apiKey, string passphrase, int mode)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                switch (mode)
                {
                    case 1:
                        [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                        break;
                }
            }

            public void Loop(string apiKey, string passphrase, string[] extra)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                foreach (var _ in extra)
                {
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }
            }

            public void Catch(string apiKey, string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                try
                {
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("o"));
                }
                catch (FormatException)
                {
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }
            }
        }
        """);

    [Fact]
    public Task Conditional_in_default_request_headers_across_the_type() => Fires("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey) => _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);

            public void UsePassphrase(string? passphrase)
            {
                if (passphrase != null)
                {
                    {|#0:_http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase)|};
                }
            }
        }
        """, ConditionalMessage);

    [Fact]
    public Task Conditional_in_dictionary_and_restsharp() => Fires("""
        class OkxClient
        {
            public void Dictionary(string apiKey, string passphrase, bool live)
            {
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey } };
                if (live) [|headers["OK-ACCESS-PASSPHRASE"] = passphrase|];
            }

            public void Rest(string apiKey, string passphrase, bool live)
            {
                var request = new RestRequest("/api/v5/account/balance");
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                if (live) [|request.AddHeader("OK-ACCESS-PASSPHRASE", passphrase)|];
            }
        }
        """);

    // ======================================================================================= empty

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("string.Empty")]
    [InlineData("String.Empty")]
    [InlineData("(string?)null")]
    [InlineData("default(string)")]
    public Task Empty_value_in_request_headers(string value) => Fires($$"""
        class OkxClient
        {
            private const string Blank = "";

            public void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                {|#0:request.Headers.Add("OK-ACCESS-PASSPHRASE", {{value}})|};
            }
        }
        """, EmptyMessage);

    [Fact]
    public Task Empty_value_through_a_const() => Fires("""
        class OkxClient
        {
            private const string Blank = "";

            public void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                {|#0:request.Headers.Add("OK-ACCESS-PASSPHRASE", Blank)|};
            }
        }
        """, EmptyMessage);

    [Fact]
    public Task Empty_value_in_every_bag_kind() => Fires("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();
            private readonly RestClient _rest = new RestClient("https://www.okx.com");

            public OkxClient(string apiKey)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                [|_http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", "")|];
                _rest.AddDefaultHeader("OK-ACCESS-KEY", apiKey);
                [|_rest.AddDefaultHeader("OK-ACCESS-PASSPHRASE", string.Empty)|];
            }

            public void Dictionary(string apiKey)
            {
                var headers = new Dictionary<string, string>
                {
                    { "OK-ACCESS-KEY", apiKey },
                    [|{ "OK-ACCESS-PASSPHRASE", "" }|],
                };
            }

            public void Rest(string apiKey)
            {
                var request = new RestRequest("/api/v5/account/balance");
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                [|request.AddHeader("OK-ACCESS-PASSPHRASE", " ")|];
            }

            public IFlurlRequest Flurl(string apiKey) =>
                [|"https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", apiKey).WithHeader("OK-ACCESS-PASSPHRASE", "")|];
        }
        """);

    [Fact]
    public Task Empty_value_in_a_helper_without_key_is_still_reported() => Fires("""
        class OkxClient
        {
            public void AddPassphrase(HttpRequestMessage request)
            {
                {|#0:request.Headers.Add("OK-ACCESS-PASSPHRASE", "")|};
            }
        }
        """, EmptyMessage);

    // ======================================================================================= misspelled

    [Theory]
    [InlineData("OK-ACCESS-PASSPRASE")]
    [InlineData("OK_ACCESS_PASSPHRASE")]
    [InlineData("OK-ACCESS-PASS")]
    [InlineData("OK-ACCESS-PASSWORD")]
    [InlineData("OK-ACCES-PASSPHRASE")]
    [InlineData("OKACCESSPASSPHRASE")]
    public Task Misspelled_name_in_request_headers_is_not_also_missing(string name) => Fires($$"""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                {|#0:request.Headers.Add("{{name}}", passphrase)|};
            }
        }
        """, MisspelledMessage(name));

    [Fact]
    public Task Misspelled_name_in_every_bag_kind() => Fires("""
        class OkxClient
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPRASE";
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                [|_http.DefaultRequestHeaders.Add(PassphraseHeader, passphrase)|];
            }

            public void Dictionary(string apiKey, string passphrase)
            {
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey }, [|{ "OK_ACCESS_PASSPHRASE", passphrase }|] };
            }

            public void Rest(string apiKey, string passphrase)
            {
                var request = new RestRequest("/api/v5/account/balance");
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                [|request.AddHeader("OK-ACCESS-PASS", passphrase)|];
            }
        }
        """);

    [Fact]
    public Task Misspelled_name_in_a_helper_without_key_is_reported_when_it_looks_like_okx() => Fires("""
        class OkxClient
        {
            public void AddPassphrase(HttpRequestMessage request, string passphrase)
            {
                {|#0:request.Headers.Add("OK-ACCESS-PASSWORD", passphrase)|};
            }
        }
        """, MisspelledMessage("OK-ACCESS-PASSWORD"));

    // ======================================================================================= WebSocket login

    [Fact]
    public Task Login_arguments_without_passphrase() => Fires("""
        class OkxSocket
        {
            public object Login(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { {|#0:new { apiKey, timestamp, sign }|} } };
        }
        """, LoginMissingMessage);

    [Fact]
    public Task Login_arguments_with_empty_passphrase() => Fires("""
        class Socket
        {
            public object Login(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { new { apiKey = apiKey, {|#0:passphrase = ""|}, timestamp = timestamp, sign = sign } } };
        }
        """, LoginEmptyMessage);

    [Fact]
    public Task Login_arguments_as_dictionary_in_okx_code() => Fires("""
        class OkxSocket
        {
            public object Login(string apiKey, string timestamp, string sign) =>
                {|#0:new Dictionary<string, string> { ["apiKey"] = apiKey, ["timestamp"] = timestamp, ["sign"] = sign }|};
        }
        """, LoginMissingMessage);

    // ======================================================================================= must not fire

    [Fact]
    public Task Silent_when_the_passphrase_is_written_after_the_key() => Silent("""
        class OkxClient
        {
            public void Sign(string apiKey, string sign, string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [Fact]
    public Task Silent_when_the_passphrase_is_written_before_the_key_in_any_form() => Silent("""
        class OkxClient
        {
            public void Sign(string apiKey, string sign, string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.TryAddWithoutValidation("ok-access-passphrase", passphrase);
                request.Headers.Add("OK-ACCESS-KEY", apiKey);

                var headers = new Dictionary<string, string> { ["OK-ACCESS-PASSPHRASE"] = passphrase };
                headers.Add("OK-ACCESS-KEY", apiKey);

                var rest = new RestRequest("/api/v5/account/balance").AddHeader("OK-ACCESS-PASSPHRASE", passphrase).AddHeader("OK-ACCESS-KEY", apiKey);
                var flurl = "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", apiKey).WithHeader("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [Fact]
    public Task Silent_for_public_endpoints() => Silent("""
        class OkxMarket
        {
            private readonly HttpClient _http = new HttpClient();

            public async Task<string> TickerAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                request.Headers.Add("Accept", "application/json");
                var headers = new Dictionary<string, string> { { "User-Agent", "bot" } };
                var response = await _http.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }
        }
        """);

    [Fact]
    public Task Silent_for_a_field_bag_completed_in_another_method_of_the_type() => Silent("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
            }

            public void Init(string passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [Fact]
    public Task Silent_for_a_helper_parameter_when_the_type_writes_the_passphrase_elsewhere() => Silent("""
        class OkxClient
        {
            private static void AddKeyAndSign(HttpRequestMessage request, string apiKey, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }

            public HttpRequestMessage Build(string apiKey, string sign, string passphrase)
            {
                var request = new HttpRequestMessage();
                AddKeyAndSign(request, apiKey, sign);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }
        """);

    [Fact]
    public Task Silent_when_the_request_is_handed_to_a_method_that_adds_the_passphrase() => Silent("""
        static class OkxAuth
        {
            public static void AddPassphrase(HttpRequestMessage request, string passphrase) =>
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        }

        class OkxClient
        {
            public HttpRequestMessage Build(string apiKey, string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                OkxAuth.AddPassphrase(request, passphrase);
                return request;
            }

            public HttpRequestMessage FromFactory(string apiKey, string passphrase)
            {
                var request = OkxRequests.Create(passphrase);
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                return request;
            }
        }

        static class OkxRequests
        {
            public static HttpRequestMessage Create(string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }
        """);

    [Fact]
    public Task Silent_when_if_and_else_both_write_the_passphrase_or_the_key_shares_the_condition() => Silent("""
        class OkxClient
        {
            public void Sign(string apiKey, string passphrase, string demoPassphrase, bool demo, int mode)
            {
                var a = new HttpRequestMessage();
                a.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (demo) a.Headers.Add("OK-ACCESS-PASSPHRASE", demoPassphrase);
                else a.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);

                var b = new HttpRequestMessage();
                if (!string.IsNullOrEmpty(apiKey))
                {
                    b.Headers.Add("OK-ACCESS-KEY", apiKey);
                    b.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }

                var c = new HttpRequestMessage();
                c.Headers.Add("OK-ACCESS-KEY", apiKey);
                switch (mode)
                {
                    case 1: c.Headers.Add("OK-ACCESS-PASSPHRASE", demoPassphrase); break;
                    default: c.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase); break;
                }

                var d = new HttpRequestMessage();
                d.Headers.Add("OK-ACCESS-KEY", apiKey);
                try { d.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase); }
                finally { }

                var e = new HttpRequestMessage();
                e.Headers.Add("OK-ACCESS-KEY", apiKey);
                do { e.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase); } while (false);
            }
        }
        """);

    [Fact]
    public Task Silent_when_a_local_bag_declared_inside_a_condition_is_complete_there() => Silent("""
        class OkxClient
        {
            public void Sign(string apiKey, string passphrase, bool signed)
            {
                if (signed)
                {
                    var request = new HttpRequestMessage();
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }
        }
        """);

    [Fact]
    public Task Silent_for_split_designs_default_headers_and_per_request_headers() => Silent("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }

            public HttpRequestMessage Build(string sign, string timestamp)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                return request;
            }
        }

        class OkxClient2
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient2(string apiKey) => _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);

            public HttpRequestMessage Build(string passphrase)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }
        """);

    [Fact]
    public Task Silent_when_a_dictionary_is_copied_into_a_request_with_the_passphrase() => Silent("""
        class OkxClient
        {
            public HttpRequestMessage Build(string apiKey, string sign, string passphrase)
            {
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey }, { "OK-ACCESS-SIGN", sign } };
                var request = new HttpRequestMessage();
                foreach (var header in headers)
                {
                    request.Headers.Add(header.Key, header.Value);
                }

                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }
        """);

    [Fact]
    public Task Silent_when_a_header_name_is_not_known_at_compile_time() => Silent("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string name, string value)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add(name, value);
            }
        }
        """);

    [Fact]
    public Task Silent_for_other_exchanges_headers() => Silent("""
        class CoinbaseClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("CB-ACCESS-KEY", apiKey);
                request.Headers.Add("CB-ACCESS-PASSPHRASE", passphrase);
                request.Headers.Add("ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [Fact]
    public Task Silent_for_login_arguments_with_passphrase_or_outside_okx() => Silent("""
        class OkxSocket
        {
            public object Login(string apiKey, string passphrase, string timestamp, string sign) =>
                new { op = "login", args = new[] { new { apiKey, passphrase, timestamp, sign } } };
        }

        class Payment
        {
            public object Body(string apiKey, string sign) => new { apiKey, sign, amount = 5 };
        }
        """);

    [Fact]
    public Task Silent_for_a_valid_passphrase_next_to_a_stray_misspelled_one() => Silent("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                request.Headers.Add("OK-ACCESS-PASSWORD", passphrase);
            }
        }
        """);

    // ======================================================================================= fixes: missing

    [Fact]
    public Task Fix_missing_request_headers_uses_a_passphrase_field() => Fixes("""
        class OkxClient
        {
            private readonly string _apiKey = "";
            private readonly string _passphrase = "";

            public void Sign(HttpRequestMessage request, string sign)
            {
                // the key
                [|request.Headers.Add("OK-ACCESS-KEY", _apiKey)|];
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }
        }
        """, """
        class OkxClient
        {
            private readonly string _apiKey = "";
            private readonly string _passphrase = "";

            public void Sign(HttpRequestMessage request, string sign)
            {
                // the key
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_one_document_adds_each_missing_passphrase() => Fixes("""
        class OkxTradeClient
        {
            private readonly string _apiKey = "";
            private readonly string _passphrase = "";

            public void Sign(HttpRequestMessage request, string sign)
            {
                [|request.Headers.Add("OK-ACCESS-KEY", _apiKey)|];
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }
        }

        class OkxFundingClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxTradeClient
        {
            private readonly string _apiKey = "";
            private readonly string _passphrase = "";

            public void Sign(HttpRequestMessage request, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }
        }

        class OkxFundingClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """);

    [Fact]
    public async Task Fix_all_across_documents_adds_each_missing_passphrase()
    {
        const string first = """
            class OkxTradeClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                {
                    [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                }
            }
            """;
        const string second = """
            class OkxFundingClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                {
                    [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                }
            }
            """;
        static string Fixed(string source) => source.Replace("[|", "").Replace("|];", ";\n        request.Headers.Add(\"OK-ACCESS-PASSPHRASE\", passphrase);");

        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", Usings + first));
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + second));
        test.FixedState.Sources.Add(("/0/Test0.cs", Usings + Fixed(first)));
        test.FixedState.Sources.Add(("/0/Test1.cs", Usings + Fixed(second)));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_missing_try_add_uses_a_parameter_and_the_same_form() => Fixes("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passPhrase)
            {
                _ = [|request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passPhrase)
            {
                _ = request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", apiKey);
                _ = request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passPhrase);
            }
        }
        """);

    [Fact]
    public Task Fix_missing_default_request_headers_in_constructor() => Fixes("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string password)
            {
                [|_http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string password)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", password);
            }
        }
        """);

    [Fact]
    public Task Fix_missing_collection_initializer_element() => Fixes("""
        class OkxClient
        {
            public Dictionary<string, string> Headers(string apiKey, string sign, string passphrase) => new Dictionary<string, string>
            {
                [|{ "OK-ACCESS-KEY", apiKey }|],
                { "OK-ACCESS-SIGN", sign },
            };

            public Dictionary<string, string> Last(string apiKey, string passphrase) => new Dictionary<string, string>
            {
                { "OK-ACCESS-SIGN", apiKey },
                [|{ "OK-ACCESS-KEY", apiKey }|]
            };
        }
        """, """
        class OkxClient
        {
            public Dictionary<string, string> Headers(string apiKey, string sign, string passphrase) => new Dictionary<string, string>
            {
                { "OK-ACCESS-KEY", apiKey },
                { "OK-ACCESS-PASSPHRASE", passphrase },
                { "OK-ACCESS-SIGN", sign },
            };

            public Dictionary<string, string> Last(string apiKey, string passphrase) => new Dictionary<string, string>
            {
                { "OK-ACCESS-SIGN", apiKey },
                { "OK-ACCESS-KEY", apiKey },
                { "OK-ACCESS-PASSPHRASE", passphrase }
            };
        }
        """);

    [Fact]
    public Task Fix_missing_index_initializer_and_indexer() => Fixes("""
        class OkxClient
        {
            public void Build(string apiKey, string passphrase)
            {
                var a = new Dictionary<string, string> { [|["OK-ACCESS-KEY"] = apiKey|] };
                var b = new Dictionary<string, string>();
                [|b["OK-ACCESS-KEY"] = apiKey|];
            }
        }
        """, """
        class OkxClient
        {
            public void Build(string apiKey, string passphrase)
            {
                var a = new Dictionary<string, string> { ["OK-ACCESS-KEY"] = apiKey, ["OK-ACCESS-PASSPHRASE"] = passphrase };
                var b = new Dictionary<string, string>();
                b["OK-ACCESS-KEY"] = apiKey;
                b["OK-ACCESS-PASSPHRASE"] = passphrase;
            }
        }
        """);

    [Fact]
    public Task Fix_missing_restsharp_statement_and_chain() => Fixes("""
        class OkxClient
        {
            public void Build(string apiKey, string passphrase)
            {
                var request = new RestRequest("/api/v5/account/balance");
                [|request.AddHeader("OK-ACCESS-KEY", apiKey)|];
                var chained = [|new RestRequest("/api/v5/account/balance").AddHeader("OK-ACCESS-KEY", apiKey)|].AddHeader("OK-ACCESS-SIGN", "s");
            }
        }
        """, """
        class OkxClient
        {
            public void Build(string apiKey, string passphrase)
            {
                var request = new RestRequest("/api/v5/account/balance");
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                request.AddHeader("OK-ACCESS-PASSPHRASE", passphrase);
                var chained = new RestRequest("/api/v5/account/balance").AddHeader("OK-ACCESS-KEY", apiKey).AddHeader("OK-ACCESS-PASSPHRASE", passphrase).AddHeader("OK-ACCESS-SIGN", "s");
            }
        }
        """);

    [Fact]
    public Task Fix_missing_flurl_chain_uses_a_settings_member() => Fixes("""
        class OkxSettings
        {
            public string ApiKey { get; set; } = "";
            public string Passphrase { get; set; } = "";
        }

        class OkxClient
        {
            private readonly OkxSettings _settings = new OkxSettings();

            public Task<string> BalanceAsync() =>
                [|"https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", _settings.ApiKey)|].GetStringAsync();
        }
        """, """
        class OkxSettings
        {
            public string ApiKey { get; set; } = "";
            public string Passphrase { get; set; } = "";
        }

        class OkxClient
        {
            private readonly OkxSettings _settings = new OkxSettings();

            public Task<string> BalanceAsync() =>
                "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", _settings.ApiKey).WithHeader("OK-ACCESS-PASSPHRASE", _settings.Passphrase).GetStringAsync();
        }
        """);

    [Fact]
    public Task Fix_missing_without_a_passphrase_in_scope_reads_the_environment() => Fixes("""
        class OkxSigningHandler : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                [|request.Headers.Add("OK-ACCESS-KEY", "key")|];
                return base.SendAsync(request, cancellationToken);
            }
        }
        """, """
        class OkxSigningHandler : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.Headers.Add("OK-ACCESS-KEY", "key");
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
                return base.SendAsync(request, cancellationToken);
            }
        }
        """);

    [Fact]
    public Task Fix_missing_reads_the_environment_variable_name_from_editorconfig() => Fixes("""
        class OkxClient
        {
            public static void Sign(HttpRequestMessage request, string apiKey)
            {
                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxClient
        {
            public static void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("BOT_OKX_PASS")?.Trim() ?? throw new InvalidOperationException("Set the BOT_OKX_PASS environment variable."));
            }
        }
        """, editorConfig: "okx_safety.env_var.passphrase = BOT_OKX_PASS");

    [Fact]
    public Task Fix_missing_skips_instance_members_in_static_code_and_header_name_constants() => Fixes("""
        class OkxClient
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPHRASE";
            private readonly string _passphrase = "";

            public static void Sign(HttpRequestMessage request, string apiKey)
            {
                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxClient
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPHRASE";
            private readonly string _passphrase = "";

            public static void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add(PassphraseHeader, Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
            }
        }
        """);

    [Fact]
    public Task Fix_all_missing_in_a_document() => Fixes("""
        class OkxClient
        {
            private readonly string _passphrase = "";

            public void A(string apiKey)
            {
                var request = new HttpRequestMessage();
                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
            }

            public void B(string apiKey)
            {
                var headers = new Dictionary<string, string> { [|["OK-ACCESS-KEY"] = apiKey|] };
            }

            public void C(string apiKey)
            {
                var request = new RestRequest("/api/v5/account/balance");
                [|request.AddHeader("OK-ACCESS-KEY", apiKey)|];
            }
        }
        """, """
        class OkxClient
        {
            private readonly string _passphrase = "";

            public void A(string apiKey)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
            }

            public void B(string apiKey)
            {
                var headers = new Dictionary<string, string> { ["OK-ACCESS-KEY"] = apiKey, ["OK-ACCESS-PASSPHRASE"] = _passphrase };
            }

            public void C(string apiKey)
            {
                var request = new RestRequest("/api/v5/account/balance");
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                request.AddHeader("OK-ACCESS-PASSPHRASE", _passphrase);
            }
        }
        """, MissingPassphraseHeaderCodeFixProvider.AddKey);

    // ======================================================================================= fixes: conditional

    [Fact]
    public Task Fix_conditional_if_holding_only_the_write_is_unwrapped() => Fixes("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (!string.IsNullOrEmpty(passphrase))
                {
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }

                request.Headers.Add("OK-ACCESS-TIMESTAMP", "t");
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);

                request.Headers.Add("OK-ACCESS-TIMESTAMP", "t");
            }
        }
        """);

    [Fact]
    public Task Fix_conditional_write_among_other_statements_moves_before_the_if() => Fixes("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase, bool live)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (live)
                {
                    Console.WriteLine("live");
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }
                else
                {
                    Console.WriteLine("demo");
                }
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase, bool live)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                if (live)
                {
                    Console.WriteLine("live");
                }
                else
                {
                    Console.WriteLine("demo");
                }
            }
        }
        """);

    [Fact]
    public Task Fix_conditional_expression_hoists_the_write() => Fixes("""
        class OkxClient
        {
            public bool Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                var ok = signed && [|request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase)|];
                return ok;
            }
        }
        """, """
        class OkxClient
        {
            public bool Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase);
                var ok = signed && true;
                return ok;
            }
        }
        """);

    [Fact]
    public Task Fix_conditional_moves_the_write_with_a_value_in_scope_when_its_value_is_declared_inside_the_condition() => Fixes("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, bool live)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (live)
                {
                    var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, bool live)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
                if (live)
                {
                    var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_conditional_in_a_document() => Fixes("""
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string? passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                if (passphrase != null) [|_http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
            }

            public void Dictionary(string apiKey, string passphrase, bool live)
            {
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey } };
                if (live)
                {
                    [|headers["OK-ACCESS-PASSPHRASE"] = passphrase|];
                }
            }
        }
        """, """
        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();

            public OkxClient(string apiKey, string? passphrase)
            {
                _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }

            public void Dictionary(string apiKey, string passphrase, bool live)
            {
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey } };
                headers["OK-ACCESS-PASSPHRASE"] = passphrase;
            }
        }
        """, MissingPassphraseHeaderCodeFixProvider.MoveKey);

    // ======================================================================================= fixes: empty

    [Fact]
    public Task Fix_all_empty_values() => Fixes("""
        class OkxClient
        {
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

            public void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                [|request.Headers.Add("OK-ACCESS-PASSPHRASE", string.Empty)|];
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey }, [|{ "OK-ACCESS-PASSPHRASE", "" }|] };
            }
        }
        """, """
        class OkxClient
        {
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

            public void Sign(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", apiKey }, { "OK-ACCESS-PASSPHRASE", _passphrase } };
            }
        }
        """, MissingPassphraseHeaderCodeFixProvider.ReplaceEmptyKey);

    [Fact]
    public Task Fix_empty_without_a_passphrase_in_scope_reads_the_environment() => Fixes("""
        class OkxClient
        {
            public void Sign(RestRequest request, string apiKey)
            {
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                [|request.AddHeader("OK-ACCESS-PASSPHRASE", "")|];
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(RestRequest request, string apiKey)
            {
                request.AddHeader("OK-ACCESS-KEY", apiKey);
                request.AddHeader("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable."));
            }
        }
        """);

    // ======================================================================================= fixes: misspelled

    [Fact]
    public Task Fix_all_misspelled_literals() => Fixes("""
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                [|request.Headers.Add("OK_ACCESS_PASSPHRASE", passphrase)|];
                var headers = new Dictionary<string, string> { ["OK-ACCESS-KEY"] = apiKey, [|["OK-ACCESS-PASSPRASE"] = passphrase|] };
                var flurl = [|"https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", apiKey).WithHeader("OK-ACCESS-PASS", passphrase)|];
            }
        }
        """, """
        class OkxClient
        {
            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                var headers = new Dictionary<string, string> { ["OK-ACCESS-KEY"] = apiKey, ["OK-ACCESS-PASSPHRASE"] = passphrase };
                var flurl = "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", apiKey).WithHeader("OK-ACCESS-PASSPHRASE", passphrase);
            }
        }
        """, MissingPassphraseHeaderCodeFixProvider.RenameKey);

    [Fact]
    public Task Fix_misspelled_constant_is_fixed_where_it_is_declared() => Fixes("""
        class OkxClient
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPRASE";

            public void A(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                [|request.Headers.Add(PassphraseHeader, passphrase)|];
            }

            public void B(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                [|request.Headers.Add(PassphraseHeader, passphrase)|];
            }
        }
        """, """
        class OkxClient
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPHRASE";

            public void A(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add(PassphraseHeader, passphrase);
            }

            public void B(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add(PassphraseHeader, passphrase);
            }
        }
        """);

    // ======================================================================================= fixes: login

    [Fact]
    public Task Fix_all_login_arguments() => Fixes("""
        class OkxSocket
        {
            private readonly string _passphrase = "";

            public object Login(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { [|new { apiKey = apiKey, timestamp = timestamp, sign = sign }|] } };

            public object Empty(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { new { apiKey, [|passphrase = ""|], timestamp, sign } } };

            public object Dictionary(string apiKey, string timestamp, string sign) =>
                [|new Dictionary<string, string> { ["apiKey"] = apiKey, ["timestamp"] = timestamp, ["sign"] = sign }|];
        }
        """, """
        class OkxSocket
        {
            private readonly string _passphrase = "";

            public object Login(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { new { apiKey = apiKey, passphrase = _passphrase, timestamp = timestamp, sign = sign } } };

            public object Empty(string apiKey, string timestamp, string sign) =>
                new { op = "login", args = new[] { new { apiKey, passphrase = _passphrase, timestamp, sign } } };

            public object Dictionary(string apiKey, string timestamp, string sign) =>
                new Dictionary<string, string> { ["apiKey"] = apiKey, ["passphrase"] = _passphrase, ["timestamp"] = timestamp, ["sign"] = sign };
        }
        """, MissingPassphraseHeaderCodeFixProvider.AddLoginKey);

    // ======================================================================================= more shapes

    [Fact]
    public Task Fix_missing_in_request_object_initializer_headers() => Fixes("""
        class OkxClient
        {
            public HttpRequestMessage Build(string apiKey, string passphrase) => new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance")
            {
                Headers =
                {
                    [|{ "OK-ACCESS-KEY", apiKey }|],
                },
            };
        }
        """, """
        class OkxClient
        {
            public HttpRequestMessage Build(string apiKey, string passphrase) => new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance")
            {
                Headers =
                {
                    { "OK-ACCESS-KEY", apiKey },
                    { "OK-ACCESS-PASSPHRASE", passphrase },
                },
            };
        }
        """);

    [Fact]
    public Task Missing_in_a_lambda_configuring_a_client() => Fires("""
        class OkxSetup
        {
            public static Action<HttpClient> Configure(string apiKey) =>
                client => {|#0:client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey)|};
        }
        """, MissingKeyMessage);

    [Fact]
    public Task Missing_in_top_level_statements() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
        {|#0:request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim())|};
        """,
        VerifyAnalyzer.CompilerError("CS8805").WithSpan(8, 1, 8, 100), // a library test project: top-level statements need an executable
        VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(MissingKeyMessage));

    [Fact]
    public Task Fix_misspelled_constant_declared_in_another_file() => new VerifyCS.Test
    {
        TestState =
        {
            Sources =
            {
                Usings + """
                class OkxClient
                {
                    public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        [|request.Headers.Add(OkxHeaders.Passphrase, passphrase)|];
                    }
                }
                """,
                ("/0/OkxHeaders.cs", """
                static class OkxHeaders
                {
                    public const string Passphrase = "OK-ACCESS-PASS";
                }
                """),
            },
        },
        FixedState =
        {
            Sources =
            {
                Usings + """
                class OkxClient
                {
                    public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add(OkxHeaders.Passphrase, passphrase);
                    }
                }
                """,
                ("/0/OkxHeaders.cs", """
                static class OkxHeaders
                {
                    public const string Passphrase = "OK-ACCESS-PASSPHRASE";
                }
                """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Fix_conditional_in_switch_and_loop_moves_before_the_statement() => Fixes("""
        class OkxClient
        {
            public void Switch(HttpRequestMessage request, string apiKey, string passphrase, int mode)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                switch (mode)
                {
                    case 1:
                        [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                        break;
                }
            }

            public void Loop(string apiKey, string passphrase, string[] symbols)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                foreach (var symbol in symbols)
                {
                    Console.WriteLine(symbol);
                    [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                }
            }
        }
        """, """
        class OkxClient
        {
            public void Switch(HttpRequestMessage request, string apiKey, string passphrase, int mode)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                switch (mode)
                {
                    case 1:
                        break;
                }
            }

            public void Loop(string apiKey, string passphrase, string[] symbols)
            {
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                foreach (var symbol in symbols)
                {
                    Console.WriteLine(symbol);
                }
            }
        }
        """);

    [Fact]
    public Task Silent_when_a_source_request_type_adds_the_passphrase_in_its_constructor() => Silent("""
        class OkxSignedRequest : HttpRequestMessage
        {
            public OkxSignedRequest(string passphrase) => Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        }

        class OkxClient
        {
            public HttpRequestMessage Build(string apiKey, string passphrase)
            {
                var request = new OkxSignedRequest(passphrase);
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                return request;
            }
        }
        """);

    // ======================================================================================= realistic silent code

    [Theory]
    [InlineData("public_ticker")]
    [InlineData("public_books_with_user_agent")]
    [InlineData("public_candles_restsharp")]
    [InlineData("public_instruments_flurl")]
    [InlineData("public_system_status_with_demo_header")]
    [InlineData("public_funding_rate_accept_header")]
    [InlineData("helper_adds_all_four")]
    [InlineData("helper_returns_dictionary_of_all_four")]
    [InlineData("delegating_handler_all_four")]
    [InlineData("delegating_handler_via_signer")]
    [InlineData("restsharp_chain_all_four")]
    [InlineData("restsharp_statements_all_four")]
    [InlineData("restsharp_default_headers_all_four")]
    [InlineData("flurl_chain_all_four")]
    [InlineData("flurl_request_object_all_four")]
    [InlineData("flurl_with_headers_dictionary")]
    [InlineData("flurl_with_headers_anonymous_object")]
    [InlineData("request_object_initializer_all_four")]
    [InlineData("header_name_constants_class")]
    [InlineData("header_name_built_from_prefix_constant")]
    [InlineData("lower_case_header_names")]
    [InlineData("try_add_without_validation_mix")]
    [InlineData("enumerable_value_overload")]
    [InlineData("remove_then_add_when_retrying")]
    [InlineData("all_four_inside_private_branch")]
    [InlineData("all_four_inside_switch_case")]
    [InlineData("passphrase_from_ternary")]
    [InlineData("passphrase_from_coalesce_throw")]
    [InlineData("passphrase_from_credentials_record")]
    [InlineData("passphrase_from_awaited_secret_store")]
    [InlineData("two_signed_requests_in_one_method")]
    [InlineData("base_class_signs_derived_sends")]
    [InlineData("default_passphrase_and_key_per_client_sign_per_request")]
    [InlineData("client_configuration_lambda_all_four")]
    [InlineData("dictionary_index_initializer_all_four")]
    [InlineData("tuple_array_of_headers")]
    [InlineData("websocket_login_anonymous_object")]
    [InlineData("websocket_login_dictionary")]
    [InlineData("websocket_login_json_object")]
    [InlineData("redaction_list_of_header_names")]
    [InlineData("logging_handler_reads_headers")]
    [InlineData("binance_api_key_header")]
    [InlineData("kucoin_headers_next_to_okx_public")]
    [InlineData("bitget_access_headers")]
    [InlineData("coinbase_exchange_headers")]
    [InlineData("bybit_headers")]
    [InlineData("kraken_headers")]
    [InlineData("gate_headers")]
    [InlineData("okx_public_and_binance_signed_in_one_client")]
    [InlineData("response_header_reads")]
    [InlineData("http_request_message_copy_with_all_headers")]
    [InlineData("query_string_signed_get")]
    public Task Silent_for_realistic_code(string scenario) => Silent(SilentScenarios[scenario]);

    private static readonly Dictionary<string, string> SilentScenarios = new()
    {
        ["public_ticker"] = """
            class OkxMarket
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
                public Task<string> TickerAsync(string instId) => _http.GetStringAsync($"/api/v5/market/ticker?instId={instId}");
            }
            """,
        ["public_books_with_user_agent"] = """
            class OkxMarket
            {
                public async Task<string> BooksAsync(HttpClient http)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/market/books?instId=BTC-USDT&sz=20");
                    request.Headers.Add("User-Agent", "okx-bot/1.0");
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
        ["public_candles_restsharp"] = """
            class OkxCandles
            {
                private readonly RestClient _client = new RestClient("https://www.okx.com");
                public Task<RestResponse> CandlesAsync() =>
                    _client.ExecuteAsync(new RestRequest("/api/v5/market/candles").AddParameter("instId", "BTC-USDT").AddParameter("bar", "1m").AddHeader("Accept", "application/json"));
            }
            """,
        ["public_instruments_flurl"] = """
            class OkxInstruments
            {
                public Task<string> SpotAsync() => "https://www.okx.com/api/v5/public/instruments?instType=SPOT".WithHeader("Accept", "application/json").GetStringAsync();
            }
            """,
        ["public_system_status_with_demo_header"] = """
            class OkxStatus
            {
                public async Task<string> StatusAsync(HttpClient http)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/system/status");
                    request.Headers.Add("x-simulated-trading", "1");
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
        ["public_funding_rate_accept_header"] = """
            class OkxFunding
            {
                private readonly HttpClient _http = new();
                public OkxFunding() => _http.DefaultRequestHeaders.Add("Accept", "application/json");
                public Task<string> RateAsync() => _http.GetStringAsync("https://www.okx.com/api/v5/public/funding-rate?instId=BTC-USDT-SWAP");
            }
            """,
        ["helper_adds_all_four"] = """
            class OkxPrivateClient
            {
                private readonly string _apiKey = "", _passphrase = "";

                public async Task<string> BalanceAsync(HttpClient http)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                    Authenticate(request, "sig", "2024-01-01T00:00:00.000Z");
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }

                private void Authenticate(HttpRequestMessage request, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                }
            }
            """,
        ["helper_returns_dictionary_of_all_four"] = """
            class OkxPrivateClient
            {
                private readonly string _apiKey = "", _passphrase = "";

                private Dictionary<string, string> AuthHeaders(string sign, string timestamp) => new()
                {
                    { "OK-ACCESS-KEY", _apiKey },
                    { "OK-ACCESS-SIGN", sign },
                    { "OK-ACCESS-TIMESTAMP", timestamp },
                    { "OK-ACCESS-PASSPHRASE", _passphrase },
                };

                public async Task<string> BalanceAsync(HttpClient http)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                    foreach (var header in AuthHeaders("sig", "ts")) request.Headers.Add(header.Key, header.Value);
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
        ["delegating_handler_all_four"] = """
            sealed class OkxAuthHandler : DelegatingHandler
            {
                private readonly string _apiKey, _passphrase;
                public OkxAuthHandler(string apiKey, string passphrase) { _apiKey = apiKey; _passphrase = passphrase; }

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", "sig");
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    return base.SendAsync(request, cancellationToken);
                }
            }
            """,
        ["delegating_handler_via_signer"] = """
            sealed class OkxSigner
            {
                private readonly string _apiKey = "", _passphrase = "";
                public void Apply(HttpRequestMessage request, string timestamp, string sign)
                {
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", _apiKey);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-SIGN", sign);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", _passphrase);
                }
            }

            sealed class OkxSigningHandler : DelegatingHandler
            {
                private readonly OkxSigner _signer = new();
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    _signer.Apply(request, DateTime.UtcNow.ToString("o"), "sig");
                    return base.SendAsync(request, cancellationToken);
                }
            }
            """,
        ["restsharp_chain_all_four"] = """
            class OkxRestSharpClient
            {
                private readonly RestClient _client = new RestClient("https://www.okx.com");
                public Task<RestResponse> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                    _client.ExecuteAsync(new RestRequest("/api/v5/account/balance")
                        .AddHeader("OK-ACCESS-KEY", apiKey)
                        .AddHeader("OK-ACCESS-SIGN", sign)
                        .AddHeader("OK-ACCESS-TIMESTAMP", timestamp)
                        .AddHeader("OK-ACCESS-PASSPHRASE", passphrase));
            }
            """,
        ["restsharp_statements_all_four"] = """
            class OkxRestSharpClient
            {
                private readonly RestClient _client = new RestClient("https://www.okx.com");
                public Task<RestResponse> PlaceAsync(string apiKey, string passphrase, string sign, string timestamp, string body)
                {
                    var request = new RestRequest("/api/v5/trade/order", Method.Post);
                    request.AddHeader("OK-ACCESS-KEY", apiKey);
                    request.AddHeader("OK-ACCESS-SIGN", sign);
                    request.AddHeader("OK-ACCESS-TIMESTAMP", timestamp);
                    request.AddHeader("OK-ACCESS-PASSPHRASE", passphrase);
                    request.AddStringBody(body, "application/json");
                    return _client.ExecuteAsync(request);
                }
            }
            """,
        ["restsharp_default_headers_all_four"] = """
            class OkxRestSharpClient
            {
                private readonly RestClient _client;
                public OkxRestSharpClient(string apiKey, string passphrase, string sign, string timestamp)
                {
                    _client = new RestClient(new RestClientOptions("https://www.okx.com"));
                    _client.AddDefaultHeader("OK-ACCESS-KEY", apiKey);
                    _client.AddDefaultHeader("OK-ACCESS-PASSPHRASE", passphrase);
                    _client.AddDefaultHeader("OK-ACCESS-SIGN", sign);
                    _client.AddDefaultHeader("OK-ACCESS-TIMESTAMP", timestamp);
                }
            }
            """,
        ["flurl_chain_all_four"] = """
            class OkxFlurlClient
            {
                private const string Url = "https://www.okx.com/api/v5/account/balance";
                public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) => Url
                    .WithHeader("OK-ACCESS-KEY", apiKey)
                    .WithHeader("OK-ACCESS-SIGN", sign)
                    .WithHeader("OK-ACCESS-TIMESTAMP", timestamp)
                    .WithHeader("OK-ACCESS-PASSPHRASE", passphrase)
                    .GetStringAsync();
            }
            """,
        ["flurl_request_object_all_four"] = """
            class OkxFlurlClient
            {
                public Task<IFlurlResponse> PlaceAsync(string apiKey, string passphrase, string sign, string timestamp, string body) =>
                    new FlurlRequest("https://www.okx.com/api/v5/trade/order")
                        .WithHeader("OK-ACCESS-KEY", apiKey)
                        .WithHeader("OK-ACCESS-SIGN", sign)
                        .WithHeader("OK-ACCESS-TIMESTAMP", timestamp)
                        .WithHeader("OK-ACCESS-PASSPHRASE", passphrase)
                        .PostStringAsync(body);
            }
            """,
        ["flurl_with_headers_dictionary"] = """
            class OkxFlurlClient
            {
                public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                    "https://www.okx.com/api/v5/account/balance".WithHeaders(new Dictionary<string, string>
                    {
                        ["OK-ACCESS-KEY"] = apiKey,
                        ["OK-ACCESS-SIGN"] = sign,
                        ["OK-ACCESS-TIMESTAMP"] = timestamp,
                        ["OK-ACCESS-PASSPHRASE"] = passphrase,
                    }).GetStringAsync();
            }
            """,
        ["flurl_with_headers_anonymous_object"] = """
            class OkxFlurlClient
            {
                public Task<string> BalanceAsync(string apiKey, string passphrase, string sign, string timestamp) =>
                    "https://www.okx.com/api/v5/account/balance"
                        .WithHeaders(new { OK_ACCESS_KEY = apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp, OK_ACCESS_PASSPHRASE = passphrase })
                        .GetStringAsync();
            }
            """,
        ["request_object_initializer_all_four"] = """
            class OkxPrivateClient
            {
                public HttpRequestMessage Balance(string apiKey, string passphrase, string sign, string timestamp) => new(HttpMethod.Get, "/api/v5/account/balance")
                {
                    Headers =
                    {
                        { "OK-ACCESS-KEY", apiKey },
                        { "OK-ACCESS-SIGN", sign },
                        { "OK-ACCESS-TIMESTAMP", timestamp },
                        { "OK-ACCESS-PASSPHRASE", passphrase },
                    },
                };
            }
            """,
        ["header_name_constants_class"] = """
            static class OkxHeaders
            {
                public const string Key = "OK-ACCESS-KEY";
                public const string Sign = "OK-ACCESS-SIGN";
                public const string Timestamp = "OK-ACCESS-TIMESTAMP";
                public const string Passphrase = "OK-ACCESS-PASSPHRASE";
            }

            class OkxPrivateClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Add(OkxHeaders.Key, apiKey);
                    request.Headers.Add(OkxHeaders.Sign, sign);
                    request.Headers.Add(OkxHeaders.Timestamp, timestamp);
                    request.Headers.Add(OkxHeaders.Passphrase, passphrase);
                }
            }
            """,
        ["header_name_built_from_prefix_constant"] = """
            class OkxPrivateClient
            {
                private const string Prefix = "OK-ACCESS-";

                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Add(Prefix + "KEY", apiKey);
                    request.Headers.Add(Prefix + "SIGN", sign);
                    request.Headers.Add(Prefix + "TIMESTAMP", timestamp);
                    request.Headers.Add(Prefix + "PASSPHRASE", passphrase);
                }
            }
            """,
        ["lower_case_header_names"] = """
            class OkxPrivateClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Add("ok-access-key", apiKey);
                    request.Headers.Add("ok-access-sign", sign);
                    request.Headers.Add("ok-access-timestamp", timestamp);
                    request.Headers.Add("ok-access-passphrase", passphrase);
                }
            }
            """,
        ["try_add_without_validation_mix"] = """
            class OkxPrivateClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }
            """,
        ["enumerable_value_overload"] = """
            class OkxPrivateClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", new[] { apiKey });
                    request.Headers.Add("OK-ACCESS-SIGN", new[] { sign });
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", new[] { timestamp });
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", new[] { passphrase });
                }
            }
            """,
        ["remove_then_add_when_retrying"] = """
            class OkxPrivateClient
            {
                public void Resign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    request.Headers.Remove("OK-ACCESS-SIGN");
                    request.Headers.Remove("OK-ACCESS-TIMESTAMP");
                    request.Headers.Remove("OK-ACCESS-KEY");
                    request.Headers.Remove("OK-ACCESS-PASSPHRASE");
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }
            """,
        ["all_four_inside_private_branch"] = """
            class OkxClient
            {
                public HttpRequestMessage Build(string path, bool isPrivate, string apiKey, string passphrase, string sign, string timestamp)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    if (isPrivate)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-SIGN", sign);
                        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    }

                    return request;
                }
            }
            """,
        ["all_four_inside_switch_case"] = """
            enum Endpoint { Ticker, Balance }

            class OkxClient
            {
                public HttpRequestMessage Build(Endpoint endpoint, string apiKey, string passphrase, string sign, string timestamp)
                {
                    var request = new HttpRequestMessage();
                    switch (endpoint)
                    {
                        case Endpoint.Ticker:
                            request.RequestUri = new Uri("/api/v5/market/ticker?instId=BTC-USDT", UriKind.Relative);
                            break;
                        case Endpoint.Balance:
                            request.RequestUri = new Uri("/api/v5/account/balance", UriKind.Relative);
                            request.Headers.Add("OK-ACCESS-KEY", apiKey);
                            request.Headers.Add("OK-ACCESS-SIGN", sign);
                            request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                            request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                            break;
                    }

                    return request;
                }
            }
            """,
        ["passphrase_from_ternary"] = """
            class OkxClient
            {
                private readonly bool _demo;
                private readonly string _demoKey = "", _liveKey = "", _demoPassphrase = "", _livePassphrase = "";

                public void Sign(HttpRequestMessage request, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", _demo ? _demoKey : _liveKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _demo ? _demoPassphrase : _livePassphrase);
                }
            }
            """,
        ["passphrase_from_coalesce_throw"] = """
            class OkxClient
            {
                private readonly string? _apiKey, _passphrase;

                public void Sign(HttpRequestMessage request, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", _apiKey ?? throw new InvalidOperationException("OKX API key not configured"));
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase ?? throw new InvalidOperationException("OKX passphrase not configured"));
                }
            }
            """,
        ["passphrase_from_credentials_record"] = """
            sealed record OkxCredentials(string ApiKey, string SecretKey, string Passphrase);

            class OkxClient
            {
                public void Sign(HttpRequestMessage request, OkxCredentials credentials, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", credentials.ApiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", credentials.Passphrase);
                }
            }
            """,
        ["passphrase_from_awaited_secret_store"] = """
            interface ISecretStore { Task<string> GetAsync(string name); }

            class OkxClient
            {
                private readonly ISecretStore _secrets = null!;

                public async Task SignAsync(HttpRequestMessage request, string sign, string timestamp)
                {
                    request.Headers.Add("OK-ACCESS-KEY", await _secrets.GetAsync("okx-api-key"));
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", await _secrets.GetAsync("okx-passphrase"));
                }
            }
            """,
        ["two_signed_requests_in_one_method"] = """
            class OkxClient
            {
                public async Task SyncAsync(HttpClient http, string apiKey, string passphrase, string sign, string timestamp)
                {
                    using var balance = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                    balance.Headers.Add("OK-ACCESS-KEY", apiKey);
                    balance.Headers.Add("OK-ACCESS-SIGN", sign);
                    balance.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    balance.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    using var positions = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/positions");
                    positions.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    positions.Headers.Add("OK-ACCESS-KEY", apiKey);
                    positions.Headers.Add("OK-ACCESS-SIGN", sign);
                    positions.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    await http.SendAsync(balance);
                    await http.SendAsync(positions);
                }
            }
            """,
        ["base_class_signs_derived_sends"] = """
            abstract class OkxSignedApi
            {
                protected string ApiKey { get; } = "";
                protected string Passphrase { get; } = "";

                protected HttpRequestMessage Signed(HttpMethod method, string path, string sign, string timestamp)
                {
                    var request = new HttpRequestMessage(method, path);
                    request.Headers.Add("OK-ACCESS-KEY", ApiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Passphrase);
                    return request;
                }
            }

            sealed class OkxAccountApi : OkxSignedApi
            {
                public Task<HttpResponseMessage> BalanceAsync(HttpClient http) => http.SendAsync(Signed(HttpMethod.Get, "/api/v5/account/balance", "sig", "ts"));
            }
            """,
        ["default_passphrase_and_key_per_client_sign_per_request"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };

                public OkxClient(string apiKey, string passphrase)
                {
                    _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                    _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }

                public Task<HttpResponseMessage> BalanceAsync(string sign, string timestamp)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    return _http.SendAsync(request);
                }
            }
            """,
        ["client_configuration_lambda_all_four"] = """
            class OkxClientFactory
            {
                public static HttpClient Create(string apiKey, string passphrase, string sign, string timestamp)
                {
                    Action<HttpClient> configure = client =>
                    {
                        client.BaseAddress = new Uri("https://www.okx.com");
                        client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                        client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", sign);
                        client.DefaultRequestHeaders.Add("OK-ACCESS-TIMESTAMP", timestamp);
                        client.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    };
                    var http = new HttpClient();
                    configure(http);
                    return http;
                }
            }
            """,
        ["dictionary_index_initializer_all_four"] = """
            class OkxClient
            {
                public async Task<string> BalanceAsync(HttpClient http, string apiKey, string passphrase, string sign, string timestamp)
                {
                    var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                    {
                        ["OK-ACCESS-KEY"] = apiKey,
                        ["OK-ACCESS-SIGN"] = sign,
                        ["OK-ACCESS-TIMESTAMP"] = timestamp,
                        ["OK-ACCESS-PASSPHRASE"] = passphrase,
                    };
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                    foreach (var (name, value) in headers) request.Headers.Add(name, value);
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
        ["tuple_array_of_headers"] = """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, string sign, string timestamp)
                {
                    (string Name, string Value)[] headers =
                    {
                        ("OK-ACCESS-KEY", apiKey),
                        ("OK-ACCESS-SIGN", sign),
                        ("OK-ACCESS-TIMESTAMP", timestamp),
                        ("OK-ACCESS-PASSPHRASE", passphrase),
                    };
                    foreach (var (name, value) in headers) request.Headers.Add(name, value);
                }
            }
            """,
        ["websocket_login_anonymous_object"] = """
            class OkxPrivateSocket
            {
                public object Login(string apiKey, string passphrase, string timestamp, string sign) => new
                {
                    op = "login",
                    args = new[] { new { apiKey, passphrase, timestamp, sign } },
                };
            }
            """,
        ["websocket_login_dictionary"] = """
            class OkxPrivateSocket
            {
                public Dictionary<string, object> Login(string apiKey, string passphrase, string timestamp, string sign) => new()
                {
                    ["op"] = "login",
                    ["args"] = new[]
                    {
                        new Dictionary<string, string> { ["apiKey"] = apiKey, ["passphrase"] = passphrase, ["timestamp"] = timestamp, ["sign"] = sign },
                    },
                };
            }
            """,
        ["websocket_login_json_object"] = """
            class OkxPrivateSocket
            {
                public string Login(string apiKey, string passphrase, string timestamp, string sign)
                {
                    var arg = new System.Text.Json.Nodes.JsonObject
                    {
                        ["apiKey"] = apiKey,
                        ["passphrase"] = passphrase,
                        ["timestamp"] = timestamp,
                        ["sign"] = sign,
                    };
                    return new System.Text.Json.Nodes.JsonObject { ["op"] = "login", ["args"] = new System.Text.Json.Nodes.JsonArray(arg) }.ToJsonString();
                }
            }
            """,
        ["redaction_list_of_header_names"] = """
            class OkxRequestLogger
            {
                private static readonly HashSet<string> Sensitive = new(StringComparer.OrdinalIgnoreCase) { "OK-ACCESS-KEY", "OK-ACCESS-SIGN" };
                private static readonly string[] Redacted = { "OK-ACCESS-KEY", "OK-ACCESS-SIGN", "OK-ACCESS-TIMESTAMP" };

                public static string Describe(string name, string value) => Sensitive.Contains(name) || Array.IndexOf(Redacted, name) >= 0 ? name + ": ***" : name + ": " + value;
            }
            """,
        ["logging_handler_reads_headers"] = """
            sealed class OkxLoggingHandler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var signed = request.Headers.Contains("OK-ACCESS-KEY") && request.Headers.Contains("OK-ACCESS-SIGN");
                    Console.WriteLine($"{request.Method} {request.RequestUri} signed={signed}");
                    return base.SendAsync(request, cancellationToken);
                }
            }
            """,
        ["binance_api_key_header"] = """
            class OkxBinanceArbitrage
            {
                private readonly HttpClient _binance = new() { BaseAddress = new Uri("https://api.binance.com") };
                public OkxBinanceArbitrage(string binanceKey) => _binance.DefaultRequestHeaders.Add("X-MBX-APIKEY", binanceKey);
                public Task<string> OkxTickerAsync(HttpClient http) => http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
            }
            """,
        ["kucoin_headers_next_to_okx_public"] = """
            class OkxKucoinBot
            {
                public void SignKucoin(HttpRequestMessage request, string key, string sign, string timestamp, string passphrase)
                {
                    request.Headers.Add("KC-API-KEY", key);
                    request.Headers.Add("KC-API-SIGN", sign);
                    request.Headers.Add("KC-API-TIMESTAMP", timestamp);
                    request.Headers.Add("KC-API-PASSPHRASE", passphrase);
                    request.Headers.Add("KC-API-KEY-VERSION", "2");
                }

                public Task<string> OkxTickerAsync(HttpClient http) => http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
            }
            """,
        ["bitget_access_headers"] = """
            class OkxBitgetHedger
            {
                public void SignBitget(HttpRequestMessage request, string key, string sign, string timestamp, string passphrase)
                {
                    request.Headers.Add("ACCESS-KEY", key);
                    request.Headers.Add("ACCESS-SIGN", sign);
                    request.Headers.Add("ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("ACCESS-PASSPHRASE", passphrase);
                    request.Headers.Add("locale", "en-US");
                }

                public Task<string> OkxTickerAsync(HttpClient http) => http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
            }
            """,
        ["coinbase_exchange_headers"] = """
            class OkxCoinbaseBridge
            {
                public void SignCoinbase(HttpRequestMessage request, string key, string sign, string timestamp, string passphrase)
                {
                    request.Headers.Add("CB-ACCESS-KEY", key);
                    request.Headers.Add("CB-ACCESS-SIGN", sign);
                    request.Headers.Add("CB-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("CB-ACCESS-PASSPHRASE", passphrase);
                }
            }
            """,
        ["bybit_headers"] = """
            class OkxBybitBot
            {
                public void SignBybit(HttpRequestMessage request, string key, string sign, string timestamp)
                {
                    request.Headers.Add("X-BAPI-API-KEY", key);
                    request.Headers.Add("X-BAPI-SIGN", sign);
                    request.Headers.Add("X-BAPI-TIMESTAMP", timestamp);
                    request.Headers.Add("X-BAPI-RECV-WINDOW", "5000");
                }
            }
            """,
        ["kraken_headers"] = """
            class OkxKrakenBot
            {
                public void SignKraken(HttpRequestMessage request, string key, string sign)
                {
                    request.Headers.Add("API-Key", key);
                    request.Headers.Add("API-Sign", sign);
                }
            }
            """,
        ["gate_headers"] = """
            class OkxGateBot
            {
                public void SignGate(HttpRequestMessage request, string key, string sign, string timestamp)
                {
                    request.Headers.Add("KEY", key);
                    request.Headers.Add("SIGN", sign);
                    request.Headers.Add("Timestamp", timestamp);
                }
            }
            """,
        ["okx_public_and_binance_signed_in_one_client"] = """
            class ExchangeGateway
            {
                private readonly HttpClient _http = new();

                public Task<string> OkxBooksAsync() => _http.GetStringAsync("https://www.okx.com/api/v5/market/books?instId=BTC-USDT");

                public Task<HttpResponseMessage> BinanceAccountAsync(string key, string query)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account?" + query);
                    request.Headers.Add("X-MBX-APIKEY", key);
                    return _http.SendAsync(request);
                }
            }
            """,
        ["response_header_reads"] = """
            class OkxRateLimits
            {
                public static string? Remaining(HttpResponseMessage response) =>
                    response.Headers.TryGetValues("x-ratelimit-remaining", out var values) ? string.Join(",", values) : null;
            }
            """,
        ["http_request_message_copy_with_all_headers"] = """
            class OkxRetry
            {
                public static HttpRequestMessage Clone(HttpRequestMessage original)
                {
                    var copy = new HttpRequestMessage(original.Method, original.RequestUri);
                    foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    return copy;
                }
            }
            """,
        ["query_string_signed_get"] = """
            class OkxOrders
            {
                public async Task<string> PendingAsync(HttpClient http, string apiKey, string passphrase, Func<string, string, string> sign)
                {
                    const string path = "/api/v5/trade/orders-pending?instType=SPOT&limit=50";
                    var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
                    using var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign(timestamp, "GET" + path));
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    using var response = await http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """,
    };
}
