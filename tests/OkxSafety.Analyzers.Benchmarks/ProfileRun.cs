using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>
/// --profile OKX00N|all [--ide-only] [--reps N] [--lines N]: runs the named rule (or all five) again and again on the
/// OKX-dense corpus (or the IDE file), for a sampling profiler to attach to:
/// <c>dotnet-trace collect -- dotnet bin/Release/net10.0/OkxSafety.Analyzers.Benchmarks.dll --profile OKX005</c>,
/// (<c>--dump FILE</c>: the first repetition's diagnostics, as --quick --dump writes them; <c>--collect</c>: a full
/// garbage collection before each repetition, as the quick run makes)
/// then <c>dotnet-trace report FILE topN --inclusive</c>. Prints the rule's telemetry time per repetition.
/// </summary>
internal static class ProfileRun
{
    public static int Run(string[] args)
    {
        var index = Array.IndexOf(args, "--profile");
        var id = index + 1 < args.Length ? args[index + 1] : "all";
        // "floor": the driver's charge for empty callbacks registered as our rules register theirs, and as one merged
        // analyzer could (FloorProbes); each set runs on its own, so the five shapes are not charged for each other.
        var floor = id == "floor";
        var analyzers = floor
            ? FloorProbes.AsTheRulesRegister.AddRange(FloorProbes.Merged)
            : AnalyzerSets.Ours
                .Where(a => id == "all" || a.SupportedDiagnostics.Any(d => d.Id == id))
                .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            Console.Error.WriteLine($"no rule {id}");
            return 2;
        }

        var reps = IntOption(args, "--reps", 10);
        var lines = IntOption(args, "--lines", Workload.CorpusLines);
        var ide = args.Contains("--ide-only");
        var workload = ide ? Workload.CreateIde(lines) : Workload.Create("okx-dense", okxDense: true, lines);
        var dumpIndex = Array.IndexOf(args, "--dump");
        var dump = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? args[dumpIndex + 1] : null;
        var collect = args.Contains("--collect");
        for (var i = 0; i < reps; i++)
        {
            if (collect)
            {
                // As the quick run does before each repetition (see QuickRun.Measure).
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            if (floor)
            {
                var shapes = workload.Run(FloorProbes.AsTheRulesRegister);
                var merged = FloorProbes.Merged.Select(m => (Probe: (FloorProbe)m, Result: workload.Run(ImmutableArray.Create(m)))).ToList();
                var eachShape = string.Join(", ", FloorProbes.AsTheRulesRegister.Select(a => $"{((FloorProbe)a).Name} {shapes.TimeOf(new[] { a }).TotalMilliseconds:N1}"));
                var eachMerged = string.Join(", ", merged.Select(m => $"{m.Probe.Name} {m.Result.TimeOf(new[] { m.Probe }).TotalMilliseconds:N1}"));
                Console.WriteLine($"{i}: five rule shapes {shapes.TimeOf(FloorProbes.AsTheRulesRegister).TotalMilliseconds:N1} ms ({eachShape}); {eachMerged}");
                continue;
            }

            var result = ide ? workload.RunFocus(analyzers) : workload.Run(analyzers);
            if (i == 0 && dump is not null)
            {
                // The same format as --quick --dump, to compare diagnostics before and after a change.
                File.WriteAllLines(dump, result.Diagnostics.Select(d => d.ToString()).OrderBy(t => t, StringComparer.Ordinal));
            }

            var each = string.Join(", ", analyzers.Select(a => $"{a.SupportedDiagnostics[0].Id} {result.TimeOf(new[] { a }).TotalMilliseconds:N1}"));
            Console.WriteLine($"{i}: {id} {result.TimeOf(analyzers).TotalMilliseconds:N1} ms ({each}), wall {result.Elapsed.TotalMilliseconds:N0} ms, {result.AllocatedBytes / 1e6:N1} MB, {result.Collections} GCs pausing {result.GcPause.TotalMilliseconds:N0} ms, {result.Diagnostics.Length} diagnostics");
        }

        return 0;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
