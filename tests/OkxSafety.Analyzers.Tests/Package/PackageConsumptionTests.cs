using System.IO.Compression;
using System.Xml.Linq;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// Does what a user does: pack the solution, install the package from a local folder feed into a throw-away
/// project, build it and see the finding, apply the fix with <c>dotnet format analyzers</c>, build again.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageConsumptionTests : IClassFixture<PackedPackage>
{
    private const string ConsumerProgram = """
        using System.Net.Http;

        internal static class Program
        {
            private static void Main()
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/public/time");
                request.Headers.Add("x-simulated-trading", "true");
                System.Console.WriteLine(request.Headers.Count());
            }
        }
        """;

    private readonly PackedPackage _package;

    public PackageConsumptionTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Pack_produces_an_analyzer_only_development_dependency()
    {
        Assert.True(_package.PackagePath is not null, "dotnet pack produced no OkxSafety.Analyzers.*.nupkg: " + _package.PackResult);

        using var archive = ZipFile.OpenRead(_package.PackagePath!);
        var entries = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        Assert.Contains("analyzers/dotnet/cs/OkxSafety.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/OkxSafety.Analyzers.CodeFixes.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        Assert.Contains("build/OkxSafety.Analyzers.targets", entries);
        Assert.Contains("build/OkxSafety.Analyzers.strict.globalconfig", entries);

        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("OkxSafety.Analyzers", Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("okx", Value("tags") ?? "");
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), "the package must have no dependencies");
    }

    [Fact]
    public void Installed_package_reports_in_build_and_fixes_with_dotnet_format()
    {
        var (consumer, environment) = CreateConsumer(extraProperties: "");
        var programPath = Path.Combine(consumer, "Program.cs");
        var timeout = TimeSpan.FromMinutes(5);

        var build = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo");
        Assert.True(build.ExitCode == 0, "the consumer should build with warnings: " + build);
        Assert.Contains("warning OKX004", build.Output);
        Assert.Contains("Program.cs(8,", build.Output);

        var format = DotnetCli.Run(consumer, environment, timeout, "format", "analyzers", "Consumer.csproj", "--diagnostics", "OKX004", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, "dotnet format analyzers failed: " + format);
        var fixedProgram = File.ReadAllText(programPath);
        Assert.Contains("request.Headers.Add(\"x-simulated-trading\", \"1\");", fixedProgram);

        var rebuild = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo", "--no-restore");
        Assert.True(rebuild.ExitCode == 0, "the fixed consumer must still compile: " + rebuild);
        Assert.DoesNotContain("OKX004", rebuild.Output);
    }

    [Fact]
    public void Strict_mode_turns_findings_into_errors()
    {
        var (consumer, environment) = CreateConsumer(extraProperties: "<OkxSafetyMode>strict</OkxSafetyMode>");

        var build = DotnetCli.Run(consumer, environment, TimeSpan.FromMinutes(5), "build", "-nologo");
        Assert.True(build.ExitCode != 0, "strict mode must fail the build: " + build);
        Assert.Contains("error OKX004", build.Output);
    }

    private (string Directory, Dictionary<string, string> Environment) CreateConsumer(string extraProperties)
    {
        Assert.True(_package.PackagePath is not null, "dotnet pack produced no package: " + _package.PackResult);

        var consumer = Path.Combine(_package.Root, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
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
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OkxSafety.Analyzers" Version="{_package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ConsumerProgram);

        // A private package folder: a fresh install every run, never a stale copy of an older build of the package.
        return (consumer, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.Root, "packages") });
    }
}
