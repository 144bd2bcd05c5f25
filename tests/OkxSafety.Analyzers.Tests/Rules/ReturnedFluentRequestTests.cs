using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

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
