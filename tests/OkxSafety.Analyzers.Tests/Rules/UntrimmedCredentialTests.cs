using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class UntrimmedCredentialTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Newtonsoft.Json.Linq;

        """;

    /// <summary>A method body that sends <paramref name="body"/> with request r, configuration config, reader, JSON.</summary>
    private static string InMethod(string body) => Usings + $$"""
        class OkxAuth
        {
            async Task SignAsync(HttpRequestMessage r, IConfiguration config, StreamReader reader, JsonElement json, JToken token, bool flag)
            {
        {{body}}
                await Task.Yield();
            }
        }
        """;

    private static DiagnosticResult Untrimmed(int markup, string kind, string where, string error) =>
        VerifyCS.Diagnostic(Descriptors.UntrimmedCredential).WithLocation(markup).WithArguments(kind, where, error);

    private const string KeyError = "50111 (invalid OK-ACCESS-KEY)";
    private const string SecretError = "50113 (invalid signature)";
    private const string PassphraseError = "50105 (OK-ACCESS-PASSPHRASE incorrect)";

    // ---------------------------------------------------------------- sources (each with its fix)

    [Fact]
    public Task EnvironmentVariable_InKeyHeader_FixedWithConditionalTrim() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|});
            """),
        Untrimmed(0, "API key", "an environment variable", KeyError),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
            """));

    [Fact]
    public Task ConfigurationIndexer_InPassphraseHeader() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", {|#0:config["Okx:Passphrase"]|});
            """),
        Untrimmed(0, "passphrase", "configuration", PassphraseError),
        InMethod("""
                    r.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", config["Okx:Passphrase"]?.Trim());
            """));

    [Fact]
    public Task ConfigurationSectionValue() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|config.GetSection("Okx:ApiKey").Value|]);
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", config.GetSection("Okx:ApiKey").Value?.Trim());
            """));

    [Fact]
    public Task ConfigurationGetValue() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|config.GetValue<string>("Okx:ApiKey")|]);
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", config.GetValue<string>("Okx:ApiKey")?.Trim());
            """));

    [Fact]
    public Task FileReadAllText_NotNull_FixedWithTrim() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", {|#0:File.ReadAllText("passphrase.txt")|});
            """),
        Untrimmed(0, "passphrase", "a file", PassphraseError),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText("passphrase.txt").Trim());
            """));

    [Fact]
    public Task FileReadAllLines_Element_ReportedAndTrimmedAtTheElement() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var lines = File.ReadAllLines("okx.keys");
                    r.Headers.Add("OK-ACCESS-KEY", [|lines[0]|]);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|lines[2]|]);
            """),
        InMethod("""
                    var lines = File.ReadAllLines("okx.keys");
                    r.Headers.Add("OK-ACCESS-KEY", lines[0].Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", lines[2].Trim());
            """));

    [Fact]
    public Task FileReadLinesFirst() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|File.ReadLines("key.txt").First()|]);
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", File.ReadLines("key.txt").First().Trim());
            """));

    [Fact]
    public Task StreamReaderReadLineAndReadToEnd() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", {|#0:reader.ReadLine()|});
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", {|#1:reader.ReadToEnd()|});
            """),
        new[]
        {
            Untrimmed(0, "API key", "a file or stream", KeyError),
            Untrimmed(1, "passphrase", "a file or stream", PassphraseError),
        },
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", reader.ReadLine()?.Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", reader.ReadToEnd().Trim());
            """));

    [Fact]
    public Task AwaitedReadLineAsync_ParenthesisedBeforeTrim() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|await reader.ReadLineAsync()|]);
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", (await reader.ReadLineAsync())?.Trim());
            """));

    [Fact]
    public Task ConsoleReadLine() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    Console.Write("Passphrase: ");
                    var passphrase = {|#0:Console.ReadLine()|};
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            """),
        Untrimmed(0, "passphrase", "the console", PassphraseError),
        InMethod("""
                    Console.Write("Passphrase: ");
                    var passphrase = Console.ReadLine()?.Trim();
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            """));

    [Fact]
    public Task JsonElementGetString() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", {|#0:json.GetProperty("apiKey").GetString()|});
            """),
        Untrimmed(0, "API key", "JSON", KeyError),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", json.GetProperty("apiKey").GetString()?.Trim());
            """));

    [Fact]
    public Task NewtonsoftValues_CastToStringToStringAndValue() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|(string?)token["apiKey"]|]);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|token["passphrase"]!.ToString()|]);
                    var creds = new CryptoExchange.Net.Authentication.ApiCredentials("k", [|token.Value<string>("secretKey")|]!, "p");
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", ((string?)token["apiKey"])?.Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", token["passphrase"]!.ToString().Trim());
                    var creds = new CryptoExchange.Net.Authentication.ApiCredentials("k", token.Value<string>("secretKey")!.Trim(), "p");
            """));

    [Fact]
    public Task ConsoleInAndJsonNode() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", {|#0:Console.In.ReadLine()|});
                    var node = System.Text.Json.Nodes.JsonNode.Parse("{}")!;
                    r.Headers.Add("OK-ACCESS-KEY", {|#1:node["apiKey"]!.GetValue<string>()|});
            """),
        new[]
        {
            Untrimmed(0, "passphrase", "the console", PassphraseError),
            Untrimmed(1, "API key", "JSON", KeyError),
        },
        InMethod("""
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", Console.In.ReadLine()?.Trim());
                    var node = System.Text.Json.Nodes.JsonNode.Parse("{}")!;
                    r.Headers.Add("OK-ACCESS-KEY", node["apiKey"]!.GetValue<string>().Trim());
            """));

    [Fact]
    public Task NewtonsoftConditionalToString_AndFlurlHeader() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        using Flurl.Http;

        class OkxKeys
        {
            IFlurlRequest Prepare(string settingsJson)
            {
                var settings = JObject.Parse(settingsJson);
                return "https://www.okx.com/api/v5/account/balance"
                    .WithHeader("OK-ACCESS-KEY", [|settings["apiKey"]?.ToString()|] ?? "");
            }
        }
        """,
        Usings + """
        using Flurl.Http;

        class OkxKeys
        {
            IFlurlRequest Prepare(string settingsJson)
            {
                var settings = JObject.Parse(settingsJson);
                return "https://www.okx.com/api/v5/account/balance"
                    .WithHeader("OK-ACCESS-KEY", settings["apiKey"]?.ToString()?.Trim() ?? "");
            }
        }
        """);

    // ---------------------------------------------------------------- sinks

    [Fact]
    public Task HmacSigningKey_InOkxCode() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var secret = {|#0:Environment.GetEnvironmentVariable("OKX_SECRET_KEY")|}!;
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
            """),
        Untrimmed(0, "secret key", "an environment variable", SecretError),
        InMethod("""
                    var secret = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!.Trim();
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
            """));

    [Fact]
    public Task OkxNetCredentials() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class Bot
        {
            OKX.Net.Objects.OKXCredentials Load(IConfiguration config) => new(
                [|config["Okx:ApiKey"]|]!,
                [|config["Okx:SecretKey"]|]!,
                [|config["Okx:Passphrase"]|]!);
        }
        """);

    [Fact]
    public Task CcxtConfiguration() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class Bot
        {
            ccxt.okx Create() => new ccxt.okx(new Dictionary<string, object>
            {
                { "apiKey", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]! },
                { "secret", [|Environment.GetEnvironmentVariable("OKX_SECRET_KEY")|]! },
                { "password", [|Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|]! },
                { "enableRateLimit", true },
            });
        }
        """);

    [Fact]
    public Task WebSocketLoginArguments() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxSocket
        {
            object Login(IConfiguration config, string timestamp, string sign) => new
            {
                op = "login",
                args = new[] { new { apiKey = [|config["Okx:ApiKey"]|], passphrase = [|config["Okx:Passphrase"]|], timestamp, sign } },
            };
        }
        """);

    [Fact]
    public Task HmacKeyPropertyAndRestSharpHeader() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxSigner
        {
            void Sign(IConfiguration config, RestSharp.RestRequest request)
            {
                using var hmac = new HMACSHA256();
                hmac.Key = Encoding.UTF8.GetBytes([|config["Okx:SecretKey"]|]!);
                request.AddHeader("OK-ACCESS-KEY", [|config["Okx:ApiKey"]|]!);
            }
        }
        """);

    [Fact]
    public Task DefaultRequestHeadersAndHeaderDictionary() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var client = new HttpClient();
                client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", [|config["Okx:ApiKey"]|]);
                var headers = new Dictionary<string, string>
                {
                    ["OK-ACCESS-PASSPHRASE"] = [|File.ReadAllText("p.txt")|],
                };
        """));

    // ---------------------------------------------------------------- flows

    [Fact]
    public Task ThroughLocals_ReportedAtTheRead() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                string key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]!;
                var copy = key;
                r.Headers.Add("OK-ACCESS-KEY", copy);
        """));

    [Fact]
    public Task LocalTrimmedBeforeTheSink_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var key = Environment.GetEnvironmentVariable("OKX_API_KEY");
                key = key?.Trim();
                r.Headers.Add("OK-ACCESS-KEY", key);
        """));

    [Fact]
    public Task LocalTrimmedOnlyAfterTheSink_Reported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]!;
                r.Headers.Add("OK-ACCESS-KEY", key);
                key = key.Trim();
                Console.WriteLine(key.Length);
        """));

    [Fact]
    public Task LocalTrimmedInOneBranchOnly_Reported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]!;
                if (flag)
                {
                    key = key.Trim();
                }

                r.Headers.Add("OK-ACCESS-KEY", key);
        """));

    [Fact]
    public Task CoalesceThrow_FixTrimsTheLeftSide() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|] ?? throw new InvalidOperationException("OKX_API_KEY is not set");
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """),
        InMethod("""
                    var key = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("OKX_API_KEY is not set");
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """));

    [Fact]
    public Task CoalesceWithFallbackRead_BothReported() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var key = [|config["Okx:ApiKey"]|] ?? [|Environment.GetEnvironmentVariable("OKX_API_KEY")|] ?? "";
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """),
        InMethod("""
                    var key = config["Okx:ApiKey"]?.Trim() ?? Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "";
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """));

    [Fact]
    public Task SuppressionIsKept() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    string passphrase = [|config["Okx:Passphrase"]|]!;
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            """),
        InMethod("""
                    string passphrase = config["Okx:Passphrase"]!.Trim();
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
            """));

    [Fact]
    public Task CastOfTheSource() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    object raw = [|File.ReadAllText("key.txt")|];
                    r.Headers.Add("OK-ACCESS-KEY", (string)raw);
            """),
        InMethod("""
                    object raw = File.ReadAllText("key.txt").Trim();
                    r.Headers.Add("OK-ACCESS-KEY", (string)raw);
            """));

    [Fact]
    public Task ConditionalExpression_EachBranchReported() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var key = flag ? [|File.ReadAllText("key.txt")|] : [|Environment.GetEnvironmentVariable("OKX_API_KEY")|];
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """),
        InMethod("""
                    var key = flag ? File.ReadAllText("key.txt").Trim() : Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim();
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """));

    [Fact]
    public Task ConstructorToFieldAndAutoProperty_UsedInAnotherMember_ReportedOnce() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        class OkxClient
        {
            private readonly string _apiKey;
            private readonly string _passphrase = {|#2:Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|} ?? "";

            public OkxClient(IConfiguration config)
            {
                _apiKey = {|#0:config["Okx:ApiKey"]|} ?? throw new InvalidOperationException();
                SecretKey = {|#1:config["Okx:SecretKey"]|}!;
            }

            private string SecretKey { get; }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SecretKey));
            }

            public void SignAgain(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }
        """,
        new[]
        {
            Untrimmed(0, "API key", "configuration", KeyError),
            Untrimmed(1, "secret key", "configuration", SecretError),
            Untrimmed(2, "passphrase", "an environment variable", PassphraseError),
        },
        Usings + """
        class OkxClient
        {
            private readonly string _apiKey;
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

            public OkxClient(IConfiguration config)
            {
                _apiKey = config["Okx:ApiKey"]?.Trim() ?? throw new InvalidOperationException();
                SecretKey = config["Okx:SecretKey"]!.Trim();
            }

            private string SecretKey { get; }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SecretKey));
            }

            public void SignAgain(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }
        """);

    [Fact]
    public Task TrimEndOrTrimStartAlone_Reported() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]!.TrimEnd());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|File.ReadAllText("p.txt")|].TrimStart());
            """),
        InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim().TrimEnd());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText("p.txt").Trim().TrimStart());
            """));

    [Fact]
    public Task ValidatedWithIsNullOrWhiteSpace_StillReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|];
                if (string.IsNullOrWhiteSpace(key))
                {
                    throw new InvalidOperationException("Set OKX_API_KEY.");
                }

                r.Headers.Add("OK-ACCESS-KEY", key);
        """));

    // ---------------------------------------------------------------- callers

    private const string ClientWithParameters = Usings + """
        public sealed class OkxRestClient
        {
            private readonly string _apiKey;
            private readonly string _secretKey;
            private readonly string _passphrase;
            private readonly string _instrument;

            public OkxRestClient(string apiKey, string secretKey, string passphrase, string instrument)
            {
                _apiKey = apiKey;
                _secretKey = secretKey.Trim();
                _passphrase = passphrase;
                _instrument = instrument;
            }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                request.Headers.Add("x-instrument", _instrument);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey));
            }
        }

        public static class OkxHeaders
        {
            public static void AddPassphrase(HttpRequestMessage request, string passphrase) =>
                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        }
        """;

    [Fact]
    public Task Parameters_NotReportedInTheCallee() => VerifyAnalyzer.VerifyAnalyzerAsync(ClientWithParameters);

    [Fact]
    public async Task CallerPassingAnUntrimmedSource_ReportedAtTheSource()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(Usings + """
            static class Program
            {
                static void Main(HttpRequestMessage request)
                {
                    var client = new OkxRestClient(
                        {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!,
                        Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!,
                        {|#1:File.ReadAllText("passphrase.txt")|},
                        Environment.GetEnvironmentVariable("OKX_INSTRUMENT")!);
                    OkxHeaders.AddPassphrase(request, {|#2:Console.ReadLine()|}!);
                }
            }
            """);
        test.TestState.Sources.Add(ClientWithParameters);
        test.ExpectedDiagnostics.Add(Untrimmed(0, "API key", "an environment variable", KeyError));
        test.ExpectedDiagnostics.Add(Untrimmed(1, "passphrase", "a file", PassphraseError));
        test.ExpectedDiagnostics.Add(Untrimmed(2, "passphrase", "the console", PassphraseError));
        test.FixedState.Sources.Add(Usings + """
            static class Program
            {
                static void Main(HttpRequestMessage request)
                {
                    var client = new OkxRestClient(
                        Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(),
                        Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!,
                        File.ReadAllText("passphrase.txt").Trim(),
                        Environment.GetEnvironmentVariable("OKX_INSTRUMENT")!);
                    OkxHeaders.AddPassphrase(request, Console.ReadLine()!.Trim());
                }
            }
            """);
        test.FixedState.Sources.Add(ClientWithParameters);
        await test.RunAsync();
    }

    [Fact]
    public Task CallerPassingAnUntrimmedSourceThroughALocal_ReportedOnceAtTheRead() => VerifyAnalyzer.VerifyAnalyzerAsync(ClientWithParameters + """

        static class Program
        {
            static void Run(HttpRequestMessage request)
            {
                var passphrase = [|Console.ReadLine()|] ?? "";
                var client = new OkxRestClient("", "", passphrase, "BTC-USDT");
                OkxHeaders.AddPassphrase(request, passphrase);
            }
        }
        """);

    [Fact]
    public Task CallerPassingTrimmedOrParameterValues_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(ClientWithParameters + """

        static class Program
        {
            static void Run(string apiKey)
            {
                var client = new OkxRestClient(apiKey, "", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!.Trim(), "BTC-USDT");
            }
        }
        """);

    [Fact]
    public Task CalleeTrimsItsParameterBeforeTheSink_CallerNotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        static class OkxHeaders
        {
            public static void AddKey(HttpRequestMessage request, string key)
            {
                key = key.Trim();
                request.Headers.Add("OK-ACCESS-KEY", key);
            }

            static void Caller(HttpRequestMessage request) => AddKey(request, Environment.GetEnvironmentVariable("OKX_API_KEY")!);
        }
        """);

    [Fact]
    public Task ParameterReplacedByAnUntrimmedRead_Reported() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        static class OkxHeaders
        {
            public static void AddKey(HttpRequestMessage request, string? key)
            {
                if (key is null)
                {
                    key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|];
                }

                request.Headers.Add("OK-ACCESS-KEY", key);
            }
        }
        """);

    [Fact]
    public Task CallerWithCalleeInTheSameFile() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        sealed class OkxSigner
        {
            private readonly byte[] _secretKey;

            private OkxSigner(string secretKey) => _secretKey = Encoding.UTF8.GetBytes(secretKey);

            public byte[] Sign(string prehash)
            {
                using var hmac = new HMACSHA256(_secretKey);
                return hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash));
            }

            public static OkxSigner FromFile(string path) => new OkxSigner([|File.ReadAllText(path)|]);
        }
        """);

    // ---------------------------------------------------------------- must not fire

    [Fact]
    public Task TrimmedWhereRead_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                r.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                r.Headers.Add("OK-ACCESS-PASSPHRASE", config["Okx:Passphrase"]!.Trim());
                var lines = File.ReadAllLines("okx.keys");
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(lines[1].Trim()));
        """));

    [Fact]
    public Task TrimmedAtTheSink_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var key = Environment.GetEnvironmentVariable("OKX_API_KEY") ?? "";
                r.Headers.Add("OK-ACCESS-KEY", key.Trim());
                var passphrase = (flag ? File.ReadAllText("p.txt") : Console.ReadLine() ?? "").Trim();
                r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        """));

    [Fact]
    public Task TrimmedInTheConstructor_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxClient
        {
            private readonly string _apiKey;

            public OkxClient(IConfiguration config) => _apiKey = (config["Okx:ApiKey"] ?? "").Trim();

            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }
        """);

    [Fact]
    public Task NonCredentialUses_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                var instrument = Environment.GetEnvironmentVariable("OKX_INSTRUMENT") ?? "BTC-USDT";
                var baseUrl = config["Okx:BaseUrl"] ?? "https://www.okx.com";
                r.RequestUri = new Uri(baseUrl + "/api/v5/market/ticker?instId=" + instrument);
                r.Headers.Add("x-simulated-trading", Environment.GetEnvironmentVariable("OKX_DEMO"));
                r.Headers.Add("OK-ACCESS-TIMESTAMP", File.ReadAllText("ts.txt"));
                r.Headers.Add("User-Agent", config["UserAgent"]);
                Console.WriteLine(Console.ReadLine());
        """));

    [Fact]
    public Task Constants_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(InMethod("""
                const string passphrase = "my-passphrase";
                r.Headers.Add("OK-ACCESS-KEY", "8a7b3c2d-1e0f-4a5b-9c8d-7e6f5a4b3c2d");
                r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        """));

    [Fact]
    public Task HmacOutsideOkxCode_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        class WebhookVerifier
        {
            byte[] Verify(byte[] payload)
            {
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("WEBHOOK_SECRET")!));
                return hmac.ComputeHash(payload);
            }
        }
        """);

    [Fact]
    public Task UnknownValues_NotReported() => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + """
        class OkxAuth
        {
            static string LoadKey() => Guid.NewGuid().ToString();

            void Sign(HttpRequestMessage r)
            {
                var key = LoadKey();
                r.Headers.Add("OK-ACCESS-KEY", key);
                r.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("A") + Environment.GetEnvironmentVariable("B"));
            }
        }
        """);

    // ---------------------------------------------------------------- fix shapes

    [Fact]
    public Task Fix_KeepsTrivia() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|] /* set by the deploy script */ ?? "";
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """),
        InMethod("""
                    var key = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() /* set by the deploy script */ ?? "";
                    r.Headers.Add("OK-ACCESS-KEY", key);
            """));

    [Fact]
    public Task Fix_NullableObliviousContext_UsesConditionalTrimForNullableReads() => VerifyCS.VerifyCodeFixAsync(
        "#nullable disable\n" + InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|File.ReadAllText("p.txt")|]);
            """),
        "#nullable disable\n" + InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText("p.txt").Trim());
            """));

    [Fact]
    public Task Fix_ConditionalAccessSource() => VerifyCS.VerifyCodeFixAsync(
        InMethod("""
                    IConfigurationSection? okx = config.GetSection("Okx");
                    r.Headers.Add("OK-ACCESS-KEY", [|okx?["ApiKey"]|]);
            """),
        InMethod("""
                    IConfigurationSection? okx = config.GetSection("Okx");
                    r.Headers.Add("OK-ACCESS-KEY", okx?["ApiKey"]?.Trim());
            """));

    [Fact]
    public async Task Fix_AddsNoNullableWarnings()
    {
        var test = new VerifyCS.Test
        {
            TestCode = InMethod("""
                        var key = [|Environment.GetEnvironmentVariable("OKX_API_KEY")|] ?? throw new InvalidOperationException();
                        string passphrase = [|config["Okx:Passphrase"]|]!;
                        var secret = [|json.GetProperty("secretKey").GetString()|] ?? "";
                        r.Headers.Add("OK-ACCESS-KEY", key);
                        r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                        r.Headers.Add("OK-ACCESS-PASSPHRASE", [|reader.ReadLine()|]);
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                """),
            FixedCode = InMethod("""
                        var key = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException();
                        string passphrase = config["Okx:Passphrase"]!.Trim();
                        var secret = json.GetProperty("secretKey").GetString()?.Trim() ?? "";
                        r.Headers.Add("OK-ACCESS-KEY", key);
                        r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                        r.Headers.Add("OK-ACCESS-PASSPHRASE", reader.ReadLine()?.Trim());
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                """),
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_AcrossDocuments()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", [|config["Okx:ApiKey"]|]);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", [|config["Okx:Passphrase"]|]);
            """));
        test.TestState.Sources.Add("""
            using System;
            using System.Net.Http;

            class OkxDefaults
            {
                static void Configure(HttpClient client) =>
                    client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]);
            }
            """);
        test.FixedState.Sources.Add(InMethod("""
                    r.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"]?.Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", config["Okx:Passphrase"]?.Trim());
            """));
        test.FixedState.Sources.Add("""
            using System;
            using System.Net.Http;

            class OkxDefaults
            {
                static void Configure(HttpClient client) =>
                    client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_HasAStableEquivalenceKey()
    {
        var test = new VerifyCS.Test
        {
            TestCode = InMethod("""
                        r.Headers.Add("OK-ACCESS-KEY", [|config["Okx:ApiKey"]|]);
                """),
            FixedCode = InMethod("""
                        r.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"]?.Trim());
                """),
            CodeActionEquivalenceKey = "OKX002.TrimWhereRead",
        };
        await test.RunAsync();
    }

    [Fact]
    public void Message_NamesKindPlaceAndError_NeverTheValue()
    {
        var message = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            Descriptors.UntrimmedCredential.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "API key",
            "an environment variable",
            KeyError);
        Assert.Equal(
            "OKX API key read from an environment variable is used without Trim(): a stray space or newline makes OKX answer 50111 (invalid OK-ACCESS-KEY)",
            message);
        Assert.Equal("Reliability", Descriptors.UntrimmedCredential.Category);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.UntrimmedCredential.DefaultSeverity);
    }
}
