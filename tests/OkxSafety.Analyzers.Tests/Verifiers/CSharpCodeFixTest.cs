using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// A code-fix test, shaped like Microsoft.CodeAnalysis.Testing's CSharpCodeFixTest. After the analyzer check of
/// <see cref="CSharpAnalyzerTest{TAnalyzer}.TestState"/> it
/// <list type="number">
/// <item>applies the chosen code action to the first fixable diagnostic, re-analyzes, and repeats until no
/// diagnostic is fixable (bounded), then compares every document with <see cref="FixedState"/> exactly and checks
/// the fixed project's diagnostics (markup in the fixed sources; compiler errors fail);</item>
/// <item>does the same with the provider's FixAll in Document, Project and Solution scope, comparing with
/// <see cref="BatchFixedState"/> (or FixedState when it has no sources).</item>
/// </list>
/// The action is chosen by <see cref="CodeActionEquivalenceKey"/> and/or <see cref="CodeActionIndex"/>
/// (index into the offered actions, nested actions flattened); by default the first one.
/// Iteration counts: null = bounded default; n &gt; 0 = exactly n; n &lt; 0 = at most -n.
/// </summary>
public class CSharpCodeFixTest<TAnalyzer, TCodeFix> : CSharpAnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Adds an expected fixed document ("/0/Test{n}.cs").</summary>
    public string FixedCode
    {
        set => FixedState.Sources.Add(value);
    }

    /// <summary>Adds an expected FixAll result document, when it differs from <see cref="FixedCode"/>.</summary>
    public string BatchFixedCode
    {
        set => BatchFixedState.Sources.Add(value);
    }

    /// <summary>The expected result of fixing one diagnostic at a time. Markup marks diagnostics that remain.</summary>
    public SolutionState FixedState { get; } = new();

    /// <summary>The expected FixAll result; defaults to <see cref="FixedState"/>.</summary>
    public SolutionState BatchFixedState { get; } = new();

    /// <summary>Apply only code actions with this equivalence key (FixAll uses it too).</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>Apply the code action at this index among those offered for a diagnostic.</summary>
    public int? CodeActionIndex { get; set; }

    /// <summary>Default: at most (number of fixable diagnostics + 1).</summary>
    public int? NumberOfIncrementalIterations { get; set; }

    /// <summary>For every FixAll scope without its own setting. Default: at most 2 (Document: documents + 1).</summary>
    public int? NumberOfFixAllIterations { get; set; }

    public int? NumberOfFixAllInDocumentIterations { get; set; }

    public int? NumberOfFixAllInProjectIterations { get; set; }

    public CodeFixTestBehaviors CodeFixTestBehaviors { get; set; }

    protected virtual CodeFixProvider GetCodeFixProvider() => new TCodeFix();

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var analyzers = GetDiagnosticAnalyzers().ToImmutableArray();
        var testState = PrepareState(TestState, parent: null, analyzers);
        var fixedState = PrepareState(FixedState, TestState, analyzers);
        var batchFixedState = BatchFixedState.Sources.Count > 0 ? PrepareState(BatchFixedState, FixedState, analyzers) : fixedState;

        using var workspace = new AdhocWorkspace();
        var (solution, projectId) = CreateSolution(workspace, testState);
        await VerifyDiagnosticsAsync(solution.GetProject(projectId)!, testState, analyzers, "TestState", cancellationToken).ConfigureAwait(false);

        var codeFix = GetCodeFixProvider();
        var runner = new FixRunner(this, codeFix, analyzers, projectId, cancellationToken);

        var fixOne = CodeFixTestBehaviors.HasFlag(CodeFixTestBehaviors.FixOne);
        var (incremental, note) = await runner.FixAsync(solution, scope: null, fixOne ? 1 : NumberOfIncrementalIterations, nameof(NumberOfIncrementalIterations), stopAfterOne: fixOne).ConfigureAwait(false);
        await VerifyFixedAsync(incremental, projectId, fixedState, analyzers, "Code fix applied one diagnostic at a time", note, cancellationToken).ConfigureAwait(false);

        var fixAll = codeFix.GetFixAllProvider();
        if (fixAll is null)
        {
            return;
        }

        var scopes = new (FixAllScope Scope, CodeFixTestBehaviors Skip, int? Iterations, string Setting)[]
        {
            (FixAllScope.Document, CodeFixTestBehaviors.SkipFixAllInDocumentCheck, NumberOfFixAllInDocumentIterations ?? NumberOfFixAllIterations,
                NumberOfFixAllInDocumentIterations is null ? nameof(NumberOfFixAllIterations) : nameof(NumberOfFixAllInDocumentIterations)),
            (FixAllScope.Project, CodeFixTestBehaviors.SkipFixAllInProjectCheck, NumberOfFixAllInProjectIterations ?? NumberOfFixAllIterations,
                NumberOfFixAllInProjectIterations is null ? nameof(NumberOfFixAllIterations) : nameof(NumberOfFixAllInProjectIterations)),
            (FixAllScope.Solution, CodeFixTestBehaviors.SkipFixAllInSolutionCheck, NumberOfFixAllIterations, nameof(NumberOfFixAllIterations)),
        };

        var supported = fixAll.GetSupportedFixAllScopes().ToImmutableHashSet();
        foreach (var (scope, skip, iterations, setting) in scopes)
        {
            if (CodeFixTestBehaviors.HasFlag(skip))
            {
                continue;
            }

            if (!supported.Contains(scope))
            {
                throw new VerificationException(
                    $"The FixAll provider of {codeFix.GetType().Name} does not support {scope} scope. Support it, or set CodeFixTestBehaviors.{skip}.");
            }

            var (result, fixAllNote) = await runner.FixAsync(solution, scope, iterations, setting, stopAfterOne: false).ConfigureAwait(false);
            await VerifyFixedAsync(result, projectId, batchFixedState, analyzers, $"FixAll in {scope} scope", fixAllNote, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task VerifyFixedAsync(
        Solution solution, ProjectId projectId, PreparedState expected, ImmutableArray<DiagnosticAnalyzer> analyzers, string stage, string? note, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId)!;
        var actual = new List<(string Path, string Text)>();
        foreach (var document in project.Documents)
        {
            actual.Add((document.FilePath ?? document.Name, (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString()));
        }

        var problems = new StringBuilder();
        foreach (var (path, text) in expected.Sources)
        {
            var match = actual.FindIndex(a => a.Path == path);
            if (match < 0)
            {
                problems.AppendLine($"Document {path} is missing from the result.");
                continue;
            }

            var actualText = actual[match].Text;
            if (!string.Equals(text.ToString(), actualText, StringComparison.Ordinal))
            {
                problems.AppendLine($"Document {path} differs from the expected fixed text.");
                problems.AppendLine(DiagnosticFormatting.Diff(text.ToString(), actualText));
                problems.AppendLine("Actual text:");
                problems.AppendLine(actualText);
            }
        }

        foreach (var (path, _) in actual.Where(a => expected.Sources.All(e => e.Path != a.Path)))
        {
            problems.AppendLine($"The result has a document {path} that the expected fixed state does not have.");
        }

        if (problems.Length > 0)
        {
            throw new VerificationException($"{stage}: the fixed code is not as expected.{Environment.NewLine}{(note is null ? "" : note + Environment.NewLine)}{problems}");
        }

        await VerifyDiagnosticsAsync(project, expected, analyzers, $"{stage}: the fixed code (it must compile; markup in FixedState marks remaining diagnostics)", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies code actions in a loop for one mode (one-by-one, or FixAll in a scope).</summary>
    private sealed class FixRunner
    {
        private readonly CSharpCodeFixTest<TAnalyzer, TCodeFix> _test;
        private readonly CodeFixProvider _codeFix;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ProjectId _projectId;
        private readonly CancellationToken _cancellationToken;
        private readonly ImmutableHashSet<string> _fixableIds;
        private readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> _cache = new();

        public FixRunner(CSharpCodeFixTest<TAnalyzer, TCodeFix> test, CodeFixProvider codeFix, ImmutableArray<DiagnosticAnalyzer> analyzers, ProjectId projectId, CancellationToken cancellationToken)
        {
            _test = test;
            _codeFix = codeFix;
            _analyzers = analyzers;
            _projectId = projectId;
            _cancellationToken = cancellationToken;
            _fixableIds = codeFix.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        }

        public async Task<(Solution Solution, string? Note)> FixAsync(Solution solution, FixAllScope? scope, int? configured, string setting, bool stopAfterOne)
        {
            var mode = scope is null ? "Code fix applied one diagnostic at a time" : $"FixAll in {scope} scope";
            var exact = configured > 0;
            int? max = configured is int value ? Math.Abs(value) : null;
            var iterations = 0;
            string? note = null;
            while (true)
            {
                var project = solution.GetProject(_projectId)!;
                var diagnostics = await GetFixableDiagnosticsAsync(project).ConfigureAwait(false);
                if (diagnostics.IsEmpty)
                {
                    break;
                }

                max ??= scope switch
                {
                    null => diagnostics.Length + 1,
                    FixAllScope.Document => diagnostics.Select(d => d.Location.SourceTree).Distinct().Count() + 1,
                    _ => 2,
                };

                var (document, diagnostic, action, offered) = await FindFirstFixAsync(project, diagnostics).ConfigureAwait(false);
                if (action is null)
                {
                    note = $"No code action was applied to the remaining fixable diagnostic(s); offered:{Environment.NewLine}{offered}";
                    break;
                }

                if (iterations >= max)
                {
                    throw new VerificationException(
                        $"{mode}: a diagnostic is still fixable after {iterations} iteration(s) (limit {max}): {DiagnosticFormatting.Describe(diagnostic!)}. " +
                        $"If more iterations are right, set {setting}.");
                }

                if (scope is FixAllScope fixAllScope)
                {
                    var fixAll = _codeFix.GetFixAllProvider()!;
                    var context = new FixAllContext(document!, _codeFix, fixAllScope, action.EquivalenceKey, _codeFix.FixableDiagnosticIds, new DiagnosticProvider(this), _cancellationToken);
                    action = await fixAll.GetFixAsync(context).ConfigureAwait(false)
                        ?? throw new VerificationException($"{mode}: the FixAll provider returned no code action for equivalence key '{context.CodeActionEquivalenceKey}' (first diagnostic: {DiagnosticFormatting.Describe(diagnostic!)}).");
                }

                var changed = await ApplyAsync(action).ConfigureAwait(false);
                if (!await HasTextChangesAsync(solution, changed).ConfigureAwait(false))
                {
                    throw new VerificationException($"{mode}: code action '{action.Title}' changed nothing (diagnostic: {DiagnosticFormatting.Describe(diagnostic!)}).");
                }

                solution = changed;
                iterations++;
                if (stopAfterOne)
                {
                    break;
                }
            }

            if (exact && iterations != configured)
            {
                throw new VerificationException($"{mode}: expected exactly {configured} iteration(s) ({setting}) but {iterations} were applied.");
            }

            return (solution, note);
        }

        private async Task<(Document? Document, Diagnostic? Diagnostic, CodeAction? Action, string Offered)> FindFirstFixAsync(Project project, ImmutableArray<Diagnostic> diagnostics)
        {
            var offered = new StringBuilder();
            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                var actions = await GetActionsAsync(document, diagnostic).ConfigureAwait(false);
                offered.AppendLine($"  {DiagnosticFormatting.Describe(diagnostic)}");
                offered.AppendLine(actions.Count == 0
                    ? "      (no code actions)"
                    : string.Join(Environment.NewLine, actions.Select((a, i) => $"      [{i}] \"{a.Title}\" (equivalence key: {a.EquivalenceKey ?? "null"})")));

                var chosen = Choose(actions);
                if (chosen is not null)
                {
                    return (document, diagnostic, chosen, offered.ToString());
                }
            }

            return (null, null, null, offered.ToString());
        }

        private CodeAction? Choose(IReadOnlyList<CodeAction> actions)
        {
            var key = _test.CodeActionEquivalenceKey;
            if (_test.CodeActionIndex is int index)
            {
                if (index < 0 || index >= actions.Count)
                {
                    return null;
                }

                var action = actions[index];
                if (key is not null && action.EquivalenceKey != key)
                {
                    throw new VerificationException(
                        $"CodeActionIndex {index} selects \"{action.Title}\" with equivalence key '{action.EquivalenceKey}', but CodeActionEquivalenceKey is '{key}'.");
                }

                return action;
            }

            return key is null ? actions.FirstOrDefault() : actions.FirstOrDefault(a => a.EquivalenceKey == key);
        }

        private async Task<List<CodeAction>> GetActionsAsync(Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), _cancellationToken);
            await _codeFix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            var flat = new List<CodeAction>();
            foreach (var action in actions)
            {
                Flatten(action, flat);
            }

            return flat;
        }

        private static void Flatten(CodeAction action, List<CodeAction> into) => CodeActions.Flatten(action, into);

        private async Task<Solution> ApplyAsync(CodeAction action)
        {
            // GetOperationsAsync runs the action's own post-processing: Simplifier / Formatter annotations,
            // added imports, cleanup.
            var operations = await action.GetOperationsAsync(_cancellationToken).ConfigureAwait(false);
            var applies = operations.OfType<ApplyChangesOperation>().ToList();
            if (applies.Count != 1)
            {
                throw new VerificationException($"Code action '{action.Title}' produced {applies.Count} ApplyChangesOperation(s); expected exactly one.");
            }

            return applies[0].ChangedSolution;
        }

        private async Task<bool> HasTextChangesAsync(Solution before, Solution after)
        {
            var oldProject = before.GetProject(_projectId)!;
            var newProject = after.GetProject(_projectId)!;
            if (!oldProject.DocumentIds.SequenceEqual(newProject.DocumentIds))
            {
                return true;
            }

            foreach (var document in newProject.Documents)
            {
                var oldText = await oldProject.GetDocument(document.Id)!.GetTextAsync(_cancellationToken).ConfigureAwait(false);
                var newText = await document.GetTextAsync(_cancellationToken).ConfigureAwait(false);
                if (!oldText.ContentEquals(newText))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Analyzer and compiler diagnostics the provider can fix, in document and position order.</summary>
        private Task<ImmutableArray<Diagnostic>> GetFixableDiagnosticsAsync(Project project)
            => _cache.GetValue(project, p => ComputeAsync(p));

        private async Task<ImmutableArray<Diagnostic>> ComputeAsync(Project project)
        {
            var (analyzerDiagnostics, compilerDiagnostics) = await _test.AnalyzeAsync(project, _analyzers, _cancellationToken).ConfigureAwait(false);
            var order = project.DocumentIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            return analyzerDiagnostics.Concat(compilerDiagnostics)
                .Where(d => _fixableIds.Contains(d.Id) && d.Location.IsInSource)
                .OrderBy(d => project.GetDocument(d.Location.SourceTree) is { } doc ? order[doc.Id] : int.MaxValue)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly FixRunner _runner;

            public DiagnosticProvider(FixRunner runner) => _runner = runner;

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var all = await _runner.GetFixableDiagnosticsAsync(document.Project).ConfigureAwait(false);
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return all.Where(d => d.Location.SourceTree == tree);
            }

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => (await _runner.GetFixableDiagnosticsAsync(project).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => await _runner.GetFixableDiagnosticsAsync(project).ConfigureAwait(false);
        }
    }
}
