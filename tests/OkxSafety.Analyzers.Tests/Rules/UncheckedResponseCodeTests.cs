using OkxSafety.Analyzers.CodeFixes;
using OkxSafety.Analyzers.Rules;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

public sealed class UncheckedResponseCodeTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;

        """;

    private const string Envelope = """

        public sealed class OkxResponse<T>
        {
            public string Code { get; set; } = "";
            public string Msg { get; set; } = "";
            public List<T> Data { get; set; } = new();
        }

        public sealed class Ticker
        {
            public string Last { get; set; } = "";
        }
        """;

    private const string NotData = "'data' of the OKX response is read without checking 'code' against \"0\"";
    private const string StatusOnly = "'data' of the OKX response is read after checking only the HTTP status, not 'code'";
    private const string OrderItems = "'data' of the OKX order response is read with the top-level 'code' checked but no item's 'sCode'";

    private static Task Fires(string body, params string[] messages)
    {
        var expected = new Microsoft.CodeAnalysis.Testing.DiagnosticResult[messages.Length];
        for (var i = 0; i < messages.Length; i++)
        {
            expected[i] = VerifyAnalyzer.Diagnostic().WithLocation(i).WithArguments(messages[i]).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations);
        }

        return VerifyAnalyzer.VerifyAnalyzerAsync(Usings + body, expected);
    }

    private static Task Quiet(string body) => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + body);

    private static Task Fix(string body, string fixedBody, string? key = null) =>
        new VerifyCS.Test { TestCode = Usings + body, FixedCode = Usings + fixedBody, CodeActionEquivalenceKey = key }.RunAsync();

    // ---------------------------------------------------------------- must fire: parser styles

    [Fact]
    public async Task JsonDocument_data_read_without_code_check()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    var json = await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    using var doc = JsonDocument.Parse(json);
                    var data = {|#0:doc.RootElement.GetProperty("data")|};
                    return data[0].GetProperty("last").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Only_the_http_status_is_checked()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var response = await http.GetAsync("/api/v5/market/ticker?instId=BTC-USDT");
                    response.EnsureSuccessStatusCode();
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    return {|#0:root.GetProperty("data")|}[0].GetProperty("last").GetString();
                }
            }
            """, StatusOnly);
    }

    [Fact]
    public async Task Only_IsSuccessStatusCode_is_checked_before_ReadFromJsonAsync()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    var response = await http.GetAsync("/api/v5/market/ticker?instId=BTC-USDT");
                    if (!response.IsSuccessStatusCode) return null;
                    var body = await response.Content.ReadFromJsonAsync<OkxResponse<Ticker>>();
                    return {|#0:body?.Data|}[0].Last;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read after checking only the HTTP status, not 'Code'");
    }

    [Fact]
    public async Task JsonNode_data_read_without_code_check()
    {
        await Fires("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                    return {|#0:node["data"]|}![0]!["totalEq"]!.GetValue<string>();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task JObject_data_read_without_code_check()
    {
        await Fires("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var jo = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    return (string?){|#0:jo["data"]|}![0]!["totalEq"];
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task JToken_Value_of_data_without_code_check()
    {
        await Fires("""
            using Newtonsoft.Json.Linq;

            class Account
            {
                async Task<JArray?> BalancesAsync(HttpClient http)
                {
                    var token = JToken.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    return {|#0:token.Value<JArray>("data")|};
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task JsonSerializer_Deserialize_typed_chain()
    {
        await Fires("""
            class OkxTickerReader
            {
                string Last(string json) => {|#0:JsonSerializer.Deserialize<OkxResponse<Ticker>>(json)!.Data|}[0].Last;
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task JsonConvert_DeserializeObject_typed()
    {
        await Fires("""
            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = Newtonsoft.Json.JsonConvert.DeserializeObject<OkxResponse<Ticker>>(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    return {|#0:resp.Data|}[0].Last;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    private const string RestSharpTyped = """

        namespace RestSharp
        {
            public class RestResponse<T> : RestResponse
            {
                public T? Data { get; set; }
            }

            public static class TypedRestClientExtensions
            {
                public static Task<RestResponse<T>> ExecuteTypedAsync<T>(this RestClient client, RestRequest request) => throw new NotImplementedException();
            }
        }
        """;

    [Fact]
    public async Task RestSharp_typed_Data_read_without_code_check()
    {
        await Fires("""
            class Market
            {
                async Task<string> LastAsync(RestSharp.RestClient client)
                {
                    var response = await RestSharp.TypedRestClientExtensions.ExecuteTypedAsync<OkxResponse<Ticker>>(client, new RestSharp.RestRequest("/api/v5/market/ticker?instId=BTC-USDT"));
                    return {|#0:response.Data!.Data|}[0].Last;
                }
            }
            """ + Envelope + RestSharpTyped, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task RestSharp_typed_Data_read_after_code_check_is_quiet()
    {
        await Quiet("""
            class Market
            {
                async Task<string> LastAsync(RestSharp.RestClient client)
                {
                    var response = await RestSharp.TypedRestClientExtensions.ExecuteTypedAsync<OkxResponse<Ticker>>(client, new RestSharp.RestRequest("/api/v5/market/ticker?instId=BTC-USDT"));
                    var body = response.Data!;
                    if (body.Code != "0") throw new InvalidOperationException(body.Msg);
                    return body.Data[0].Last;
                }
            }
            """ + Envelope + RestSharpTyped);
    }

    [Fact]
    public async Task GetFromJsonAsync_typed_with_lower_case_record_members()
    {
        await Fires("""
            public record OkxResult(string code, string msg, TickerRow[] data);
            public record TickerRow(string last);

            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var r = await http.GetFromJsonAsync<OkxResult>("/api/v5/market/ticker?instId=BTC-USDT");
                    return {|#0:r!.data|}[0].last;
                }
            }
            """, "'data' of OkxResult is read without checking 'code' against \"0\"");
    }

    [Fact]
    public async Task TryGetProperty_data_without_code_check()
    {
        await Fires("""
            class Account
            {
                async Task PrintAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    if ({|#0:doc.RootElement.TryGetProperty("data", out var data)|})
                    {
                        Console.WriteLine(data[0]);
                    }
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task A_code_check_that_only_logs_does_not_guard()
    {
        await Fires("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code != "0") Console.WriteLine("OKX error " + code);
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("totalEq").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Handling_one_error_code_is_not_a_success_check()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=X"));
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() == "51001") throw new ArgumentException("unknown instrument");
                    return {|#0:root.GetProperty("data")|}[0].GetProperty("last").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Retry_loop_that_falls_through_after_failures()
    {
        await Fires("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    JsonDocument? doc = null;
                    for (var i = 0; i < 3; i++)
                    {
                        doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                        if (doc.RootElement.GetProperty("code").GetString() == "0") break;
                    }

                    return {|#0:doc!.RootElement.GetProperty("data")|}[0].GetProperty("totalEq").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Payload_used_before_the_check()
    {
        await Fires("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var data = {|#0:doc.RootElement.GetProperty("data")|};
                    Console.WriteLine(data.GetArrayLength());
                    if (doc.RootElement.GetProperty("code").GetString() != "0") return null;
                    return data[0].GetProperty("totalEq").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Read_inside_a_lambda()
    {
        await Fires("""
            class Account
            {
                Task<string?> EquityAsync(HttpClient http) => Task.Run(async () =>
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("totalEq").GetString();
                });
            }
            """, NotData);
    }

    [Fact]
    public async Task Okx_named_type_gives_the_context()
    {
        await Fires("""
            class OkxMarketClient
            {
                string? Last(string json)
                {
                    using var doc = JsonDocument.Parse(json);
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("last").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Ok_access_headers_in_the_method_give_the_context()
    {
        await Fires("""
            class Signed
            {
                async Task<string?> EquityAsync(HttpClient http, string key)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
                    request.Headers.Add("OK-ACCESS-KEY", key);
                    using var response = await http.SendAsync(request);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("totalEq").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Two_responses_two_diagnostics()
    {
        await Fires("""
            class Account
            {
                async Task<string> BothAsync(HttpClient http)
                {
                    using var a = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    using var b = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/positions"));
                    var x = {|#0:a.RootElement.GetProperty("data")|};
                    var y = {|#1:b.RootElement.GetProperty("data")|};
                    return x.ToString() + y.ToString();
                }
            }
            """, NotData, NotData);
    }

    // ---------------------------------------------------------------- must fire: OKX responses in the shapes of the non-OKX scenarios

    [Fact]
    public async Task Okx_ticker_unchecked_next_to_a_kucoin_one()
    {
        await Fires("""
            class OkxKucoinSpread
            {
                async Task<decimal> SpreadAsync(HttpClient http)
                {
                    using var okx = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                    var okxLast = decimal.Parse({|#0:okx.RootElement.GetProperty("data")|}[0].GetProperty("last").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

                    using var kucoin = JsonDocument.Parse(await http.GetStringAsync("https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT"));
                    var kucoinLast = decimal.Parse(kucoin.RootElement.GetProperty("data").GetProperty("price").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                    return okxLast - kucoinLast;
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Okx_host_compared_with_the_bitget_success_code()
    {
        await Fires("""
            class Hedger
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT"));
                    if ({|#0:doc.RootElement.GetProperty("code").GetString() != "00000"|}) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """, "'code' is compared with \"00000\" as success, but OKX success is \"0\"");
    }

    [Fact]
    public async Task Okx_response_object_read_when_the_url_is_okx()
    {
        // OKX's data is an array, but an OKX URL decides even when the code reads it as an object.
        await Fires("""
            class Arbitrage
            {
                async Task<string?> SpotAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/public/time"));
                    return {|#0:doc.RootElement.GetProperty("data")|}.GetProperty("ts").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Text_parameter_in_a_method_that_calls_okx()
    {
        await Fires("""
            class Signals
            {
                async Task<string?> SendAsync(HttpClient http, string replyJson)
                {
                    await http.PostAsync("/api/v5/trade/order-algo", new StringContent(""));
                    using var doc = JsonDocument.Parse(replyJson);
                    var data = {|#0:doc.RootElement.GetProperty("data")|};
                    return data.GetProperty("algoId").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Cached_file_or_okx_call_is_an_okx_response()
    {
        await Fires("""
            class Cache
            {
                async Task<string?> LastAsync(HttpClient http, string path)
                {
                    var json = System.IO.File.Exists(path)
                        ? System.IO.File.ReadAllText(path)
                        : await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    using var doc = JsonDocument.Parse(json);
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("last").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Helper_called_with_an_okx_path_gives_an_okx_response()
    {
        await Fires("""
            class Account
            {
                Task<string> SignedGetAsync(string path) => Task.FromResult(path);

                async Task<string?> EquityAsync()
                {
                    var json = await SignedGetAsync("/api/v5/account/balance");
                    using var doc = JsonDocument.Parse(json);
                    return {|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("totalEq").GetString();
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Request_message_to_an_okx_url_in_an_unnamed_type()
    {
        await Fires("""
            class Trader
            {
                async Task<string> PlaceAsync(HttpClient http, HttpContent body)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "https://www.okx.com/api/v5/trade/order") { Content = body };
                    using var response = await http.SendAsync(request);
                    var resp = (await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>())!;
                    if (resp.Code != "0" && resp.Code != "1") throw new InvalidOperationException(resp.Msg);
                    return {|#0:resp.Data|}[0].OrdId;
                }
            }

            public sealed class OrderAck
            {
                public string OrdId { get; set; } = "";
            }
            """ + Envelope, OrderItems);
    }

    [Fact]
    public async Task Tolerating_other_codes_without_zero_still_fires()
    {
        await Fires("""
            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    if (resp.Code != "200" && resp.Code != "201") throw new InvalidOperationException(resp.Msg);
                    return {|#0:resp.Data|}[0].Last;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task TryGetProperty_code_that_is_never_tested()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    if (root.TryGetProperty("code", out var code)) Console.WriteLine(code.GetString());
                    return {|#0:root.TryGetProperty("data", out var data)|} && data.GetArrayLength() > 0 ? data[0].GetProperty("last").GetString() : null;
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task Webhook_shaped_parameter_in_an_okx_type_read_as_an_array()
    {
        await Fires("""
            class OkxReplyHandler
            {
                public string OnReply(string body)
                {
                    using var doc = JsonDocument.Parse(body);
                    foreach (var item in {|#0:doc.RootElement.GetProperty("data")|}.EnumerateArray()) return item.GetProperty("ordId").GetString()!;
                    return "";
                }
            }
            """, NotData);
    }

    // ---------------------------------------------------------------- must fire: wrong success tests

    [Theory]
    [InlineData("", "code != \"200\"", "\"200\"")]
    [InlineData("", "code != \"00000\"", "\"00000\"")]
    [InlineData("!", "code.Equals(\"success\")", "\"success\"")]
    [InlineData("!", "string.Equals(code, \"200\")", "\"200\"")]
    [InlineData("", "code is not \"OK\"", "\"OK\"")]
    [InlineData("", "int.Parse(code!) != 200", "200")]
    public async Task Wrong_success_value(string prefix, string condition, string shown)
    {
        await Fires($$"""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    var code = root.GetProperty("code").GetString();
                    if ({{prefix}}{|#0:{{condition}}|}) throw new InvalidOperationException(code);
                    return root.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """, $"'code' is compared with {shown} as success, but OKX success is \"0\"");
    }

    [Fact]
    public async Task Wrong_success_value_guarding_the_read_in_the_then_branch()
    {
        await Fires("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if ({|#0:resp!.Code == "200"|})
                    {
                        return resp.Data[0].Last;
                    }

                    return null;
                }
            }
            """ + Envelope, "'code' is compared with \"200\" as success, but OKX success is \"0\"");
    }

    // ---------------------------------------------------------------- must fire: SDK results

    [Fact]
    public async Task Sdk_result_data_without_success_check()
    {
        await Fires("""
            using OKX.Net.Clients;
            using OKX.Net.Enums;

            class Bot
            {
                private readonly OKXRestClient _client = new();

                async Task<long?> BuyAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    return {|#0:result.Data|}.OrderId;
                }
            }
            """, "'Data' of WebCallResult<OKXOrderPlaceResponse> is read without checking 'Success' or 'Error'");
    }

    [Fact]
    public async Task Sdk_result_with_only_the_http_status_checked()
    {
        await Fires("""
            using OKX.Net.Clients;

            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (result.ResponseStatusCode != System.Net.HttpStatusCode.OK) return null;
                    return {|#0:result.Data|}.TotalEquity;
                }
            }
            """, "'Data' of WebCallResult<OKXAccountBalance> is read without checking 'Success' or 'Error'");
    }

    [Fact]
    public async Task Sdk_result_in_a_websocket_method_still_fires()
    {
        // WebSocket push messages carry no code, but an SDK result read in the same method is still checked.
        await Fires("""
            using System.Net.WebSockets;
            using OKX.Net.Clients;
            using OKX.Net.Enums;

            class Bot
            {
                private readonly ClientWebSocket _socket = new();
                private readonly OKXRestClient _client = new();

                async Task<long?> BuyOnSignalAsync()
                {
                    await _socket.ConnectAsync(new Uri("wss://ws.okx.com:8443/ws/v5/public"), default);
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    return {|#0:result.Data|}.OrderId;
                }
            }
            """, "'Data' of WebCallResult<OKXOrderPlaceResponse> is read without checking 'Success' or 'Error'");
    }

    // ---------------------------------------------------------------- the graph-free shortcut's edges

    [Fact]
    public async Task A_leading_check_of_another_response_does_not_guard()
    {
        await Fires("""
            class Market
            {
                async Task<int> CountAsync(HttpClient http, OkxResponse<Ticker> previous)
                {
                    if (previous.Code != "0") throw new InvalidOperationException(previous.Msg);
                    var response = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    return {|#0:response!.Data|}.Count;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task A_leading_check_after_the_read_does_not_guard()
    {
        await Fires("""
            class Market
            {
                async Task<int> CountAsync(HttpClient http)
                {
                    var response = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    var count = {|#0:response!.Data|}.Count;
                    if (response.Code != "0") throw new InvalidOperationException(response.Msg);
                    return count;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task A_leading_check_that_only_logs_does_not_guard()
    {
        await Fires("""
            class Market
            {
                async Task<int> CountAsync(HttpClient http)
                {
                    var response = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    if (response!.Code != "0") Console.WriteLine(response.Msg);
                    return {|#0:response.Data|}.Count;
                }
            }
            """ + Envelope, "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\"");
    }

    [Fact]
    public async Task A_leading_check_that_leaves_guards()
    {
        await Quiet("""
            class Market
            {
                async Task<int> CountAsync(HttpClient http)
                {
                    var response = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT") ?? throw new InvalidOperationException("empty");
                    if (response.Code != "0")
                    {
                        return -1;
                    }

                    return response.Data.Count;
                }
            }
            """ + Envelope);
    }

    // ---------------------------------------------------------------- must fire: order items

    [Fact]
    public async Task Order_endpoint_code_checked_but_no_sCode()
    {
        await Fires("""
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    return {|#0:root.GetProperty("data")|}[0].GetProperty("ordId").GetString();
                }
            }
            """, OrderItems);
    }

    [Theory]
    [InlineData("/api/v5/trade/batch-orders")]
    [InlineData("/api/v5/trade/cancel-order")]
    [InlineData("/api/v5/trade/cancel-batch-orders")]
    [InlineData("/api/v5/trade/amend-order")]
    [InlineData("/api/v5/trade/amend-batch-orders")]
    [InlineData("/api/v5/trade/order-algo")]
    public async Task Typed_order_endpoints_through_a_constant_path(string path)
    {
        await Fires($$"""
            public sealed class OrderAck
            {
                public string OrdId { get; set; } = "";
                public string SCode { get; set; } = "";
            }

            class Trader
            {
                private const string Path = "{{path}}";

                async Task<string> SendAsync(HttpClient http, HttpContent body)
                {
                    var response = await http.PostAsync(Path, body);
                    var resp = (await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>())!;
                    if (resp.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return {|#0:resp.Data|}[0].OrdId;
                }
            }
            """ + Envelope, OrderItems);
    }

    // ---------------------------------------------------------------- must not fire

    [Fact]
    public async Task Guarded_by_if_throw()
    {
        await Quiet("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0")
                    {
                        throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    }

                    return root.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """);
    }

    [Fact]
    public async Task Guarded_by_then_branch_and_by_return()
    {
        await Quiet("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                    if ((string?)node["code"] == "0")
                    {
                        return node["data"]![0]!["totalEq"]!.GetValue<string>();
                    }

                    return null;
                }

                async Task<string?> Equity2Async(HttpClient http)
                {
                    var jo = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    if (jo.Value<string>("code") != "0") return null;
                    return (string?)jo["data"]![0]!["totalEq"];
                }
            }
            """);
    }

    [Fact]
    public async Task Guarded_by_switch_statement_and_switch_expression()
    {
        await Quiet("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    switch (code)
                    {
                        case "0":
                            break;
                        default:
                            throw new InvalidOperationException(code);
                    }

                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> Last2Async(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    return root.GetProperty("code").GetString() switch
                    {
                        "0" => root.GetProperty("data")[0].GetProperty("last").GetString(),
                        var c => throw new InvalidOperationException(c),
                    };
                }
            }
            """);
    }

    [Fact]
    public async Task Guarded_by_parsed_code_pattern_and_bool_local()
    {
        await Quiet("""
            class Market
            {
                async Task<string?> AAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (int.Parse(doc.RootElement.GetProperty("code").GetString()!) != 0) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> BAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    return resp is { Code: "0" } ? resp.Data[0].Last : null;
                }

                async Task<string?> CAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var ok = doc.RootElement.GetProperty("code").GetString() == "0";
                    if (!ok) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<List<Ticker>> DAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (resp?.Code != "0") throw new InvalidOperationException(resp?.Msg);
                    return resp.Data;
                }
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Guarded_by_helper_methods()
    {
        await Quiet("""
            public sealed class Checked<T>
            {
                public string Code { get; set; } = "";
                public List<T> Data { get; set; } = new();
                public void EnsureSuccess() { if (Code != "0") throw new InvalidOperationException(Code); }
            }

            static class OkxGuard
            {
                public static void EnsureOkxSuccess(JsonElement root) { if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(); }
                public static void Check(string json) { using var doc = JsonDocument.Parse(json); EnsureOkxSuccess(doc.RootElement); }
                public static void ThrowOkxError(string? code) => throw new InvalidOperationException(code);
            }

            class Market
            {
                async Task<string?> AAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    OkxGuard.EnsureOkxSuccess(doc.RootElement);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> BAsync(HttpClient http)
                {
                    var json = await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT");
                    OkxGuard.Check(json);
                    using var doc = JsonDocument.Parse(json);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<int> CAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<Checked<int>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    resp.EnsureSuccess();
                    return resp.Data[0];
                }

                async Task<string?> DAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code != "0") OkxGuard.ThrowOkxError(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """);
    }

    [Fact]
    public async Task Sdk_result_checked()
    {
        await Quiet("""
            using OKX.Net.Clients;
            using OKX.Net.Enums;

            class Bot
            {
                private readonly OKXRestClient _client = new();

                async Task<long?> AAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    if (!result.Success) { Console.WriteLine(result.Error); return null; }
                    return result.Data.OrderId;
                }

                async Task<long?> BAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    if (result.Error != null) throw new InvalidOperationException(result.Error.ToString());
                    return result.Data.OrderId;
                }

                async Task<long?> CAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    if (!result) return null;
                    return result.Data.OrderId;
                }

                async Task<long?> DAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    return result.Success ? result.Data.OrderId : null;
                }
            }
            """);
    }

    [Fact]
    public async Task Json_that_is_not_an_okx_response()
    {
        await Quiet("""
            class Catalog
            {
                async Task<string?> FirstAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.example.com/v1/items"));
                    return doc.RootElement.GetProperty("data")[0].GetProperty("name").GetString();
                }

                async Task<string?> KucoinAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT"));
                    if (doc.RootElement.GetProperty("code").GetString() != "200000") return null;
                    return doc.RootElement.GetProperty("data").GetProperty("price").GetString();
                }
            }
            """);
    }

    [Fact]
    public async Task Code_and_msg_reads_and_non_envelope_types()
    {
        await Quiet("""
            public sealed class TickerList
            {
                public List<Ticker> Data { get; set; } = new();
            }

            class Market
            {
                async Task<string> CodeAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    return resp.Code + resp.Msg;
                }

                async Task<string?> MessageAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    return doc.RootElement.GetProperty("code").GetString() + doc.RootElement.GetProperty("msg").GetString();
                }

                async Task<string> NoCodeMemberAsync(HttpClient http)
                {
                    var list = (await http.GetFromJsonAsync<TickerList>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    return list.Data[0].Last;
                }

                string FromCaller(JsonDocument doc) => doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString()!;
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Payload_stored_before_the_check_and_used_after_it()
    {
        await Quiet("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var data = doc.RootElement.GetProperty("data");
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code is not "0") return null;
                    return data[0].GetProperty("totalEq").GetString();
                }
            }
            """);
    }

    [Fact]
    public async Task Retry_loop_that_continues_on_error()
    {
        await Quiet("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    while (true)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                        if (doc.RootElement.GetProperty("code").GetString() != "0")
                        {
                            await Task.Delay(100);
                            continue;
                        }

                        return doc.RootElement.GetProperty("data")[0].GetProperty("totalEq").GetString();
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task Order_endpoints_that_are_fine()
    {
        await Quiet("""
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/batch-orders", new StringContent(body));
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    var code = root.GetProperty("code").GetString();
                    if (code != "0" && code != "2") throw new InvalidOperationException(code);
                    var item = root.GetProperty("data")[0];
                    if (item.GetProperty("sCode").GetString() != "0") throw new InvalidOperationException(item.GetProperty("sMsg").GetString());
                    return item.GetProperty("ordId").GetString();
                }

                async Task<string?> DetailsAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/trade/order?instId=BTC-USDT&ordId=1"));
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException();
                    return root.GetProperty("data")[0].GetProperty("state").GetString();
                }

                async Task<JsonElement> CancelAsync(HttpClient http, HttpContent body)
                {
                    var response = await http.PostAsync("/api/v5/trade/cancel-batch-orders", body);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    if (doc.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException();
                    return doc.RootElement.GetProperty("data").Clone();
                }
            }
            """);
    }

    [Fact]
    public async Task Data_read_in_the_error_branch_to_build_the_exception()
    {
        await Quiet("""
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, HttpContent body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", body);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0")
                    {
                        var first = root.GetProperty("data")[0];
                        throw new InvalidOperationException(first.GetProperty("sCode").GetString() + " " + first.GetProperty("sMsg").GetString());
                    }

                    return root.GetProperty("data")[0].GetProperty("ordId").GetString();
                }
            }
            """);
    }

    [Fact]
    public async Task Or_patterns_and_failure_flags_guard()
    {
        await Quiet("""
            public sealed class Flagged<T>
            {
                public string Code { get; set; } = "";
                public List<T> Data { get; set; } = new();
                public bool IsError => Code != "0";
            }

            class Market
            {
                async Task<string?> AAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (doc.RootElement.GetProperty("code").GetString() is not ("0" or "2")) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                List<int> B(string json)
                {
                    var resp = JsonSerializer.Deserialize<Flagged<int>>(json)!;
                    if (resp.IsError) throw new InvalidOperationException(resp.Code);
                    return resp.Data;
                }

                async Task<string?> CAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (!string.Equals(doc.RootElement.GetProperty("code").GetString(), "0", StringComparison.Ordinal)) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> DAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (!doc.RootElement.GetProperty("code").ValueEquals("0")) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> EAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code!.Equals("0", StringComparison.Ordinal) == false) return null;
                    if (int.TryParse(code, out var number) && number == 0)
                    {
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    return null;
                }
            }
            """);
    }

    [Fact]
    public async Task Polling_loop_without_exit_still_fires()
    {
        await Fires("""
            class Poller
            {
                async Task RunAsync(HttpClient http)
                {
                    while (true)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                        Console.WriteLine({|#0:doc.RootElement.GetProperty("data")|}[0].GetProperty("last").GetString());
                        await Task.Delay(1000);
                    }
                }
            }
            """, NotData);
    }

    [Fact]
    public async Task WebSocket_push_messages_have_no_code()
    {
        await Quiet("""
            class OkxSocket
            {
                void OnMessage(string text)
                {
                    using var doc = JsonDocument.Parse(text);
                    if (!doc.RootElement.TryGetProperty("arg", out var arg)) return;
                    var data = doc.RootElement.GetProperty("data");
                    Console.WriteLine(arg.ToString() + data.ToString());
                }
            }
            """);
    }

    // ---------------------------------------------------------------- fixes

    [Fact]
    public async Task Fix_JsonElement_guard()
    {
        await Fix("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    // the first ticker
                    return [|root.GetProperty("data")|][0].GetProperty("last").GetString();
                }
            }
            """, """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX error {root.GetProperty("code").GetString()}: {root.GetProperty("msg").GetString()}");
                    // the first ticker
                    return root.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """, UncheckedResponseCodeCodeFixProvider.CheckCodeKey);
    }

    [Fact]
    public async Task Fix_JsonNode_guard()
    {
        await Fix("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                    return [|node["data"]|]![0]!["totalEq"]!.GetValue<string>();
                }
            }
            """, """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                    if (node["code"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX error {node["code"]}: {node["msg"]}");
                    return node["data"]![0]!["totalEq"]!.GetValue<string>();
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_JObject_guard()
    {
        await Fix("""
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var jo = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var first = [|jo["data"]|]![0];
                    return (string?)first!["totalEq"];
                }
            }
            """, """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var jo = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    if (jo["code"]?.ToString() != "0") throw new InvalidOperationException($"OKX error {jo["code"]}: {jo["msg"]}");
                    var first = jo["data"]![0];
                    return (string?)first!["totalEq"];
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_typed_guard_with_message()
    {
        await Fix("""
            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    return [|resp.Data|][0].Last;
                }
            }
            """ + Envelope, """
            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    if (resp.Code != "0") throw new InvalidOperationException($"OKX error {resp.Code}: {resp.Msg}");
                    return resp.Data[0].Last;
                }
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Fix_typed_guard_numeric_code_without_message_stores_the_response()
    {
        await Fix("""
            public sealed class Envelope
            {
                public int Code { get; set; }
                public Ticker[] Data { get; set; } = Array.Empty<Ticker>();
            }

            public sealed class Ticker
            {
                public string Last { get; set; } = "";
            }

            class OkxTickers
            {
                string Last(string json)
                {
                    var last = [|JsonSerializer.Deserialize<Envelope>(json)!.Data|][0].Last;
                    return last;
                }
            }
            """, """
            public sealed class Envelope
            {
                public int Code { get; set; }
                public Ticker[] Data { get; set; } = Array.Empty<Ticker>();
            }

            public sealed class Ticker
            {
                public string Last { get; set; } = "";
            }

            class OkxTickers
            {
                string Last(string json)
                {
                    var response = JsonSerializer.Deserialize<Envelope>(json)!;
                    if (response.Code != 0) throw new InvalidOperationException($"OKX error {response.Code}");
                    var last = response.Data[0].Last;
                    return last;
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_null_conditional_read_and_embedded_statement()
    {
        await Fix("""
            class Market
            {
                async Task<string?> LastAsync(HttpClient http, bool wanted)
                {
                    var body = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (wanted)
                        return [|body?.Data|][0].Last;
                    return null;
                }
            }
            """ + Envelope, """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http, bool wanted)
                {
                    var body = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (wanted)
                    {
                        if (body?.Code != "0") throw new InvalidOperationException($"OKX error {body?.Code}: {body?.Msg}");
                        return body?.Data[0].Last;
                    }
                    return null;
                }
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Fix_sdk_result()
    {
        await Fix("""
            using OKX.Net.Clients;

            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    return [|result.Data|].TotalEquity;
                }
            }
            """, """
            using OKX.Net.Clients;

            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (!result.Success) throw new InvalidOperationException(result.Error?.ToString());
                    return result.Data.TotalEquity;
                }
            }
            """, UncheckedResponseCodeCodeFixProvider.CheckSuccessKey);
    }

    [Fact]
    public async Task Fix_sdk_result_read_from_the_call_stores_the_result()
    {
        await Fix("""
            using OKX.Net.Clients;

            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var equity = [|(await client.UnifiedApi.Account.GetAccountBalanceAsync()).Data|].TotalEquity;
                    return equity;
                }
            }
            """, """
            using OKX.Net.Clients;

            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (!result.Success) throw new InvalidOperationException(result.Error?.ToString());
                    var equity = result.Data.TotalEquity;
                    return equity;
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_wrong_success_values()
    {
        await Fix("""
            class Market
            {
                async Task<string?> AAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if ([|code != "200"|]) throw new InvalidOperationException(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> BAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if ([|int.Parse(doc.RootElement.GetProperty("code").GetString()!) == 200|])
                    {
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    return null;
                }
            }
            """, """
            class Market
            {
                async Task<string?> AAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code != "0") throw new InvalidOperationException(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> BAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (int.Parse(doc.RootElement.GetProperty("code").GetString()!) == 0)
                    {
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    return null;
                }
            }
            """, UncheckedResponseCodeCodeFixProvider.SuccessIsZeroKey);
    }

    [Fact]
    public async Task Fix_all_guards_every_response()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class Account
                {
                    async Task<string> BothAsync(HttpClient http)
                    {
                        using var a = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                        using var b = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/positions"));
                        var x = [|a.RootElement.GetProperty("data")|];
                        var y = [|b.RootElement.GetProperty("data")|];
                        return x.ToString() + y.ToString();
                    }

                    async Task<string?> OtherAsync(HttpClient http)
                    {
                        var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        return [|node["data"]|]!.ToJsonString();
                    }
                }
                """,
            FixedCode = Usings + """
                class Account
                {
                    async Task<string> BothAsync(HttpClient http)
                    {
                        using var a = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                        using var b = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/positions"));
                        if (a.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX error {a.RootElement.GetProperty("code").GetString()}: {a.RootElement.GetProperty("msg").GetString()}");
                        var x = a.RootElement.GetProperty("data");
                        if (b.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX error {b.RootElement.GetProperty("code").GetString()}: {b.RootElement.GetProperty("msg").GetString()}");
                        var y = b.RootElement.GetProperty("data");
                        return x.ToString() + y.ToString();
                    }

                    async Task<string?> OtherAsync(HttpClient http)
                    {
                        var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        if (node["code"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX error {node["code"]}: {node["msg"]}");
                        return node["data"]!.ToJsonString();
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_in_top_level_statements()
    {
        await new VerifyCS.Test
        {
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            FixedState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            TestCode = Usings + """
                var http = new HttpClient();
                using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/public/time"));
                Console.WriteLine([|doc.RootElement.GetProperty("data")|][0].GetProperty("ts").GetString());
                """,
            FixedCode = Usings + """
                var http = new HttpClient();
                using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/public/time"));
                if (doc.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX error {doc.RootElement.GetProperty("code").GetString()}: {doc.RootElement.GetProperty("msg").GetString()}");
                Console.WriteLine(doc.RootElement.GetProperty("data")[0].GetProperty("ts").GetString());
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_null_conditional_JsonNode_without_using_System()
    {
        await VerifyCS.VerifyCodeFixAsync("""
            using System.Net.Http;
            using System.Text.Json.Nodes;

            class Clock
            {
                string? ServerTime(HttpClient http)
                {
                    var json = http.GetStringAsync("/api/v5/public/time").Result;
                    var node = JsonNode.Parse(json);
                    return [|node?["data"]|]?[0]?["ts"]?.ToString();
                }
            }
            """, """
            using System.Net.Http;
            using System.Text.Json.Nodes;

            class Clock
            {
                string? ServerTime(HttpClient http)
                {
                    var json = http.GetStringAsync("/api/v5/public/time").Result;
                    var node = JsonNode.Parse(json);
                    if (node?["code"]?.GetValue<string>() != "0") throw new System.InvalidOperationException($"OKX error {node?["code"]}: {node?["msg"]}");
                    return node?["data"]?[0]?["ts"]?.ToString();
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_all_with_two_reads_in_one_statement()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class Account
                {
                    async Task<string> BothAsync(HttpClient http)
                    {
                        var a = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        var b = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/positions"))!;
                        return [|a["data"]|]!.ToJsonString() + [|b["data"]|]!.ToJsonString();
                    }
                }
                """,
            FixedCode = Usings + """
                class Account
                {
                    async Task<string> BothAsync(HttpClient http)
                    {
                        var a = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        var b = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/positions"))!;
                        if (a["code"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX error {a["code"]}: {a["msg"]}");
                        if (b["code"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX error {b["code"]}: {b["msg"]}");
                        return a["data"]!.ToJsonString() + b["data"]!.ToJsonString();
                    }
                }
                """,
            // Both checks go before the same statement: FixAll in a document takes a second pass (at most 2).
            NumberOfFixAllIterations = -2,
        }.RunAsync();
    }

    [Fact]
    public async Task Order_items_fix_checks_each_sCode()
    {
        var source = Usings + """
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException();
                    return [|root.GetProperty("data")|][0].GetProperty("ordId").GetString();
                }
            }
            """;
        var fixedSource = Usings + """
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException();
                    var data = root.GetProperty("data");
                    foreach (var item in data.EnumerateArray()) if (item.GetProperty("sCode").GetString() != "0") throw new InvalidOperationException($"OKX order error {item.GetProperty("sCode").GetString()}: {item.GetProperty("sMsg").GetString()}");
                    return data[0].GetProperty("ordId").GetString();
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public void Descriptor_is_reliability_warning_with_help_link()
    {
        var descriptor = new UncheckedResponseCodeAnalyzer().SupportedDiagnostics.Single();
        Assert.Equal("OKX005", descriptor.Id);
        Assert.Equal("OkxSafety", descriptor.Category);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.EndsWith("docs/rules/OKX005.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Contains("OKX reports errors with HTTP 200 and a non-zero code", descriptor.MessageFormat.ToString(), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- must not fire: realistic correct code

    [Theory]
    [InlineData("is_not_pattern_on_code_local")]
    [InlineData("is_not_pattern_on_the_read")]
    [InlineData("switch_statement_returning_data_in_case_0")]
    [InlineData("switch_expression_with_discard_arm")]
    [InlineData("private_bool_helper")]
    [InlineData("extension_guard")]
    [InlineData("base_class_guard")]
    [InlineData("fluent_ensure_success_on_envelope")]
    [InlineData("throw_expression_in_conditional")]
    [InlineData("code_checked_with_and_condition")]
    [InlineData("typed_numeric_code")]
    [InlineData("typed_int_parse_code")]
    [InlineData("typed_empty_result_on_error")]
    [InlineData("then_branch_foreach")]
    [InlineData("newtonsoft_cast_guard")]
    [InlineData("jsonnode_getvalue_is_not")]
    [InlineData("dictionary_of_elements")]
    [InlineData("continue_in_foreach_over_instruments")]
    [InlineData("log_and_return")]
    [InlineData("order_items_checked_in_loop")]
    [InlineData("data_in_throw_branch_jsonnode")]
    [InlineData("data_in_throw_branch_typed")]
    [InlineData("binance_pay_data_next_to_okx_public")]
    [InlineData("writing_a_data_property")]
    [InlineData("typed_record_without_code")]
    [InlineData("deserialize_without_code_member")]
    [InlineData("generic_http_json_helper")]
    [InlineData("websocket_order_op_checked")]
    [InlineData("iterator_with_yield_break")]
    [InlineData("guard_in_local_function")]
    [InlineData("guard_with_else_branch_read")]
    [InlineData("typed_is_not_pattern")]
    [InlineData("jsondeserialize_then_check")]
    [InlineData("newtonsoft_typed_then_check")]
    [InlineData("status_and_code_both_checked")]
    [InlineData("sdk_result_error_pattern")]
    [InlineData("data_copied_to_model_after_check")]
    [InlineData("error_code_mapped_to_exception_then_read")]
    [InlineData("unrelated_data_on_local_type")]
    [InlineData("htx_status_and_data")]
    [InlineData("bitget_code_00000")]
    [InlineData("tradingview_webhook_data")]
    [InlineData("config_json_with_data_section")]
    [InlineData("config_jsonnode_data_directory")]
    [InlineData("bybit_socket_data_next_to_okx")]
    [InlineData("tryget_data_after_check")]
    [InlineData("kucoin_data_next_to_okx_public")]
    [InlineData("typed_order_with_scode_check")]
    [InlineData("coinbase_data_in_okx_arbitrage")]
    public Task Realistic_correct_or_unrelated_code(string scenario) => Quiet(QuietScenarios[scenario] + Envelope);

    private static readonly Dictionary<string, string> QuietScenarios = new()
    {
        ["is_not_pattern_on_code_local"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code is not "0") return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """,
        ["is_not_pattern_on_the_read"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=ETH-USDT"));
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() is not "0")
                    {
                        throw new InvalidOperationException("OKX error " + root.GetProperty("msg").GetString());
                    }

                    var ticker = root.GetProperty("data")[0];
                    return ticker.GetProperty("last").GetString();
                }
            }
            """,
        ["switch_statement_returning_data_in_case_0"] = """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var root = doc.RootElement;
                    switch (root.GetProperty("code").GetString())
                    {
                        case "0":
                            return root.GetProperty("data")[0].GetProperty("totalEq").GetString();
                        case "50011":
                            await Task.Delay(500);
                            return null;
                        default:
                            throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    }
                }
            }
            """,
        ["switch_expression_with_discard_arm"] = """
            class Market
            {
                async Task<decimal> MarkAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP"))!;
                    return resp.Code switch
                    {
                        "0" => decimal.Parse(resp.Data[0].Last, System.Globalization.CultureInfo.InvariantCulture),
                        _ => throw new InvalidOperationException($"{resp.Code}: {resp.Msg}"),
                    };
                }
            }
            """,
        ["private_bool_helper"] = """
            class Market
            {
                private static bool IsOk(JsonElement root) => root.GetProperty("code").GetString() == "0";

                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    if (!IsOk(doc.RootElement)) return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """,
        ["extension_guard"] = """
            static class OkxJsonExtensions
            {
                public static JsonElement EnsureOkxSuccess(this JsonElement root)
                {
                    var code = root.GetProperty("code").GetString();
                    if (code != "0") throw new InvalidOperationException($"OKX {code}: {root.GetProperty("msg").GetString()}");
                    return root;
                }
            }

            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement.EnsureOkxSuccess();
                    return root.GetProperty("data")[0].GetProperty("last").GetString();
                }
            }
            """,
        ["base_class_guard"] = """
            abstract class OkxApiBase
            {
                protected static void ThrowIfError<T>(OkxResponse<T> response)
                {
                    if (response.Code != "0") throw new InvalidOperationException($"OKX {response.Code}: {response.Msg}");
                }
            }

            sealed class MarketApi : OkxApiBase
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    ThrowIfError(resp);
                    return resp.Data[0].Last;
                }
            }
            """,
        ["fluent_ensure_success_on_envelope"] = """
            public sealed class Envelope2<T>
            {
                public string Code { get; set; } = "";
                public string Msg { get; set; } = "";
                public List<T> Data { get; set; } = new();

                public Envelope2<T> EnsureSuccess() => Code == "0" ? this : throw new InvalidOperationException($"OKX {Code}: {Msg}");
            }

            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<Envelope2<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!.EnsureSuccess();
                    return resp.Data[0].Last;
                }
            }
            """,
        ["throw_expression_in_conditional"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    var data = root.GetProperty("code").GetString() == "0"
                        ? root.GetProperty("data")
                        : throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    return data[0].GetProperty("last").GetString();
                }
            }
            """,
        ["code_checked_with_and_condition"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (resp is not null && resp.Code == "0" && resp.Data.Count > 0)
                    {
                        return resp.Data[0].Last;
                    }

                    return null;
                }
            }
            """,
        ["typed_numeric_code"] = """
            public sealed class NumericEnvelope<T>
            {
                public int Code { get; set; }
                public string Msg { get; set; } = "";
                public T[] Data { get; set; } = Array.Empty<T>();
            }

            class Market
            {
                async Task<Ticker[]> TickersAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<NumericEnvelope<Ticker>>("/api/v5/market/tickers?instType=SPOT"))!;
                    if (resp.Code != 0) throw new InvalidOperationException(resp.Msg);
                    return resp.Data;
                }
            }
            """,
        ["typed_int_parse_code"] = """
            class Market
            {
                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT"))!;
                    if (int.Parse(resp.Code, System.Globalization.CultureInfo.InvariantCulture) != 0) throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }
            }
            """,
        ["typed_empty_result_on_error"] = """
            class Market
            {
                async Task<Ticker[]> TickersAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SWAP");
                    if (resp is null || resp.Code != "0") return Array.Empty<Ticker>();
                    return resp.Data.ToArray();
                }
            }
            """,
        ["then_branch_foreach"] = """
            class Market
            {
                async Task PrintAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT"))!;
                    if (resp.Code == "0")
                    {
                        foreach (var ticker in resp.Data) Console.WriteLine(ticker.Last);
                    }
                    else
                    {
                        Console.Error.WriteLine($"OKX {resp.Code}: {resp.Msg}");
                    }
                }
            }
            """,
        ["newtonsoft_cast_guard"] = """
            using Newtonsoft.Json.Linq;

            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var jo = JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    if ((string?)jo["code"] != "0") throw new InvalidOperationException((string?)jo["msg"]);
                    return (string?)jo["data"]![0]!["totalEq"];
                }
            }
            """,
        ["jsonnode_getvalue_is_not"] = """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                    if (node["code"]?.GetValue<string>() is not "0") return null;
                    return node["data"]?[0]?["totalEq"]?.GetValue<string>();
                }
            }
            """,
        ["dictionary_of_elements"] = """
            class Market
            {
                async Task<JsonElement> TickerAsync(HttpClient http)
                {
                    var body = await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT");
                    var envelope = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
                    if (envelope["code"].GetString() != "0") throw new InvalidOperationException(envelope["msg"].GetString());
                    return envelope["data"][0];
                }
            }
            """,
        ["continue_in_foreach_over_instruments"] = """
            class Market
            {
                async Task<Dictionary<string, string>> LastPricesAsync(HttpClient http, string[] instIds)
                {
                    var prices = new Dictionary<string, string>();
                    foreach (var instId in instIds)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v5/market/ticker?instId={instId}"));
                        if (doc.RootElement.GetProperty("code").GetString() != "0") continue;
                        prices[instId] = doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString()!;
                    }

                    return prices;
                }
            }
            """,
        ["log_and_return"] = """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code != "0")
                    {
                        Console.Error.WriteLine($"balance failed with {code}");
                        return null;
                    }

                    return doc.RootElement.GetProperty("data")[0].GetProperty("totalEq").GetString();
                }
            }
            """,
        ["order_items_checked_in_loop"] = """
            class Trader
            {
                async Task<List<string>> CancelAsync(HttpClient http, HttpContent body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/cancel-batch-orders", body);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    var code = root.GetProperty("code").GetString();
                    if (code is not ("0" or "1" or "2")) throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    var cancelled = new List<string>();
                    foreach (var item in root.GetProperty("data").EnumerateArray())
                    {
                        if (item.GetProperty("sCode").GetString() == "0") cancelled.Add(item.GetProperty("ordId").GetString()!);
                    }

                    return cancelled;
                }
            }
            """,
        ["data_in_throw_branch_jsonnode"] = """
            class Trader
            {
                async Task<string?> AmendAsync(HttpClient http, HttpContent body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/amend-order", body);
                    var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                    if ((string?)node["code"] != "0")
                    {
                        throw new InvalidOperationException($"amend failed: {node["data"]?.ToJsonString()}");
                    }

                    var item = node["data"]![0]!;
                    return (string?)item["sCode"] == "0" ? (string?)item["ordId"] : null;
                }
            }
            """,
        ["data_in_throw_branch_typed"] = """
            class Account
            {
                async Task<List<Ticker>> LoadAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/index-tickers?quoteCcy=USDT"))!;
                    if (resp.Code != "0") throw new InvalidOperationException($"{resp.Code} {resp.Msg} ({resp.Data.Count} items)");
                    return resp.Data;
                }
            }
            """,
        ["binance_pay_data_next_to_okx_public"] = """
            class PriceFeeds
            {
                async Task<string?> OkxLastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                    if (doc.RootElement.GetProperty("code").GetString() != "0") return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> BinancePayStatusAsync(HttpClient http, HttpContent query)
                {
                    using var response = await http.PostAsync("https://bpay.binanceapi.com/binancepay/openapi/v2/order/query", query);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    if (doc.RootElement.GetProperty("status").GetString() != "SUCCESS") return null;
                    return doc.RootElement.GetProperty("data").GetProperty("status").GetString();
                }
            }
            """,
        ["writing_a_data_property"] = """
            class OkxFillNotifier
            {
                async Task NotifyAsync(HttpClient http, string ordId, string fillPx)
                {
                    var payload = new JsonObject
                    {
                        ["event"] = "okx-fill",
                        ["data"] = new JsonObject { ["ordId"] = ordId, ["fillPx"] = fillPx },
                    };
                    using var response = await http.PostAsync("https://hooks.example.com/fills", new StringContent(payload.ToJsonString()));
                    response.EnsureSuccessStatusCode();
                }
            }
            """,
        ["typed_record_without_code"] = """
            public sealed record CandlePage(List<string[]> Data);

            class OkxCandles
            {
                async Task<int> CountAsync(HttpClient http)
                {
                    var page = (await http.GetFromJsonAsync<CandlePage>("/api/v5/market/history-candles?instId=BTC-USDT&bar=1H"))!;
                    return page.Data.Count;
                }
            }
            """,
        ["deserialize_without_code_member"] = """
            public sealed class InstrumentPage
            {
                public List<Dictionary<string, string>> Data { get; set; } = new();
            }

            class OkxInstruments
            {
                public int Count(string cachedJson) => JsonSerializer.Deserialize<InstrumentPage>(cachedJson)!.Data.Count;
            }
            """,
        ["generic_http_json_helper"] = """
            class OkxHttp
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };

                private async Task<T> GetAsync<T>(string path) => (await _http.GetFromJsonAsync<T>(path))!;

                private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
                {
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return doc.RootElement.Clone();
                }

                public async Task<string> LastAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (resp.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }
            }
            """,
        ["websocket_order_op_checked"] = """
            class OkxPrivateSocket
            {
                void OnMessage(string text)
                {
                    using var doc = JsonDocument.Parse(text);
                    var root = doc.RootElement;
                    if (!root.TryGetProperty("op", out var op) || op.GetString() != "order") return;
                    if (root.GetProperty("code").GetString() != "0")
                    {
                        Console.Error.WriteLine(root.GetProperty("msg").GetString());
                        return;
                    }

                    Console.WriteLine(root.GetProperty("data")[0].GetProperty("ordId").GetString());
                }
            }
            """,
        ["iterator_with_yield_break"] = """
            class OkxTickerParser
            {
                public IEnumerable<string> LastPrices(string json)
                {
                    using var doc = JsonDocument.Parse(json);
                    if (doc.RootElement.GetProperty("code").GetString() != "0") yield break;
                    foreach (var item in doc.RootElement.GetProperty("data").EnumerateArray())
                    {
                        yield return item.GetProperty("last").GetString()!;
                    }
                }
            }
            """,
        ["guard_in_local_function"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    Ensure(doc.RootElement);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();

                    static void Ensure(JsonElement root)
                    {
                        if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    }
                }
            }
            """,
        ["guard_with_else_branch_read"] = """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    var resp = (await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/account/balance"))!;
                    if (resp.Code != "0")
                    {
                        Console.Error.WriteLine(resp.Msg);
                        return null;
                    }
                    else
                    {
                        return resp.Data[0].Last;
                    }
                }
            }
            """,
        ["typed_is_not_pattern"] = """
            class Market
            {
                async Task<List<Ticker>> TickersAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=FUTURES");
                    if (resp is not { Code: "0" }) throw new InvalidOperationException(resp?.Msg);
                    return resp.Data;
                }
            }
            """,
        ["jsondeserialize_then_check"] = """
            class Market
            {
                List<Ticker> Parse(string json)
                {
                    var resp = JsonSerializer.Deserialize<OkxResponse<Ticker>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
                    if (resp.Code != "0") throw new InvalidOperationException($"OKX {resp.Code}: {resp.Msg}");
                    return resp.Data;
                }
            }
            """,
        ["newtonsoft_typed_then_check"] = """
            class Market
            {
                string Parse(string json)
                {
                    var resp = Newtonsoft.Json.JsonConvert.DeserializeObject<OkxResponse<Ticker>>(json)!;
                    if (!"0".Equals(resp.Code, StringComparison.Ordinal)) throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }
            }
            """,
        ["status_and_code_both_checked"] = """
            class Account
            {
                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var response = await http.GetAsync("/api/v5/account/balance");
                    response.EnsureSuccessStatusCode();
                    var resp = (await response.Content.ReadFromJsonAsync<OkxResponse<Ticker>>())!;
                    if (resp.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }
            }
            """,
        ["sdk_result_error_pattern"] = """
            using OKX.Net.Clients;
            using OKX.Net.Enums;

            class Bot
            {
                private readonly OKXRestClient _client = new();

                async Task<long?> PlaceAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Sell, OrderType.Market, 0.01m);
                    if (result.Error is { } error)
                    {
                        Console.Error.WriteLine(error.ToString());
                        return null;
                    }

                    return result.Data.OrderId;
                }
            }
            """,
        ["data_copied_to_model_after_check"] = """
            public sealed record Quote(string InstId, string Last);

            class Market
            {
                async Task<Quote?> QuoteAsync(HttpClient http, string instId)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync($"/api/v5/market/ticker?instId={instId}"))!;
                    var code = (string?)node["code"];
                    if (code != "0") return null;
                    var first = node["data"]![0]!;
                    return new Quote(instId, (string)first["last"]!);
                }
            }
            """,
        ["error_code_mapped_to_exception_then_read"] = """
            class Account
            {
                static Exception ToException(string? code, string? msg) => code switch
                {
                    "50011" => new TimeoutException(msg),
                    _ => new InvalidOperationException(msg),
                };

                async Task<string?> EquityAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    var root = doc.RootElement;
                    var code = root.GetProperty("code").GetString();
                    if (code != "0") throw ToException(code, root.GetProperty("msg").GetString());
                    return root.GetProperty("data")[0].GetProperty("totalEq").GetString();
                }
            }
            """,
        ["unrelated_data_on_local_type"] = """
            public sealed class Chunk
            {
                public byte[] Data { get; set; } = Array.Empty<byte>();
            }

            class OkxExportWriter
            {
                int Size(Chunk chunk) => chunk.Data.Length;
            }
            """,

        // Reviewer-found false positives: foreign exchanges, config files, webhook bodies, socket messages in OKX-named types.
        ["htx_status_and_data"] = """
            class OkxHtxMonitor
            {
                async Task<JsonElement?> HtxTickerAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.huobi.pro/market/detail/merged?symbol=btcusdt"));
                    if (doc.RootElement.GetProperty("status").GetString() != "ok") return null;
                    return doc.RootElement.GetProperty("tick").Clone();
                }

                async Task<int> HtxSymbolsAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.huobi.pro/v2/settings/common/symbols"));
                    if (doc.RootElement.GetProperty("status").GetString() != "ok") return 0;
                    return doc.RootElement.GetProperty("data").GetArrayLength();
                }
            }
            """,

        ["bitget_code_00000"] = """
            class OkxBitgetHedger
            {
                async Task<string?> BitgetLastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.bitget.com/api/v2/spot/market/tickers?symbol=BTCUSDT"));
                    if (doc.RootElement.GetProperty("code").GetString() != "00000") return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("lastPr").GetString();
                }
            }
            """,

        ["tradingview_webhook_data"] = """
            class OkxSignalReceiver
            {
                public (string Side, string InstId) Parse(string webhookBody)
                {
                    using var doc = JsonDocument.Parse(webhookBody);
                    var data = doc.RootElement.GetProperty("data");
                    return (data.GetProperty("side").GetString()!, data.GetProperty("instId").GetString()!);
                }
            }
            """,

        ["config_json_with_data_section"] = """
            class OkxBotSettings
            {
                public static string[] LoadInstruments(string path)
                {
                    using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
                    var data = doc.RootElement.GetProperty("data");
                    var result = new List<string>();
                    foreach (var inst in data.GetProperty("instIds").EnumerateArray()) result.Add(inst.GetString()!);
                    return result.ToArray();
                }
            }
            """,

        ["config_jsonnode_data_directory"] = """
            class OkxCandleRecorder
            {
                private readonly string _dataDirectory;

                public OkxCandleRecorder(string settingsJson)
                {
                    var node = JsonNode.Parse(settingsJson)!;
                    _dataDirectory = node["data"]?["directory"]?.GetValue<string>() ?? "candles";
                }
            }
            """,

        ["bybit_socket_data_next_to_okx"] = """
            class OkxBybitBookWatcher
            {
                private const string OkxTicker = "https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT";

                void OnBybitMessage(string text)
                {
                    using var doc = JsonDocument.Parse(text);
                    var root = doc.RootElement;
                    if (root.GetProperty("topic").GetString() != "orderbook.50.BTCUSDT") return;
                    var bids = root.GetProperty("data").GetProperty("b");
                    Console.WriteLine(bids.GetArrayLength());
                }
            }
            """,

        ["tryget_data_after_check"] = """
            class Market
            {
                async Task<string?> LastAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var root = doc.RootElement;
                    if (!root.TryGetProperty("code", out var code) || code.GetString() != "0") return null;
                    return root.TryGetProperty("data", out var data) && data.GetArrayLength() > 0 ? data[0].GetProperty("last").GetString() : null;
                }
            }
            """,

        ["kucoin_data_next_to_okx_public"] = """
            class OkxKucoinSpread
            {
                async Task<decimal> SpreadAsync(HttpClient http)
                {
                    using var okx = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                    if (okx.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException("okx");
                    var okxLast = decimal.Parse(okx.RootElement.GetProperty("data")[0].GetProperty("last").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

                    using var kucoin = JsonDocument.Parse(await http.GetStringAsync("https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT"));
                    var kucoinLast = decimal.Parse(kucoin.RootElement.GetProperty("data").GetProperty("price").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                    return okxLast - kucoinLast;
                }
            }
            """,

        ["typed_order_with_scode_check"] = """
            public sealed class OrderAck
            {
                public string OrdId { get; set; } = "";
                public string SCode { get; set; } = "";
                public string SMsg { get; set; } = "";
            }

            class Trader
            {
                async Task<string> PlaceAsync(HttpClient http, HttpContent body)
                {
                    var response = await http.PostAsync("/api/v5/trade/order", body);
                    var resp = (await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>())!;
                    if (resp.Code != "0" && resp.Code != "1") throw new InvalidOperationException(resp.Msg);
                    var ack = resp.Data[0];
                    if (ack.SCode != "0") throw new InvalidOperationException($"{ack.SCode}: {ack.SMsg}");
                    return ack.OrdId;
                }
            }
            """,

        ["coinbase_data_in_okx_arbitrage"] = """
            class OkxArbitrage
            {
                async Task<string?> CoinbaseSpotAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://api.coinbase.com/v2/prices/BTC-USD/spot"));
                    return doc.RootElement.GetProperty("data").GetProperty("amount").GetString();
                }
            }
            """,
    };
}
