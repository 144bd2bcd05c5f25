using System.Text.RegularExpressions;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// The commands and files the documents tell a user to use, read from the documents themselves (README.md's Install
/// and In CI sections, docs/ci.md, the package page), so the package tests run exactly what a reader runs.
/// </summary>
public static class DocumentedSteps
{
    public static string ReadmePath => Path.Combine(PackedPackage.RepositoryRoot, "README.md");

    public static string CiPath => Path.Combine(PackedPackage.RepositoryRoot, "docs", "ci.md");

    public static string PackagePagePath => Path.Combine(PackedPackage.RepositoryRoot, "src", "OkxSafety.Analyzers.Package", "README.md");

    /// <summary>README, Install, step 1: the folder <c>git clone</c> creates (<c>cd OkxSafety.Analyzers</c>).</summary>
    public static string CloneDirectory => Line(InstallBlocks(), "cd ").Substring("cd ".Length).Trim();

    /// <summary>README, Install, step 1: <c>dotnet pack … -o ../okx-feed</c>, run in the clone.</summary>
    public static string PackCommand => Line(InstallBlocks(), "dotnet pack ");

    /// <summary>The <c>-o</c> folder of <see cref="PackCommand"/>, relative to the clone.</summary>
    public static string PackOutput
    {
        get
        {
            var match = Regex.Match(PackCommand, @"(?:-o|--output)\s+(\S+)");
            Assert.True(match.Success, "README's pack command names no output folder: " + PackCommand);
            return match.Groups[1].Value;
        }
    }

    /// <summary>README, Install, step 2: the nuget.config a user writes next to the project.</summary>
    public static string NuGetConfig => InstallBlocks().Single(b => b.Contains("<configuration>", StringComparison.Ordinal));

    /// <summary>README, Install, step 3: <c>dotnet add package OkxSafety.Analyzers --version …</c>.</summary>
    public static string AddPackageCommand => Line(InstallBlocks(), "dotnet add package ");

    /// <summary>README, Install: the PackageReference for when the package is published.</summary>
    public static string PublishedReference => InstallBlocks().Single(b => b.Contains("<PackageReference", StringComparison.Ordinal));

    /// <summary>README, In CI: the SARIF command line.</summary>
    public static string ReadmeCiCommand => Line(CodeBlocks(Section(File.ReadAllText(ReadmePath), "## In CI")), "dotnet build MyBot.csproj");

    /// <summary>README, In CI: the sample's SARIF command line, run from the repository root.</summary>
    public static string ReadmeSampleCommand => Line(CodeBlocks(Section(File.ReadAllText(ReadmePath), "## In CI")), "dotnet build samples/");

    /// <summary>docs/ci.md: the code block under a heading (GitHub Actions, Azure Pipelines…).</summary>
    public static IReadOnlyList<string> CiBlocks(string heading) => CodeBlocks(Section(File.ReadAllText(CiPath), heading));

    /// <summary>A line of a YAML step, after its key (<c>- run:</c>, <c>- script:</c>, <c>sarif_file:</c>), unquoted.</summary>
    public static string YamlValue(string block, string key)
    {
        var line = block.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        Assert.True(line is not null, $"no '{key}' line in:\n{block}");
        var value = line!.Substring(key.Length).Trim();
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment < 0 ? value : value.Substring(0, comment).Trim();
    }

    public static IReadOnlyList<string> InstallBlocks() => CodeBlocks(Section(File.ReadAllText(ReadmePath), "## Install"));

    /// <summary>The text from a heading to the next heading of the same level.</summary>
    public static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' section");
        var level = heading.Substring(0, heading.IndexOf(' ') + 1);
        var end = markdown.IndexOf("\n" + level, start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    /// <summary>Fenced code blocks, with the list indentation they carry in the document removed.</summary>
    public static IReadOnlyList<string> CodeBlocks(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = lines[i].Length - fence.Length;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i].Length >= indent && lines[i].Substring(0, indent).Trim().Length == 0 ? lines[i].Substring(indent) : lines[i].TrimStart());
            }

            blocks.Add(string.Join("\n", body) + "\n");
        }

        return blocks;
    }

    private static string Line(IEnumerable<string> blocks, string prefix)
    {
        var lines = blocks.SelectMany(b => b.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, $"expected one '{prefix}…' line, found {lines.Count}");
        var line = lines[0];
        var comment = line.IndexOf("   #", StringComparison.Ordinal);
        return comment < 0 ? line : line.Substring(0, comment).Trim();
    }
}
