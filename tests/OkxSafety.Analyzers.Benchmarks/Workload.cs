using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using OkxSafety.Analyzers.Corpus;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>A generated corpus, parsed once; each measurement compiles it afresh (no semantic caches shared).</summary>
internal sealed class Workload
{
    public const int Seed = 20240917;
    public const int CorpusLines = 50_000;
    public const int IdeFileLines = 3_000;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        OkxCorpus.FrameworkAssemblyPaths().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Workload(string name, ImmutableArray<SyntaxTree> trees, int lines, SyntaxTree? focus)
    {
        Name = name;
        Trees = trees;
        Lines = lines;
        Focus = focus;
    }

    public string Name { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public int Lines { get; }

    /// <summary>The IDE case: the one file being analysed.</summary>
    public SyntaxTree? Focus { get; }

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static Workload Create(string name, bool okxDense, int lines = CorpusLines, int seed = Seed)
    {
        var files = OkxCorpus.Generate(seed, lines, okxDense);
        return new Workload(name, Parse(files), OkxCorpus.CountLines(files), focus: null);
    }

    /// <summary>The OKX-dense corpus plus one ~3,000-line OKX file, the one analysed.</summary>
    public static Workload CreateIde(int corpusLines = CorpusLines)
    {
        var files = OkxCorpus.Generate(Seed, corpusLines, okxDense: true);
        var file = OkxCorpus.GenerateSingleFile(Seed + 1, IdeFileLines, okxDense: true);
        var focus = CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: "/corpus/" + file.Path);
        return new Workload("ide", Parse(files).Add(focus), OkxCorpus.CountLines(files) + OkxCorpus.CountLines(file.Text), focus);
    }

    private static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<CorpusFile> files) =>
        files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: "/corpus/" + f.Path)).ToImmutableArray();

    /// <summary>
    /// A fresh compilation (single-threaded, so that times are CPU times and comparable with the analyzers' times), with
    /// the analyzer configuration of a default SDK build (<see cref="SdkAnalysisConfig"/>).
    /// </summary>
    public CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "Corpus_" + Name,
            Trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
                .WithSyntaxTreeOptionsProvider(SdkAnalysisConfig.SyntaxTreeOptions));

    /// <summary>
    /// Full binding (no emit): the compiler's diagnostics when there are no analyzers; otherwise the analyzers' results
    /// from GetAnalysisResultAsync (which binds the whole compilation to feed them, and records each analyzer's time).
    /// </summary>
    public RunResult Run(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = NewCompilation();
        BindReferences(compilation);
        var meter = Meter.Start();
        if (analyzers.IsEmpty)
        {
            var diagnostics = compilation.GetDiagnostics();
            return meter.Stop(diagnostics, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan>.Empty);
        }

        var withAnalyzers = compilation.WithAnalyzers(analyzers, Options());
        var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        return meter.Stop(result.GetAllDiagnostics(), Times(result.AnalyzerTelemetryInfo));
    }

    /// <summary>The IDE case: semantic diagnostics of the analyzers for the focus tree only.</summary>
    public RunResult RunFocus(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var focus = Focus ?? throw new InvalidOperationException("not an IDE workload");
        var compilation = NewCompilation();
        BindReferences(compilation);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, Options());
        var model = withAnalyzers.Compilation.GetSemanticModel(focus);
        var meter = Meter.Start();
        var result = withAnalyzers.GetAnalysisResultAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
        return meter.Stop(result.GetAllDiagnostics(), Times(result.AnalyzerTelemetryInfo));
    }

    /// <summary>
    /// Binds the compilation's references (creates the symbols of the 170 framework assemblies) before the meter starts,
    /// in every configuration. An IDE or a build host has done this before analyzers run (each edit's compilation reuses
    /// the previous one's reference symbols); on a fresh compilation the first analyzer callback that asks for any symbol
    /// would otherwise be charged for it (~10 ms of telemetry time that is the compiler's, not the rule's).
    /// </summary>
    private static void BindReferences(Compilation compilation) => _ = compilation.SourceModule.ReferencedAssemblySymbols;

    private static ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> Times(ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> telemetry) =>
        telemetry.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ExecutionTime);

    /// <summary>Wall time, process CPU time and allocated bytes of one measurement.</summary>
    private readonly struct Meter
    {
        private readonly Stopwatch _stopwatch;
        private readonly TimeSpan _cpu;
        private readonly long _allocated;
        private readonly TimeSpan _gcPause;
        private readonly int _collections;

        private Meter(Stopwatch stopwatch, TimeSpan cpu, long allocated, TimeSpan gcPause, int collections)
        {
            _stopwatch = stopwatch;
            _cpu = cpu;
            _allocated = allocated;
            _gcPause = gcPause;
            _collections = collections;
        }

        public static Meter Start()
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            return new Meter(Stopwatch.StartNew(), cpu, allocated, GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        }

        public RunResult Stop(ImmutableArray<Diagnostic> diagnostics, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> times)
        {
            _stopwatch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
            return new RunResult(_stopwatch.Elapsed, cpu, GC.GetTotalAllocatedBytes(precise: true) - _allocated, diagnostics, times)
            {
                GcPause = GC.GetTotalPauseDuration() - _gcPause,
                Collections = GC.CollectionCount(0) - _collections,
            };
        }
    }

    private static CompilationWithAnalyzersOptions Options() =>
        new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, SdkAnalysisConfig.AnalyzerConfigOptions), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

}

internal sealed record RunResult(TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes, ImmutableArray<Diagnostic> Diagnostics, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> AnalyzerTimes)
{
    /// <summary>Time the process spent paused for garbage collections during the measurement (whoever allocated).</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>Garbage collections (of any generation) during the measurement.</summary>
    public int Collections { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);

    public TimeSpan TimeOf(IEnumerable<DiagnosticAnalyzer> analyzers) =>
        analyzers.Aggregate(TimeSpan.Zero, (sum, a) => sum + (AnalyzerTimes.TryGetValue(a, out var t) ? t : TimeSpan.Zero));
}
