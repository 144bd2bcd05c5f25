using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.CodeFixes;
using OkxSafety.Analyzers.Rules;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Every kind of finding each rule reports is listed here, and for every diagnostic of every case the rule's provider
/// offers its primary fix (under the rule's one key), the fix changes the code, compiles, and leaves fewer findings.
/// A new kind of finding belongs in this list.
/// </summary>
public sealed class EveryFindingHasAFixTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Newtonsoft.Json.Linq;
        using RestSharp;

        """;

    private const string Envelope = """

        public sealed class OkxResponse<T>
        {
            public string Code { get; set; } = "";
            public string Msg { get; set; } = "";
            public List<T> Data { get; set; } = new();
        }

        public sealed class NumericResponse<T>
        {
            public int Code { get; set; }
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

    public static TheoryData<string, int, string> Cases() => new()
    {
        // OKX001: each credential kind, each place a constant can be.
        { "OKX001 const field (secret key)", 1, """
            class OkxKeys
            {
                private const string SecretKey = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
                public byte[] Key() => System.Text.Encoding.UTF8.GetBytes(SecretKey);
            }
            """ },
        { "OKX001 const local and header argument (api key, passphrase)", 2, """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request)
                {
                    const string apiKey = "5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b";
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", "MyPassphrase123!");
                }
            }
            """ },
        { "OKX001 utf8 HMAC key in a static lambda", 1, """
            class OkxSigner
            {
                public static Func<byte[], byte[]> Sign => static data => System.Security.Cryptography.HMACSHA256.HashData("ACB2C3D4E5F60718293A4B5C6D7E8F90"u8.ToArray(), data);
            }
            """ },
        { "OKX001 where only a constant fits (attribute, parameter default)", 2, """
            class OkxClient
            {
                const string Tagged = "Tr4d1ng!Attribute";
                const string InCase = "11111111-1414-bbbb-cccc-555555555555";

                [Obsolete(Tagged)]
                void Sign(HttpRequestMessage request, string mode, string apiKey = "33333333-1414-bbbb-cccc-555555555555")
                {
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Tagged);
                    request.Headers.Add("OK-ACCESS-KEY", InCase + apiKey);
                    switch (mode) { case InCase: break; }
                }
            }
            """ },
        { "OKX001 property initializer", 1, """
            class OkxOptions
            {
                public string ApiKey { get; set; } = "5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b";
            }
            """ },

        // OKX002: untrimmed reads.
        { "OKX002 environment variable in a header", 2, """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")!);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE"));
                }
            }
            """ },

        // OKX003: every case.
        { "OKX003 missing (request, dictionary, RestSharp)", 3, """
            class OkxClient
            {
                public void Request(HttpRequestMessage request, string apiKey, string sign)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey); // the key
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                }
            }

            class OkxDictionary
            {
                public Dictionary<string, string> Headers(string apiKey) => new() { { "OK-ACCESS-KEY", apiKey } };
            }

            class OkxRest
            {
                public RestRequest Rest(string apiKey)
                {
                    var request = new RestRequest("/api/v5/account/balance");
                    request.AddHeader("OK-ACCESS-KEY", apiKey);
                    return request;
                }
            }
            """ },
        { "OKX003 missing with the key write as an embedded statement", 1, """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string sign, bool signed)
                {
                    if (signed) request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                }
            }
            """ },
        { "OKX003 conditional (if, short-circuit, conditional expression, fluent in an expression, local of the construct)", 5, """
            class OkxIf
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    if (!string.IsNullOrEmpty(passphrase)) request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }

            class OkxShortCircuit
            {
                public bool Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    return signed && request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }

            class OkxConditionalExpression
            {
                public void Sign(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    var added = signed ? request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase) : false;
                }
            }

            class OkxFluent
            {
                public RestRequest Sign(RestRequest request, string apiKey, string passphrase, bool signed)
                {
                    request.AddHeader("OK-ACCESS-KEY", apiKey);
                    return signed ? request.AddHeader("OK-ACCESS-PASSPHRASE", passphrase) : request;
                }
            }

            class OkxInner
            {
                public void Sign(HttpRequestMessage request, string apiKey, bool live)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    if (live)
                    {
                        var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    }
                }
            }
            """ },
        { "OKX003 empty, misspelled, login missing, login empty", 4, """
            class OkxClient
            {
                private const string PassphraseHeader = "OK-ACCESS-PASSPRASE";

                public void Empty(HttpRequestMessage request, string apiKey)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", string.Empty);
                }

                public void Misspelled(HttpRequestMessage request, string apiKey, string passphrase)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add(PassphraseHeader, passphrase);
                }

                public object Login(string apiKey, string timestamp, string sign) =>
                    new { op = "login", args = new[] { new { apiKey, timestamp, sign } } };

                public object LoginEmpty(string apiKey, string timestamp, string sign) =>
                    new { op = "login", args = new[] { new { apiKey = apiKey, passphrase = "", timestamp = timestamp, sign = sign } } };
            }
            """ },

        // OKX004: every case.
        { "OKX004 value, name, contradiction", 3, """
            class OkxHeaders
            {
                public void Value(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "true");

                public void Contradiction(HttpRequestMessage request, bool isLive)
                {
                    if (isLive) request.Headers.Add("x-simulated-trading", "1");
                }

                public void Name(HttpRequestMessage request) => request.Headers.Add("x-simulated-trade", "1");
            }
            """ },
        { "OKX004 ignored flag (instance, static, static lambda)", 3, """
            class OkxFlagBot
            {
                private readonly bool _useDemo;

                public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                public bool UseDemo => _useDemo;

                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");

                public static void SendStatic(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");

                public Action<HttpRequestMessage> Sender() => static request => request.Headers.Add("x-simulated-trading", "1");
            }
            """ },
        { "OKX004 mixed hosts (demo socket, live socket)", 2, """
            class OkxDemoSocketBot
            {
                private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();

                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");

                public override string ToString() => PrivateSocket;
            }

            class OkxLiveSocketBot
            {
                private readonly Uri _socket = new("wss://ws.okx.com:8443/ws/v5/public");
                private readonly HttpClient _http = new();

                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");

                public override string ToString() => _socket.ToString();
            }
            """ },

        // OKX005: every response shape, wrong success values, order items.
        { "OKX005 JsonElement, JsonNode, JToken, typed", 4, """
            class OkxMarket
            {
                public async Task<string?> ElementAsync(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                public async Task<string?> NodeAsync(HttpClient http)
                {
                    var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    return node?["data"]?.ToJsonString();
                }

                public async Task<string?> TokenAsync(HttpClient http)
                {
                    var json = JObject.Parse(await http.GetStringAsync("/api/v5/account/balance"));
                    return json["data"]?.ToString();
                }

                public async Task<string?> TypedAsync(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    return resp?.Data[0].Last;
                }
            }
            """ + Envelope },
        { "OKX005 SDK result", 1, """
            using OKX.Net.Clients;
            using OKX.Net.Enums;

            class Bot
            {
                private readonly OKXRestClient _client = new();

                async Task<long?> BuyAsync()
                {
                    var result = await _client.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Market, 1m);
                    return result.Data.OrderId;
                }
            }
            """ },
        { "OKX005 wrong success values", 5, """
            class Market
            {
                async Task<string?> A(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT"));
                    if (doc.RootElement.GetProperty("code").GetString() != "00000") return null;
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> B(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (!string.Equals(code, "200")) throw new InvalidOperationException(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> C(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (code is not "OK") throw new InvalidOperationException(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> D(HttpClient http)
                {
                    using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v5/market/ticker?instId=BTC-USDT"));
                    var code = doc.RootElement.GetProperty("code").GetString();
                    if (int.Parse(code!) != 200) throw new InvalidOperationException(code);
                    return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
                }

                async Task<string?> E(HttpClient http)
                {
                    var resp = await http.GetFromJsonAsync<NumericResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                    if (resp!.Code != 200) return null;
                    return resp.Data[0].Last;
                }
            }
            """ + Envelope },
        { "OKX005 order items (JsonElement, typed)", 2, """
            class Trader
            {
                async Task<string?> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var root = doc.RootElement;
                    if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                    return root.GetProperty("data")[0].GetProperty("ordId").GetString();
                }

                async Task<string?> PlaceTypedAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/batch-orders", new StringContent(body));
                    var resp = await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>();
                    if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].OrdId;
                }
            }
            """ + Envelope },
        { "OKX005 order body never read after the HTTP status (issue 18)", 3, """
            class Trader
            {
                async Task<bool> PlaceAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    response.EnsureSuccessStatusCode();
                    return true;
                }

                async Task CancelAsync(HttpClient http, string body)
                {
                    (await http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body))).EnsureSuccessStatusCode();
                }

                async Task<bool> AmendAsync(HttpClient http, string body) => await AmendCoreAsync(http, body);

                async Task<bool> AmendCoreAsync(HttpClient http, string body)
                {
                    return (await http.PostAsync("/api/v5/trade/amend-order", new StringContent(body))).IsSuccessStatusCode;
                }
            }
            """ },
        { "OKX005 typed helper returning the envelope unchecked (issue 18)", 1, """
            class OkxMarket
            {
                private async Task<T> GetAsync<T>(HttpClient http, string path) => (await http.GetFromJsonAsync<T>(path))!;

                async Task<string> LastAsync(HttpClient http)
                {
                    var resp = await GetAsync<OkxResponse<Ticker>>(http, "/api/v5/market/ticker?instId=BTC-USDT");
                    return resp.Data[0].Last;
                }
            }
            """ + Envelope },
        { "OKX005 order items (null-conditional JsonNode and JToken, typed items without sCode)", 3, """
            class Trader
            {
                async Task<string?> NodeAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                    var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                    if (node?["code"]?.GetValue<string>() != "0") throw new InvalidOperationException();
                    return node?["data"]?[0]?["ordId"]?.GetValue<string>();
                }

                async Task<string?> TokenAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                    var json = JObject.Parse(await response.Content.ReadAsStringAsync());
                    if (json["code"]?.ToString() != "0") throw new InvalidOperationException();
                    return json?["data"]?[0]?["ordId"]?.ToString();
                }

                async Task<string?> TypedAsync(HttpClient http, string body)
                {
                    using var response = await http.PostAsync("/api/v5/trade/amend-order", new StringContent(body));
                    var resp = await response.Content.ReadFromJsonAsync<OkxResponse<PlainAck>>();
                    if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                    return resp.Data[0].OrdId;
                }
            }

            public sealed class PlainAck
            {
                public string OrdId { get; set; } = "";
            }
            """ + Envelope },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_diagnostic_is_offered_the_rule_s_primary_fix(string name, int expected, string source)
    {
        var rule = name.Substring(0, 6);
        var (analyzer, provider, key) = RuleOf(rule);
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Cases", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(TestReferences.Framework.AddRange(TestReferences.StubAssemblies))
            .AddDocument("Case.cs", Usings + source);

        var (diagnostics, errors) = await AnalyzeAsync(document.Project, analyzer);
        Assert.True(errors.Length == 0, name + ": the case must compile: " + string.Join(Environment.NewLine, errors));
        Assert.True(diagnostics.Length == expected, $"{name}: the case must report {rule} {expected} time(s), not {diagnostics.Length}: " + string.Join(Environment.NewLine, diagnostics));

        foreach (var diagnostic in diagnostics)
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            var where = $"{name}: {diagnostic.GetMessage()} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
            Assert.True(actions.Count > 0, where + ": no fix offered");
            Assert.Equal(key, actions[0].EquivalenceKey);

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            var fixedDocument = changed.GetDocument(document.Id)!;
            var fixedText = (await fixedDocument.GetTextAsync()).ToString();
            Assert.True(fixedText != Usings + source, where + ": the fix changed nothing");

            var (after, afterErrors) = await AnalyzeAsync(fixedDocument.Project, analyzer);
            Assert.True(afterErrors.Length == 0, where + ": the fixed code must compile: " + string.Join(Environment.NewLine, afterErrors) + Environment.NewLine + fixedText);
            Assert.True(after.Length < diagnostics.Length, where + ": the fix must remove the finding" + Environment.NewLine + fixedText);
        }
    }

    private static (DiagnosticAnalyzer Analyzer, CodeFixProvider Provider, string Key) RuleOf(string rule) => rule switch
    {
        "OKX001" => (new HardcodedCredentialAnalyzer(), new HardcodedCredentialCodeFixProvider(), HardcodedCredentialCodeFixProvider.EnvironmentVariableKey),
        "OKX002" => (new UntrimmedCredentialAnalyzer(), new UntrimmedCredentialCodeFixProvider(), UntrimmedCredentialCodeFixProvider.EquivalenceKey),
        "OKX003" => (new MissingPassphraseHeaderAnalyzer(), new MissingPassphraseHeaderCodeFixProvider(), MissingPassphraseHeaderCodeFixProvider.AddKey),
        "OKX004" => (new SimulatedTradingHeaderAnalyzer(), new SimulatedTradingHeaderCodeFixProvider(), SimulatedTradingHeaderCodeFixProvider.EquivalenceKey),
        "OKX005" => (new UncheckedResponseCodeAnalyzer(), new UncheckedResponseCodeCodeFixProvider(), UncheckedResponseCodeCodeFixProvider.CheckCodeKey),
        _ => throw new ArgumentException(rule),
    };

    private static async Task<(ImmutableArray<Diagnostic> Findings, ImmutableArray<Diagnostic> Errors)> AnalyzeAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var findings = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return (findings.Where(d => d.Location.IsInSource).ToImmutableArray(), errors);
    }
}
