using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Corpus;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Corpus;

/// <summary>
/// The corpus generator shared by the benchmarks and the robustness tests; also the CI smoke that it runs.
/// </summary>
public class OkxCorpusTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_file_compiles_with_no_errors(bool okxDense)
    {
        var files = OkxCorpus.Generate(seed: 7, approximateLines: 2_000, okxDense);
        var stubs = files.Where(f => f.Path.StartsWith("Stubs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(okxDense ? 1 : 0, stubs.Count);

        // The whole corpus, then each file on its own (with the third-party stubs, which are part of the corpus).
        AssertCompiles(files);
        foreach (var file in files.Except(stubs))
        {
            AssertCompiles(stubs.Append(file).ToList());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_single_ide_file_compiles_on_its_own(bool okxDense)
    {
        var file = OkxCorpus.GenerateSingleFile(seed: 3, approximateLines: 3_000, okxDense);
        var lines = OkxCorpus.CountLines(file.Text);
        Assert.InRange(lines, 3_000, 3_600);
        AssertCompiles(new[] { file });
    }

    [Fact]
    public void Generates_about_the_requested_size_deterministically()
    {
        foreach (var okxDense in new[] { true, false })
        {
            var first = OkxCorpus.Generate(seed: 42, approximateLines: 50_000, okxDense);
            var again = OkxCorpus.Generate(seed: 42, approximateLines: 50_000, okxDense);
            var other = OkxCorpus.Generate(seed: 43, approximateLines: 50_000, okxDense);
            Assert.InRange(OkxCorpus.CountLines(first), 50_000, 51_000);
            Assert.Equal(first, again);
            Assert.NotEqual(string.Concat(first.Select(f => f.Text)), string.Concat(other.Select(f => f.Text)));
            Assert.Equal(first.Count, first.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Single(OkxCorpus.Generate(seed: 1, approximateLines: 1, okxDense: false));
    }

    [Fact]
    public void The_okx_free_corpus_never_mentions_okx()
    {
        foreach (var file in OkxCorpus.Generate(seed: 11, approximateLines: 50_000, okxDense: false))
        {
            Assert.False(OkxGate.TextMayContainOkx(file.Text), file.Path);
            Assert.False(OkxContext.IsOkxText(file.Text), file.Path);
        }
    }

    [Fact]
    public void The_okx_dense_corpus_is_okx_everywhere_and_carries_each_mistake_sometimes()
    {
        var files = OkxCorpus.Generate(seed: 11, approximateLines: 50_000, okxDense: true);
        Assert.All(files, file => Assert.True(OkxGate.TextMayContainOkx(file.Text), file.Path));
        var text = string.Concat(files.Select(f => f.Text));

        // OKX001: a hard-coded key (fake, UUID-shaped) or secret (32 hex digits).
        Assert.Matches(new Regex("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\""), text);
        Assert.Matches(new Regex("\"[0-9A-F]{32}\""), text);

        // OKX002: an environment variable used untrimmed; but mostly trimmed.
        var untrimmed = Regex.Matches(text, @"(?<!\()Environment\.GetEnvironmentVariable\(""OKX_[A-Z_]+""\) \?\? string\.Empty[,;)]").Count;
        var trimmed = Regex.Matches(text, @"\(Environment\.GetEnvironmentVariable\(""OKX_[A-Z_]+""\) \?\? string\.Empty\)\.Trim\(\)").Count;
        Assert.InRange(untrimmed, 1, trimmed / 5);

        // OKX003: some signing sites lack the passphrase header; most have it.
        Assert.Contains("\"OK-ACCESS-PASSPHRASE\"", text);
        var keyHeaders = Regex.Matches(text, "\"OK-ACCESS-KEY\"").Count;
        var passphraseHeaders = Regex.Matches(text, "\"OK-ACCESS-PASSPHRASE\"").Count;
        Assert.InRange(passphraseHeaders, keyHeaders / 2, keyHeaders - 1);

        // OKX004: "true" as x-simulated-trading, sometimes; "1" mostly.
        var demoTrue = Regex.Matches(text, @"""x-simulated-trading""(, |\] = )""true""").Count;
        var demoOne = Regex.Matches(text, @"""x-simulated-trading""(, |\] = )""1""").Count;
        Assert.InRange(demoTrue, 1, demoOne / 5);

        // OKX005: data read without a code check, sometimes.
        var dataReads = Regex.Matches(text, @"GetProperty\(""data""\)|return envelope\.Data;").Count;
        var codeChecks = Regex.Matches(text, @"if \(code != ""0""\)|if \(envelope\.Code != ""0""\)").Count;
        Assert.InRange(codeChecks, dataReads / 2, dataReads - 1);

        // The second flavour: configuration, OKX.Net and CCXT shapes.
        Assert.Contains("new OKX.Net.Objects.OKXCredentials(", text);
        Assert.Contains("new ccxt.okx(config)", text);
    }

    private static void AssertCompiles(IReadOnlyList<CorpusFile> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), path: f.Path));
        var compilation = CSharpCompilation.Create(
            "CorpusTest",
            trees,
            TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(", ", files.Select(f => f.Path)) + ":\n" + string.Join("\n", errors.Take(20)));
    }
}
