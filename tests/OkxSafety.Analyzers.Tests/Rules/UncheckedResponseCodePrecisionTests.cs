using Xunit;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>Issue 18, false alarms to end: OKX005 where the project's own infrastructure checks the code, and on WebSocket pushes.</summary>
public class UncheckedResponseCodePrecisionTests
{
    // ---------------------------------------------------------------- class 5: the project's own infrastructure checks the code

    [Fact]
    public async Task Delegating_handler_that_throws_unless_code_is_zero_counts_as_the_check()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            class OkxCodeHandler : DelegatingHandler
            {
                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var response = await base.SendAsync(request, cancellationToken);
                    var text = await response.Content.ReadAsStringAsync();
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.GetProperty("code").GetString() != "0")
                    {
                        throw new InvalidOperationException("OKX error");
                    }
                    return response;
                }
            }
            class OkxClient
            {
                private readonly HttpClient _http = new HttpClient(new OkxCodeHandler { InnerHandler = new HttpClientHandler() });
                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.GetProperty("data").Clone();
                }
            }
            """);
    }

    [Fact]
    public async Task Validation_callback_that_throws_unless_code_is_zero_counts_as_the_check()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            class OkxClient
            {
                public Action<JsonElement>? ResponseValidator { get; set; }
                private readonly HttpClient _http = new HttpClient();
                public OkxClient()
                {
                    ResponseValidator = root =>
                    {
                        if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException("OKX error");
                    };
                }
                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.GetProperty("data").Clone();
                }
            }
            """);
    }

    [Fact]
    public async Task Handlers_and_callbacks_that_do_not_throw_on_the_code_do_not_count()
    {
        // A handler that only logs the code, one that throws on the HTTP status only, and a logging callback.
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            class OkxCodeHandler : DelegatingHandler
            {
                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var response = await base.SendAsync(request, cancellationToken);
                    var text = await response.Content.ReadAsStringAsync();
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.GetProperty("code").GetString() != "0")
                    {
                        Console.WriteLine("OKX error");
                    }
                    if ((int)response.StatusCode != 200) throw new HttpRequestException("HTTP error");
                    return response;
                }
            }
            class OkxLogs
            {
                public Action<JsonElement>? Log { get; set; }
                public OkxLogs() => Log = root => { if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(); };
            }
            class OkxClient
            {
                private readonly HttpClient _http = new HttpClient(new OkxCodeHandler { InnerHandler = new HttpClientHandler() });
                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    using var document = JsonDocument.Parse(text);
                    return {|#0:document.RootElement.GetProperty("data")|}.Clone();
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(0).WithLocation(0)
                .WithMessage("'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code"));
    }

    [Fact]
    public async Task Helper_that_receives_the_response_or_its_text_and_throws_counts_as_the_check()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    EnsureOk(text);
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.GetProperty("data").Clone();
                }
                public async Task<JsonElement> PositionsAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/positions");
                    using var document = JsonDocument.Parse(text);
                    Check(document.RootElement);
                    return document.RootElement.GetProperty("data").Clone();
                }
                public async Task<JsonElement> OrdersAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/trade/orders-pending");
                    using var document = JsonDocument.Parse(text);
                    Check(document.RootElement);
                    return document.RootElement.GetProperty("data").Clone();
                }
                static void EnsureOk(string text)
                {
                    using var document = JsonDocument.Parse(text);
                    Check(document.RootElement);
                }
                static void Check(JsonElement root)
                {
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException("OKX error");
                }
            }
            """);
    }

    [Fact]
    public async Task Helper_called_with_something_else_does_not_count()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    EnsureOk("{}");
                    using var document = JsonDocument.Parse(text);
                    return {|#0:document.RootElement.GetProperty("data")|}.Clone();
                }
                static void EnsureOk(string text)
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException("OKX error");
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(0).WithLocation(0)
                .WithMessage("'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code"));
    }

    // ---------------------------------------------------------------- class 6: WebSocket pushes

    [Fact]
    public async Task Push_handlers_and_push_fixtures_do_not_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Text.Json;
            class OkxTickerFeed
            {
                public decimal OnPushMessage(string message)
                {
                    using var document = JsonDocument.Parse(message);
                    var data = document.RootElement.GetProperty("data")[0];
                    return decimal.Parse(data.GetProperty("last").GetString()!);
                }
                public JsonElement ParseStreamUpdate(string json)
                {
                    using var document = JsonDocument.Parse(json);
                    return document.RootElement.GetProperty("data").Clone();
                }
            }
            class OkxSocketClient
            {
                public JsonElement Handle(string json)
                {
                    using var document = JsonDocument.Parse(json);
                    return document.RootElement.GetProperty("data").Clone();
                }
            }
            class OkxParserTests
            {
                public string Parses_a_ticker()
                {
                    const string Fixture = "{\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"},\"data\":[{\"last\":\"9999.99\"}]}";
                    using var document = JsonDocument.Parse(Fixture);
                    return document.RootElement.GetProperty("data")[0].GetProperty("last").GetString()!;
                }
            }
            """);
    }

    [Fact]
    public async Task Rest_responses_in_push_named_code_and_rest_fixtures_still_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            class OkxStreamClient
            {
                private readonly HttpClient _http = new HttpClient();
                public async Task<JsonElement> StreamPendingOrdersAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/trade/orders-pending");
                    using var document = JsonDocument.Parse(text);
                    return {|#0:document.RootElement.GetProperty("data")|}.Clone();
                }
            }
            class OkxTickerFeed
            {
                public decimal OnRestReply(string message)
                {
                    using var document = JsonDocument.Parse(message);
                    return decimal.Parse({|#1:document.RootElement.GetProperty("data")|}[0].GetProperty("last").GetString()!);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(0).WithLocation(0)
                .WithMessage("'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code"),
            VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(1).WithLocation(1)
                .WithMessage("'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code"));
    }
}
