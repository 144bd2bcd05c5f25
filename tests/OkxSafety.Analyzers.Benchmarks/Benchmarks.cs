using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>Compilation with and without our analyzers, against NetAnalyzers, on both corpora. Ratios against compile only.</summary>
public class CompileBenchmarks
{
    private Workload _workload = null!;

    [Params("okx-dense", "okx-free")]
    public string Corpus { get; set; } = "okx-dense";

    [GlobalSetup]
    public void Setup() => _workload = Workload.Create(Corpus, okxDense: Corpus == "okx-dense");

    [Benchmark(Baseline = true, Description = "compile only")]
    public int CompileOnly() => _workload.Run(ImmutableArray<DiagnosticAnalyzer>.Empty).Diagnostics.Length;

    [Benchmark(Description = "+ no-op analyzer")]
    public int NoOp() => _workload.Run(AnalyzerSets.NoOp).Diagnostics.Length;

    [Benchmark(Description = "+ our analyzers")]
    public int Ours() => _workload.Run(AnalyzerSets.Ours.IsEmpty ? AnalyzerSets.NoOp : AnalyzerSets.Ours).Diagnostics.Length;

    [Benchmark(Description = "+ NetAnalyzers")]
    public int Net() => _workload.Run(AnalyzerSets.NetAnalyzers).Diagnostics.Length;

    [Benchmark(Description = "+ NetAnalyzers + ours")]
    public int NetAndOurs() => _workload.Run(AnalyzerSets.NetAnalyzers.AddRange(AnalyzerSets.Ours)).Diagnostics.Length;
}

/// <summary>The time of each rule alone (and of the model probes), on both corpora.</summary>
public class RuleBenchmarks
{
    private Workload _workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzer;

    [Params("okx-dense", "okx-free")]
    public string Corpus { get; set; } = "okx-dense";

    [ParamsSource(nameof(Rules))]
    public string Rule { get; set; } = "";

    public static IEnumerable<string> Rules() =>
        new[] { "(no-op)" }.Concat(AnalyzerSets.Ours.Concat(AnalyzerSets.Probes).Select(AnalyzerSets.Name));

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create(Corpus, okxDense: Corpus == "okx-dense");
        _analyzer = Rule == "(no-op)"
            ? AnalyzerSets.NoOp
            : ImmutableArray.Create(AnalyzerSets.Ours.Concat(AnalyzerSets.Probes).First(a => AnalyzerSets.Name(a) == Rule));
    }

    [Benchmark]
    public int CompileWithRule() => _workload.Run(_analyzer).Diagnostics.Length;
}

/// <summary>The IDE case: semantic analysis of one 3,000-line OKX file.</summary>
public class IdeBenchmarks
{
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = Workload.CreateIde();

    [Benchmark(Baseline = true, Description = "one file, no-op analyzer")]
    public int NoOp() => _workload.RunFocus(AnalyzerSets.NoOp).Diagnostics.Length;

    [Benchmark(Description = "one file, our analyzers")]
    public int Ours() => _workload.RunFocus(AnalyzerSets.Ours.IsEmpty ? AnalyzerSets.NoOp : AnalyzerSets.Ours).Diagnostics.Length;

    [Benchmark(Description = "one file, model probe (no gate)")]
    public int Probe() => _workload.RunFocus(ImmutableArray.Create(AnalyzerSets.Probes[0])).Diagnostics.Length;
}
