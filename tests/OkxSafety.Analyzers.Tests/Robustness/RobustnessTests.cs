using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>
/// Never crash, never leak, never break code: every rule and every fix over broken code, the sample, the rule
/// tests' sources and the project's own sources.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class RobustnessTests
{
    /// <summary>How many of the rule tests' sources the broken-code run takes (evenly spread), to stay within CI time.</summary>
    private const int BrokenCodeSources = 48;

    [Fact]
    public async Task Broken_code_never_makes_a_rule_or_a_fix_throw()
    {
        var sources = Spread(Corpora.RuleTestSources, BrokenCodeSources).Concat(Corpora.Sample).Concat(Spread(Corpora.Generated, 6)).ToList();
        var problems = new ConcurrentBag<string>();
        var mutants = 0;
        await Parallel.ForEachAsync(sources.Select((source, index) => (source, index)), async (item, cancellationToken) =>
        {
            var ((path, text), index) = item;
            foreach (var mutant in Mutations.Of(text, seed: index, truncations: 8, deletions: 4, insertions: 6))
            {
                Interlocked.Increment(ref mutants);
                var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { (path, mutant) }), cancellationToken: cancellationToken);
                foreach (var exception in analysis.Exceptions)
                {
                    problems.Add($"{path} (mutant): {exception}");
                }

                foreach (var outcome in await RuleRunner.ApplyEveryFixAsync(analysis, maxDiagnostics: 4, cancellationToken))
                {
                    if (outcome.Problem is not null)
                    {
                        problems.Add($"{path} (mutant) fix '{outcome.Title}': {outcome.Problem}");
                    }
                }
            }
        });

        Assert.True(mutants > 0);
        Assert.True(problems.IsEmpty, string.Join("\n\n", problems.Take(5)));
    }

    [Fact]
    public async Task Fixes_on_valid_code_add_no_compiler_error_and_trip_no_other_rule()
    {
        var projects = Corpora.RuleTestSources.Select(source => new[] { source })
            .Append(Corpora.SampleWithImplicitUsings.ToArray())
            .Append(Corpora.Generated.ToArray())
            .ToList();
        var problems = new ConcurrentBag<string>();
        var applied = 0;
        await Parallel.ForEachAsync(projects, async (sources, cancellationToken) =>
        {
            var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(sources), cancellationToken: cancellationToken);
            foreach (var outcome in await RuleRunner.ApplyEveryFixAsync(analysis, cancellationToken: cancellationToken))
            {
                var where = $"{outcome.Before.FilePath} {outcome.Id} fix '{outcome.Title}'";
                if (outcome.Problem is not null)
                {
                    problems.Add($"{where}: {outcome.Problem}");
                    continue;
                }

                if (outcome.After is null)
                {
                    continue;
                }

                Interlocked.Increment(ref applied);
                var after = await RuleRunner.AnalyzeAsync(outcome.After.Project, cancellationToken: cancellationToken);
                var newErrors = after.CompilerErrors.Select(Describe).Except(analysis.CompilerErrors.Select(Describe)).ToList();
                if (after.CompilerErrors.Length > analysis.CompilerErrors.Length && newErrors.Count > 0)
                {
                    problems.Add($"{where} adds compiler errors: {string.Join("; ", newErrors)}\n{(await outcome.After.GetTextAsync(cancellationToken))}");
                }

                // The code a fix writes must trip no rule. A finding elsewhere that the fix makes visible (a caller's
                // untrimmed read now reaching the header the fix added) is an existing flaw, not one the fix wrote.
                var written = await WrittenSpansAsync(outcome.Before, outcome.After, cancellationToken);
                foreach (var tripped in after.Diagnostics.Where(d => d.Id != outcome.Id
                             && after.Diagnostics.Count(other => other.Id == d.Id) > analysis.Diagnostics.Count(other => other.Id == d.Id)
                             && d.Location.SourceTree?.FilePath == outcome.After.FilePath
                             && written.Any(span => span.IntersectsWith(d.Location.SourceSpan))))
                {
                    problems.Add($"{where} writes code that trips {tripped.Id} ({tripped.GetMessage()}):\n{(await outcome.After.GetTextAsync(cancellationToken))}");
                }

                foreach (var exception in after.Exceptions)
                {
                    problems.Add(exception);
                }
            }
        });

        Assert.True(problems.IsEmpty, $"{problems.Count} problems in {applied} fixes:\n" + string.Join("\n\n", problems.Take(5)));
    }

    [Fact]
    public async Task The_projects_own_sources_are_analysed_without_exceptions()
    {
        var roslyn = new[] { typeof(Compilation), typeof(CSharpCompilation), typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider), typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions) }
            .Select(t => MetadataReference.CreateFromFile(t.Assembly.Location));
        var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(Corpora.OwnSources, extraReferences: roslyn));
        Assert.True(analysis.Exceptions.IsEmpty, string.Join("\n", analysis.Exceptions));
    }

    [Fact]
    public async Task No_message_property_or_fix_shows_a_hardcoded_credential()
    {
        var projects = Corpora.RuleTestSources.Select(source => new[] { source })
            .Append(Corpora.SampleWithImplicitUsings.ToArray())
            .Append(Corpora.Generated.ToArray());
        var leaks = new ConcurrentBag<string>();
        var checkedValues = 0;
        await Parallel.ForEachAsync(projects, async (sources, cancellationToken) =>
        {
            var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(sources), cancellationToken: cancellationToken);
            var outcomes = await RuleRunner.ApplyEveryFixAsync(analysis, cancellationToken: cancellationToken);
            foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Id == Descriptors.HardcodedCredentialId))
            {
                var tree = diagnostic.Location.SourceTree!;
                var secrets = SecretsAt(tree, diagnostic.Location.SourceSpan);
                foreach (var secret in secrets)
                {
                    Interlocked.Increment(ref checkedValues);
                    if (diagnostic.GetMessage().Contains(secret, StringComparison.Ordinal))
                    {
                        leaks.Add($"{diagnostic.Id} message shows the value: {diagnostic.GetMessage()}");
                    }

                    if (diagnostic.Properties.Values.Any(v => v?.Contains(secret, StringComparison.Ordinal) == true))
                    {
                        leaks.Add($"{diagnostic.Id} properties show the value");
                    }

                    foreach (var outcome in outcomes.Where(o => o.Id == diagnostic.Id && o.Before.FilePath == tree.FilePath))
                    {
                        if (outcome.Title.Contains(secret, StringComparison.Ordinal))
                        {
                            leaks.Add($"{diagnostic.Id} fix title shows the value: {outcome.Title}");
                        }
                    }
                }
            }

            foreach (var outcome in outcomes.Where(o => o.Id == Descriptors.HardcodedCredentialId && o.After is not null))
            {
                var before = (await outcome.Before.GetTextAsync(cancellationToken)).ToString();
                var after = (await outcome.After!.GetTextAsync(cancellationToken)).ToString();
                var root = await outcome.Before.GetSyntaxRootAsync(cancellationToken);
                foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Id == outcome.Id && d.Location.SourceTree == root!.SyntaxTree))
                {
                    foreach (var secret in SecretsAt(diagnostic.Location.SourceTree!, diagnostic.Location.SourceSpan))
                    {
                        if (Count(after, secret) > Count(before, secret))
                        {
                            leaks.Add($"fix '{outcome.Title}' writes the value again");
                        }
                    }
                }
            }
        });

        Assert.True(leaks.IsEmpty, string.Join("\n", leaks.Take(10)));
        Assert.True(AllRules.Analyzers.IsEmpty || checkedValues > 0, "no credential value was checked: the corpus has no OKX001 finding");
    }

    [Fact]
    public async Task Diagnostics_are_the_same_with_and_without_concurrency_and_across_runs()
    {
        var sources = Corpora.SampleWithImplicitUsings.Concat(Corpora.Generated).ToList();
        var runs = new List<string[]>();
        foreach (var concurrent in new[] { true, false, true, false })
        {
            var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(sources), concurrent);
            runs.Add(analysis.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        Assert.All(runs, run => Assert.Equal(runs[0], run));
        foreach (var source in Spread(Corpora.RuleTestSources, 24))
        {
            var concurrent = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { source }), concurrent: true);
            var sequential = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { source }), concurrent: false);
            Assert.Equal(
                sequential.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal),
                concurrent.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Analyzers_and_fixes_keep_no_static_mutable_state()
    {
        var mutable = new List<string>();
        foreach (var assembly in new[] { AllRules.AnalyzerAssembly, AllRules.CodeFixAssembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !t.Name.Contains('<')))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.IsLiteral && !field.IsInitOnly && !field.Name.Contains('<'))
                    {
                        mutable.Add($"{type.FullName}.{field.Name}");
                    }
                }
            }
        }

        Assert.Empty(mutable);
    }

    [Fact]
    public async Task A_cancelled_analysis_stops_promptly_with_OperationCanceledException_only()
    {
        var sources = Corpora.RuleTestSources.Concat(Corpora.Sample).Concat(Corpora.Generated).ToList();
        foreach (var delay in new[] { 0, 5, 50 })
        {
            using var cancellation = new CancellationTokenSource();
            var project = RuleRunner.CreateProject(sources);
            var run = RuleRunner.AnalyzeAsync(project, cancellationToken: cancellation.Token);
            await Task.Delay(delay);
            var stopwatch = Stopwatch.StartNew();
            cancellation.Cancel();
            try
            {
                var finished = await run;
                Assert.Empty(finished.Exceptions);
            }
            catch (OperationCanceledException)
            {
                // Expected: nothing but cancellation.
            }

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"analysis took {stopwatch.Elapsed} to stop after cancellation");
        }
    }

    /// <summary>String values of length 6+ inside a credential finding's span: what must never be repeated.</summary>
    private static IEnumerable<string> SecretsAt(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        tree.GetRoot().DescendantTokens(span)
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
            .Select(t => t.ValueText)
            .Where(v => v.Length >= 6)
            .Distinct();

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The spans, in the fixed document, of the text the fix inserted or replaced.</summary>
    private static async Task<List<Microsoft.CodeAnalysis.Text.TextSpan>> WrittenSpansAsync(Document before, Document after, CancellationToken cancellationToken)
    {
        var spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
        var shift = 0;
        foreach (var change in (await after.GetTextChangesAsync(before, cancellationToken)).OrderBy(c => c.Span.Start))
        {
            var newText = change.NewText ?? "";
            spans.Add(new Microsoft.CodeAnalysis.Text.TextSpan(change.Span.Start + shift, Math.Max(newText.Length, 1)));
            shift += newText.Length - change.Span.Length;
        }

        return spans;
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id}: {diagnostic.GetMessage()}";

    private static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        if (items.Count <= count)
        {
            return items;
        }

        return Enumerable.Range(0, count).Select(i => items[i * items.Count / count]);
    }
}
