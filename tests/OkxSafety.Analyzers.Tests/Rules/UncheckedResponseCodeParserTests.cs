using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, OKX005 with the other parsers in use: JavaScriptSerializer (System.Web.Extensions, modelled by a source stub:
/// it is not in the net8.0 references), DataContractJsonSerializer.ReadObject cast to the envelope, and
/// ReadFromJsonAsync / GetFromJsonAsync (System.Net.Http.Json) also through the project's own wrappers.
/// </summary>
public sealed class UncheckedResponseCodeParserTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Runtime.Serialization;
        using System.Runtime.Serialization.Json;
        using System.Threading.Tasks;
        using System.Web.Script.Serialization;

        """;

    private const string Envelope = """

        [DataContract]
        public sealed class OkxResponse<T>
        {
            [DataMember(Name = "code")] public string Code { get; set; } = "";
            [DataMember(Name = "msg")] public string Msg { get; set; } = "";
            [DataMember(Name = "data")] public List<T> Data { get; set; } = new();
        }

        [DataContract]
        public sealed class Ticker
        {
            [DataMember(Name = "last")] public string Last { get; set; } = "";
        }

        namespace System.Web.Script.Serialization
        {
            public class JavaScriptSerializer
            {
                public T Deserialize<T>(string input) => throw new NotImplementedException();
                public object DeserializeObject(string input) => throw new NotImplementedException();
            }
        }
        """;

    private const string Unchecked = "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code";

    private static string FromHelper(string helper) =>
        "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\", and '" + helper + "', which returns it, does not check it either: OKX reports errors with HTTP 200 and a non-zero code";

    private static Task Analyze(string source, params DiagnosticResult[] expected) => VerifyCS.VerifyAnalyzerAsync(Usings + source + Envelope, expected);

    private static DiagnosticResult At(int location, string message) => VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(location).WithLocation(location).WithMessage(message);

    // ---------------------------------------------------------------- fire

    [Fact]
    public async Task JavaScriptSerializer_envelope_read_without_a_check()
    {
        await Analyze("""
            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> LastAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    var resp = new JavaScriptSerializer().Deserialize<OkxResponse<Ticker>>(text);
                    return {|#0:resp.Data|}[0].Last;
                }
            }
            """, At(0, Unchecked));
    }

    [Fact]
    public async Task DataContractJsonSerializer_ReadObject_cast_or_as_read_without_a_check()
    {
        await Analyze("""
            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient();
                private static readonly DataContractJsonSerializer Serializer = new DataContractJsonSerializer(typeof(OkxResponse<Ticker>));

                public async Task<string> LastAsync()
                {
                    using var stream = await _http.GetStreamAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    var resp = (OkxResponse<Ticker>)Serializer.ReadObject(stream)!;
                    return {|#0:resp.Data|}[0].Last;
                }

                public async Task<int> CountAsync()
                {
                    using var response = await _http.GetAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT");
                    var resp = Serializer.ReadObject(await response.Content.ReadAsStreamAsync()) as OkxResponse<Ticker>;
                    return {|#1:resp!.Data|}.Count;
                }
            }
            """, At(0, Unchecked), At(1, Unchecked));
    }

    [Fact]
    public async Task ReadFromJsonAsync_and_GetFromJsonAsync_through_the_projects_wrappers()
    {
        await Analyze("""
            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                private static async Task<T> ReadOkxAsync<T>(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<T>())!;

                private Task<T?> FetchAsync<T>(string path) => _http.GetFromJsonAsync<T>(path);

                public async Task<string> LastAsync()
                {
                    using var response = await _http.GetAsync("/api/v5/market/ticker?instId=BTC-USDT");
                    var resp = await ReadOkxAsync<OkxResponse<Ticker>>(response);
                    return {|#0:resp.Data|}[0].Last;
                }

                public async Task<int> CountAsync()
                {
                    var resp = (await FetchAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT"))!;
                    return {|#1:resp.Data|}.Count;
                }
            }
            """, At(0, FromHelper("ReadOkxAsync")), At(1, FromHelper("FetchAsync")));
    }

    // ---------------------------------------------------------------- quiet look-alikes

    [Fact]
    public async Task JavaScriptSerializer_and_DataContract_reads_after_a_code_check_are_quiet()
    {
        await Analyze("""
            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> LastAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    var resp = new JavaScriptSerializer().Deserialize<OkxResponse<Ticker>>(text);
                    if (resp.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }

                public async Task<string?> MarkAsync()
                {
                    using var stream = await _http.GetStreamAsync("https://www.okx.com/api/v5/public/mark-price?instType=SWAP");
                    var resp = (OkxResponse<Ticker>)new DataContractJsonSerializer(typeof(OkxResponse<Ticker>)).ReadObject(stream)!;
                    return resp.Code == "0" ? resp.Data[0].Last : null;
                }
            }
            """);
    }

    [Fact]
    public async Task Parsers_of_types_that_are_not_okx_envelopes_are_quiet()
    {
        await Analyze("""
            public sealed class Page
            {
                public List<Ticker> Data { get; set; } = new();
            }

            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<int> CountAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT");
                    var page = new JavaScriptSerializer().Deserialize<Page>(text);
                    var map = new JavaScriptSerializer().Deserialize<Dictionary<string, object>>(text);
                    var raw = new JavaScriptSerializer().DeserializeObject(text);
                    return page.Data.Count + map.Count + (raw is null ? 0 : 1);
                }

                public async Task<int> TickersAsync()
                {
                    using var stream = await _http.GetStreamAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT");
                    var page = (Page)new DataContractJsonSerializer(typeof(Page)).ReadObject(stream)!;
                    return page.Data.Count;
                }
            }
            """);
    }

    [Fact]
    public async Task Other_exchanges_and_checked_wrappers_are_quiet()
    {
        await Analyze("""
            public class OkxArbitrage
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> KucoinLastAsync()
                {
                    using var stream = await _http.GetStreamAsync("https://api.kucoin.com/api/v1/market/orderbook/level1?symbol=BTC-USDT");
                    var resp = (OkxResponse<Ticker>)new DataContractJsonSerializer(typeof(OkxResponse<Ticker>)).ReadObject(stream)!;
                    return resp.Data[0].Last;
                }

                private static async Task<OkxResponse<T>> ReadCheckedAsync<T>(HttpResponseMessage response)
                {
                    var resp = (await response.Content.ReadFromJsonAsync<OkxResponse<T>>())!;
                    if (resp.Code != "0") throw new InvalidOperationException($"OKX {resp.Code}: {resp.Msg}");
                    return resp;
                }

                public async Task<string> OkxLastAsync()
                {
                    using var response = await _http.GetAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                    var resp = await ReadCheckedAsync<Ticker>(response);
                    return resp.Data[0].Last;
                }
            }
            """);
    }

    // ---------------------------------------------------------------- fix

    [Fact]
    public async Task Fix_checks_the_code_for_each_parser_in_one_FixAll()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public class OkxMarket
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<string> LastAsync()
                    {
                        var text = await _http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                        var resp = new JavaScriptSerializer().Deserialize<OkxResponse<Ticker>>(text);
                        return [|resp.Data|][0].Last;
                    }

                    public async Task<string> MarkAsync()
                    {
                        using var stream = await _http.GetStreamAsync("https://www.okx.com/api/v5/public/mark-price?instType=SWAP");
                        var mark = (OkxResponse<Ticker>)new DataContractJsonSerializer(typeof(OkxResponse<Ticker>)).ReadObject(stream)!;
                        return [|mark.Data|][0].Last;
                    }
                }
                """ + Envelope,
            FixedCode = Usings + """
                public class OkxMarket
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<string> LastAsync()
                    {
                        var text = await _http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT");
                        var resp = new JavaScriptSerializer().Deserialize<OkxResponse<Ticker>>(text);
                        if (resp.Code != "0") throw new InvalidOperationException($"OKX error {resp.Code}: {resp.Msg}");
                        return resp.Data[0].Last;
                    }

                    public async Task<string> MarkAsync()
                    {
                        using var stream = await _http.GetStreamAsync("https://www.okx.com/api/v5/public/mark-price?instType=SWAP");
                        var mark = (OkxResponse<Ticker>)new DataContractJsonSerializer(typeof(OkxResponse<Ticker>)).ReadObject(stream)!;
                        if (mark.Code != "0") throw new InvalidOperationException($"OKX error {mark.Code}: {mark.Msg}");
                        return mark.Data[0].Last;
                    }
                }
                """ + Envelope,
            CodeActionEquivalenceKey = UncheckedResponseCodeCodeFixProvider.CheckCodeKey,
        }.RunAsync();
    }
}
