using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>
/// One fast pass (a warm-up, then a few repetitions, medians) printing the same ratio table as the full run, with the
/// budget verdicts. Exit code 1 when the corpus does not compile; budgets are reported, not enforced.
/// </summary>
internal static class QuickRun
{
    // Issue 20's budget (docs/performance.md). The dense and free rows are judged on real builds (--real-build); the
    // in-process verdicts below are indications against the same thresholds. The IDE row is measured only here.
    private const double DenseBudget = 0.03;
    private const double FreeBudget = 0.0005;
    private const double IdeBudgetMs = 5;
    private const int WarmUpRuns = 10;

    public static int Run(string[] args)
    {
        var lines = IntOption(args, "--lines", Workload.CorpusLines);
        var reps = IntOption(args, "--reps", 3);
        var ours = AnalyzerSets.Ours;
        var probes = AnalyzerSets.Probes;
        var oursOnly = args.Contains("--ours-only");
        var each = args.Contains("--each");
        var ideOnly = args.Contains("--ide-only");
        var net = oursOnly ? ImmutableArray<DiagnosticAnalyzer>.Empty : AnalyzerSets.NetAnalyzers;
        if (oursOnly)
        {
            probes = ImmutableArray<DiagnosticAnalyzer>.Empty;
        }

        var dumpIndex = Array.IndexOf(args, "--dump");
        var dump = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? args[dumpIndex + 1] : null;

        Console.WriteLine("# OkxSafety.Analyzers quick benchmark");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");
        Console.WriteLine($"commit: {Commit()}; Roslyn host {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}");
        Console.WriteLine($"our rules found by reflection: {(ours.IsEmpty ? "none (no rule merged yet: only the model probes are measured)" : string.Join(", ", ours.Select(AnalyzerSets.Name)))}");
        Console.WriteLine($"NetAnalyzers: {AnalyzerSets.NetAnalyzersDescription}");
        Console.WriteLine($"analyzer configuration (every configuration): {SdkAnalysisConfig.Description}");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"corpus: {lines:N0} lines each, seed {Workload.Seed}; best of {reps} repetitions (allocations: median); single-threaded compilation and analysis");
        Console.WriteLine();

        // Steady state, as a compiler server or an IDE runs analyzers after their first builds: the runtime promotes a
        // method to optimised code only after 30 calls and a quiet period without new JIT work, which one pass over a
        // small corpus does not give (our rules' times fell for the first 5-8 repetitions on the full corpus without
        // this). So every configuration runs WarmUpRuns times on a 3,000-line OKX corpus first.
        Console.Write($"warming up ({WarmUpRuns} runs of each configuration on a 3,000-line corpus) ... ");
        var warm = Workload.Create("warm", okxDense: true, lines: 3_000);
        foreach (var set in Sets(ours, probes, net))
        {
            for (var i = 0; i < WarmUpRuns; i++)
            {
                warm.Run(set.Analyzers);
            }
        }

        Console.WriteLine("done");
        var verdicts = new List<string>();
        var exitCode = 0;
        foreach (var (name, dense) in ideOnly ? Array.Empty<(string, bool)>() : new[] { ("okx-dense", true), ("okx-free", false) })
        {
            var workload = Workload.Create(name, dense, lines);
            var budget = dense ? DenseBudget : FreeBudget;
            Console.WriteLine();
            Console.WriteLine($"## {name}: {workload.Lines:N0} lines in {workload.Trees.Length} files");
            var results = new Dictionary<string, Measured>();
            foreach (var set in Sets(ours, probes, net))
            {
                results[set.Name] = Measure(workload, set.Analyzers, reps);
            }

            var compile = results["compile"];
            if (compile.Errors > 0)
            {
                Console.WriteLine($"ERROR: the corpus has {compile.Errors} compiler errors");
                exitCode = 1;
            }

            Console.WriteLine($"| {"configuration",-44} | {"wall ms",9} | {"vs compile",10} | {"cpu ms",9} | {"allocated MB",12} | {"GC pause ms",11} |");
            Console.WriteLine($"|{new string('-', 46)}|{new string('-', 11)}|{new string('-', 12)}|{new string('-', 11)}|{new string('-', 14)}|{new string('-', 13)}|");
            foreach (var (key, label) in Labels(ours.Length, net.Length))
            {
                if (!results.TryGetValue(key, out var m))
                {
                    continue;
                }

                Console.WriteLine($"| {label,-44} | {m.WallMs,9:N0} | {Ratio(m.WallMs, compile.WallMs),10} | {m.CpuMs,9:N0} | {m.AllocatedMb,12:N1} | {m.GcPauseMs,11:N0} |");
            }

            Console.WriteLine();
            Console.WriteLine($"| {"analyzer (execution time, telemetry)",-50} | {"ms",9} | {"% of compile",12} | {"diagnostics",11} |");
            Console.WriteLine($"|{new string('-', 52)}|{new string('-', 11)}|{new string('-', 14)}|{new string('-', 13)}|");
            var oursTime = 0.0;
            if (results.TryGetValue("ours", out var oursRun))
            {
                if (dump is not null)
                {
                    File.WriteAllLines(dump + "." + name + ".txt", oursRun.AllDiagnostics.Select(d => d.ToString()).OrderBy(t => t, StringComparer.Ordinal));
                }

                foreach (var analyzer in ours)
                {
                    var ms = oursRun.TimeMs(analyzer);
                    oursTime += ms;
                    Console.WriteLine($"| {AnalyzerSets.Name(analyzer),-50} | {ms,9:N1} | {Percent(ms, compile.WallMs),12} | {oursRun.DiagnosticCount(analyzer),11} |");
                }

                Console.WriteLine($"| {"all our rules",-50} | {oursTime,9:N1} | {Percent(oursTime, compile.WallMs),12} | {"",11} |");
            }

            var probeMs = probes.Select((p, i) => results["probe" + i].TimeMs(p)).ToArray();
            for (var i = 0; i < probes.Length; i++)
            {
                Console.WriteLine($"| {AnalyzerSets.Name(probes[i]),-50} | {probeMs[i],9:N1} | {Percent(probeMs[i], compile.WallMs),12} | {"-",11} |");
            }

            if (results.TryGetValue("net", out var netRun))
            {
                var netTime = net.Sum(a => netRun.TimeMs(a));
                Console.WriteLine($"| {"NetAnalyzers (all " + net.Length + ")",-50} | {netTime,9:N1} | {Percent(netTime, compile.WallMs),12} | {"",11} |");
                if (!ours.IsEmpty && netTime > 0)
                {
                    Console.WriteLine($"ours / NetAnalyzers execution time: {oursTime / netTime:P2}");
                }
            }

            if (each)
            {
                var noop = results["noop"];
                Console.WriteLine();
                Console.WriteLine($"| {"each rule alone",-50} | {"ms",9} | {"allocated MB over no-op",23} |");
                Console.WriteLine($"|{new string('-', 52)}|{new string('-', 11)}|{new string('-', 25)}|");
                foreach (var analyzer in ours)
                {
                    var alone = Measure(workload, ImmutableArray.Create(analyzer), reps);
                    Console.WriteLine($"| {AnalyzerSets.Name(analyzer),-50} | {alone.TimeMs(analyzer),9:N1} | {alone.AllocatedMb - noop.AllocatedMb,23:N1} |");
                }

                Console.WriteLine();
            }

            var gateMs = GateScanMs(workload);
            Console.WriteLine($"OkxGate text scan of every tree: {gateMs:N2} ms ({Percent(gateMs, compile.WallMs)} of compile)");
            var verdict = ours.IsEmpty
                ? $"{name}: no rules to measure (budget {budget:0.0#%} of compile = {compile.WallMs * budget:N1} ms)"
                : $"{name}: our rules {oursTime:N1} ms = {Percent(oursTime, compile.WallMs)} of compile; in-process; budget {budget:0.0#%} (judged on real builds): {(oursTime <= compile.WallMs * budget ? "MET" : "NOT MET")}";
            verdicts.Add(verdict);
            for (var i = 0; i < probes.Length; i++)
            {
                verdicts.Add($"{name}: {AnalyzerSets.Name(probes[i])}: {probeMs[i]:N1} ms = {Percent(probeMs[i], compile.WallMs)} of compile");
            }

        }

        Console.WriteLine();
        var ide = Workload.CreateIde(lines);
        Console.WriteLine($"## IDE case: semantic analysis of one {Workload.IdeFileLines:N0}-line OKX file ({ide.Focus!.GetText().Lines.Count:N0} lines) in a {ide.Lines:N0}-line compilation");
        var ideReps = Math.Max(reps, 5);
        ide.RunFocus(AnalyzerSets.NoOp);
        var ideNoOp = Measure(ide, AnalyzerSets.NoOp, ideReps, focus: true);
        Console.WriteLine($"no-op analyzer (binding the file + driver): wall {ideNoOp.WallMs:N1} ms, cpu {ideNoOp.CpuMs:N1} ms");
        var ideProbeMs = new double[probes.Length];
        for (var i = 0; i < probes.Length; i++)
        {
            var measured = Measure(ide, ImmutableArray.Create(probes[i]), ideReps, focus: true);
            ideProbeMs[i] = measured.TimeMs(probes[i]);
            Console.WriteLine($"{AnalyzerSets.Name(probes[i])}: {ideProbeMs[i]:N1} ms (wall {measured.WallMs:N1} ms)");
        }

        if (!ours.IsEmpty)
        {
            ide.RunFocus(ours);
            var ideOurs = Measure(ide, ours, ideReps, focus: true);
            var ideTime = ours.Sum(a => ideOurs.TimeMs(a));
            Console.WriteLine($"our rules: wall {ideOurs.WallMs:N1} ms (no-op {ideNoOp.WallMs:N1} ms), execution time {ideTime:N1} ms");
            foreach (var analyzer in ours)
            {
                Console.WriteLine($"  {AnalyzerSets.Name(analyzer)}: {ideOurs.TimeMs(analyzer):N1} ms");
            }

            verdicts.Add($"ide: our rules {ideTime:N1} ms on one {Workload.IdeFileLines:N0}-line file; budget {IdeBudgetMs} ms: {(ideTime <= IdeBudgetMs ? "MET" : "NOT MET")}");
        }
        else
        {
            verdicts.Add($"ide: no rules to measure (budget {IdeBudgetMs} ms); model probe without gate {ideProbeMs[0]:N1} ms, per-tree gate {ideProbeMs[1]:N1} ms");
        }

        Console.WriteLine();
        Console.WriteLine($"load average at end: {LoadAverage()}");
        Console.WriteLine("## Budget");
        foreach (var verdict in verdicts)
        {
            Console.WriteLine("- " + verdict);
        }

        return exitCode;
    }

    private static IEnumerable<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> Sets(
        ImmutableArray<DiagnosticAnalyzer> ours, ImmutableArray<DiagnosticAnalyzer> probes, ImmutableArray<DiagnosticAnalyzer> net)
    {
        yield return ("compile", ImmutableArray<DiagnosticAnalyzer>.Empty);
        yield return ("noop", AnalyzerSets.NoOp);
        if (!ours.IsEmpty)
        {
            yield return ("ours", ours);
        }

        for (var i = 0; i < probes.Length; i++)
        {
            yield return ("probe" + i, ImmutableArray.Create(probes[i]));
        }
        if (!net.IsEmpty)
        {
            yield return ("net", net);
            if (!ours.IsEmpty)
            {
                yield return ("net+ours", net.AddRange(ours));
            }
        }
    }

    private static IEnumerable<(string Key, string Label)> Labels(int ours, int net)
    {
        yield return ("compile", "compile only (GetDiagnostics, no emit)");
        yield return ("noop", "+ a no-op analyzer (the analyzer driver)");
        yield return ("ours", $"+ our analyzers ({ours} rules)");
        for (var i = 0; i < AnalyzerSets.Probes.Length; i++)
        {
            yield return ("probe" + i, "+ " + AnalyzerSets.Name(AnalyzerSets.Probes[i]));
        }
        yield return ("net", $"+ NetAnalyzers ({net})");
        yield return ("net+ours", "+ NetAnalyzers + our analyzers");
    }

    private static Measured Measure(Workload workload, ImmutableArray<DiagnosticAnalyzer> analyzers, int reps, bool focus = false)
    {
        var runs = new List<RunResult>();
        for (var i = 0; i < reps; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            runs.Add(focus ? workload.RunFocus(analyzers) : workload.Run(analyzers));
        }

        return new Measured(runs);
    }

    private static double GateScanMs(Workload workload)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (var tree in workload.Trees)
            {
                OkxSafety.Analyzers.Okx.OkxGate.TextMayContainOkx(tree.GetText(), CancellationToken.None);
            }

            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Ratio(double value, double baseline) => baseline <= 0 ? "-" : (value / baseline).ToString("0.000", CultureInfo.InvariantCulture) + "x";

    private static string Percent(double value, double baseline) => baseline <= 0 ? "-" : (value / baseline).ToString("P3", CultureInfo.InvariantCulture);

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Commit()
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "log", "-1", "--format=%h %s" })
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start);
            var text = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : "unknown";
        }
        catch (Exception)
        {
            return "unknown";
        }
    }

    private sealed class Measured
    {
        private readonly List<RunResult> _runs;

        public Measured(List<RunResult> runs)
        {
            _runs = runs;
        }

        // Best of the repetitions: on a shared machine the noise only ever adds time.
        public double WallMs => Best(_runs.Select(r => r.Elapsed.TotalMilliseconds));

        public double CpuMs => Best(_runs.Select(r => r.Cpu.TotalMilliseconds));

        /// <summary>Median time paused for GC per repetition (it lands in whichever callback allocates at the time).</summary>
        public double GcPauseMs => Median(_runs.Select(r => r.GcPause.TotalMilliseconds));

        public double AllocatedMb => Median(_runs.Select(r => r.AllocatedBytes / (1024.0 * 1024.0)));

        public int Errors => _runs[0].Errors;

        public ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> AllDiagnostics => _runs[0].Diagnostics;

        public double TimeMs(DiagnosticAnalyzer analyzer) => Best(_runs.Select(r => r.AnalyzerTimes.TryGetValue(analyzer, out var t) ? t.TotalMilliseconds : 0));

        public int DiagnosticCount(DiagnosticAnalyzer analyzer)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            return _runs[0].Diagnostics.Count(d => ids.Contains(d.Id));
        }

        private static double Best(IEnumerable<double> values) => values.DefaultIfEmpty(0).Min();

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        }
    }
}
