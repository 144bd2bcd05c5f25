using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, OKX005: an order endpoint (place / cancel / amend) whose response is checked only for its HTTP status and
/// whose body is never read, while the method goes on as if the order were done. Quiet when the body is read, the
/// response is handed to a checker or returned, and for endpoints that are not order endpoints.
/// </summary>
public sealed class UncheckedResponseCodeOrderBodyTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;

        """;

    private const string Message = "The OKX order response is checked only for its HTTP status and its body is never read, so a rejected order passes as done: OKX reports errors with HTTP 200 and a non-zero code";

    private static Task Analyze(string source, params DiagnosticResult[] expected) => VerifyCS.VerifyAnalyzerAsync(Usings + source, expected);

    private static DiagnosticResult At(int location) => VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(location).WithMessage(Message).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    // ---------------------------------------------------------------- fire

    [Fact]
    public async Task Place_cancel_and_amend_checked_only_for_the_http_status_fire()
    {
        await Analyze("""
            public class OkxTrader
            {
                private const string AmendPath = "/api/v5/trade/amend-order";
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                public async Task<bool> PlaceAsync(string body)
                {
                    using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body, Encoding.UTF8, "application/json"));
                    {|#0:response.EnsureSuccessStatusCode()|};
                    Console.WriteLine("Order placed");
                    return true;
                }

                public async Task CancelAsync(string body)
                {
                    var response = await _http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                    if (!{|#1:response.IsSuccessStatusCode|}) throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
                    Console.WriteLine("Order cancelled");
                }

                public async Task AmendAsync(string body)
                {
                    {|#2:(await _http.PostAsync(AmendPath, new StringContent(body))).EnsureSuccessStatusCode()|};
                }

                public async Task<bool> PlaceAlgoAsync(string body)
                {
                    using var response = await _http.PostAsync("/api/v5/trade/order-algo", new StringContent(body));
                    if ({|#3:response.IsSuccessStatusCode|})
                    {
                        Console.WriteLine("Algo order placed");
                        return true;
                    }

                    return false;
                }
            }
            """, At(0), At(1), At(2), At(3));
    }

    [Fact]
    public async Task RestSharp_order_checked_only_with_IsSuccessful_fires()
    {
        await Analyze("""
            using RestSharp;

            public class OkxRestTrader
            {
                private readonly RestClient _client = new RestClient("https://www.okx.com");

                public async Task<bool> PlaceAsync(string body)
                {
                    var request = new RestRequest("/api/v5/trade/batch-orders", Method.Post).AddStringBody(body, DataFormat.Json);
                    var response = await _client.ExecuteAsync(request);
                    if (!{|#0:response.IsSuccessful|}) return false;
                    Console.WriteLine($"Batch placed ({response.StatusCode})");
                    return true;
                }
            }
            """, At(0));
    }

    // ---------------------------------------------------------------- quiet look-alikes

    [Fact]
    public async Task Order_body_read_and_checked_is_quiet()
    {
        await Analyze("""
            public class OkxTrader
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                public async Task<string> PlaceAsync(string body)
                {
                    using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    var item = root.GetProperty("data")[0];
                    if (item.GetProperty("sCode").GetString() != "0") throw new InvalidOperationException(item.GetProperty("sMsg").GetString());
                    return item.GetProperty("ordId").GetString()!;
                }
            }
            """);
    }

    [Fact]
    public async Task Order_response_handed_to_a_checker_returned_or_kept_is_quiet()
    {
        await Analyze("""
            public class OkxTrader
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };
                private HttpResponseMessage? _last;

                public async Task PlaceAsync(string body)
                {
                    using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    await EnsureOkxSuccessAsync(response);
                }

                public async Task<HttpResponseMessage> CancelAsync(string body)
                {
                    var response = await _http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    return response;
                }

                public async Task AmendAsync(string body)
                {
                    var response = await _http.PostAsync("/api/v5/trade/amend-order", new StringContent(body));
                    if (!response.IsSuccessStatusCode) throw new HttpRequestException();
                    _last = response;
                }

                public async Task<HttpResponseMessage> PlaceCheckedAsync(string body) =>
                    (await _http.PostAsync("/api/v5/trade/order", new StringContent(body))).EnsureSuccessStatusCode();

                private static async Task EnsureOkxSuccessAsync(HttpResponseMessage response)
                {
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    if (doc.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException();
                }
            }
            """);
    }

    [Fact]
    public async Task Non_order_endpoints_and_other_exchanges_are_quiet()
    {
        await Analyze("""
            public class OkxAccount
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                public async Task<bool> SetLeverageAsync(string body)
                {
                    using var response = await _http.PostAsync("/api/v5/account/set-leverage", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    return true;
                }

                public async Task<bool> OrderExistsAsync(string ordId)
                {
                    using var response = await _http.GetAsync("/api/v5/trade/order?instId=BTC-USDT&ordId=" + ordId);
                    return response.IsSuccessStatusCode;
                }

                public async Task<bool> BinanceOrderAsync(string query)
                {
                    using var response = await _http.PostAsync("https://api.binance.com/api/v3/order?" + query, null);
                    response.EnsureSuccessStatusCode();
                    return true;
                }
            }
            """);
    }

    [Fact]
    public async Task Another_endpoints_response_next_to_a_checked_order_is_quiet()
    {
        await Analyze("""
            public class OkxTrader
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                public async Task<string> LeverageAndPlaceAsync(string leverage, string order)
                {
                    using var set = await _http.PostAsync("/api/v5/account/set-leverage", new StringContent(leverage));
                    set.EnsureSuccessStatusCode();
                    (await _http.PostAsync("/api/v5/account/set-position-mode", new StringContent("{}"))).EnsureSuccessStatusCode();
                    using var placed = await _http.PostAsync("/api/v5/trade/order", new StringContent(order));
                    using var doc = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    var item = root.GetProperty("data")[0];
                    if (item.GetProperty("sCode").GetString() != "0") throw new InvalidOperationException(item.GetProperty("sMsg").GetString());
                    return item.GetProperty("ordId").GetString()!;
                }
            }
            """);
    }

    [Fact]
    public async Task A_handler_that_checks_every_body_makes_the_status_check_enough()
    {
        await Analyze("""
            using System.Threading;

            class OkxCodeHandler : DelegatingHandler
            {
                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var response = await base.SendAsync(request, cancellationToken);
                    using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    if (document.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException("OKX error");
                    return response;
                }
            }

            public class OkxTrader
            {
                private readonly HttpClient _http = new HttpClient(new OkxCodeHandler { InnerHandler = new HttpClientHandler() });

                public async Task<bool> PlaceAsync(string body)
                {
                    using var response = await _http.PostAsync("https://www.okx.com/api/v5/trade/order", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    return true;
                }
            }
            """);
    }

    private const string CallbackClient = """
        public class OkxTrader
        {
            private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

            public static Action<string> NAME = body =>
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException("OKX error");
            };

            public async Task<bool> PlaceAsync(string body)
            {
                using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body));
                {|#0:response.EnsureSuccessStatusCode()|};
                return true;
            }
        }
        """;

    [Fact]
    public Task A_validation_callback_that_checks_every_body_makes_the_status_check_enough() =>
        Analyze(CallbackClient.Replace("NAME", "ValidateResponse").Replace("{|#0:response.EnsureSuccessStatusCode()|}", "response.EnsureSuccessStatusCode()"));

    [Fact]
    public Task A_callback_whose_name_does_not_say_validation_does_not_count() =>
        Analyze(CallbackClient.Replace("NAME", "LogBody"), At(0));

    // ---------------------------------------------------------------- fix

    [Fact]
    public async Task Fix_reads_the_body_and_checks_the_code_for_each_shape_in_one_FixAll()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public class OkxTrader
                {
                    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                    public async Task<bool> PlaceAsync(string body)
                    {
                        using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        [|response.EnsureSuccessStatusCode()|];
                        return true;
                    }

                    public async Task CancelAsync(string body)
                    {
                        var response = await _http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                        if (![|response.IsSuccessStatusCode|]) throw new HttpRequestException();
                        Console.WriteLine("Order cancelled");
                    }

                    public async Task AmendAsync(string body)
                    {
                        [|(await _http.PostAsync("/api/v5/trade/amend-order", new StringContent(body))).EnsureSuccessStatusCode()|];
                    }

                    public async Task<bool> PlaceAlgoAsync(string body)
                    {
                        using var response = await _http.PostAsync("/api/v5/trade/order-algo", new StringContent(body));
                        if ([|response.IsSuccessStatusCode|])
                        {
                            return true;
                        }

                        return false;
                    }

                    public bool PlaceNow(string body)
                    {
                        using var response = _http.Send(new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order") { Content = new StringContent(body) });
                        return [|response.IsSuccessStatusCode|];
                    }

                    public async Task<bool> CancelAllAsync(string body)
                    {
                        Console.WriteLine("Cancelling");
                        return [|(await _http.PostAsync("/api/v5/trade/cancel-batch-orders", new StringContent(body))).IsSuccessStatusCode|];
                    }
                }
                """,
            FixedCode = Usings + """
                public class OkxTrader
                {
                    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                    public async Task<bool> PlaceAsync(string body)
                    {
                        using var response = await _http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        response.EnsureSuccessStatusCode();
                        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                        return true;
                    }

                    public async Task CancelAsync(string body)
                    {
                        var response = await _http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                        if (!response.IsSuccessStatusCode) throw new HttpRequestException();
                        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                        Console.WriteLine("Order cancelled");
                    }

                    public async Task AmendAsync(string body)
                    {
                        using var response = (await _http.PostAsync("/api/v5/trade/amend-order", new StringContent(body))).EnsureSuccessStatusCode();
                        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                    }

                    public async Task<bool> PlaceAlgoAsync(string body)
                    {
                        using var response = await _http.PostAsync("/api/v5/trade/order-algo", new StringContent(body));
                        if (response.IsSuccessStatusCode)
                        {
                            using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                            if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                            return true;
                        }

                        return false;
                    }

                    public bool PlaceNow(string body)
                    {
                        using var response = _http.Send(new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order") { Content = new StringContent(body) });
                        using var reply = JsonDocument.Parse(response.Content.ReadAsStream());
                        if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                        return response.IsSuccessStatusCode;
                    }

                    public async Task<bool> CancelAllAsync(string body)
                    {
                        Console.WriteLine("Cancelling");
                        using var response = await _http.PostAsync("/api/v5/trade/cancel-batch-orders", new StringContent(body));
                        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                        return response.IsSuccessStatusCode;
                    }
                }
                """,
            CodeActionEquivalenceKey = UncheckedResponseCodeCodeFixProvider.CheckCodeKey,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_reads_a_RestSharp_body()
    {
        const string Head = """
            using RestSharp;

            public class OkxRestTrader
            {
                private readonly RestClient _client = new RestClient("https://www.okx.com");

                public async Task<bool> CancelAsync(string body)
                {
                    var response = await _client.ExecuteAsync(new RestRequest("/api/v5/trade/cancel-batch-orders", Method.Post).AddStringBody(body, DataFormat.Json));
            """;
        await new VerifyCS.Test
        {
            TestCode = Usings + Head + """

                    if (![|response.IsSuccessful|]) return false;
                    return true;
                }

                public async Task<bool> AmendAsync(string body)
                {
                    return [|(await _client.ExecuteAsync(new RestRequest("/api/v5/trade/amend-batch-orders", Method.Post).AddStringBody(body, DataFormat.Json))).IsSuccessful|];
                }
            }
            """,
            FixedCode = Usings + Head + """

                    if (!response.IsSuccessful) return false;
                    using var reply = JsonDocument.Parse(response.Content ?? "{}");
                    if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                    return true;
                }

                public async Task<bool> AmendAsync(string body)
                {
                    var response = await _client.ExecuteAsync(new RestRequest("/api/v5/trade/amend-batch-orders", Method.Post).AddStringBody(body, DataFormat.Json));
                    using var reply = JsonDocument.Parse(response.Content ?? "{}");
                    if (reply.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX order error {reply.RootElement.GetProperty("code").GetString()}: {reply.RootElement.GetProperty("msg").GetString()}");
                    return response.IsSuccessful;
                }
            }
            """,
            CodeActionEquivalenceKey = UncheckedResponseCodeCodeFixProvider.CheckCodeKey,
        }.RunAsync();
    }
}
