using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Package;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>The code the robustness suite runs the rules over: the rule tests' sources, the sample, the project's own sources.</summary>
public static class Corpora
{
    private static readonly Regex Markup = new(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);

    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> s_ruleTestSources = new(LoadRuleTestSources);

    /// <summary>Every C# source written in a rule test (string literals that look like a compilation unit), markup removed.</summary>
    public static IReadOnlyList<(string Path, string Text)> RuleTestSources => s_ruleTestSources.Value;

    public static IReadOnlyList<(string Path, string Text)> Sample { get; } = Directory
        .GetFiles(Path.Combine(PackedPackage.RepositoryRoot, "samples", "OkxSafety.Sample"), "*.cs")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => ("/0/" + Path.GetFileName(p), File.ReadAllText(p)))
        .ToList();

    /// <summary>The sample with the usings its project gets implicitly.</summary>
    public static IReadOnlyList<(string Path, string Text)> SampleWithImplicitUsings =>
        Sample.Append(("/0/ImplicitUsings.cs", "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;")).ToList();

    /// <summary>Generated realistic OKX client code in many styles (mostly correct, each mistake now and then), one project.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generated { get; } = OkxSafety.Analyzers.Corpus.OkxCorpus
        .Generate(seed: 8, approximateLines: 4000, okxDense: true)
        .Select(f => ("/0/" + f.Path, f.Text))
        .ToList();

    public static IReadOnlyList<(string Path, string Text)> OwnSources { get; } = Directory
        .GetFiles(Path.Combine(PackedPackage.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
        .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => ("/src/" + Path.GetFileName(p), File.ReadAllText(p)))
        .ToList();

    private static IReadOnlyList<(string Path, string Text)> LoadRuleTestSources()
    {
        var directory = Path.Combine(PackedPackage.RepositoryRoot, "tests", "OkxSafety.Analyzers.Tests", "Rules");
        if (!Directory.Exists(directory))
        {
            return Array.Empty<(string, string)>();
        }

        var sources = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var index = 0;
            foreach (var token in root.DescendantTokens())
            {
                if (token.Kind() is not (SyntaxKind.StringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    continue;
                }

                var text = token.ValueText;
                if (text.Length < 60 || !(text.Contains("class ", StringComparison.Ordinal) || text.Contains("record ", StringComparison.Ordinal)))
                {
                    continue;
                }

                sources.Add(($"/0/{Path.GetFileNameWithoutExtension(file)}_{index++}.cs", Markup.Replace(text, "")));
            }
        }

        return sources;
    }
}
