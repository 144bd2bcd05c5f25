using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>OKX005's fix across kinds and scopes: one FixAll pass fixes unchecked reads, wrong success values and order items.</summary>
public sealed class UncheckedResponseCodeFixAllTests
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

        public sealed class OrderAck
        {
            public string OrdId { get; set; } = "";
            public string SCode { get; set; } = "";
            public string SMsg { get; set; } = "";
        }
        """;

    [Fact]
    public async Task One_FixAll_pass_fixes_every_kind_in_one_document()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class OkxMarket
                {
                    public async Task<string?> ElementAsync(HttpClient http)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                        return [|doc.RootElement.GetProperty("data")|][0].GetProperty("last").GetString();
                    }

                    public async Task<string?> NodeAsync(HttpClient http)
                    {
                        var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        return [|node["data"]|]!.ToJsonString();
                    }

                    public async Task<string?> TypedAsync(HttpClient http)
                    {
                        var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        return [|resp!.Data|][0].Last;
                    }

                    public async Task<string?> WrongSuccessAsync(HttpClient http)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT"));
                        if ([|doc.RootElement.GetProperty("code").GetString() != "00000"|]) return null;
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    public async Task<string?> OrderAsync(HttpClient http, string body)
                    {
                        using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        var root = doc.RootElement;
                        if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                        return [|root.GetProperty("data")|][0].GetProperty("ordId").GetString();
                    }

                    public async Task<string?> TypedOrderAsync(HttpClient http, string body)
                    {
                        using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        var resp = await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>();
                        if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                        return [|resp.Data|][0].OrdId;
                    }
                }
                """ + Envelope,
            FixedCode = Usings + """
                public sealed class OkxMarket
                {
                    public async Task<string?> ElementAsync(HttpClient http)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                        if (doc.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException($"OKX error {doc.RootElement.GetProperty("code").GetString()}: {doc.RootElement.GetProperty("msg").GetString()}");
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    public async Task<string?> NodeAsync(HttpClient http)
                    {
                        var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                        if (node["code"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX error {node["code"]}: {node["msg"]}");
                        return node["data"]!.ToJsonString();
                    }

                    public async Task<string?> TypedAsync(HttpClient http)
                    {
                        var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        if (resp!.Code != "0") throw new InvalidOperationException($"OKX error {resp!.Code}: {resp!.Msg}");
                        return resp!.Data[0].Last;
                    }

                    public async Task<string?> WrongSuccessAsync(HttpClient http)
                    {
                        using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT"));
                        if (doc.RootElement.GetProperty("code").GetString() != "0") return null;
                        return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                    }

                    public async Task<string?> OrderAsync(HttpClient http, string body)
                    {
                        using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        var root = doc.RootElement;
                        if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                        var data = root.GetProperty("data");
                        foreach (var item in data.EnumerateArray()) if (item.GetProperty("sCode").GetString() != "0") throw new InvalidOperationException($"OKX order error {item.GetProperty("sCode").GetString()}: {item.GetProperty("sMsg").GetString()}");
                        return data[0].GetProperty("ordId").GetString();
                    }

                    public async Task<string?> TypedOrderAsync(HttpClient http, string body)
                    {
                        using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                        var resp = await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>();
                        if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                        foreach (var item in resp.Data) if (item.SCode != "0") throw new InvalidOperationException($"OKX order error {item.SCode}: {item.SMsg}");
                        return resp.Data[0].OrdId;
                    }
                }
                """ + Envelope,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = UncheckedResponseCodeCodeFixProvider.CheckCodeKey,
        }.RunAsync();
    }

    // ---------------------------------------------------------------- scope

    [Fact]
    public async Task Static_lambda_top_level_statements_and_a_local_function()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                        var http = new HttpClient();
                        var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        Console.WriteLine([|resp!.Data|][0].Last + await Market.Reader(http));
                        """ + Envelope,
                    Usings + """
                        static class Market
                        {
                            public static Func<HttpClient, Task<string?>> Reader => static async http =>
                            {
                                return await Read();

                                async Task<string?> Read()
                                {
                                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=ETH-USDT");
                                    return [|resp!.Data|][0].Last;
                                }
                            };
                        }
                        """,
                },
                OutputKind = OutputKind.ConsoleApplication,
            },
            FixedState =
            {
                Sources =
                {
                    Usings + """
                        var http = new HttpClient();
                        var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        if (resp!.Code != "0") throw new InvalidOperationException($"OKX error {resp!.Code}: {resp!.Msg}");
                        Console.WriteLine(resp!.Data[0].Last + await Market.Reader(http));
                        """ + Envelope,
                    Usings + """
                        static class Market
                        {
                            public static Func<HttpClient, Task<string?>> Reader => static async http =>
                            {
                                return await Read();

                                async Task<string?> Read()
                                {
                                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=ETH-USDT");
                                    if (resp!.Code != "0") throw new InvalidOperationException($"OKX error {resp!.Code}: {resp!.Msg}");
                                    return resp!.Data[0].Last;
                                }
                            };
                        }
                        """,
                },
            },
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        await test.RunAsync();
    }
    [Fact]
    public async Task Order_items_read_null_conditionally_or_typed_without_sCode_in_another_file()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                        class Trader
                        {
                            async Task<string?> NodeAsync(HttpClient http, string body)
                            {
                                using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                                var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                                if (node?["code"]?.GetValue<string>() != "0") throw new InvalidOperationException();
                                return [|node?["data"]|]?[0]?["ordId"]?.GetValue<string>();
                            }

                            async Task<string?> TypedAsync(HttpClient http, string body)
                            {
                                using var response = await http.PostAsync("/api/v5/trade/amend-order", new StringContent(body));
                                var resp = await response.Content.ReadFromJsonAsync<OkxResponse<PlainAck>>();
                                if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                                return [|resp.Data|][0].OrdId;
                            }
                        }
                        """ + Envelope,
                    """
                    public sealed class PlainAck
                    {
                        public string OrdId { get; set; } = "";
                    }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    Usings + """
                        class Trader
                        {
                            async Task<string?> NodeAsync(HttpClient http, string body)
                            {
                                using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                                var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                                if (node?["code"]?.GetValue<string>() != "0") throw new InvalidOperationException();
                                if (node?["data"] is { } items) foreach (var item in items!.AsArray()) if (item?["sCode"]?.GetValue<string>() != "0") throw new InvalidOperationException($"OKX order error {item?["sCode"]}: {item?["sMsg"]}");
                                return node?["data"]?[0]?["ordId"]?.GetValue<string>();
                            }

                            async Task<string?> TypedAsync(HttpClient http, string body)
                            {
                                using var response = await http.PostAsync("/api/v5/trade/amend-order", new StringContent(body));
                                var resp = await response.Content.ReadFromJsonAsync<OkxResponse<PlainAck>>();
                                if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                                foreach (var item in resp.Data) if (item.SCode != "0") throw new InvalidOperationException($"OKX order error {item.SCode}: {item.SMsg}");
                                return resp.Data[0].OrdId;
                            }
                        }
                        """ + Envelope,
                    """
                    public sealed class PlainAck
                    {
                        public string OrdId { get; set; } = "";
                        public string SCode { get; set; } = "";
                        public string SMsg { get; set; } = "";
                    }
                    """,
                },
            },
            NumberOfFixAllIterations = 1,
        };
        await test.RunAsync();
    }
}
