using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// An analyzer test, shaped like Microsoft.CodeAnalysis.Testing's CSharpAnalyzerTest: fill <see cref="TestState"/>
/// (or <see cref="TestCode"/>) and <see cref="ExpectedDiagnostics"/>, then <see cref="RunAsync"/>.
/// The project is a C# DLL with nullable enabled, referencing the running runtime's framework and the
/// <see cref="Stubs"/>. Compiler errors fail the test unless expected (see <see cref="CompilerDiagnostics"/>);
/// an analyzer exception always fails it.
/// </summary>
public class CSharpAnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Adds a source document ("/0/Test{n}.cs").</summary>
    public string TestCode
    {
        set => TestState.Sources.Add(value);
    }

    public SolutionState TestState { get; } = new();

    /// <summary>The diagnostics expected in <see cref="TestState"/> besides the markup ones.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics => TestState.ExpectedDiagnostics;

    /// <summary>Compiler diagnostics at or above this level must be expected. Default: errors.</summary>
    public CompilerDiagnostics CompilerDiagnostics { get; set; } = CompilerDiagnostics.Errors;

    /// <summary>Diagnostic ids suppressed in the compilation and ignored in the comparison.</summary>
    public List<string> DisabledDiagnostics { get; } = new();

    /// <summary>The C# version of the test sources. Default: the latest this Roslyn knows.</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>Default: Enable from C# 8 on, Disable before.</summary>
    public NullableContextOptions? NullableContextOptions { get; set; }

    /// <summary>Reference the compiled <see cref="Stubs"/> (default true).</summary>
    public bool IncludeStubs { get; set; } = true;

    /// <summary>Extra stub sources, compiled into one more referenced assembly (they may use the standard stubs).</summary>
    public List<string> AdditionalStubs { get; } = new();

    /// <summary>Last-minute changes to the test solution, as in Microsoft.CodeAnalysis.Testing.</summary>
    public List<Func<Solution, ProjectId, Solution>> SolutionTransforms { get; } = new();

    public virtual async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var analyzers = GetDiagnosticAnalyzers().ToImmutableArray();
        var state = PrepareState(TestState, parent: null, analyzers);
        using var workspace = new AdhocWorkspace();
        var (solution, projectId) = CreateSolution(workspace, state);
        await VerifyDiagnosticsAsync(solution.GetProject(projectId)!, state, analyzers, "TestState", cancellationToken).ConfigureAwait(false);
    }

    protected virtual IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
    {
        yield return new TAnalyzer();
    }

    protected virtual CSharpParseOptions CreateParseOptions()
        => new(LanguageVersion, DocumentationMode.Parse);

    protected virtual CSharpCompilationOptions CreateCompilationOptions(OutputKind outputKind)
    {
        var nullable = NullableContextOptions
            ?? (LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8
                ? Microsoft.CodeAnalysis.NullableContextOptions.Enable
                : Microsoft.CodeAnalysis.NullableContextOptions.Disable);
        return new CSharpCompilationOptions(
            outputKind,
            allowUnsafe: true,
            nullableContextOptions: nullable,
            specificDiagnosticOptions: DisabledDiagnostics.Distinct(StringComparer.Ordinal)
                .Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress)));
    }

    /// <summary>Sources without markup, and every expectation resolved to a file span.</summary>
    private protected sealed record PreparedState(
        IReadOnlyList<(string Path, SourceText Text)> Sources,
        IReadOnlyList<(string Path, SourceText Text)> AnalyzerConfigFiles,
        IReadOnlyList<(string Path, SourceText Text)> AdditionalFiles,
        IReadOnlyList<MetadataReference> References,
        OutputKind OutputKind,
        IReadOnlyList<DiagnosticResult> ExpectedDiagnostics);

    /// <summary>
    /// Reads markup and resolves expectations. A state without sources takes the parent's sources (with their
    /// markup) and, when it has none of its own, the parent's expected diagnostics: "nothing changes".
    /// Config files, additional files and references are inherited when the state has none.
    /// </summary>
    private protected PreparedState PrepareState(SolutionState state, SolutionState? parent, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var inheritsSources = state.Sources.Count == 0 && parent is not null;
        var sources = inheritsSources ? parent!.Sources : state.Sources;
        var explicitExpected = inheritsSources && state.ExpectedDiagnostics.Count == 0 ? parent!.ExpectedDiagnostics : state.ExpectedDiagnostics;
        var configs = state.AnalyzerConfigFiles.Count == 0 && parent is not null ? parent.AnalyzerConfigFiles : state.AnalyzerConfigFiles;
        var additional = state.AdditionalFiles.Count == 0 && parent is not null ? parent.AdditionalFiles : state.AdditionalFiles;
        var references = state.AdditionalReferences.Count == 0 && parent is not null ? parent.AdditionalReferences : state.AdditionalReferences;
        var markup = state.MarkupHandling ?? parent?.MarkupHandling ?? MarkupMode.Allow;
        var outputKind = state.OutputKind ?? parent?.OutputKind ?? OutputKind.DynamicallyLinkedLibrary;

        var descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        var expected = new List<DiagnosticResult>();
        var locations = new Dictionary<int, FileLinePositionSpan>();
        var cleanSources = new List<(string Path, SourceText Text)>();
        foreach (var (path, content) in sources)
        {
            if (markup == MarkupMode.None)
            {
                cleanSources.Add((path, content));
                continue;
            }

            var (clean, spans) = TestFileMarkupParser.Parse(content.ToString());
            var text = SourceText.From(clean, content.Encoding, content.ChecksumAlgorithm);
            cleanSources.Add((path, text));
            foreach (var marked in spans)
            {
                var fileSpan = new FileLinePositionSpan(path, text.Lines.GetLinePositionSpan(marked.Span));
                if (marked.Name is null)
                {
                    var descriptor = descriptors.FirstOrDefault()
                        ?? throw new InvalidOperationException("Markup [|…|] needs an analyzer with at least one supported diagnostic.");
                    expected.Add(FromMarkup(new DiagnosticResult(descriptor), fileSpan));
                }
                else if (marked.Name.StartsWith('#'))
                {
                    if (!int.TryParse(marked.Name.AsSpan(1), out var key))
                    {
                        throw new InvalidOperationException($"Markup location '{{|{marked.Name}:' must be '#' followed by a number.");
                    }

                    if (!locations.TryAdd(key, fileSpan))
                    {
                        throw new InvalidOperationException($"Markup location '{{|#{key}:' is used more than once.");
                    }
                }
                else
                {
                    var descriptor = descriptors.FirstOrDefault(d => d.Id == marked.Name);
                    var result = descriptor is null
                        ? new DiagnosticResult(marked.Name, DiagnosticSeverity.Error).WithOptions(DiagnosticOptions.IgnoreSeverity)
                        : new DiagnosticResult(descriptor);
                    expected.Add(FromMarkup(result, fileSpan));
                }
            }
        }

        foreach (var result in explicitExpected)
        {
            var spans = result.Spans.Select(location =>
            {
                if (!location.Options.HasFlag(DiagnosticLocationOptions.InterpretAsMarkupKey))
                {
                    return location;
                }

                if (!locations.TryGetValue(location.MarkupKey, out var span))
                {
                    throw new InvalidOperationException($"WithLocation({location.MarkupKey}) refers to markup '{{|#{location.MarkupKey}:…|}}', which is not in the sources of this state.");
                }

                return new DiagnosticLocation(span, location.Options & ~(DiagnosticLocationOptions.InterpretAsMarkupKey | DiagnosticLocationOptions.IgnoreLength));
            }).ToImmutableArray();
            var resolved = result.WithSpans(spans).WithDefaultPath(DiagnosticFormatting.DefaultFilePath);
            _ = resolved.Message; // fails early on a wrong number of message arguments
            expected.Add(resolved);
        }

        return new PreparedState(
            cleanSources,
            configs.Select(f => (f.filename, f.content)).ToList(),
            additional.Select(f => (f.filename, f.content)).ToList(),
            references.ToList(),
            outputKind,
            expected);

        static DiagnosticResult FromMarkup(DiagnosticResult result, FileLinePositionSpan span)
            => result.WithMessage(null)
                .WithOptions(result.Options | DiagnosticOptions.IgnoreAdditionalLocations)
                .WithSpan(span);
    }

    private protected (Solution Solution, ProjectId ProjectId) CreateSolution(AdhocWorkspace workspace, PreparedState state)
    {
        var references = new List<MetadataReference>(TestReferences.Framework);
        if (IncludeStubs)
        {
            references.AddRange(TestReferences.StubAssemblies);
        }

        if (AdditionalStubs.Count > 0)
        {
            references.Add(TestReferences.CompileAdditionalStubs(AdditionalStubs));
        }

        references.AddRange(state.References);

        var projectId = ProjectId.CreateNewId("TestProject");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name: "TestProject",
            assemblyName: "TestProject",
            language: LanguageNames.CSharp,
            compilationOptions: CreateCompilationOptions(state.OutputKind),
            parseOptions: CreateParseOptions(),
            metadataReferences: references));

        foreach (var (path, text) in state.Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), text, filePath: path);
        }

        foreach (var (path, text) in state.AnalyzerConfigFiles)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), text, filePath: path);
        }

        foreach (var (path, text) in state.AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), text, filePath: path);
        }

        foreach (var transform in SolutionTransforms)
        {
            solution = transform(solution, projectId);
        }

        return (solution, projectId);
    }

    /// <summary>Analyzer and compiler diagnostics of a project, after <see cref="DisabledDiagnostics"/>.</summary>
    private protected async Task<(ImmutableArray<Diagnostic> Analyzer, ImmutableArray<Diagnostic> Compiler)> AnalyzeAsync(
        Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The test project has no compilation.");
        var exceptions = new ConcurrentQueue<(Exception Exception, DiagnosticAnalyzer Analyzer)>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue((exception, analyzer)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var analyzerDiagnostics = await compilation.WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = analyzerDiagnostics.Where(d => d.Id is "AD0001" or "AD0002").ToArray();
        if (!exceptions.IsEmpty || crashes.Length > 0)
        {
            var details = exceptions.Select(e => $"Analyzer {e.Analyzer.GetType().Name} threw:{Environment.NewLine}{e.Exception}")
                .Concat(crashes.Select(d => $"{d.Id}: {DiagnosticFormatting.Message(d)}"))
                .Distinct();
            throw new VerificationException("An analyzer threw an exception:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, details));
        }

        var disabled = new HashSet<string>(DisabledDiagnostics, StringComparer.Ordinal);
        var minimum = CompilerDiagnostics switch
        {
            CompilerDiagnostics.Errors => DiagnosticSeverity.Error,
            CompilerDiagnostics.Warnings => DiagnosticSeverity.Warning,
            CompilerDiagnostics.Suggestions => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
        var compilerDiagnostics = CompilerDiagnostics == CompilerDiagnostics.None
            ? ImmutableArray<Diagnostic>.Empty
            : compilation.GetDiagnostics(cancellationToken)
                .Where(d => !d.IsSuppressed && d.Severity >= minimum && !disabled.Contains(d.Id))
                .ToImmutableArray();
        return (analyzerDiagnostics.Where(d => !d.IsSuppressed && !disabled.Contains(d.Id)).ToImmutableArray(), compilerDiagnostics);
    }

    private protected async Task VerifyDiagnosticsAsync(
        Project project, PreparedState state, ImmutableArray<DiagnosticAnalyzer> analyzers, string stage, CancellationToken cancellationToken)
    {
        var (analyzerDiagnostics, compilerDiagnostics) = await AnalyzeAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            texts[document.FilePath ?? document.Name] = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        }

        var analyzerIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        DiagnosticComparer.Verify(state.ExpectedDiagnostics, analyzerDiagnostics.AddRange(compilerDiagnostics), analyzerIds, texts, stage);
    }
}
