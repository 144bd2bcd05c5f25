using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OkxSafety.Analyzers.Benchmarks;

// --real-build: pack the package, build generated consumer projects with the SDK (docs/performance.md, "Real builds").
// --quick: one fast pass with the ratio table and the budget verdicts (what docs/performance.md quotes).
// Otherwise: BenchmarkDotNet (in-process, short runs); arguments go to BenchmarkSwitcher (e.g. --filter *Ide*).
if (args.Contains("--real-build"))
{
    return RealBuild.Run(args);
}

if (args.Contains("--profile"))
{
    return ProfileRun.Run(args);
}

if (args.Contains("--quick"))
{
    return QuickRun.Run(args);
}

var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var switcherArgs = args.Length == 0 ? new[] { "--filter", "*" } : args;
BenchmarkSwitcher.FromTypes(new[] { typeof(CompileBenchmarks), typeof(RuleBenchmarks), typeof(IdeBenchmarks) }).Run(switcherArgs, config);
return 0;
