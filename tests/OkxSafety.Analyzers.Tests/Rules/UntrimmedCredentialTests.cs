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
        using RestSharp;

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
        Assert.Equal("OkxSafety", Descriptors.UntrimmedCredential.Category);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.UntrimmedCredential.DefaultSeverity);
    }

    // ---------------------------------------------------------------- must not fire: realistic correct code

    [Theory]
    [InlineData("helper_trims_nullable")]
    [InlineData("helper_reads_and_trims_environment")]
    [InlineData("extension_trimmed_or_empty")]
    [InlineData("extension_required_trimmed")]
    [InlineData("trim_then_trim_quotes")]
    [InlineData("trim_with_whitespace_characters")]
    [InlineData("trim_start_then_trim_end")]
    [InlineData("coalesce_then_trim")]
    [InlineData("trim_then_coalesce_empty")]
    [InlineData("whitespace_check_then_trim")]
    [InlineData("json_property_trimmed")]
    [InlineData("jtoken_cast_trimmed")]
    [InlineData("console_prompt_trimmed")]
    [InlineData("environment_target_user_trimmed")]
    [InlineData("options_setter_trims")]
    [InlineData("record_init_trims")]
    [InlineData("guid_parse_normalises_api_key")]
    [InlineData("file_lines_trimmed_with_select")]
    [InlineData("home_env_used_as_path_content_trimmed")]
    [InlineData("base_url_env_in_uri")]
    [InlineData("inst_id_env_in_query_and_body")]
    [InlineData("inst_id_env_in_prehash_data")]
    [InlineData("demo_env_compared_for_header")]
    [InlineData("timeout_env_parsed")]
    [InlineData("proxy_env_for_handler")]
    [InlineData("request_id_header_from_env")]
    [InlineData("config_base_url_and_inst_id")]
    [InlineData("okx_net_credentials_trimmed")]
    [InlineData("ccxt_config_trimmed")]
    [InlineData("websocket_login_trimmed")]
    [InlineData("trimmed_in_static_local_function")]
    [InlineData("ternary_both_branches_trimmed")]
    [InlineData("secret_trimmed_before_hmac_field")]
    [InlineData("config_bound_then_trimmed_in_constructor")]
    public Task RealisticCode_NotReported(string scenario) => VerifyAnalyzer.VerifyAnalyzerAsync(Usings + NotReportedScenarios[scenario]);

    private static readonly Dictionary<string, string> NotReportedScenarios = new()
    {
        ["helper_trims_nullable"] = """
            class OkxAuth
            {
                private static string Clean(string? value) => (value ?? "").Trim();

                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", Clean(Environment.GetEnvironmentVariable("OKX_API_KEY")));
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", Clean(Environment.GetEnvironmentVariable("OKX_PASSPHRASE")));
                }
            }
            """,
        ["helper_reads_and_trims_environment"] = """
            class OkxAuth
            {
                private static string Required(string name) =>
                    Environment.GetEnvironmentVariable(name)?.Trim() ?? throw new InvalidOperationException($"Set {name}.");

                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", Required("OKX_API_KEY"));
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", Required("OKX_PASSPHRASE"));
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Required("OKX_SECRET_KEY")));
                }
            }
            """,
        ["extension_trimmed_or_empty"] = """
            static class StringExtensions
            {
                public static string TrimmedOrEmpty(this string? value) => value?.Trim() ?? string.Empty;
            }

            class OkxAuth
            {
                void Sign(HttpRequestMessage r, IConfiguration config)
                {
                    r.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"].TrimmedOrEmpty());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", config["Okx:Passphrase"].TrimmedOrEmpty());
                }
            }
            """,
        ["extension_required_trimmed"] = """
            static class ConfigurationGuard
            {
                public static string RequiredTrimmed(this IConfiguration config, string key) =>
                    string.IsNullOrWhiteSpace(config[key]) ? throw new InvalidOperationException(key) : config[key]!.Trim();
            }

            class OkxAuth
            {
                void Sign(HttpRequestMessage r, IConfiguration config)
                {
                    r.Headers.Add("OK-ACCESS-KEY", config.RequiredTrimmed("Okx:ApiKey"));
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", config.RequiredTrimmed("Okx:Passphrase"));
                }
            }
            """,
        ["trim_then_trim_quotes"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", File.ReadAllText("okx_api_key.txt").Trim().Trim('"'));
                }
            }
            """,
        ["trim_with_whitespace_characters"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText("okx_passphrase.txt").Trim(' ', '\t', '\r', '\n'));
                }
            }
            """,
        ["trim_start_then_trim_end"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r, IConfiguration config)
                {
                    r.Headers.Add("OK-ACCESS-KEY", config["Okx:ApiKey"]!.TrimStart().TrimEnd());
                }
            }
            """,
        ["coalesce_then_trim"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r, IConfiguration config)
                {
                    var apiKey = (config["Okx:ApiKey"] ?? Environment.GetEnvironmentVariable("OKX_API_KEY") ?? "").Trim();
                    r.Headers.Add("OK-ACCESS-KEY", apiKey);
                }
            }
            """,
        ["trim_then_coalesce_empty"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? string.Empty);
                }
            }
            """,
        ["whitespace_check_then_trim"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    var key = Environment.GetEnvironmentVariable("OKX_API_KEY");
                    if (string.IsNullOrWhiteSpace(key)) throw new InvalidOperationException("OKX_API_KEY is not set");
                    key = key.Trim();
                    r.Headers.Add("OK-ACCESS-KEY", key);
                }
            }
            """,
        ["json_property_trimmed"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r, JsonElement secrets)
                {
                    r.Headers.Add("OK-ACCESS-KEY", secrets.GetProperty("apiKey").GetString()!.Trim());
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", secrets.GetProperty("passphrase").GetString()?.Trim());
                }
            }
            """,
        ["jtoken_cast_trimmed"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r, JToken secrets)
                {
                    r.Headers.Add("OK-ACCESS-KEY", ((string)secrets["apiKey"]!).Trim());
                }
            }
            """,
        ["console_prompt_trimmed"] = """
            class OkxSetup
            {
                void Prompt(HttpRequestMessage r)
                {
                    Console.Write("OKX passphrase: ");
                    var passphrase = Console.ReadLine()?.Trim() ?? "";
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }
            """,
        ["environment_target_user_trimmed"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY", EnvironmentVariableTarget.User)?.Trim());
                }
            }
            """,
        ["options_setter_trims"] = """
            sealed class OkxOptions
            {
                private string _apiKey = "";
                public string ApiKey { get => _apiKey; set => _apiKey = value?.Trim() ?? ""; }
            }

            class OkxAuth
            {
                private readonly OkxOptions _options = new();
                public OkxAuth(IConfiguration config) => _options.ApiKey = config["Okx:ApiKey"]!;
                void Sign(HttpRequestMessage r) => r.Headers.Add("OK-ACCESS-KEY", _options.ApiKey);
            }
            """,
        ["record_init_trims"] = """
            sealed class OkxCredentials
            {
                public OkxCredentials(string apiKey, string passphrase)
                {
                    ApiKey = apiKey.Trim();
                    Passphrase = passphrase.Trim();
                }

                public string ApiKey { get; }
                public string Passphrase { get; }
            }

            class OkxAuth
            {
                private readonly OkxCredentials _credentials = new(Environment.GetEnvironmentVariable("OKX_API_KEY")!, Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!);

                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", _credentials.ApiKey);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", _credentials.Passphrase);
                }
            }
            """,
        ["guid_parse_normalises_api_key"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    var apiKey = Guid.Parse(Environment.GetEnvironmentVariable("OKX_API_KEY")!).ToString();
                    r.Headers.Add("OK-ACCESS-KEY", apiKey);
                }
            }
            """,
        ["file_lines_trimmed_with_select"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    var lines = File.ReadAllLines("okx.keys").Select(l => l.Trim()).ToArray();
                    r.Headers.Add("OK-ACCESS-KEY", lines[0]);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", lines[2]);
                }
            }
            """,
        ["home_env_used_as_path_content_trimmed"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    var path = Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".okx", "passphrase");
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", File.ReadAllText(path).Trim());
                }
            }
            """,
        ["base_url_env_in_uri"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri(Environment.GetEnvironmentVariable("OKX_BASE_URL") ?? "https://www.okx.com") };
            }
            """,
        ["inst_id_env_in_query_and_body"] = """
            class OkxTrader
            {
                async Task PlaceAsync(HttpClient http)
                {
                    var instId = Environment.GetEnvironmentVariable("OKX_INST_ID") ?? "BTC-USDT";
                    await http.GetStringAsync($"/api/v5/market/ticker?instId={instId}");
                    var body = JsonSerializer.Serialize(new { instId, tdMode = "cash", side = "buy", ordType = "market", sz = "0.01" });
                    await http.PostAsync("/api/v5/trade/order", new StringContent(body, Encoding.UTF8, "application/json"));
                }
            }
            """,
        ["inst_id_env_in_prehash_data"] = """
            class OkxAuth
            {
                string Sign(byte[] secret, string timestamp)
                {
                    var path = "/api/v5/trade/orders-pending?instId=" + Environment.GetEnvironmentVariable("OKX_INST_ID");
                    using var hmac = new HMACSHA256(secret);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + path)));
                }
            }
            """,
        ["demo_env_compared_for_header"] = """
            class OkxClient
            {
                void Send(HttpRequestMessage r)
                {
                    var demo = Environment.GetEnvironmentVariable("OKX_DEMO") == "1";
                    r.Headers.Add("x-simulated-trading", demo ? "1" : "0");
                }
            }
            """,
        ["timeout_env_parsed"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("OKX_TIMEOUT_SECONDS") ?? "10")) };
            }
            """,
        ["proxy_env_for_handler"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new(new HttpClientHandler { Proxy = new System.Net.WebProxy(Environment.GetEnvironmentVariable("HTTPS_PROXY")) });
            }
            """,
        ["request_id_header_from_env"] = """
            class OkxClient
            {
                void Send(HttpRequestMessage r) => r.Headers.Add("x-request-id", Environment.GetEnvironmentVariable("OKX_BOT_NAME") + "-" + Guid.NewGuid());
            }
            """,
        ["config_base_url_and_inst_id"] = """
            class OkxClient
            {
                private readonly string _url;
                public OkxClient(IConfiguration config) => _url = config["Okx:BaseUrl"] + "/api/v5/market/books?instId=" + config.GetValue<string>("Okx:InstId");
                Task<string> BooksAsync(HttpClient http) => http.GetStringAsync(_url);
            }
            """,
        ["okx_net_credentials_trimmed"] = """
            class OkxBot
            {
                CryptoExchange.Net.Authentication.ApiCredentials Credentials(IConfiguration config) => new(
                    config["Okx:ApiKey"]!.Trim(),
                    config["Okx:SecretKey"]!.Trim(),
                    config["Okx:Passphrase"]!.Trim());
            }
            """,
        ["ccxt_config_trimmed"] = """
            class OkxCcxtBot
            {
                ccxt.okx Create() => new ccxt.okx(new Dictionary<string, object>
                {
                    ["apiKey"] = Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(),
                    ["secret"] = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!.Trim(),
                    ["password"] = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!.Trim(),
                });
            }
            """,
        ["websocket_login_trimmed"] = """
            class OkxPrivateSocket
            {
                object Login(IConfiguration config, string timestamp, string sign) => new
                {
                    op = "login",
                    args = new[] { new { apiKey = config["Okx:ApiKey"]!.Trim(), passphrase = config["Okx:Passphrase"]!.Trim(), timestamp, sign } },
                };
            }
            """,
        ["trimmed_in_static_local_function"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", Read("OKX_API_KEY"));
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", Read("OKX_PASSPHRASE"));

                    static string Read(string name) => (Environment.GetEnvironmentVariable(name) ?? "").Trim();
                }
            }
            """,
        ["ternary_both_branches_trimmed"] = """
            class OkxAuth
            {
                void Sign(HttpRequestMessage r, IConfiguration config, bool demo)
                {
                    r.Headers.Add("OK-ACCESS-KEY", demo ? config["Okx:Demo:ApiKey"]!.Trim() : config["Okx:Live:ApiKey"]!.Trim());
                }
            }
            """,
        ["secret_trimmed_before_hmac_field"] = """
            class OkxSigner
            {
                private readonly byte[] _secret = Encoding.UTF8.GetBytes((Environment.GetEnvironmentVariable("OKX_SECRET_KEY") ?? "").Trim());

                string Sign(string prehash)
                {
                    using var hmac = new HMACSHA256(_secret);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
            """,
        ["config_bound_then_trimmed_in_constructor"] = """
            sealed class OkxSection { public string ApiKey { get; set; } = ""; public string Passphrase { get; set; } = ""; }

            class OkxAuth
            {
                private readonly string _apiKey;
                private readonly string _passphrase;

                public OkxAuth(IConfiguration config)
                {
                    var section = config.GetSection("Okx").Get<OkxSection>() ?? new OkxSection();
                    _apiKey = section.ApiKey.Trim();
                    _passphrase = section.Passphrase.Trim();
                }

                void Sign(HttpRequestMessage r)
                {
                    r.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    r.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                }
            }
            """,
    };
}
