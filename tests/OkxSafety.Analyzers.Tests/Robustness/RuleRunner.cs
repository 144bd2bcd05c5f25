using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>Runs every rule and every fix over arbitrary sources, collecting what went wrong instead of asserting a result.</summary>
public static class RuleRunner
{
    public sealed record Options(LanguageVersion LanguageVersion = LanguageVersion.Latest, NullableContextOptions Nullable = NullableContextOptions.Enable, bool Concurrent = true, string? EditorConfig = null, bool IncludeStubs = true, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies? Framework = null);

    public sealed record Analysis(Project Project, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> CompilerErrors, ImmutableArray<string> Exceptions);

    public sealed record FixOutcome(string Id, string Title, string? EquivalenceKey, Document Before, Document? After, string? Problem);

    public static Project CreateProject(IEnumerable<(string Path, string Text)> sources, Options? options = null, IEnumerable<MetadataReference>? extraReferences = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        options ??= new Options();
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var parseOptions = new CSharpParseOptions(options.LanguageVersion);
        var compilationOptions = new CSharpCompilationOptions(outputKind, nullableContextOptions: options.LanguageVersion >= LanguageVersion.CSharp8 ? options.Nullable : NullableContextOptions.Disable);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Robustness", "Robustness", LanguageNames.CSharp,
                filePath: "/0/Robustness.csproj",
                compilationOptions: compilationOptions,
                parseOptions: parseOptions,
                metadataReferences: (options.Framework is { } framework
                        ? TestReferences.All(framework, options.IncludeStubs)
                        : TestReferences.Framework.AddRange(options.IncludeStubs ? TestReferences.Libraries : ImmutableArray<MetadataReference>.Empty))
                    .AddRange(extraReferences ?? Array.Empty<MetadataReference>())));
        foreach (var (path, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        if (options.EditorConfig is { } editorConfig)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddAnalyzerConfigDocument(id, ".editorconfig", SourceText.From(editorConfig), filePath: "/.editorconfig");
        }

        return solution.GetProject(projectId)!;
    }

    public static async Task<Analysis> AnalyzeAsync(Project project, bool concurrent = true, CancellationToken cancellationToken = default)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (AllRules.Analyzers.IsEmpty)
        {
            return new Analysis(project, ImmutableArray<Diagnostic>.Empty, errors, ImmutableArray<string>.Empty);
        }

        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = project.AnalyzerOptions;
        var withAnalyzers = compilation.WithAnalyzers(
            AllRules.Analyzers,
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    if (exception is not OperationCanceledException)
                    {
                        exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}");
                    }
                },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                exceptions.Enqueue(diagnostic.ToString());
            }
        }

        return new Analysis(project, diagnostics.Where(d => AllRules.IsOurs(d.Id)).ToImmutableArray(), errors, exceptions.ToImmutableArray());
    }

    /// <summary>Offers every fix for every diagnostic and applies each action, recording exceptions and the results.</summary>
    public static async Task<List<FixOutcome>> ApplyEveryFixAsync(Analysis analysis, int maxDiagnostics = 50, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<FixOutcome>();
        foreach (var diagnostic in analysis.Diagnostics.Take(maxDiagnostics))
        {
            var document = analysis.Project.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            foreach (var fix in AllRules.Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => Flatten(action, actions), cancellationToken);
                    await fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    outcomes.Add(new FixOutcome(diagnostic.Id, fix.GetType().Name, null, document, null, "RegisterCodeFixesAsync threw " + exception));
                    continue;
                }

                foreach (var action in actions)
                {
                    try
                    {
                        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                        var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
                        outcomes.Add(new FixOutcome(diagnostic.Id, action.Title, action.EquivalenceKey, document, changed?.GetDocument(document.Id), null));
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        outcomes.Add(new FixOutcome(diagnostic.Id, action.Title, action.EquivalenceKey, document, null, "applying threw " + exception));
                    }
                }
            }
        }

        return outcomes;
    }

    private static readonly System.Reflection.PropertyInfo? s_nestedActions =
        typeof(CodeAction).GetProperty("NestedActions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
        ?? typeof(CodeAction).GetProperty("NestedCodeActions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);

    /// <summary>Adds the action, or its nested actions (recursively) when it only groups others.</summary>
    private static void Flatten(CodeAction action, List<CodeAction> into)
    {
        if (s_nestedActions?.GetValue(action) is ImmutableArray<CodeAction> children && !children.IsDefaultOrEmpty)
        {
            foreach (var child in children)
            {
                Flatten(child, into);
            }

            return;
        }

        into.Add(action);
    }
}
