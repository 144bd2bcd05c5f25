using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Headers set on a Flurl client (IFlurlClient.WithHeader / WithHeaders) are sent with every request the client
/// makes, like HttpClient.DefaultRequestHeaders: OKX003 combines them with the headers of each request.
/// </summary>
public class FlurlClientHeadersTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Flurl.Http;

        """;

    internal const string MissingKey = "The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header: OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)";

    [Fact]
    public Task Quiet_when_the_client_sends_the_key_and_each_request_the_passphrase() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private readonly IFlurlClient _client;
            private readonly string _passphrase;

            public OkxFlurlClient(string apiKey, string passphrase)
            {
                _passphrase = passphrase;
                _client = new FlurlClient("https://www.okx.com").WithHeaders(new { OK_ACCESS_KEY = apiKey });
            }

            public Task<string> BalanceAsync(string sign, string timestamp) => _client
                .Request("api/v5/account/balance")
                .WithHeader("OK-ACCESS-SIGN", sign)
                .WithHeader("OK-ACCESS-TIMESTAMP", timestamp)
                .WithHeader("OK-ACCESS-PASSPHRASE", _passphrase)
                .GetStringAsync();
        }
        """);

    [Fact]
    public Task Quiet_when_the_client_sends_the_passphrase_and_each_request_the_key() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private readonly FlurlClient _client = new FlurlClient("https://www.okx.com");
            private readonly string _apiKey = "";

            public OkxFlurlClient(string passphrase) => _client.WithHeader("OK-ACCESS-PASSPHRASE", passphrase);

            public Task<string> BalanceAsync(string sign, string timestamp) => _client
                .Request("api/v5/account/balance")
                .WithHeaders(new { OK_ACCESS_KEY = _apiKey, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = timestamp })
                .GetStringAsync();
        }
        """);

    [Fact]
    public Task A_client_that_sends_the_key_fires_when_nothing_sends_the_passphrase() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private readonly IFlurlClient _client;

            public OkxFlurlClient(string apiKey) => _client = new FlurlClient("https://www.okx.com").WithHeaders(new { {|#0:OK_ACCESS_KEY = apiKey|} });

            public Task<string> BalanceAsync(string sign, string timestamp) => _client
                .Request("api/v5/account/balance")
                .WithHeader("OK-ACCESS-SIGN", sign)
                .WithHeader("OK-ACCESS-TIMESTAMP", timestamp)
                .GetStringAsync();
        }
        """, VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(MissingKey));
}

/// <summary>
/// A method that returns a partly signed fluent request (<c>IFlurlRequest Authed(…) =&gt; url.WithHeader(…)</c>) is
/// completed by callers that chain the passphrase on the result; one whose callers never add it is reported.
/// </summary>
public class ReturnedFluentRequestTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Flurl.Http;
        using RestSharp;

        """;

    [Fact]
    public Task Quiet_when_callers_chain_the_passphrase_on_the_returned_request() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private const string BaseUrl = "https://www.okx.com";
            private readonly string _passphrase = "";

            private IFlurlRequest Authed(string path, string key, string sign, string ts) =>
                new FlurlRequest(BaseUrl + path).WithHeader("OK-ACCESS-KEY", key).WithHeader("OK-ACCESS-SIGN", sign).WithHeader("OK-ACCESS-TIMESTAMP", ts);

            private IFlurlRequest Keyed(string path, string key)
            {
                return (BaseUrl + path).WithHeaders(new { OK_ACCESS_KEY = key });
            }

            public Task<string> BalanceAsync(string key, string sign, string ts) =>
                Authed("/api/v5/account/balance", key, sign, ts).WithHeader("OK-ACCESS-PASSPHRASE", _passphrase).GetStringAsync();

            public Task<string> PositionsAsync(string key)
            {
                var request = Keyed("/api/v5/account/positions", key);
                return request.WithHeader("OK-ACCESS-PASSPHRASE", _passphrase).GetStringAsync();
            }
        }
        """);

    [Fact]
    public Task A_returned_request_fires_when_no_caller_adds_the_passphrase() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private const string BaseUrl = "https://www.okx.com";
            private readonly string _passphrase = "";

            private IFlurlRequest Authed(string path, string key) => {|#0:new FlurlRequest(BaseUrl + path).WithHeader("OK-ACCESS-KEY", key)|};

            public Task<string> BalanceAsync(string key) => Authed("/api/v5/account/balance", key).GetStringAsync();

            public Task<string> OrderAsync(string key) =>
                new FlurlRequest(BaseUrl + "/api/v5/trade/order").WithHeader("OK-ACCESS-KEY", key).WithHeader("OK-ACCESS-PASSPHRASE", _passphrase).GetStringAsync();
        }
        """, VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(FlurlClientHeadersTests.MissingKey));

    [Fact]
    public Task A_sent_chain_is_no_returned_request() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxFlurlClient
        {
            private const string BaseUrl = "https://www.okx.com";

            public Task<string> BalanceAsync(string key) => {|#0:(BaseUrl + "/api/v5/account/balance").WithHeader("OK-ACCESS-KEY", key)|}.GetStringAsync();

            public IFlurlRequest WithPassphrase(IFlurlRequest request, string passphrase) => request.WithHeader("OK-ACCESS-PASSPHRASE", passphrase);
        }
        """, VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage(FlurlClientHeadersTests.MissingKey));
}
