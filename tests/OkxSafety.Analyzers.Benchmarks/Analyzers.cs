using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>The analyzer sets the benchmarks compare.</summary>
internal static class AnalyzerSets
{
    /// <summary>Every rule the package ships: non-abstract DiagnosticAnalyzer subclasses with [DiagnosticAnalyzer] for C#.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ours { get; } = DiscoverOurs();

    /// <summary>Stand-ins for rules while they are not merged: the shared OKX model asked everywhere, without and with the gate.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Probes { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ModelProbeAnalyzer(ProbeMode.NoGate),
        new ModelProbeAnalyzer(ProbeMode.TreeGate),
        new ModelProbeAnalyzer(ProbeMode.CompilationGate),
        new ModelProbeAnalyzer(ProbeMode.EmptyCallbacks),
        new ModelProbeAnalyzer(ProbeMode.OneDiagnosticPerFile));

    /// <summary>An analyzer that does nothing on each semantic model: what running any semantic analyzer costs (binding, the driver), paid anyway in an SDK build.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NoOp { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());

    private static readonly Lazy<(ImmutableArray<DiagnosticAnalyzer> Analyzers, string Description)> LazyNet = new(LoadNetAnalyzers);

    /// <summary>The SDK's built-in code-quality analyzers (Microsoft.CodeAnalysis.NetAnalyzers), as a default build runs them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers => LazyNet.Value.Analyzers;

    public static string NetAnalyzersDescription => LazyNet.Value.Description;

    public static string Name(DiagnosticAnalyzer analyzer) => analyzer switch
    {
        ModelProbeAnalyzer probe => probe.Mode switch
        {
            ProbeMode.NoGate => "probe: OKX model, no gate",
            ProbeMode.TreeGate => "probe: OKX model, per-tree gate in each callback",
            ProbeMode.CompilationGate => "probe: OKX model, compilation gate at start",
            ProbeMode.OneDiagnosticPerFile => "probe: one diagnostic in each file (driver's check)",
            _ => "probe: empty callbacks (registration floor)",
        },
        _ => analyzer.GetType().Name + " (" + string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct()) + ")",
    };

    private static ImmutableArray<DiagnosticAnalyzer> DiscoverOurs()
    {
        var assembly = typeof(OkxContext).Assembly;
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return types
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    private static (ImmutableArray<DiagnosticAnalyzer>, string) LoadNetAnalyzers()
    {
        var directory = FindSdkAnalyzerDirectory();
        if (directory is null)
        {
            return (ImmutableArray<DiagnosticAnalyzer>.Empty, "NetAnalyzers not found under the SDK");
        }

        var loader = new DirectoryLoader();
        var builder = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var failures = new List<string>();
        foreach (var file in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var path = Path.Combine(directory, file);
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add(file + ": " + e.ErrorCode + " " + e.Message);
            builder.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        var description = $"{builder.Count} analyzers from {directory}";
        if (failures.Count > 0)
        {
            description += $" ({failures.Count} load failures: {string.Join("; ", failures.Take(2))})";
        }

        return (builder.ToImmutable(), description);
    }

    /// <summary>The running SDK's analyzers folder: &lt;dotnet root&gt;/sdk/&lt;newest&gt;/Sdks/Microsoft.NET.Sdk/analyzers.</summary>
    internal static string? FindSdkAnalyzerDirectory()
    {
        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var candidates = new List<string>();
        foreach (var dotnetRoot in new[] { root, Environment.GetEnvironmentVariable("DOTNET_ROOT"), "/usr/share/dotnet", "/usr/lib/dotnet" })
        {
            if (dotnetRoot is null || !Directory.Exists(Path.Combine(dotnetRoot, "sdk")))
            {
                continue;
            }

            foreach (var sdk in Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk")))
            {
                var analyzers = Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers");
                if (File.Exists(Path.Combine(analyzers, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
                {
                    candidates.Add(analyzers);
                }
            }

            if (candidates.Count > 0)
            {
                break;
            }
        }

        return candidates
            .OrderByDescending(c => Version.TryParse(new DirectoryInfo(c).Parent!.Parent!.Parent!.Name.Split('-')[0], out var v) ? v : new Version(0, 0))
            .FirstOrDefault();
    }

    private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>A semantic-model action that does nothing: the binding and driver cost any semantic analyzer brings (paid anyway in an SDK build, where NetAnalyzers run).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("BENCH000", "no-op", "no-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSemanticModelAction(_ => { });
    }
}

/// <summary>
/// A stand-in for the rules before they are merged: on every operation a credential sink or a header write can be,
/// asks the shared model everything a rule would (CredentialSinks.Collect with named members, which runs HeaderWrites
/// and OkxContext, then ValueOrigins.Trace on each sink). Reports nothing. Modes: no gate; OkxGate.MayContainOkx
/// first in each callback; OkxGate.AnyTreeMayContainOkx at compilation start (registers nothing when false; then the
/// per-tree gate in each callback); empty callbacks on the same operation kinds (the cost of merely registering); one
/// diagnostic reported in each file (what the driver does for any reported diagnostic: its generated-code check walks
/// the file's tokens once, looking for [GeneratedCode]).
/// </summary>
internal enum ProbeMode
{
    NoGate,
    TreeGate,
    CompilationGate,
    EmptyCallbacks,
    OneDiagnosticPerFile,
}

/// <summary>The model probe (see <see cref="ProbeMode"/>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ModelProbeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("BENCH001", "probe", "probe", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public ModelProbeAnalyzer(ProbeMode mode)
    {
        Mode = mode;
    }

    public ProbeMode Mode { get; }

    public int SinksFound;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (Mode == ProbeMode.OneDiagnosticPerFile)
            {
                start.RegisterSemanticModelAction(model => model.ReportDiagnostic(
                    Diagnostic.Create(Descriptor, Location.Create(model.SemanticModel.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)))));
                return;
            }

            if (Mode == ProbeMode.EmptyCallbacks)
            {
                start.RegisterOperationAction(_ => { }, CredentialSinks.OperationKinds);
                return;
            }

            var gate = Mode is ProbeMode.TreeGate or ProbeMode.CompilationGate ? OkxGate.Create(start.Compilation) : null;
            if (Mode == ProbeMode.CompilationGate && !gate!.AnyTreeMayContainOkx(start.CancellationToken))
            {
                return;
            }

            var types = OkxTypes.Create(start.Compilation);
            var okxContext = new OkxContext();
            var origins = new ValueOrigins(types);
            start.RegisterOperationAction(
                operation =>
                {
                    if (gate is not null && !gate.MayContainOkx(operation.Operation.Syntax.SyntaxTree, operation.CancellationToken))
                    {
                        return;
                    }

                    var sinks = new List<CredentialSink>();
                    CredentialSinks.Collect(operation.Operation, operation.ContainingSymbol, types, okxContext, includeNamedMembers: true, extraNames: null, sinks, operation.CancellationToken);
                    foreach (var sink in sinks)
                    {
                        origins.Trace(sink.Value, operation.CancellationToken);
                    }

                    if (sinks.Count > 0)
                    {
                        Interlocked.Add(ref SinksFound, sinks.Count);
                    }
                },
                CredentialSinks.OperationKinds);
        });
    }
}
