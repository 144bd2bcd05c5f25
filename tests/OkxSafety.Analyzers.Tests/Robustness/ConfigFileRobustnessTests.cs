using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>
/// OKX001 in configuration files, under the package's three promises: broken JSON (as an editor sees it while someone
/// types) never makes the analyzer or the fix throw; no message, property or fix title repeats the value; results are
/// the same with and without concurrency.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class ConfigFileRobustnessTests
{
    private static readonly (string Path, string Json)[] Files =
    {
        ("/0/appsettings.json", """
            {
              // committed
              "Logging": { "LogLevel": { "Default": "Information" } },
              "ConnectionStrings": { "Db": "Server=db;Password=Db-Passw0rd-2024;" },
              "Exchanges": { "Okx": { "Live": { "ApiKey": "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", "SecretKey": "A1B2C3D4E5F60718293A4B5C6D7E8F90" } } },
              "Okx": { "Passphrase": "Tr4d\u0031ng!Pass", "Accounts": [ { "Key": "9d1e7a40-2b6c-4c8e-a1f3-5e7d9b0c2a46", "Secret": "0F1E2D3C4B5A69788796A5B4C3D2E1F0", }, ], },
              "Okx:ApiKey": "5c8d2e1f-7a3b-4c9d-8e2f-1a6b3c7d9e04",
            }
            """),
        ("/0/Properties/launchSettings.json", """
            { "profiles": { "Bot": { "environmentVariables": { "OKX_API_KEY": "7b2e9f1c-3d4a-4e8b-9c1f-2a5d6e8f0b13", "OKX_PASSPHRASE": "An0ther!Pass" } } } }
            """),
    };

    [Fact]
    public async Task Broken_json_never_makes_the_analyzer_or_the_fix_throw()
    {
        var problems = new ConcurrentBag<string>();
        var mutants = 0;
        await Parallel.ForEachAsync(Files.Select((file, index) => (file, index)), async (item, cancellationToken) =>
        {
            var ((path, json), index) = item;
            foreach (var mutant in Mutations.Of(json, seed: index, truncations: 24, deletions: 8, insertions: 24))
            {
                Interlocked.Increment(ref mutants);
                var project = CreateProject(new[] { (path, mutant) });
                var (diagnostics, exceptions) = await AnalyzeAsync(project, concurrent: true, cancellationToken);
                foreach (var exception in exceptions)
                {
                    problems.Add($"{path} (mutant): {exception}");
                }

                foreach (var diagnostic in diagnostics)
                {
                    try
                    {
                        foreach (var action in await ActionsAsync(project, diagnostic, cancellationToken))
                        {
                            _ = await action.GetOperationsAsync(cancellationToken);
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        problems.Add($"{path} (mutant) fix: {exception}");
                    }
                }
            }
        });

        Assert.True(mutants > 0);
        Assert.True(problems.IsEmpty, string.Join("\n\n", problems.Take(5)));
    }

    [Fact]
    public async Task No_message_property_or_fix_title_shows_a_committed_value()
    {
        var project = CreateProject(Files);
        var (diagnostics, exceptions) = await AnalyzeAsync(project, concurrent: true, CancellationToken.None);
        Assert.Empty(exceptions);
        Assert.Equal(8, diagnostics.Length);

        var leaks = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
            var text = await document.GetTextAsync();
            var token = text.ToString(diagnostic.Location.SourceSpan);
            var value = token.Substring(1, token.Length - 2);
            Assert.True(value.Length >= 6, token);
            if (diagnostic.GetMessage().Contains(value, StringComparison.Ordinal))
            {
                leaks.Add("message: " + diagnostic.GetMessage());
            }

            if (diagnostic.Properties.Values.Any(v => v?.Contains(value, StringComparison.Ordinal) == true))
            {
                leaks.Add("properties of " + diagnostic.GetMessage());
            }

            foreach (var action in await ActionsAsync(project, diagnostic, CancellationToken.None))
            {
                if (action.Title.Contains(value, StringComparison.Ordinal))
                {
                    leaks.Add("fix title: " + action.Title);
                }

                var operations = await action.GetOperationsAsync(CancellationToken.None);
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetAdditionalDocument(document.Id)!;
                if ((await changed.GetTextAsync()).ToString().Contains(value, StringComparison.Ordinal))
                {
                    leaks.Add("fixed text still has the value at " + diagnostic.Location.GetLineSpan());
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Results_are_the_same_with_and_without_concurrency()
    {
        var runs = new List<string[]>();
        foreach (var concurrent in new[] { true, false, true })
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(CreateProject(Files), concurrent, CancellationToken.None);
            Assert.Empty(exceptions);
            runs.Add(diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        Assert.NotEmpty(runs[0]);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
    }

    private static Project CreateProject(IEnumerable<(string Path, string Json)> files)
    {
        var project = RuleRunner.CreateProject(new[] { ("/0/Program.cs", "internal static class Program { }") });
        var solution = project.Solution;
        foreach (var (path, json) in files)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(project.Id), Path.GetFileName(path), SourceText.From(json), filePath: path);
        }

        return solution.GetProject(project.Id)!;
    }

    /// <summary>Every rule of the package over the project; OKX diagnostics in the JSON files, and analyzer exceptions.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> AnalyzeAsync(Project project, bool concurrent, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllRules.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (var crash in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(crash.ToString());
        }

        return (diagnostics.Where(d => AllRules.IsOurs(d.Id) && d.Location.Kind == LocationKind.ExternalFile).ToImmutableArray(), exceptions.ToImmutableArray());
    }

    /// <summary>Every fix of the package offered for a diagnostic in an additional document, as a host asks them.</summary>
    private static async Task<List<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var actions = new List<CodeAction>();
        foreach (var fix in AllRules.Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)
                     && f.GetType().GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Cast<ExportCodeFixProviderAttribute>()
                         .Any(e => e.DocumentKinds.Contains(nameof(TextDocumentKind.AdditionalDocument)))))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await fix.RegisterCodeFixesAsync(context);
        }

        return actions;
    }
}
