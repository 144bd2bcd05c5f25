using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyHardcoded = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;
using VerifyUntrimmed = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.References;

/// <summary>
/// The test projects are what users' projects are: the SDK stubs of both OKX.Net generations compile and are
/// usable as their public API is, the real packages are there, and the rules run on netstandard2.0 and net472
/// projects in C# 7.3. Compiler errors fail these tests (the library's default).
/// </summary>
public class TestProjectReferencesTests
{
    private const string UntrimmedKey = "OKX API key read from an environment variable is used without Trim(): a stray space or newline makes OKX answer 50111 (invalid OK-ACCESS-KEY)";

    [Fact]
    public async Task The_current_OKX_Net_generation_compiles_as_its_public_api_is()
    {
        await new VerifyHardcoded.Test
        {
            OkxNet = OkxNetShapes.Current,
            TestCode = """
                using System;
                using System.Threading.Tasks;
                using CryptoExchange.Net.Authentication;
                using CryptoExchange.Net.Objects;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;
                using OKX.Net;
                using OKX.Net.Clients;
                using OKX.Net.Objects.Account;

                class Bot
                {
                    static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";

                    async Task<decimal?> RunAsync(IServiceCollection services, IConfiguration configuration)
                    {
                        var byConstructor = new OKXCredentials(Env("OKX_API_KEY"), Env("OKX_SECRET_KEY"), Env("OKX_PASSPHRASE"));
                        var byInitializer = new OKXCredentials { Key = Env("OKX_API_KEY"), Secret = Env("OKX_SECRET_KEY"), Pass = Env("OKX_PASSPHRASE") };
                        var byHmac = new OKXCredentials().WithHMAC(Env("OKX_API_KEY"), Env("OKX_SECRET_KEY"), Env("OKX_PASSPHRASE"));
                        HMACPassCredential pass = byInitializer;
                        CredentialSet set = pass;
                        ApiCredentials abstractBase = set;
                        abstractBase.Validate();

                        services.AddOKX(options =>
                        {
                            options.ApiCredentials = byConstructor;
                            options.Environment = OKXEnvironment.EuropeDemo;
                            options.Rest.Environment = OKXEnvironment.Us;
                        });
                        services.AddOKX(configuration.GetSection("OKX"));

                        using var client = new OKXRestClient(options =>
                        {
                            options.ApiCredentials = byHmac;
                            options.Environment = OKXEnvironment.Demo;
                        });
                        HttpResult<OKXAccountBalance> balance = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                        return balance.Success && balance.Error is null ? balance.Data?.TotalEquity : null;
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task The_older_OKX_Net_generation_compiles_as_its_public_api_was()
    {
        await new VerifyHardcoded.Test
        {
            TestCode = """
                using System;
                using System.Threading.Tasks;
                using CryptoExchange.Net.Authentication;
                using CryptoExchange.Net.Objects;
                using OKX.Net.Clients;
                using OKX.Net.Objects;
                using OKX.Net.Objects.Account;

                class Bot
                {
                    static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";

                    async Task<decimal?> RunAsync()
                    {
                        ApiCredentials credentials = new ApiCredentials(Env("OKX_API_KEY"), Env("OKX_SECRET_KEY"), Env("OKX_PASSPHRASE"));
                        ApiCredentials okx = new OKXCredentials(Env("OKX_API_KEY"), Env("OKX_SECRET_KEY"), Env("OKX_PASSPHRASE"));
                        using var client = new OKXRestClient(options =>
                        {
                            options.ApiCredentials = credentials;
                            options.Environment = OKXEnvironment.Demo;
                        });
                        client.SetApiCredentials(okx);
                        WebCallResult<OKXAccountBalance> balance = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                        return balance.Success ? balance.Data.TotalEquity : null;
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task The_real_packages_are_referenced()
    {
        await new VerifyHardcoded.Test
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Flurl.Http;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Logging;
                using Microsoft.Extensions.Options;
                using Newtonsoft.Json.Linq;
                using RestSharp;

                sealed class OkxSettings { public string ApiKey { get; set; } = ""; }

                class Bot
                {
                    async Task<string?> RunAsync(IServiceCollection services, ILogger<Bot> logger, IOptions<OkxSettings> options)
                    {
                        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
                        services.Configure<OkxSettings>(configuration.GetSection("Okx"));
                        services.AddHttpClient("okx");
                        var key = configuration.GetValue<string>("Okx:ApiKey") ?? options.Value.ApiKey;
                        logger.LogInformation("calling OKX");

                        using var rest = new RestClient("https://www.okx.com");
                        rest.AddDefaultHeader("OK-ACCESS-KEY", key);
                        var response = await rest.ExecuteAsync(new RestRequest("/api/v5/account/balance").AddHeader("OK-ACCESS-KEY", key));
                        var flurl = await "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", key).GetStringAsync();
                        return (string?)JObject.Parse(response.Content ?? flurl)["code"];
                    }
                }
                """,
        }.RunAsync();
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net472")]
    public async Task Rules_and_fixes_work_in_a_CSharp_7_3_project_on_an_old_framework(string framework)
    {
        var source = """
            using System;
            using System.Net.Http;

            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|});
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Net.Http;

            class OkxClient
            {
                void Sign(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                }
            }
            """;
        var test = new VerifyUntrimmed.Test
        {
            ReferenceAssemblies = framework == "net472" ? TestReferences.Net472 : TestReferences.NetStandard20,
            LanguageVersion = LanguageVersion.CSharp7_3,
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.ExpectedDiagnostics.Add(VerifyUntrimmed.Diagnostic().WithLocation(0).WithMessage(UntrimmedKey));
        await test.RunAsync();
    }
}
