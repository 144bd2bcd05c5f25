using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// Does what a user does, following README's Install steps as written: pack (the fixture), a nuget.config with the
/// local folder source, <c>dotnet add package</c>, build and see the finding, apply the fix with
/// <c>dotnet format analyzers</c>, build again.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackedPackage.Collection)]
public sealed class PackageConsumptionTests
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

    /// <summary>Newer syntax than the test host parses (C# 12 primary constructor, collection expression): built by the SDK's compiler.</summary>
    private const string ConsumerBot = """
        namespace Consumer;

        public sealed class OkxDemoBot(HttpClient http, bool useDemo)
        {
            private readonly string[] _paths = ["/api/v5/account/balance"];

            public Task<HttpResponseMessage> SendAsync()
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com" + _paths[0]);
                request.Headers.Add("x-simulated-trading", useDemo.ToString());
                return http.SendAsync(request);
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
        Assert.True(_package.PackagePath is not null, "README's dotnet pack produced no OkxSafety.Analyzers.*.nupkg: " + _package.PackResult);

        using var archive = ZipFile.OpenRead(_package.PackagePath!);
        var entries = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        Assert.Contains("analyzers/dotnet/cs/OkxSafety.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/OkxSafety.Analyzers.CodeFixes.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.Contains("build/OkxSafety.Analyzers.targets", entries);
        foreach (var mode in new[] { "none", "default", "suggestions", "warnings", "errors" })
        {
            Assert.Contains($"build/OkxSafety.Analyzers.{mode}.globalconfig", entries);
        }

        var metadata = Metadata(archive);
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("OkxSafety.Analyzers", Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("okx", Value("tags") ?? "");
        Assert.Equal("okxsafety", Value("authors")); // the owner of the repository the package comes from
        Assert.StartsWith("Copyright (c) ", Value("copyright") ?? "");
        Assert.Equal("https://github.com/okxsafety/OkxSafety.Analyzers", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value);
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), "the package must have no dependencies");
    }

    [Fact]
    public void Release_notes_are_this_versions_changelog_section()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath!);
        var notes = Metadata(archive).Elements().Single(e => e.Name.LocalName == "releaseNotes").Value.Replace("\r", "");
        var changelog = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "CHANGELOG.md")).Replace("\r", "");
        var section = DocumentedSteps.Section(changelog, changelog.Split('\n').First(l => l.StartsWith("## " + _package.Version, StringComparison.Ordinal))).Trim();

        Assert.StartsWith(section, notes, StringComparison.Ordinal);
        Assert.EndsWith("CHANGELOG.md", notes.Trim());
    }

    [Fact]
    public void The_package_page_is_the_consumer_readme_with_absolute_links()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath!);
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());
        var page = reader.ReadToEnd();

        Assert.Equal(File.ReadAllText(DocumentedSteps.PackagePagePath), page);
        Assert.NotEqual(File.ReadAllText(DocumentedSteps.ReadmePath), page);
        Assert.DoesNotContain("dotnet test", page); // the contributor's commands stay in the repository README
        foreach (var id in AllDescriptors().Select(d => d.Id))
        {
            Assert.Contains($"[{id}](https://github.com/okxsafety/OkxSafety.Analyzers/blob/main/docs/rules/{id}.md)", page);
        }

        // nuget.org resolves no relative link: every link and image is absolute.
        var relative = Regex.Matches(page, @"\]\((?!https://)[^)]*\)").Select(m => m.Value).ToList();
        Assert.True(relative.Count == 0, "relative links on the package page: " + string.Join(", ", relative));
        Assert.Contains(DocumentedSteps.ReadmeCiCommand, page); // the same SARIF command as README (run by CiRecipeTests)
        Assert.Contains($"Version=\"{_package.Version}\"", page);
    }

    [Fact]
    public void The_packed_assemblies_reference_nothing_newer_than_a_Roslyn_4_5_host_provides()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath!);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var path = Path.Combine(_package.Root, "dll-" + Guid.NewGuid().ToString("N")[..8] + ".dll");
            entry.ExtractToFile(path);
            var problems = HostCompatibilityTests.References(path).Select(r => HostCompatibilityTests.Problem(r.Name, r.Version)).Where(p => p is not null).ToList();
            Assert.True(problems.Count == 0, entry.FullName + ":\n" + string.Join("\n", problems));
        }
    }

    [Fact]
    public void README_install_steps_use_the_packed_version()
    {
        Assert.Contains($"--version {_package.Version}", DocumentedSteps.AddPackageCommand);
        Assert.Contains($"<PackageReference Include=\"OkxSafety.Analyzers\" Version=\"{_package.Version}\" PrivateAssets=\"all\" />", DocumentedSteps.PublishedReference);
        Assert.Contains($"OkxSafety.Analyzers.{_package.Version}.nupkg", File.ReadAllText(DocumentedSteps.ReadmePath));
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
        Assert.Contains("OkxDemoBot.cs(10,", build.Output);

        var format = DotnetCli.Run(consumer, environment, timeout, "format", "analyzers", "MyBot.csproj", "--diagnostics", "OKX004", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, "dotnet format analyzers failed: " + format);
        var fixedProgram = File.ReadAllText(programPath);
        Assert.Contains("request.Headers.Add(\"x-simulated-trading\", \"1\");", fixedProgram);
        Assert.Contains("request.Headers.Add(\"x-simulated-trading\", useDemo ? \"1\" : \"0\");", File.ReadAllText(Path.Combine(consumer, "OkxDemoBot.cs")));

        var rebuild = DotnetCli.Run(consumer, environment, timeout, "build", "-nologo", "--no-restore");
        Assert.True(rebuild.ExitCode == 0, "the fixed consumer must still compile: " + rebuild);
        Assert.DoesNotContain("OKX004", rebuild.Output);
    }

    private (string Directory, Dictionary<string, string> Environment) CreateConsumer(string extraProperties) =>
        CreateConsumer(_package, extraProperties, ("Program.cs", ConsumerProgram), ("OkxDemoBot.cs", ConsumerBot));

    /// <summary>
    /// A project (MyBot.csproj) beside README's feed folder, installed with README's steps 2 and 3 exactly: its
    /// nuget.config, then its <c>dotnet add package</c> line.
    /// </summary>
    internal static (string Directory, Dictionary<string, string> Environment) CreateConsumer(PackedPackage package, string extraProperties, params (string Name, string Text)[] files)
    {
        Assert.True(package.PackagePath is not null, "README's dotnet pack produced no package: " + package.PackResult);

        var consumer = Path.Combine(package.Root, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), DocumentedSteps.NuGetConfig);
        var project = Path.Combine(consumer, "MyBot.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
            </Project>
            """);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(consumer, name), text);
        }

        // A private package folder: a fresh install every run, never a stale copy of an older build of the package.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };
        var add = DotnetCli.RunShell(consumer, environment, TimeSpan.FromMinutes(5), DocumentedSteps.AddPackageCommand);
        Assert.True(add.ExitCode == 0, "README's dotnet add package failed: " + add);
        var reference = XDocument.Load(project).Descendants("PackageReference").Single(e => (string?)e.Attribute("Include") == "OkxSafety.Analyzers");
        Assert.Equal(package.Version, (string?)reference.Attribute("Version"));
        Assert.Equal("all", reference.Element("PrivateAssets")?.Value ?? (string?)reference.Attribute("PrivateAssets")); // a development dependency
        return (consumer, environment);
    }

    internal static XElement Metadata(ZipArchive archive)
    {
        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    internal static IReadOnlyList<Microsoft.CodeAnalysis.DiagnosticDescriptor> AllDescriptors() => typeof(Descriptors)
        .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
        .Where(f => f.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
        .Select(f => (Microsoft.CodeAnalysis.DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();
}
