using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// OKX003 per request, not per type (issue 18): a method that builds, or signs and sends, its own request with
/// OK-ACCESS-KEY/SIGN/TIMESTAMP but no passphrase is reported even when another method of the same type sends the
/// passphrase with a different request. A helper that adds the passphrase to a request passed in (or the shared
/// client's DefaultRequestHeaders, or a handler's SendAsync) still counts for the requests it is applied to.
/// </summary>
public class MissingPassphrasePerRequestTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        """;

    private const string MissingKey = "The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header: OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)";

    private static Task Fires(string source) =>
        VerifyAnalyzer.VerifyAnalyzerAsync(Usings + source, VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(MissingKey));

    private static Task Quiet(string source) => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + source);

    /// <summary>Fields and the complete request that other methods of each test type send.</summary>
    private const string Members = """
            private readonly HttpClient _http = new HttpClient();
            private readonly string _apiKey = "", _passphrase = "";
            private string Sign(string prehash) => prehash;
            private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

            public HttpRequestMessage Order(string body)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order");
                var ts = Now();
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "POST/api/v5/trade/order" + body));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return request;
            }
    """;

    // ================================================================ fires

    [Fact]
    public Task A_returned_request_without_passphrase_fires_when_another_method_returns_a_complete_one() => Fires($$"""
        class OkxClient
        {
        {{Members}}
            public HttpRequestMessage Balance()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                var ts = Now();
                {|#0:request.Headers.Add("OK-ACCESS-KEY", _apiKey)|};
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "GET/api/v5/account/balance"));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
                return request;
            }
        }
        """);

    [Fact]
    public Task A_request_parameter_signed_without_passphrase_fires_when_another_signer_of_the_type_sends_it() => Fires($$"""
        class OkxClient
        {
        {{Members}}
            public void SignBalance(HttpRequestMessage request)
            {
                var ts = Now();
                {|#0:request.Headers.Add("OK-ACCESS-KEY", _apiKey)|};
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "GET/api/v5/account/balance"));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
            }

            public void SignOrder(HttpRequestMessage request, string body)
            {
                var ts = Now();
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "POST/api/v5/trade/order" + body));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
            }
        }
        """);

    [Fact]
    public Task A_sign_and_send_method_fires_when_its_callers_never_add_the_passphrase() => Fires($$"""
        class OkxClient
        {
        {{Members}}
            private Task<HttpResponseMessage> SendSignedAsync(HttpRequestMessage request, string path)
            {
                var ts = Now();
                {|#0:request.Headers.Add("OK-ACCESS-KEY", _apiKey)|};
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "GET" + path));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
                return _http.SendAsync(request);
            }

            public Task<HttpResponseMessage> BalanceAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                return SendSignedAsync(request, "/api/v5/account/balance");
            }

            public Task<HttpResponseMessage> OrderAsync(string body) => _http.SendAsync(Order(body));
        }
        """);

    [Fact]
    public Task A_request_parameter_fires_when_the_passphrase_goes_only_into_another_complete_header_dictionary() => Fires($$"""
        class OkxClient
        {
        {{Members}}
            public void SignBalance(HttpRequestMessage request)
            {
                {|#0:request.Headers.Add("OK-ACCESS-KEY", _apiKey)|};
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
            }

            public System.Collections.Generic.Dictionary<string, string> OrderHeaders(string sign) => new()
            {
                ["OK-ACCESS-KEY"] = _apiKey,
                ["OK-ACCESS-SIGN"] = sign,
                ["OK-ACCESS-TIMESTAMP"] = Now(),
                ["OK-ACCESS-PASSPHRASE"] = _passphrase,
            };
        }
        """);

    [Fact]
    public Task Quiet_when_a_passphrase_only_header_dictionary_is_copied_into_the_request() => Quiet($$"""
        class OkxClient
        {
        {{Members}}
            private readonly System.Collections.Generic.Dictionary<string, string> _extra = new();

            public OkxClient() => _extra["OK-ACCESS-PASSPHRASE"] = _passphrase;

            public void SignBalance(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
                foreach (var pair in _extra)
                {
                    request.Headers.Add(pair.Key, pair.Value);
                }
            }
        }
        """);

    [Fact]
    public Task The_fix_adds_the_passphrase_to_that_request() => VerifyCS.VerifyCodeFixAsync(
        Usings + $$"""
        class OkxClient
        {
        {{Members}}
            public HttpRequestMessage Balance()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                [|request.Headers.Add("OK-ACCESS-KEY", _apiKey)|];
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
                return request;
            }
        }
        """,
        Usings + $$"""
        class OkxClient
        {
        {{Members}}
            public HttpRequestMessage Balance()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
                return request;
            }
        }
        """);

    // ================================================================ quiet

    [Fact]
    public Task Quiet_when_a_helper_adds_the_passphrase_to_the_same_request() => Quiet($$"""
        class OkxClient
        {
        {{Members}}
            private void SignHeaders(HttpRequestMessage request, string path)
            {
                var ts = Now();
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(ts + "GET" + path));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", ts);
            }

            private void AddCredentials(HttpRequestMessage message) => message.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);

            public Task<HttpResponseMessage> BalanceAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                SignHeaders(request, "/api/v5/account/balance");
                AddCredentials(request);
                return _http.SendAsync(request);
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_caller_adds_the_passphrase_itself_or_to_what_it_gets_back() => Quiet($$"""
        class OkxClient
        {
        {{Members}}
            private void SignHeaders(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
            }

            private HttpRequestMessage Signed(string path)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
                return request;
            }

            public Task<HttpResponseMessage> BalanceAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                SignHeaders(request);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return _http.SendAsync(request);
            }

            public Task<HttpResponseMessage> PositionsAsync()
            {
                var request = Signed("/api/v5/account/positions");
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return _http.SendAsync(request);
            }
        }
        """);

    [Fact]
    public Task Quiet_when_a_public_passphrase_helper_can_be_applied_by_callers_outside_the_type() => Quiet($$"""
        public class OkxSigner
        {
        {{Members}}
            public void SignHeaders(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
            }

            public HttpRequestMessage Unsigned(string path)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                return request;
            }

            public void AddPassphrase(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
        }
        """);

    [Fact]
    public Task Quiet_for_an_extension_method_whose_callers_are_in_other_types() => Quiet("""
        static class OkxRequestExtensions
        {
            public static void AddKeyAndTimestamp(this HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
            }

            public static void AddPassphrase(this HttpRequestMessage request, string passphrase) =>
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);

            public static HttpRequestMessage Complete(string path, string apiKey, string passphrase)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }

        static class OkxSigningExtensions
        {
            public static void Sign(this HttpRequestMessage request, string apiKey, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }

            public static HttpRequestMessage Complete(string path, string apiKey, string passphrase)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return request;
            }
        }

        class OkxClient
        {
            private readonly HttpClient _http = new HttpClient();
            public Task<HttpResponseMessage> BalanceAsync(string apiKey, string sign, string passphrase)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Sign(apiKey, sign);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                return _http.SendAsync(request);
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_shared_client_sends_the_passphrase_by_default() => Quiet($$"""
        class OkxClient
        {
        {{Members}}
            public OkxClient() => _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", _passphrase);

            public HttpRequestMessage Balance()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
                return request;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_a_handler_adds_the_passphrase_to_the_request_it_signs() => Quiet($$"""
        class OkxSigningHandler : DelegatingHandler
        {
            private readonly string _apiKey = "", _passphrase = "";

            private static void SignHeaders(HttpRequestMessage request, string key)
            {
                request.Headers.Add("OK-ACCESS-KEY", key);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                SignHeaders(request, _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return base.SendAsync(request, cancellationToken);
            }

            public HttpRequestMessage Complete(string path)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return request;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_caller_is_itself_handed_the_request_by_code_that_adds_the_passphrase() => Quiet($$"""
        class OkxClient
        {
        {{Members}}
            private void SignHeaders(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", Now());
            }

            private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
            {
                SignHeaders(request);
                return _http.SendAsync(request);
            }

            public Task<HttpResponseMessage> BalanceAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance");
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                return SendAsync(request);
            }
        }
        """);
}
