namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// What a team gating CI on <c>dotnet format --verify-no-changes</c> does: one <c>dotnet format analyzers</c> run over
/// a consumer that mixes every kind of finding of OKX001-OKX005 and the common OKX006/OKX007 ones (top-level statements with a class in the same and in
/// another file, static members and lambdas, local functions), then the build has no OKX finding and no error, and a
/// second run changes nothing.
/// </summary>
[Trait("Category", "Package")]
public sealed class DotnetFormatTests : IClassFixture<PackedPackage>
{
    private static readonly string[] Rules = { "OKX001", "OKX002", "OKX003", "OKX004", "OKX005", "OKX006", "OKX007" };

    private const string Program =
        """
        using System.Net.Http;

        // Top-level statements: a local the classes below must not read.
        var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
        var apiKey = "5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
        request.Headers.Add("OK-ACCESS-KEY", apiKey);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        Console.WriteLine(passphrase.Length + new Signer().Sign(request).Headers.Count());

        internal sealed class Signer
        {
            public HttpRequestMessage Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim()); // the key
                request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                return request;
            }
        }
        """;

    private const string Credentials =
        """
        namespace Consumer;

        public static class OkxKeys
        {
            private const string SecretKey = "A1B2C3D4E5F60718293A4B5C6D7E8F90";

            public static byte[] HmacKey() => System.Text.Encoding.UTF8.GetBytes(SecretKey);

            public static void Configure(HttpClient http)
            {
                http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")!);
                http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", "MyPassphrase123!");
            }
        }

        public sealed class LambdaClient
        {
            private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

            public Func<HttpRequestMessage, HttpRequestMessage> Signer(string apiKey) => static request =>
            {
                request.Headers.Add("OK-ACCESS-KEY", "5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
                return request;
            };

            public string Passphrase => _passphrase;
        }
        """;

    private const string Headers =
        """
        namespace Consumer;

        public sealed class OkxHeaders
        {
            private const string PassphraseHeader = "OK-ACCESS-PASSPRASE";

            public void Missing(HttpRequestMessage request, string apiKey, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey); // key
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }

            public void Conditional(HttpRequestMessage request, string apiKey, string passphrase)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (!string.IsNullOrEmpty(passphrase))
                {
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }

            public bool ConditionalExpression(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                return signed && request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase);
            }

            public void Empty(HttpRequestMessage request, string apiKey)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", "");
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

        public sealed class OkxDemoHeaders
        {
            public void Value(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "true");

            public void Contradiction(HttpRequestMessage request, bool isLive)
            {
                if (isLive) request.Headers.Add("x-simulated-trading", "1");
            }

            public void Name(HttpRequestMessage request) => request.Headers.Add("x-simulated-trade", "1");
        }

        public sealed class OkxDemoSocketBot
        {
            private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
            private readonly HttpClient _http = new();

            public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");

            public override string ToString() => PrivateSocket;
        }

        public sealed class OkxFlagBot
        {
            private readonly bool _useDemo;

            public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

            public bool UseDemo => _useDemo;

            public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");

            public static void SendStatic(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
        }
        """;

    private const string Responses =
        """
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Text.Json.Nodes;

        namespace Consumer;

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

        public sealed class OkxMarket
        {
            public async Task<string?> ElementAsync(HttpClient http)
            {
                using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT"));
                return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
            }

            public async Task<string?> NodeAsync(HttpClient http)
            {
                var node = JsonNode.Parse(await http.GetStringAsync("/api/v5/account/balance"))!;
                return node["data"]!.ToJsonString();
            }

            public async Task<string?> TypedAsync(HttpClient http)
            {
                var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=BTC-USDT");
                return resp!.Data[0].Last;
            }

            public async Task<string?> WrongSuccessAsync(HttpClient http)
            {
                using var doc = JsonDocument.Parse(await http.GetStringAsync("https://www.okx.com/api/v5/market/tickers?instType=SPOT"));
                if (doc.RootElement.GetProperty("code").GetString() != "00000") return null;
                return doc.RootElement.GetProperty("data")[0].GetProperty("last").GetString();
            }

            public async Task<string?> OrderAsync(HttpClient http, string body)
            {
                using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var root = doc.RootElement;
                if (root.GetProperty("code").GetString() != "0") throw new InvalidOperationException(root.GetProperty("msg").GetString());
                return root.GetProperty("data")[0].GetProperty("ordId").GetString();
            }

            public async Task<string?> TypedOrderAsync(HttpClient http, string body)
            {
                using var response = await http.PostAsync("/api/v5/trade/order", new StringContent(body));
                var resp = await response.Content.ReadFromJsonAsync<OkxResponse<OrderAck>>();
                if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                return resp.Data[0].OrdId;
            }

            public async Task<string?> PlainOrderAsync(HttpClient http, string body)
            {
                using var response = await http.PostAsync("/api/v5/trade/amend-order", new StringContent(body));
                var resp = await response.Content.ReadFromJsonAsync<OkxResponse<PlainAck>>();
                if (resp!.Code != "0") throw new InvalidOperationException(resp.Msg);
                return resp.Data[0].OrdId;
            }

            public async Task<string?> NodeOrderAsync(HttpClient http, string body)
            {
                using var response = await http.PostAsync("/api/v5/trade/cancel-order", new StringContent(body));
                var node = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                if (node?["code"]?.GetValue<string>() != "0") throw new InvalidOperationException();
                return node?["data"]?[0]?["ordId"]?.GetValue<string>();
            }

            public static Func<HttpClient, Task<string?>> Reader => static async http =>
            {
                var resp = await http.GetFromJsonAsync<OkxResponse<Ticker>>("/api/v5/market/ticker?instId=ETH-USDT");
                return resp!.Data[0].Last;
            };
        }
        """;

    private const string Signatures =
        """
        using System.Security.Cryptography;
        using System.Text;

        namespace Consumer;

        // OKX006, ported from another exchange's signer: a Unix timestamp read twice, the path without its query, hex.
        public sealed class PortedSigner
        {
            private readonly string _secretKey = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? "";

            public void SignRequest(HttpRequestMessage request, string body)
            {
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
                var prehash = timestamp + request.Method.Method + request.RequestUri!.AbsolutePath + body;
                request.Headers.Add("OK-ACCESS-SIGN", Sign(prehash));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString());
                request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim());
            }

            private string Sign(string prehash)
            {
                using var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(_secretKey));
                return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
            }
        }
        """;

    private const string Observability =
        """
        using System.Diagnostics;

        namespace Consumer;

        public sealed record TracedSettings(string ApiKey, string SecretKey, string Passphrase);

        // OKX007: the secret key in an exception message, the settings record printed, the signed headers traced,
        // the passphrase in debug output.
        public static class RequestTracer
        {
            public static HttpRequestMessage Signed(TracedSettings settings, string path, string timestamp, string sign)
            {
                if (settings.SecretKey.Length != 32)
                {
                    throw new InvalidOperationException("The OKX secret key " + settings.SecretKey + " is not 32 characters long.");
                }

                Console.WriteLine("[okx] starting with " + settings);
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("OK-ACCESS-KEY", settings.ApiKey);
                request.Headers.Add("OK-ACCESS-SIGN", sign);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", settings.Passphrase);
                Trace.WriteLine("[okx] headers: " + request.Headers);
                Debug.WriteLine($"[okx] passphrase={settings.Passphrase}");
                return request;
            }
        }
        """;

    private const string Signing =
        """
        namespace Consumer;

        // Another file than the top-level statements, whose local 'passphrase' is not in scope here.
        public sealed class OkxSigning
        {
            public void Sign(HttpRequestMessage request, string apiKey, string sign)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey); // the key line keeps its comment
                request.Headers.Add("OK-ACCESS-SIGN", sign);
            }

            public void Conditional(HttpRequestMessage request, string apiKey, bool live)
            {
                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                if (live)
                {
                    var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                }
            }

            public void Unknown(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "abc");

            public Action<HttpRequestMessage> Local(string apiKey)
            {
                return Sign;

                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", apiKey);
                    request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                }
            }
        }

        // Only a constant fits in an attribute argument: the fix takes the secret out with a TODO.
        public sealed class OkxLegacy
        {
            private const string LegacyKey = "5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a70";

            [System.ComponentModel.Description(LegacyKey)]
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", LegacyKey);
        }

        public sealed class PlainAck
        {
            public string OrdId { get; set; } = "";
        }
        """;

    private readonly PackedPackage _package;

    public DotnetFormatTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void One_dotnet_format_run_fixes_every_finding_and_a_second_changes_nothing()
    {
        var (consumer, environment) = CreateConsumer();
        var timeout = TimeSpan.FromMinutes(5);

        var build = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, "the consumer should build with warnings: " + build);
        foreach (var rule in Rules)
        {
            Assert.Contains("warning " + rule, build.Output);
        }

        var arguments = new List<string> { "format", "analyzers", "Consumer.csproj", "--diagnostics" };
        arguments.AddRange(Rules);
        arguments.AddRange(new[] { "--severity", "warn", "--no-restore" });
        var format = DotnetCli.Run(consumer, environment, timeout, arguments.ToArray());
        Assert.True(format.ExitCode == 0, "dotnet format analyzers failed: " + format);
        Assert.DoesNotContain("Unable to fix", format.Output);

        var rebuild = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo", "--no-restore", "--no-incremental");
        Assert.True(rebuild.ExitCode == 0, "the fixed consumer must compile: " + rebuild + Sources(consumer));
        Assert.DoesNotContain(" error ", rebuild.Output);
        Assert.True(!rebuild.Output.Contains("warning OKX", StringComparison.Ordinal), "one dotnet format run must leave no OKX finding: " + rebuild + Sources(consumer));

        // What the fixes wrote: the values they read are in scope, trivia stayed on its line.
        var signing = File.ReadAllText(Path.Combine(consumer, "Signing.cs"));
        Assert.Contains("request.Headers.Add(\"OK-ACCESS-KEY\", apiKey); // the key line keeps its comment", signing);
        Assert.Equal(1, Count(signing, "// the key line keeps its comment"));
        Assert.DoesNotContain("OK-ACCESS-PASSPHRASE\", passphrase)", signing);
        Assert.Contains("GetEnvironmentVariable(\"OKX_PASSPHRASE\")", signing);
        var program = File.ReadAllText(Path.Combine(consumer, "Program.cs"));
        Assert.Equal(2, Count(program, "\"OK-ACCESS-PASSPHRASE\""));

        arguments.Add("--verify-no-changes");
        var verify = DotnetCli.Run(consumer, environment, timeout, arguments.ToArray());
        Assert.True(verify.ExitCode == 0, "a second dotnet format run must change nothing: " + verify + Sources(consumer));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Sources(string consumer)
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(consumer, "*.cs"))
        {
            text.AppendLine().AppendLine("---- " + Path.GetFileName(file)).AppendLine(File.ReadAllText(file));
        }

        return text.ToString();
    }

    private (string Directory, Dictionary<string, string> Environment) CreateConsumer()
    {
        Assert.True(_package.PackagePath is not null, "dotnet pack produced no package: " + _package.PackResult);

        var consumer = Path.Combine(_package.Root, "format-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OkxSafety.Analyzers" Version="{_package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(consumer, "Credentials.cs"), Credentials);
        File.WriteAllText(Path.Combine(consumer, "Headers.cs"), Headers);
        File.WriteAllText(Path.Combine(consumer, "Responses.cs"), Responses);
        File.WriteAllText(Path.Combine(consumer, "Signing.cs"), Signing);
        File.WriteAllText(Path.Combine(consumer, "Signatures.cs"), Signatures);
        File.WriteAllText(Path.Combine(consumer, "Observability.cs"), Observability);

        // A private package folder: a fresh install every run, never a stale copy of an older build of the package.
        return (consumer, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.Root, "packages") });
    }
}
