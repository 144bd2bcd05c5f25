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
