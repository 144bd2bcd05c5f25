using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, OKX005 and the project's own helpers: a typed helper (<c>Task&lt;T&gt; GetAsync&lt;T&gt;(string path)</c>) that
/// deserializes OKX text and returns the envelope unchecked makes its call the parse, for the caller; a guard helper counts
/// only when its source checks the code (one call level deep or more), not merely because it is handed the response.
/// </summary>
public sealed class UncheckedResponseCodeHelperTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Newtonsoft.Json;

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

    private const string BaseClient = """

        public abstract class OkxClientBase
        {
            private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

            protected async Task<T> GetAsync<T>(string path)
            {
                var text = await _http.GetStringAsync(path);
                return JsonConvert.DeserializeObject<T>(text)!;
            }
        }
        """;

    private static string FromHelper(string helper) =>
        "'Data' of OkxResponse<Ticker> is read without checking 'Code' against \"0\", and '" + helper + "', which returns it, does not check it either: OKX reports errors with HTTP 200 and a non-zero code";

    private const string JsonUnchecked = "'data' of the OKX response is read without checking 'code' against \"0\": OKX reports errors with HTTP 200 and a non-zero code";

    private static Task Analyze(string source, params DiagnosticResult[] expected) => VerifyCS.VerifyAnalyzerAsync(Usings + source, expected);

    private static DiagnosticResult At(int location, string message) => VerifyCS.Diagnostic(Descriptors.UncheckedResponseCodeId).WithLocation(location).WithLocation(location).WithMessage(message);

    // ---------------------------------------------------------------- typed helpers: fire at the caller's read

    [Fact]
    public async Task Base_client_GetAsync_of_T_read_by_the_caller_without_a_check_fires_at_the_read()
    {
        await Analyze("""
            public sealed class OkxMarketApi : OkxClientBase
            {
                public async Task<string> LastAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    return {|#0:resp.Data|}[0].Last;
                }
            }
            """ + BaseClient + Envelope, At(0, FromHelper("GetAsync")));
    }

    [Fact]
    public async Task Wrapper_of_an_unchecked_SendAsync_of_T_fires_at_the_read_naming_the_called_helper()
    {
        await Analyze("""
            public class OkxRestClient
            {
                private readonly HttpClient _http = new HttpClient();

                private async Task<T> SendAsync<T>(HttpMethod method, string path)
                {
                    using var request = new HttpRequestMessage(method, "https://www.okx.com" + path);
                    using var response = await _http.SendAsync(request);
                    return System.Text.Json.JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync())!;
                }

                protected Task<T> GetAsync<T>(string path) => SendAsync<T>(HttpMethod.Get, path);

                public async Task<List<Ticker>> TickersAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("api/v5/market/tickers?instType=SPOT");
                    return {|#0:resp.Data|};
                }
            }
            """ + Envelope, At(0, FromHelper("GetAsync")));
    }

    [Fact]
    public async Task Helper_returning_the_envelope_of_T_read_inline_fires()
    {
        await Analyze("""
            public class OkxPublicApi
            {
                private readonly HttpClient _http = new HttpClient();

                private async Task<OkxResponse<T>> GetAsync<T>(string path) =>
                    (await _http.GetFromJsonAsync<OkxResponse<T>>("https://www.okx.com" + path))!;

                public async Task<string> LastAsync() => {|#0:(await GetAsync<Ticker>("/api/v5/market/ticker?instId=BTC-USDT")).Data|}[0].Last;
            }
            """ + Envelope, At(0, FromHelper("GetAsync")));
    }

    // ---------------------------------------------------------------- typed helpers: quiet look-alikes

    [Fact]
    public async Task Helper_that_throws_on_a_nonzero_code_is_the_check()
    {
        await Analyze("""
            public class OkxPublicApi
            {
                private readonly HttpClient _http = new HttpClient();

                private async Task<OkxResponse<T>> GetAsync<T>(string path)
                {
                    var resp = (await _http.GetFromJsonAsync<OkxResponse<T>>("https://www.okx.com" + path))!;
                    if (resp.Code != "0") throw new InvalidOperationException($"OKX {resp.Code}: {resp.Msg}");
                    return resp;
                }

                public async Task<string> LastAsync() => (await GetAsync<Ticker>("/api/v5/market/ticker?instId=BTC-USDT")).Data[0].Last;
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Helper_that_hands_the_envelope_to_a_checker_is_the_check()
    {
        await Analyze("""
            public interface IOkxValidator
            {
                void Validate<T>(OkxResponse<T> response);
            }

            public class OkxPublicApi
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly IOkxValidator _validator;

                public OkxPublicApi(IOkxValidator validator) => _validator = validator;

                private async Task<OkxResponse<T>> GetAsync<T>(string path)
                {
                    var resp = await _http.GetFromJsonAsync<OkxResponse<T>>("https://www.okx.com" + path) ?? throw new InvalidOperationException("empty reply");
                    ThrowIfFailed(resp);
                    return resp;
                }

                private async Task<OkxResponse<T>> GetValidatedAsync<T>(string path)
                {
                    var resp = (await _http.GetFromJsonAsync<OkxResponse<T>>("https://www.okx.com" + path))!;
                    _validator.Validate(resp);
                    return resp;
                }

                private static void ThrowIfFailed<T>(OkxResponse<T> resp)
                {
                    if (resp.Code != "0") throw new InvalidOperationException($"OKX {resp.Code}: {resp.Msg}");
                }

                public async Task<string> LastAsync() => (await GetAsync<Ticker>("/api/v5/market/ticker?instId=BTC-USDT")).Data[0].Last;

                public async Task<string> MarkAsync() => (await GetValidatedAsync<Ticker>("/api/v5/public/mark-price?instType=SWAP")).Data[0].Last;
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Helper_that_throws_only_on_an_empty_reply_is_still_unchecked()
    {
        await Analyze("""
            public class OkxPublicApi
            {
                private readonly HttpClient _http = new HttpClient();

                private async Task<OkxResponse<T>> GetAsync<T>(string path)
                {
                    using var response = await _http.GetAsync("https://www.okx.com" + path);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadFromJsonAsync<OkxResponse<T>>() ?? throw new InvalidOperationException("empty reply");
                }

                public async Task<string> LastAsync() => {|#0:(await GetAsync<Ticker>("/api/v5/market/ticker?instId=BTC-USDT")).Data|}[0].Last;
            }
            """ + Envelope, At(0, FromHelper("GetAsync")));
    }

    [Fact]
    public async Task Generic_helper_that_checks_the_code_in_the_text_before_deserializing_is_the_check()
    {
        await Analyze("""
            public abstract class OkxClientBase
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };

                protected async Task<T> GetAsync<T>(string path)
                {
                    var text = await _http.GetStringAsync(path);
                    using (var doc = JsonDocument.Parse(text))
                    {
                        if (doc.RootElement.GetProperty("code").GetString() != "0") throw new InvalidOperationException(doc.RootElement.GetProperty("msg").GetString());
                    }

                    return JsonConvert.DeserializeObject<T>(text)!;
                }
            }

            public sealed class OkxMarketApi : OkxClientBase
            {
                public async Task<string> LastAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    return resp.Data[0].Last;
                }
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Caller_that_checks_the_code_after_the_unchecked_helper_is_quiet()
    {
        await Analyze("""
            public sealed class OkxMarketApi : OkxClientBase
            {
                public async Task<string> LastAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (resp.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].Last;
                }

                public async Task<string?> LastOrNullAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=ETH-USDT");
                    return resp.Code == "0" ? resp.Data[0].Last : null;
                }
            }
            """ + BaseClient + Envelope);
    }

    [Fact]
    public async Task Helper_whose_T_is_not_an_okx_envelope_is_quiet()
    {
        await Analyze("""
            public sealed class Page<T>
            {
                public List<T> Data { get; set; } = new();
                public int Total { get; set; }
            }

            public sealed class OkxMarketApi : OkxClientBase
            {
                public async Task<int> CountAsync()
                {
                    var page = await GetAsync<Page<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    return page.Data.Count;
                }

                public async Task<string> FirstAsync()
                {
                    var tickers = await GetAsync<List<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    return tickers[0].Last;
                }
            }
            """ + BaseClient + Envelope);
    }

    [Fact]
    public async Task Helpers_that_do_not_deserialize_or_have_no_body_are_quiet()
    {
        // A cache lookup, a hand-built envelope and an abstract transport: nothing says the text was never checked.
        await Analyze("""
            public abstract class OkxCachedApi
            {
                private readonly Dictionary<string, object> _cache = new();

                protected Task<T> GetAsync<T>(string path) => Task.FromResult((T)_cache[path]);

                protected abstract Task<T> SendAsync<T>(string path);

                protected OkxResponse<T> Empty<T>() => new OkxResponse<T>();

                public async Task<string> LastAsync()
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    return resp.Data[0].Last;
                }

                public async Task<int> CountAsync()
                {
                    var resp = await SendAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                    return resp.Data.Count + Empty<Ticker>().Data.Count;
                }
            }
            """ + Envelope);
    }

    [Fact]
    public async Task Text_parsing_helper_given_okx_text_fires_and_a_cache_file_helper_is_quiet()
    {
        await Analyze("""
            public class OkxMarket
            {
                private readonly HttpClient _http = new HttpClient();

                private static T Parse<T>(string text) => JsonConvert.DeserializeObject<T>(text)!;

                private static T LoadCached<T>(string file) => JsonConvert.DeserializeObject<T>(System.IO.File.ReadAllText(file))!;

                public async Task<string> LastAsync()
                {
                    var resp = Parse<OkxResponse<Ticker>>(await _http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                    return {|#0:resp.Data|}[0].Last;
                }

                public string CachedLast()
                {
                    var resp = LoadCached<OkxResponse<Ticker>>("ticker-cache.json");
                    return resp.Data[0].Last;
                }
            }
            """ + Envelope, At(0, FromHelper("Parse")));
    }

    // ---------------------------------------------------------------- typed helpers: the fix

    [Fact]
    public async Task Fix_checks_the_code_at_each_caller_and_FixAll_fixes_them_all()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class OkxMarketApi : OkxClientBase
                {
                    public async Task<string> LastAsync()
                    {
                        var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        return [|resp.Data|][0].Last;
                    }

                    public async Task<int> CountAsync()
                    {
                        var tickers = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                        return [|tickers.Data|].Count;
                    }
                }
                """ + BaseClient + Envelope,
            FixedCode = Usings + """
                public sealed class OkxMarketApi : OkxClientBase
                {
                    public async Task<string> LastAsync()
                    {
                        var resp = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                        if (resp.Code != "0") throw new InvalidOperationException($"OKX error {resp.Code}: {resp.Msg}");
                        return resp.Data[0].Last;
                    }

                    public async Task<int> CountAsync()
                    {
                        var tickers = await GetAsync<OkxResponse<Ticker>>("/api/v5/market/tickers?instType=SPOT");
                        if (tickers.Code != "0") throw new InvalidOperationException($"OKX error {tickers.Code}: {tickers.Msg}");
                        return tickers.Data.Count;
                    }
                }
                """ + BaseClient + Envelope,
            CodeActionEquivalenceKey = UncheckedResponseCodeCodeFixProvider.CheckCodeKey,
        }.RunAsync();
    }

    // ---------------------------------------------------------------- guard helpers: only a helper that checks counts

    [Fact]
    public async Task Helper_handed_the_response_that_only_logs_or_does_nothing_is_not_the_check()
    {
        await Analyze("""
            public class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    Trace(text);
                    using var document = JsonDocument.Parse(text);
                    return {|#0:document.RootElement.GetProperty("data")|}.Clone();
                }

                public async Task<JsonElement> PositionsAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/positions");
                    using var document = JsonDocument.Parse(text);
                    LogCode(document.RootElement);
                    return {|#1:document.RootElement.GetProperty("data")|}.Clone();
                }

                public async Task<JsonElement> BillsAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/bills");
                    using var document = JsonDocument.Parse(text);
                    Check(document.RootElement);
                    return {|#2:document.RootElement.GetProperty("data")|}.Clone();
                }

                static void Trace(string text) => Console.WriteLine(text.Length);

                static void LogCode(JsonElement root)
                {
                    if (root.GetProperty("code").GetString() != "0") Console.WriteLine("OKX error");
                }

                static void Check(JsonElement root)
                {
                }
            }
            """, At(0, JsonUnchecked), At(1, JsonUnchecked), At(2, JsonUnchecked));
    }

    [Fact]
    public async Task Helper_that_hands_the_response_to_a_checking_helper_is_the_check()
    {
        await Analyze("""
            public class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<JsonElement> BalanceAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
                    Validate(text);
                    using var document = JsonDocument.Parse(text);
                    return document.RootElement.GetProperty("data").Clone();
                }

                public async Task<JsonElement> PositionsAsync()
                {
                    var text = await _http.GetStringAsync("https://www.okx.com/api/v5/account/positions");
                    using var document = JsonDocument.Parse(text);
                    if (!IsOk(document.RootElement)) return default;
                    return document.RootElement.GetProperty("data").Clone();
                }

                static void Validate(string text)
                {
                    using var document = JsonDocument.Parse(text);
                    OkxErrors.ThrowOnError(document.RootElement);
                }

                static bool IsOk(JsonElement root) => root.GetProperty("code").GetString() == "0";
            }

            static class OkxErrors
            {
                public static void ThrowOnError(JsonElement root)
                {
                    var code = root.GetProperty("code").GetString();
                    if (code != "0") throw new InvalidOperationException($"OKX error {code}");
                }
            }
            """);
    }

    [Fact]
    public async Task Helper_handed_the_code_itself_counts_when_it_can_fail_and_not_when_it_only_logs()
    {
        await Analyze("""
            public class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<JsonElement> BalanceAsync()
                {
                    using var document = JsonDocument.Parse(await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance"));
                    var code = document.RootElement.GetProperty("code").GetString();
                    EnsureZero(code);
                    return document.RootElement.GetProperty("data").Clone();
                }

                public async Task<JsonElement> PositionsAsync()
                {
                    using var document = JsonDocument.Parse(await _http.GetStringAsync("https://www.okx.com/api/v5/account/positions"));
                    var code = document.RootElement.GetProperty("code").GetString();
                    Note(code);
                    return {|#0:document.RootElement.GetProperty("data")|}.Clone();
                }

                static void EnsureZero(string? c)
                {
                    if (c != "0") throw new InvalidOperationException($"OKX {c}");
                }

                static void Note(string? c) => Console.WriteLine(c);
            }
            """, At(0, JsonUnchecked));
    }

    [Fact]
    public async Task Helper_that_hands_the_response_to_a_callback_given_from_outside_counts()
    {
        await Analyze("""
            public class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly Action<JsonElement> _verify;

                public OkxClient(Action<JsonElement> verify) => _verify = verify;

                public async Task<JsonElement> BalanceAsync()
                {
                    using var document = JsonDocument.Parse(await _http.GetStringAsync("https://www.okx.com/api/v5/account/balance"));
                    Verify(document.RootElement);
                    return document.RootElement.GetProperty("data").Clone();
                }

                private void Verify(JsonElement root) => _verify(root);
            }
            """);
    }

    [Fact]
    public async Task Guard_helper_without_a_body_to_read_counts()
    {
        // An abstract or interface check (implemented elsewhere) is given the benefit of the doubt.
        await Analyze("""
            public interface IOkxResponseChecker
            {
                void Check(JsonElement root);
            }

            public abstract class OkxClientBase
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly IOkxResponseChecker _checker;

                protected OkxClientBase(IOkxResponseChecker checker) => _checker = checker;

                protected abstract void EnsureOk(string text);

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
                    _checker.Check(document.RootElement);
                    return document.RootElement.GetProperty("data").Clone();
                }
            }
            """);
    }
}
