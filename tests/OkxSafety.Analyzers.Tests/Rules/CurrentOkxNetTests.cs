using OkxSafety.Analyzers.CodeFixes;
using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyHardcoded = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;
using VerifyUntrimmed = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;
using VerifySimulated = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;
using VerifyUnchecked = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UncheckedResponseCodeCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, "OKX.Net as it is today": OKX001, OKX002, OKX004 and OKX005 on the current OKX.Net / CryptoExchange.Net shapes
/// (OKXCredentials : HMACPassCredential with its constructor, initializer and WithHMAC, options.ApiCredentials in
/// AddOKX, HttpResult&lt;T&gt;, OKXEnvironment.EuropeDemo / .Us), each with a firing test, a quiet look-alike and (where the rule has one) the fix.
/// </summary>
public sealed class CurrentOkxNetTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using CryptoExchange.Net.Authentication;
        using CryptoExchange.Net.Objects;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using OKX.Net;
        using OKX.Net.Clients;
        using OKX.Net.Enums;
        using OKX.Net.Objects.Account;

        """;

    private const string HardcodedKey = "Hard-coded OKX API key: load it from configuration or an environment variable, and rotate the exposed key";
    private const string HardcodedSecret = "Hard-coded OKX secret key: load it from configuration or an environment variable, and rotate the exposed key";
    private const string HardcodedPass = "Hard-coded OKX passphrase: load it from configuration or an environment variable, and rotate the exposed key";
    private const string UntrimmedKeyEnv = "OKX API key read from an environment variable is used without Trim(): a stray space or newline makes OKX answer 50111 (invalid OK-ACCESS-KEY)";
    private const string UntrimmedKeyConfig = "OKX API key read from configuration is used without Trim(): a stray space or newline makes OKX answer 50111 (invalid OK-ACCESS-KEY)";

    private static Task Hardcoded(string source, params string[] messages)
    {
        var test = new VerifyHardcoded.Test { OkxNet = OkxNetShapes.Current, TestCode = Usings + source };
        for (var i = 0; i < messages.Length; i++)
        {
            test.ExpectedDiagnostics.Add(VerifyHardcoded.Diagnostic("OKX001").WithLocation(i).WithMessage(messages[i]));
        }

        return test.RunAsync();
    }

    private static Task Untrimmed(string source, string? fixedSource, params string[] messages)
    {
        var test = new VerifyUntrimmed.Test { OkxNet = OkxNetShapes.Current, TestCode = Usings + source };
        if (fixedSource is not null)
        {
            test.FixedCode = Usings + fixedSource;
        }

        for (var i = 0; i < messages.Length; i++)
        {
            test.ExpectedDiagnostics.Add(VerifyUntrimmed.Diagnostic("OKX002").WithLocation(i).WithMessage(messages[i]));
        }

        return test.RunAsync();
    }

    private static Task Unchecked(string source, string? fixedSource, params string[] messages)
    {
        var test = new VerifyUnchecked.Test { OkxNet = OkxNetShapes.Current, TestCode = Usings + source };
        if (fixedSource is not null)
        {
            test.FixedCode = Usings + fixedSource;
        }

        for (var i = 0; i < messages.Length; i++)
        {
            // The second location is the call the result comes from.
            test.ExpectedDiagnostics.Add(VerifyUnchecked.Diagnostic("OKX005").WithLocation(i)
                .WithMessage(messages[i] + ": OKX reports errors with HTTP 200 and a non-zero code")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        return test.RunAsync();
    }

    // ---------------------------------------------------------------- OKX001

    [Fact]
    public async Task Constructor_with_constants_fires()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials({|#0:"3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c"|}, {|#1:"9A8B7C6D5E4F30211F2E3D4C5B6A7988"|}, {|#2:"Tr4d1ng!Okx"|});
            }
            """, HardcodedKey, HardcodedSecret, HardcodedPass);
    }

    [Fact]
    public async Task Constructor_with_a_placeholder_key_set_is_quiet()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials("your-api-key", "your-secret-key", "your-passphrase");
            }
            """);
    }

    [Fact]
    public async Task Object_initializer_with_constants_fires()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials { Key = {|#0:"3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c"|}, Secret = {|#1:"9A8B7C6D5E4F30211F2E3D4C5B6A7988"|}, Pass = {|#2:"Tr4d1ng!Okx"|} };
            }
            """, HardcodedKey, HardcodedSecret, HardcodedPass);
    }

    [Fact]
    public async Task Object_initializer_with_placeholders_is_quiet()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials { Key = "YOUR_API_KEY", Secret = "YOUR_SECRET_KEY", Pass = "YOUR_PASSPHRASE" };
            }
            """);
    }

    [Fact]
    public async Task WithHMAC_with_constants_fires()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials().WithHMAC({|#0:"3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c"|}, {|#1:"9A8B7C6D5E4F30211F2E3D4C5B6A7988"|}, {|#2:"Tr4d1ng!Okx"|});
            }
            """, HardcodedKey, HardcodedSecret, HardcodedPass);
    }

    [Fact]
    public async Task WithHMAC_with_placeholders_is_quiet()
    {
        await Hardcoded("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials().WithHMAC("your-api-key", "your-secret-key", "your-passphrase");
            }
            """);
    }

    [Fact]
    public async Task Options_api_credentials_in_AddOKX_with_constants_fires()
    {
        await Hardcoded("""
            class Startup
            {
                void Configure(IServiceCollection services) => services.AddOKX(options =>
                {
                    options.ApiCredentials = new OKXCredentials({|#0:"3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c"|}, {|#1:"9A8B7C6D5E4F30211F2E3D4C5B6A7988"|}, {|#2:"Tr4d1ng!Okx"|});
                    options.Environment = OKXEnvironment.Live;
                });
            }
            """, HardcodedKey, HardcodedSecret, HardcodedPass);
    }

    [Fact]
    public async Task Options_api_credentials_in_AddOKX_from_configuration_is_quiet()
    {
        await Hardcoded("""
            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration) => services.AddOKX(options =>
                {
                    options.ApiCredentials = new OKXCredentials(configuration["OKX:ApiKey"]!.Trim(), configuration["OKX:Secret"]!.Trim(), configuration["OKX:Pass"]!.Trim());
                });
            }
            """);
    }

    [Fact]
    public async Task WithHMAC_of_another_type_with_constants_is_quiet()
    {
        await Hardcoded("""
            class Signer
            {
                public Signer WithHMAC(string first, string second, string third) => this;
            }

            class Bot
            {
                Signer Create() => new Signer().WithHMAC("3f1c2a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c", "9A8B7C6D5E4F30211F2E3D4C5B6A7988", "Tr4d1ng!Okx");
            }
            """);
    }

    // ---------------------------------------------------------------- OKX002

    [Fact]
    public async Task Constructor_with_an_untrimmed_environment_read_fires_and_is_fixed()
    {
        await Untrimmed("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials({|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, "", "");
            }
            """, """
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "", "");
            }
            """, UntrimmedKeyEnv);
    }

    [Fact]
    public async Task Constructor_with_a_trimmed_environment_read_is_quiet()
    {
        await Untrimmed("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "", "");
            }
            """, null);
    }

    [Fact]
    public async Task Object_initializer_with_an_untrimmed_configuration_read_fires_and_is_fixed()
    {
        await Untrimmed("""
            class Bot
            {
                OKXCredentials Create(IConfiguration configuration) => new OKXCredentials { Key = {|#0:configuration["OKX:ApiKey"]|}! };
            }
            """, """
            class Bot
            {
                OKXCredentials Create(IConfiguration configuration) => new OKXCredentials { Key = configuration["OKX:ApiKey"]!.Trim() };
            }
            """, UntrimmedKeyConfig);
    }

    [Fact]
    public async Task Object_initializer_of_another_type_with_an_untrimmed_read_is_quiet()
    {
        await Untrimmed("""
            class Settings { public string Key { get; set; } = ""; }

            class Bot
            {
                Settings Create(IConfiguration configuration) => new Settings { Key = configuration["Logging:Key"]! };
            }
            """, null);
    }

    [Fact]
    public async Task WithHMAC_with_an_untrimmed_environment_read_fires_and_is_fixed()
    {
        await Untrimmed("""
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials().WithHMAC({|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, "", "");
            }
            """, """
            class Bot
            {
                OKXCredentials Create() => new OKXCredentials().WithHMAC(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "", "");
            }
            """, UntrimmedKeyEnv);
    }

    [Fact]
    public async Task Options_api_credentials_in_AddOKX_with_an_untrimmed_read_fires_and_is_fixed()
    {
        await Untrimmed("""
            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration) => services.AddOKX(options =>
                {
                    options.ApiCredentials = new OKXCredentials({|#0:configuration["OKX:ApiKey"]|}!, "", "");
                });
            }
            """, """
            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration) => services.AddOKX(options =>
                {
                    options.ApiCredentials = new OKXCredentials(configuration["OKX:ApiKey"]!.Trim(), "", "");
                });
            }
            """, UntrimmedKeyConfig);
    }

    // ---------------------------------------------------------------- OKX005

    [Fact]
    public async Task Http_result_data_without_a_check_fires_and_is_fixed()
    {
        await Unchecked("""
            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    return {|#0:result.Data|}!.TotalEquity;
                }
            }
            """, """
            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (!result.Success) throw new InvalidOperationException(result.Error?.ToString());
                    return result.Data!.TotalEquity;
                }
            }
            """, "'Data' of HttpResult<OKXAccountBalance> is read without checking 'Success' or 'Error'");
    }

    [Fact]
    public async Task Http_result_data_after_a_success_check_is_quiet()
    {
        await Unchecked("""
            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (!result.Success) return null;
                    return result.Data!.TotalEquity;
                }
            }
            """, null);
    }

    [Fact]
    public async Task Http_result_data_after_an_error_check_is_quiet()
    {
        await Unchecked("""
            class Bot
            {
                async Task<decimal?> EquityAsync(OKXRestClient client)
                {
                    var result = await client.UnifiedApi.Account.GetAccountBalanceAsync();
                    if (result.Error != null) throw new InvalidOperationException(result.Error.Message);
                    return result.Data?.TotalEquity;
                }
            }
            """, null);
    }

    [Fact]
    public async Task Data_of_a_record_that_is_not_an_sdk_result_is_quiet()
    {
        await Unchecked("""
            record Snapshot(OKXAccountBalance Data);

            class Bot
            {
                decimal? Equity(Snapshot snapshot) => snapshot.Data.TotalEquity;
            }
            """, null);
    }

    // ---------------------------------------------------------------- OKX004

    private static Task Simulated(string source, string? fixedSource, params string[] messages)
    {
        var test = new VerifySimulated.Test { OkxNet = OkxNetShapes.Current, TestCode = Usings + "using System.Net.Http;\nusing OKX.Net.Objects.Options;\n" + source };
        if (fixedSource is not null)
        {
            test.FixedCode = Usings + "using System.Net.Http;\nusing OKX.Net.Objects.Options;\n" + fixedSource;
        }

        for (var i = 0; i < messages.Length; i++)
        {
            test.ExpectedDiagnostics.Add(VerifySimulated.Diagnostic("OKX004").WithLocation(i).WithMessage(messages[i]));
        }

        return test.RunAsync();
    }

    [Fact]
    public async Task Europe_demo_environment_with_the_live_header_fires_and_is_fixed()
    {
        await Simulated("""
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.EuropeDemo) {|#0:request.Headers.Add("x-simulated-trading", "0")|};
                }
            }
            """, """
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.EuropeDemo) request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """, "The code means demo trading here, but x-simulated-trading is \"0\" (live): OKX answers 50101 (APIKey does not match current environment)");
    }

    [Fact]
    public async Task Europe_demo_environment_with_the_demo_header_is_quiet()
    {
        await Simulated("""
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.EuropeDemo) request.Headers.Add("x-simulated-trading", "1");
                    if (options.Environment == OKXEnvironment.Live) request.Headers.Add("x-simulated-trading", "0");
                }
            }
            """, null);
    }

    [Fact]
    public async Task Regional_live_environments_are_not_classified()
    {
        // OKXEnvironment.Europe and .Us name a region, not demo or live in their words: OKX004 stays quiet on them,
        // as it already does for Europe on the older SDK.
        await Simulated("""
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.Us) request.Headers.Add("x-simulated-trading", "1");
                    if (options.Environment == OKXEnvironment.Europe) request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """, null);
    }

    [Fact]
    public async Task Live_environment_with_the_demo_header_fires_and_is_fixed()
    {
        await Simulated("""
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.Live) {|#0:request.Headers.Add("x-simulated-trading", "1")|};
                }
            }
            """, """
            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.Live) request.Headers.Add("x-simulated-trading", "0");
                }
            }
            """, "The code means live trading here, but x-simulated-trading is \"1\" (demo): OKX answers 50101 (APIKey does not match current environment)");
    }
}
