namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// The CI recipes of README and docs/ci.md, run as written on a consumer (MyBot.csproj) installed by README's steps:
/// the SARIF is version 2.1.0, at the path the upload step reads, with every rule and its help link; the build gate
/// fails on a finding, also on a tree that is already built (<c>--no-incremental</c>).
/// </summary>
[Trait("Category", "Package")]
[Collection(PackedPackage.Collection)]
public sealed class CiRecipeTests
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
            }
        }
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly PackedPackage _package;

    public CiRecipeTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void GitHub_Actions_recipe_writes_SARIF_2_1_where_the_upload_reads_it_also_on_a_built_tree()
    {
        var (workspace, environment) = PackageConsumptionTests.CreateConsumer(_package, "", ("Program.cs", Program));
        var block = Assert.Single(DocumentedSteps.CiBlocks("## GitHub Actions"));
        var steps = block.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- run: ", StringComparison.Ordinal)).Select(l => l.Substring("- run: ".Length)).ToList();
        Assert.Equal(2, steps.Count);
        var build = steps[0].Replace("${{ github.workspace }}", workspace, StringComparison.Ordinal);
        var sarif = Path.Combine(workspace, DocumentedSteps.YamlValue(block, "sarif_file:"));
        Assert.Contains("if: always()", block);

        var first = DotnetCli.RunShell(workspace, environment, Timeout, build);
        Assert.True(first.ExitCode != 0, "the errors preset must fail the build on the OKX004 finding: " + first);
        Assert.Contains(("OKX004", "error"), SarifLog.AssertUploadable(sarif));

        // The same step on the tree the first run built: --no-incremental makes the compiler run again.
        File.Delete(sarif);
        var second = DotnetCli.RunShell(workspace, environment, Timeout, build);
        Assert.True(second.ExitCode != 0, "a gate on a built tree must still fail: " + second);
        Assert.Contains(("OKX004", "error"), SarifLog.AssertUploadable(sarif));

        // The dotnet format gate fails while a fix is unapplied.
        var format = DotnetCli.RunShell(workspace, environment, Timeout, steps[1]);
        Assert.True(format.ExitCode != 0, "dotnet format --verify-no-changes must fail on an unapplied OKX004 fix: " + format);
        Assert.Contains("OKX004", format.Output);
    }

    [Fact]
    public void Azure_Pipelines_recipe_writes_SARIF_2_1_into_the_published_folder()
    {
        var (workspace, environment) = PackageConsumptionTests.CreateConsumer(_package, "", ("Program.cs", Program));
        var block = Assert.Single(DocumentedSteps.CiBlocks("## Azure Pipelines"));
        var staging = Path.Combine(_package.Root, "staging-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        string Expand(string text) => text.Replace("$(Build.ArtifactStagingDirectory)", staging, StringComparison.Ordinal);

        var build = DotnetCli.RunShell(workspace, environment, Timeout, Expand(DocumentedSteps.YamlValue(block, "- script: dotnet build")).Insert(0, "dotnet build "));
        Assert.True(build.ExitCode != 0, "the errors preset must fail the build on the OKX004 finding: " + build);

        var published = Expand(DocumentedSteps.YamlValue(block, "PathtoPublish:"));
        var sarif = Assert.Single(Directory.GetFiles(published, "*.sarif"));
        Assert.Contains(("OKX004", "error"), SarifLog.AssertUploadable(sarif));
        Assert.Equal("CodeAnalysisLogs", DocumentedSteps.YamlValue(block, "ArtifactName:"));

        // Its dotnet format gate is the GitHub recipe's, which the GitHub test runs.
        var gitHub = Assert.Single(DocumentedSteps.CiBlocks("## GitHub Actions"));
        Assert.Equal(DocumentedSteps.YamlValue(gitHub, "- run: dotnet format"), DocumentedSteps.YamlValue(block, "- script: dotnet format"));
    }

    [Fact]
    public void README_recipe_writes_SARIF_2_1_where_it_is_run()
    {
        var (workspace, environment) = PackageConsumptionTests.CreateConsumer(_package, "", ("Program.cs", Program));
        var command = DocumentedSteps.ReadmeCiCommand;
        Assert.Contains("--no-incremental", command);

        var build = DotnetCli.RunShell(workspace, environment, Timeout, command);
        Assert.True(build.ExitCode != 0, "the errors preset must fail the build on the OKX004 finding: " + build);
        Assert.Contains(("OKX004", "error"), SarifLog.AssertUploadable(Path.Combine(workspace, "okx.sarif")));
    }

    [Fact]
    public void Solution_recipe_writes_one_SARIF_2_1_per_project_where_its_upload_step_reads_it()
    {
        var (workspace, environment) = PackageConsumptionTests.CreateConsumer(_package, "", ("Program.cs", Program));
        var blocks = DocumentedSteps.CiBlocks("## A solution with several projects");
        File.WriteAllText(Path.Combine(workspace, "Directory.Build.props"), blocks.Single(b => b.Contains("<ErrorLog>", StringComparison.Ordinal)));
        var upload = blocks.Single(b => b.Contains("upload-sarif", StringComparison.Ordinal));

        var command = File.ReadAllText(DocumentedSteps.CiPath).Contains("`dotnet build -c Release --no-incremental -p:OkxSafetyMode=errors`", StringComparison.Ordinal)
            ? "dotnet build -c Release --no-incremental -p:OkxSafetyMode=errors"
            : throw new InvalidOperationException("docs/ci.md no longer shows the solution build command this test runs");
        var build = DotnetCli.RunShell(workspace, environment, Timeout, command);
        Assert.True(build.ExitCode != 0, "the errors preset must fail the build on the OKX004 finding: " + build);
        Assert.Contains(("OKX004", "error"), SarifLog.AssertUploadable(Path.Combine(workspace, DocumentedSteps.YamlValue(upload, "sarif_file:"))));
    }

    [Fact]
    public void README_sample_command_writes_SARIF_2_1_with_every_rule_the_sample_shows()
    {
        Assert.True(_package.PackagePath is not null, "README's dotnet pack produced no package: " + _package.PackResult);
        var command = DocumentedSteps.ReadmeSampleCommand;
        Assert.Contains("--no-incremental", command);

        var build = DotnetCli.RunShell(_package.Repository, null, TimeSpan.FromMinutes(8), command);
        Assert.True(build.ExitCode == 0, "the sample builds, with warnings: " + build);
        var results = SarifLog.AssertUploadable(Path.Combine(_package.Repository, "okx.sarif"));
        foreach (var id in File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, ".ci", "sample-rules")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains((id, "warning"), results);
        }
    }
}
