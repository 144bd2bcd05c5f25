using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Rules;
using OkxSafety.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.CommittedConfigurationCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>OKX001 in configuration files (appsettings*.json, launchSettings.json), read as additional files.</summary>
public class CommittedConfigurationCredentialTests
{
    private const string ApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
    private const string Secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
    private const string Passphrase = "Tr4d1ng!Pass";

    private const string AppSettings = "/0/appsettings.json";
    private const string LaunchSettings = "/0/Properties/launchSettings.json";

    private const string Code = "internal sealed class Startup { }";

    /// <summary>The expected finding at the first occurrence of <paramref name="value"/> as a JSON string (quotes included).</summary>
    private static DiagnosticResult At(string path, string json, string value, string kind, string environmentVariable, int occurrence = 1)
    {
        var quoted = "\"" + value + "\"";
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(quoted, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{value}' is not in the test's JSON");
        }

        var line = json.Take(index).Count(c => c == '\n');
        var column = index - (json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1);
        if (line == 0)
        {
            column = index;
        }

        return VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId)
            .WithSpan(path, line + 1, column + 1, line + 1, column + 1 + quoted.Length)
            .WithArguments(kind, Path.GetFileName(path), environmentVariable);
    }

    private static Task VerifyAsync(IEnumerable<(string Path, string Json)> files, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Code };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Json));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyAsync(string path, string json, params DiagnosticResult[] expected) => VerifyAsync(new[] { (path, json) }, expected);

    // ---------------------------------------------------------------- must fire

    [Fact]
    public async Task A_key_set_in_the_okx_section_is_reported_at_each_value_with_kind_file_and_variable()
    {
        var json = $$"""
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "Okx": {
                "BaseUrl": "https://www.okx.com",
                "ApiKey": "{{ApiKey}}",
                "SecretKey": "{{Secret}}",
                "Passphrase": "{{Passphrase}}"
              }
            }
            """;
        await VerifyAsync(AppSettings, json,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 5, 15, 5, 53)
                .WithMessage("OKX API key committed in appsettings.json: empty the value, supply it from the environment (Okx__ApiKey), user secrets or a secret store, and rotate the exposed key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 6, 18, 6, 52)
                .WithMessage("OKX secret key committed in appsettings.json: empty the value, supply it from the environment (Okx__SecretKey), user secrets or a secret store, and rotate the exposed key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 7, 19, 7, 33)
                .WithMessage("OKX passphrase committed in appsettings.json: empty the value, supply it from the environment (Okx__Passphrase), user secrets or a secret store, and rotate the exposed key"));
    }

    [Theory]
    [InlineData("OKX")]
    [InlineData("okx")]
    [InlineData("Okex")]
    [InlineData("OKEX")]
    [InlineData("OkxSettings")]
    [InlineData("OkxOptions")]
    public async Task Every_spelling_of_the_okx_section_is_read(string section)
    {
        var json = $$"""
            { "{{section}}": { "apiKey": "{{ApiKey}}", "secret_key": "{{Secret}}" } }
            """;
        await VerifyAsync(AppSettings, json,
            At(AppSettings, json, ApiKey, "API key", section + "__apiKey"),
            At(AppSettings, json, Secret, "secret key", section + "__secret_key"));
    }

    [Fact]
    public async Task Nested_sections_and_neutral_levels_keep_okx_scope()
    {
        var json = $$"""
            {
              "Exchanges": { "Okx": { "ApiKey": "{{ApiKey}}" } },
              "OKX": {
                "Live": { "SecretKey": "{{Secret}}" },
                "Accounts": [ { "Name": "main", "Passphrase": "{{Passphrase}}" } ],
                "ApiCredentials": { "Key": "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46", "Secret": "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "Pass": "An0ther!Pass" }
              }
            }
            """;
        await VerifyAsync(AppSettings, json,
            At(AppSettings, json, ApiKey, "API key", "Exchanges__Okx__ApiKey"),
            At(AppSettings, json, Secret, "secret key", "OKX__Live__SecretKey"),
            At(AppSettings, json, Passphrase, "passphrase", "OKX__Accounts__0__Passphrase"),
            At(AppSettings, json, "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46", "API key", "OKX__ApiCredentials__Key"),
            At(AppSettings, json, "0F1E2D3C4B5A69788796A5B4C3D2E1F0", "secret key", "OKX__ApiCredentials__Secret"),
            At(AppSettings, json, "An0ther!Pass", "passphrase", "OKX__ApiCredentials__Pass"));
    }

    [Fact]
    public async Task Flattened_keys_and_names_that_say_okx_are_read()
    {
        var json = $$"""
            {
              "Okx:ApiKey": "{{ApiKey}}",
              "Okx__SecretKey": "{{Secret}}",
              "OKX_PASSPHRASE": "{{Passphrase}}",
              "Bot": { "OkxApiKey": "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46" }
            }
            """;
        await VerifyAsync(AppSettings, json,
            At(AppSettings, json, ApiKey, "API key", "Okx__ApiKey"),
            At(AppSettings, json, Secret, "secret key", "Okx__SecretKey"),
            At(AppSettings, json, Passphrase, "passphrase", "OKX_PASSPHRASE"),
            At(AppSettings, json, "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46", "API key", "Bot__OkxApiKey"));
    }

    [Fact]
    public async Task Launch_settings_environment_variables_named_for_okx_are_reported_with_the_variable_itself()
    {
        var json = $$"""
            {
              "profiles": {
                "Bot": {
                  "commandName": "Project",
                  "environmentVariables": {
                    "DOTNET_ENVIRONMENT": "Development",
                    "OKX_API_KEY": "{{ApiKey}}",
                    "Okx__SecretKey": "{{Secret}}",
                    "OKX_PASSPHRASE": "{{Passphrase}}"
                  }
                }
              }
            }
            """;
        await VerifyAsync(LaunchSettings, json,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(LaunchSettings, 7, 24, 7, 62)
                .WithMessage("OKX API key committed in launchSettings.json: empty the value, supply it from the environment (OKX_API_KEY), user secrets or a secret store, and rotate the exposed key"),
            At(LaunchSettings, json, Secret, "secret key", "Okx__SecretKey"),
            At(LaunchSettings, json, Passphrase, "passphrase", "OKX_PASSPHRASE"));
    }

    [Fact]
    public async Task Comments_and_trailing_commas_are_read_and_positions_stay_right()
    {
        var json = $$"""
            // Bot settings
            {
              /* the exchange */
              "Okx": {
                "UseDemo": false, // live
                "ApiKey": "{{ApiKey}}", /* committed by mistake */
                "SecretKey": "{{Secret}}",
              },
            }
            """;
        await VerifyAsync(AppSettings, json,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 6, 15, 6, 53).WithArguments("API key", "appsettings.json", "Okx__ApiKey"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 7, 18, 7, 52).WithArguments("secret key", "appsettings.json", "Okx__SecretKey"));
    }

    [Fact]
    public async Task Environment_specific_files_are_named_in_the_message()
    {
        var path = "/0/appsettings.Production.json";
        var json = $$"""{ "Okx": { "Passphrase": "{{Passphrase}}" } }""";
        await VerifyAsync(path, json,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(path, 1, 26, 1, 40)
                .WithMessage("OKX passphrase committed in appsettings.Production.json: empty the value, supply it from the environment (Okx__Passphrase), user secrets or a secret store, and rotate the exposed key"));
    }

    [Fact]
    public async Task An_escaped_value_is_reported_at_its_token()
    {
        var json = """{ "Okx": { "Passphrase": "Tr4d\u0031ng!\"Pass" } }""";
        await VerifyAsync(AppSettings, json,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithSpan(AppSettings, 1, 26, 1, 47).WithArguments("passphrase", "appsettings.json", "Okx__Passphrase"));
    }

    [Fact]
    public async Task A_file_listed_twice_is_reported_once_per_value()
    {
        var json = $$"""{ "Okx": { "ApiKey": "{{ApiKey}}" } }""";
        await VerifyAsync(new[] { (AppSettings, json), (AppSettings, json) },
            At(AppSettings, json, ApiKey, "API key", "Okx__ApiKey"));
    }

    [Fact]
    public async Task The_same_key_set_in_two_files_is_a_finding_in_each()
    {
        var json = $$"""{ "Okx": { "ApiKey": "{{ApiKey}}" } }""";
        var development = "/0/appsettings.Development.json";
        await VerifyAsync(new[] { (AppSettings, json), (development, json) },
            At(AppSettings, json, ApiKey, "API key", "Okx__ApiKey"),
            At(development, json, ApiKey, "API key", "Okx__ApiKey"));
    }

    [Fact]
    public async Task A_csharp_constant_and_a_json_value_are_separate_findings()
    {
        var json = $$"""{ "Okx": { "ApiKey": "{{ApiKey}}" } }""";
        var test = new BothAnalyzers
        {
            TestCode = $$"""
                using System.Net.Http;
                class OkxClient
                {
                    void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", {|#0:"{{ApiKey}}"|});
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((AppSettings, json));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithArguments("API key"));
        test.ExpectedDiagnostics.Add(At(AppSettings, json, ApiKey, "API key", "Okx__ApiKey"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_placeholder_pattern_option_applies_to_the_json_file()
    {
        var json = """{ "Okx": { "ApiKey": "fake-3f6b1c2e", "SecretKey": "A1B2C3D4E5F60718293A4B5C6D7E8F90" } }""";
        var test = new VerifyCS.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add((AppSettings, json));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.json]\nokx_safety.placeholder_pattern = ^fake-.*$\n"));
        test.ExpectedDiagnostics.Add(At(AppSettings, json, Secret, "secret key", "Okx__SecretKey"));
        await test.RunAsync();
    }

    // ---------------------------------------------------------------- must not fire

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("your-api-key-here")]
    [InlineData("<api-key>")]
    [InlineData("$(OKX_API_KEY)")]
    [InlineData("${OKX_API_KEY}")]
    [InlineData("%OKX_API_KEY%")]
    [InlineData("#{Okx.ApiKey}#")]
    [InlineData("#{OKX_API_KEY}")]
    [InlineData("__OKX_API_KEY__")]
    [InlineData("{{okx_api_key}}")]
    [InlineData("changeme")]
    [InlineData("xxxxxxxx")]
    [InlineData("OKX_API_KEY")]
    [InlineData("Okx:ApiKey")]
    [InlineData("abc")]
    public async Task Placeholders_and_names_are_not_keys(string value)
    {
        var json = $$"""{ "Okx": { "ApiKey": "{{value}}", "SecretKey": "{{value}}", "Passphrase": "{{value}}" } }""";
        await VerifyAsync(AppSettings, json);
    }

    [Fact]
    public async Task Other_services_secrets_are_not_reported()
    {
        var json = $$"""
            {
              "ConnectionStrings": { "Trades": "Server=db;User Id=bot;Password=Tr4d1ng!Pass;" },
              "Smtp": { "Password": "{{Passphrase}}" },
              "Binance": { "ApiKey": "{{ApiKey}}", "SecretKey": "{{Secret}}" },
              "Exchanges": { "Bybit": { "ApiKey": "{{ApiKey}}" } },
              "ApiKey": "{{ApiKey}}",
              "Okx": { "BaseUrl": "https://www.okx.com" }
            }
            """;
        await VerifyAsync(AppSettings, json);
    }

    [Fact]
    public async Task Another_service_s_section_inside_the_okx_section_ends_okx_scope()
    {
        var json = $$"""
            {
              "Okx": {
                "Proxy": { "Password": "{{Passphrase}}" },
                "Database": { "Password": "{{Passphrase}}" },
                "Binance": { "SecretKey": "{{Secret}}" }
              }
            }
            """;
        await VerifyAsync(AppSettings, json);
    }

    [Fact]
    public async Task Another_secret_named_inside_the_okx_section_is_not_okx_s()
    {
        var json = $$"""{ "Okx": { "ProxyPassword": "{{Passphrase}}", "DbPassword": "{{Passphrase}}", "SmtpSecret": "{{Secret}}" } }""";
        await VerifyAsync(AppSettings, json);
    }

    [Fact]
    public async Task Non_credential_keys_of_the_okx_section_are_not_reported()
    {
        var json = """
            {
              "Okx": {
                "BaseUrl": "https://www.okx.com",
                "UseDemo": true,
                "ApiKeyHeader": "OK-ACCESS-KEY",
                "ApiKeyEnvironmentVariable": "OKX_API_KEY",
                "SecretKeyPath": "/run/secrets/okx-secret",
                "Passphrase": 12345678,
                "ApiKeyId": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b",
                "Instruments": [ "BTC-USDT", "ETH-USDT" ]
              }
            }
            """;
        await VerifyAsync(AppSettings, json);
    }

    [Fact]
    public async Task Launch_settings_variables_not_named_for_okx_are_not_reported()
    {
        var json = $$"""
            {
              "profiles": {
                "Bot": {
                  "environmentVariables": { "API_KEY": "{{ApiKey}}", "SECRET_KEY": "{{Secret}}", "ASPNETCORE_ENVIRONMENT": "Development" }
                }
              }
            }
            """;
        await VerifyAsync(LaunchSettings, json);
    }

    [Theory]
    [InlineData("""{ "Okx": { "ApiKey": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b" """)]
    [InlineData("""{ 'Okx': { 'ApiKey': '3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b' } }""")]
    [InlineData("""{ Okx: { ApiKey: "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b" } }""")]
    [InlineData("""{ "Okx": { "ApiKey": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b" } } { }""")]
    [InlineData("""{ "Okx": { "ApiKey": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b" } /* unterminated""")]
    [InlineData("""{ "Okx": { "ApiKey": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", "UseDemo": tru } }""")]
    public async Task A_file_that_is_not_valid_json_is_skipped(string json)
    {
        await VerifyAsync(AppSettings, json);
    }

    [Theory]
    [InlineData("/0/appsettings.txt")]
    [InlineData("/0/okx-keys.md")]
    [InlineData("/0/appsettings.json.bak")]
    public async Task Files_that_are_not_json_are_not_read(string path)
    {
        await VerifyAsync(path, $$"""{ "Okx": { "ApiKey": "{{ApiKey}}" } }""");
    }

    [Fact]
    public async Task A_json_file_without_okx_is_not_reported()
    {
        var json = $$"""{ "Exchange": { "ApiKey": "{{ApiKey}}", "SecretKey": "{{Secret}}", "Passphrase": "{{Passphrase}}" } }""";
        await VerifyAsync(AppSettings, json);
    }

    /// <summary>OKX001's two analyzers together, as the package ships them.</summary>
    private sealed class BothAnalyzers : VerifyCS.Test
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        {
            yield return new CommittedConfigurationCredentialAnalyzer();
            yield return new HardcodedCredentialAnalyzer();
        }
    }
}
