namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// The presets (&lt;OkxSafetyMode&gt;) and the OkxSafety category, through the installed package: one solution of
/// small projects, each with the same OKX004 finding and its own mode or .editorconfig, built once; each project's
/// SARIF says at which level the finding was reported.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackedPackage.Collection)]
public sealed class PresetTests
{
    private const string Program = """
        using System.Net.Http;

        internal static class Program
        {
            private static void Main()
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/public/time");
                request.Headers.Add("x-simulated-trading", "true");
                System.Console.WriteLine(request.Headers.Count());
                try
                {
                    System.Console.WriteLine(request.Headers.Count());
                }
                catch (System.Exception ex)
                {
                    throw ex; // CA2200 (category Usage): a rule of another analyzer, to show what a category setting leaves alone
                }
            }
        }
        """;

    private readonly PackedPackage _package;

    public PresetTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Each_preset_sets_every_OkxSafety_rule_and_a_rules_own_severity_wins()
    {
        Assert.True(_package.PackagePath is not null, "README's dotnet pack produced no package: " + _package.PackResult);

        // name, OkxSafetyMode, .editorconfig lines, expected SARIF level of OKX004 (null: not reported), of CA2200
        var projects = new (string Name, string? Mode, string? EditorConfig, string? Okx004, string? Ca2200)[]
        {
            ("NoMode", null, null, "warning", "warning"),
            ("None", "none", null, null, "warning"),
            ("Default", "default", null, "warning", "warning"),
            ("Suggestions", "suggestions", null, "note", "warning"),
            ("Warnings", "warnings", null, "warning", "warning"),
            ("Errors", "errors", null, "error", "warning"),
            ("Strict", "strict", null, "error", "warning"),
            ("ErrorsUpperCase", "ERRORS", null, "error", "warning"),
            ("ErrorsButRuleOwn", "errors", "dotnet_diagnostic.OKX004.severity = warning", "warning", "warning"),
            ("ErrorsButCategoryOwn", "errors", "dotnet_analyzer_diagnostic.category-OkxSafety.severity = suggestion", "note", "warning"),
            ("NoneButRuleOwn", "none", "dotnet_diagnostic.OKX004.severity = error", "error", "warning"),
            ("OurCategory", null, "dotnet_analyzer_diagnostic.category-OkxSafety.severity = error", "error", "warning"),
            ("OtherCategories", null, "dotnet_analyzer_diagnostic.category-Usage.severity = error\ndotnet_analyzer_diagnostic.category-Reliability.severity = error\ndotnet_analyzer_diagnostic.category-Security.severity = error", "warning", "error"),
            ("UnknownMode", "loud", null, "warning", "warning"),
        };

        var solution = Path.Combine(_package.Root, "presets-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(solution);
        File.WriteAllText(Path.Combine(solution, "nuget.config"), DocumentedSteps.NuGetConfig);
        File.WriteAllText(Path.Combine(solution, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <ErrorLog>$(MSBuildProjectDirectory)/out.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OkxSafety.Analyzers" Version="{_package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        var slnx = new System.Text.StringBuilder("<Solution>\n");
        foreach (var (name, mode, editorConfig, _, _) in projects)
        {
            var folder = Path.Combine(solution, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>{(mode is null ? "" : $"<OkxSafetyMode>{mode}</OkxSafetyMode>")}</PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
            if (editorConfig is not null)
            {
                File.WriteAllText(Path.Combine(folder, ".editorconfig"), "[*.cs]\n" + editorConfig + "\n");
            }

            slnx.Append($"  <Project Path=\"{name}/{name}.csproj\" />\n");
        }

        File.WriteAllText(Path.Combine(solution, "Presets.slnx"), slnx.Append("</Solution>\n").ToString());

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_package.Root, "packages") };
        var build = DotnetCli.Run(solution, environment, TimeSpan.FromMinutes(8), "build", "Presets.slnx", "-nologo");
        Assert.True(build.ExitCode != 0, "the errors presets must fail their projects' builds: " + build);

        var mismatches = new List<string>();
        foreach (var (name, _, _, okx004, ca2200) in projects)
        {
            var results = SarifLog.AssertUploadable(Path.Combine(solution, name, "out.sarif"));
            var actual = results.Where(r => r.RuleId == "OKX004").Select(r => r.Level).SingleOrDefault();
            if (actual != okx004)
            {
                mismatches.Add($"{name}: OKX004 {actual ?? "not reported"}, expected {okx004 ?? "not reported"}");
            }

            var ca = CaLevel(Path.Combine(solution, name, "out.sarif"));
            if (ca != ca2200)
            {
                mismatches.Add($"{name}: CA2200 {ca ?? "not reported"}, expected {ca2200 ?? "not reported"}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches) + "\n" + build);
        Assert.Contains("warning OKXMODE: OkxSafetyMode 'loud' is not one of none, default, suggestions, warnings, errors", build.Output);
        Assert.Single(build.Output.Split('\n').Where(l => l.Contains("OKXMODE", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct());
    }

    private static string? CaLevel(string sarif)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            if (result.GetProperty("ruleId").GetString() == "CA2200")
            {
                return result.TryGetProperty("level", out var level) ? level.GetString() : "warning";
            }
        }

        return null;
    }
}
