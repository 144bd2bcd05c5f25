using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Verifiers;
using Xunit;
using VerifySilent = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Tests.HarnessTests.SilentAnalyzer>;

namespace OkxSafety.Analyzers.Tests.HarnessTests;

public class StubTests
{
    /// <summary>Typical bot code against every stub, compiled with warnings counted as failures.</summary>
    private const string UsesEveryStub = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using CryptoExchange.Net.Authentication;
        using CryptoExchange.Net.Objects;
        using Flurl.Http;
        using Microsoft.Extensions.Configuration;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Linq;
        using OKX.Net.Clients;
        using OKX.Net.Enums;
        using OKX.Net.Objects;
        using RestSharp;

        public sealed class Bot
        {
            public async Task<string> RunAsync(IConfiguration configuration)
            {
                string key = configuration["Okx:ApiKey"] ?? throw new InvalidOperationException("no key");
                IConfigurationSection section = configuration.GetSection("Okx");
                string secret = section["Secret"] ?? section.Value ?? "";
                string sectionInfo = section.Key + section.Path;
                string pass = configuration.GetValue<string>("Okx:Passphrase") ?? "";
                int timeout = configuration.GetValue("Okx:Timeout", 30);
                IConfigurationRoot root = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();

                var credentials = new ApiCredentials(key, secret, pass);
                var plain = new ApiCredentials(credentials.Key, credentials.Secret);
                var okxCredentials = new OKXCredentials(key.Trim(), secret.Trim(), pass.Trim());
                using var rest = new OKXRestClient(options =>
                {
                    options.ApiCredentials = okxCredentials;
                    options.Environment = OKXEnvironment.Demo;
                });
                rest.SetApiCredentials(plain);
                using var socket = new OKXSocketClient();
                var environments = new[] { OKXEnvironment.Live, OKXEnvironment.Demo, OKXEnvironment.Europe };

                WebCallResult<OKX.Net.Objects.Account.OKXAccountBalance> balance = await rest.UnifiedApi.Account.GetAccountBalanceAsync();
                if (!balance.Success)
                {
                    Error? error = balance.Error;
                    return error?.ToString() ?? "unknown error";
                }

                CallResult<OKX.Net.Objects.Account.OKXAccountBalance> asCall = balance;
                decimal? equity = asCall.Data.TotalEquity;
                var order = await rest.UnifiedApi.Trading.PlaceOrderAsync("BTC-USDT", OrderSide.Buy, OrderType.Limit, 0.01m, 20000m);

                var exchange = new ccxt.okx(new Dictionary<string, object>
                {
                    ["apiKey"] = key,
                    ["secret"] = secret,
                    ["password"] = pass,
                });
                exchange.apiKey = key;
                object ccxtBalance = await exchange.fetchBalance();
                var defaultExchange = new ccxt.okx();

                var request = new RestRequest("/api/v5/account/balance", Method.Get)
                    .AddHeader("OK-ACCESS-KEY", key)
                    .AddHeader("OK-ACCESS-PASSPHRASE", pass);
                using var restClient = new RestClient("https://www.okx.com");
                RestResponse response = await restClient.ExecuteAsync(request);
                string? content = response.Content;

                IFlurlRequest flurl = "https://www.okx.com/api/v5/account/balance"
                    .WithHeader("OK-ACCESS-KEY", key)
                    .WithHeader("OK-ACCESS-PASSPHRASE", pass);
                IFlurlResponse flurlResponse = await flurl.GetAsync();
                string body = await flurlResponse.GetStringAsync();

                var typed = JsonConvert.DeserializeObject<Dictionary<string, object>>(body);
                object? untyped = JsonConvert.DeserializeObject(body);
                JObject json = JObject.Parse(content ?? body);
                JToken? code = json["code"];
                string? codeText = (string?)code;
                string? message = json.Value<string>("msg");
                JToken? data = json["data"];
                JArray array = JArray.Parse("[]");
                JToken first = array[0];
                string firstText = first.ToString();

                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                using var http = new HttpClient();
                http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", key);
                using var document = System.Text.Json.JsonDocument.Parse(body);

                GC.KeepAlive(new object?[] { sectionInfo, timeout, root, socket, environments, equity, order, ccxtBalance, defaultExchange, typed, untyped, codeText, message, data, firstText, hmac });
                return string.Empty;
            }
        }
        """;

    [Fact]
    public async Task Stubs_cover_the_sdk_shapes_and_compile_without_warnings()
    {
        await new VerifySilent.Test
        {
            TestCode = UsesEveryStub,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        }.RunAsync();
    }

    [Fact]
    public async Task Stubs_are_usable_from_CSharp_7_3()
    {
        await new VerifySilent.Test
        {
            TestCode = """
                using OKX.Net.Objects;
                using Newtonsoft.Json.Linq;

                class C
                {
                    object M(string key, string secret, string pass)
                    {
                        var token = JObject.Parse("{}")["code"];
                        return new OKXCredentials(key, secret, pass);
                    }
                }
                """,
            LanguageVersion = LanguageVersion.CSharp7_3,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        }.RunAsync();
    }

    [Fact]
    public async Task Stubs_can_be_left_out()
    {
        var test = new VerifySilent.Test
        {
            TestCode = "class C { object M() => new OKX.Net.Clients.OKXRestClient(); }",
            IncludeStubs = false,
        };
        var ex = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());
        Assert.Contains("error CS0246: The type or namespace name 'OKX' could not be found", ex.Message);
    }

    [Fact]
    public async Task Additional_stubs_are_referenced()
    {
        await new VerifySilent.Test
        {
            TestCode = "class C { string M() => Vendor.Sdk.Client.Create(new CryptoExchange.Net.Authentication.ApiCredentials(\"k\", \"s\")).Name; }",
            AdditionalStubs =
            {
                """
                namespace Vendor.Sdk
                {
                    public sealed class Client
                    {
                        public string Name => "";
                        public static Client Create(CryptoExchange.Net.Authentication.ApiCredentials credentials) => new Client();
                    }
                }
                """,
            },
        }.RunAsync();
    }

    [Fact]
    public void Stub_assemblies_have_the_real_names()
    {
        var names = TestReferences.StubAssemblies.Select(r => r.Display).ToArray();
        Assert.Contains("OKX.Net.dll", names);
        Assert.Contains("Newtonsoft.Json.dll", names);
        Assert.Equal(Stubs.All.Count, names.Length);
    }

    [Fact]
    public void Framework_references_come_from_the_running_runtime_only()
    {
        var paths = TestReferences.Framework.Select(r => r.Display ?? "").ToArray();
        Assert.Contains(paths, p => p.EndsWith("System.Net.Http.dll", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("System.Text.Json.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.EndsWith("Newtonsoft.Json.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains("xunit", StringComparison.OrdinalIgnoreCase));
    }
}
