using System.Text.RegularExpressions;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// The installed package reads the project's appsettings*.json and Properties/launchSettings.json with no setting:
/// OKX001 at the value's line in `dotnet build`; placeholders and other services stay quiet; a file the project
/// already lists is read once; OkxSafetyScanConfigFiles=false turns it off.
/// </summary>
[Trait("Category", "Package")]
public sealed class ConfigFilesTests : IClassFixture<PackedPackage>
{
    private const string ApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
    private const string Secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";

    private static readonly string AppSettings = $$"""
        {
          // committed by mistake
          "ConnectionStrings": { "Trades": "Server=db;Password=Db!Passw0rd;" },
          "Binance": { "ApiKey": "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46" },
          "Okx": {
            "BaseUrl": "https://www.okx.com",
            "ApiKey": "{{ApiKey}}",
            "SecretKey": "{{Secret}}",
            "Passphrase": "",
          },
        }
        """;

    private static readonly string ProductionSettings = """
        { "Okx": { "Passphrase": "Tr4d1ng!Pass", "ApiKey": "YOUR_API_KEY" } }
        """;

    private static readonly string LaunchSettings = $$"""
        {
          "profiles": {
            "Bot": {
              "commandName": "Project",
              "environmentVariables": {
                "DOTNET_ENVIRONMENT": "Development",
                "OKX_API_KEY": "{{ApiKey}}"
              }
            }
          }
        }
        """;

    private readonly PackedPackage _package;

    public ConfigFilesTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Build_reports_committed_keys_in_configuration_files_at_their_lines_with_no_setting()
    {
        Assert.True(_package.PackagePath is not null, "dotnet pack produced no package: " + _package.PackResult);
        var consumer = Path.Combine(_package.Root, "config-consumer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(consumer, "Properties"));
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

        // appsettings.Production.json is listed by the project itself: the package must not add it a second time.
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OkxSafety.Analyzers" Version="{_package.Version}" PrivateAssets="all" />
                <AdditionalFiles Include="appsettings.Production.json" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(\"bot\");\n");
        File.WriteAllText(Path.Combine(consumer, "appsettings.json"), AppSettings);
        File.WriteAllText(Path.Combine(consumer, "appsettings.Production.json"), ProductionSettings);
        File.WriteAllText(Path.Combine(consumer, "Properties", "launchSettings.json"), LaunchSettings);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.Root, "packages") };
        var timeout = TimeSpan.FromMinutes(5);

        var build = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, "the consumer should build with warnings: " + build);
        Assert.Equal(
            new[]
            {
                "appsettings.Production.json(1,26): OKX passphrase committed in appsettings.Production.json: empty the value, supply it from the environment (Okx__Passphrase), user secrets or a secret store, and rotate the exposed key",
                "appsettings.json(7,15): OKX API key committed in appsettings.json: empty the value, supply it from the environment (Okx__ApiKey), user secrets or a secret store, and rotate the exposed key",
                "appsettings.json(8,18): OKX secret key committed in appsettings.json: empty the value, supply it from the environment (Okx__SecretKey), user secrets or a secret store, and rotate the exposed key",
                "launchSettings.json(7,24): OKX API key committed in launchSettings.json: empty the value, supply it from the environment (OKX_API_KEY), user secrets or a secret store, and rotate the exposed key",
            },
            Findings(build.Output));
        Assert.DoesNotContain(ApiKey, build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, build.Output, StringComparison.Ordinal);

        // What the package adds, as MSBuild evaluates it: each file once, the project's own item kept.
        Assert.Equal(
            new[] { "Properties/launchSettings.json", "appsettings.Production.json", "appsettings.json" },
            ConfigAdditionalFiles(DotnetCli.Run(consumer, environment, timeout, "msbuild", "Consumer.csproj", "-nologo", "-getItem:AdditionalFiles")));
        Assert.Equal(
            new[] { "appsettings.Production.json" },
            ConfigAdditionalFiles(DotnetCli.Run(consumer, environment, timeout, "msbuild", "Consumer.csproj", "-nologo", "-getItem:AdditionalFiles", "-p:OkxSafetyScanConfigFiles=false")));
    }

    /// <summary>The .json AdditionalFiles items of a -getItem run, relative to the project, '/'-separated, sorted.</summary>
    private static List<string> ConfigAdditionalFiles(DotnetCli.Result result)
    {
        Assert.True(result.ExitCode == 0, "dotnet msbuild -getItem failed: " + result);
        var start = result.Output.IndexOf('{');
        Assert.True(start >= 0, "no JSON in: " + result);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output.Substring(start));
        return document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .Where(identity => identity.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(identity => identity, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The OKX001 warnings in JSON files as the build reports them (before MSBuild's closing summary repeats them), as
    /// "file(line,column): message", sorted: a value reported twice shows twice.
    /// </summary>
    private static List<string> Findings(string output) =>
        Regex.Matches(output.Split("Build succeeded.")[0], @"(?<file>[^\s\\/]+\.json)\((?<line>\d+),(?<column>\d+)\): warning OKX001: (?<message>.*?) \(https://[^)]*/docs/rules/OKX001\.md\) \[")
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["message"].Value}")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}
