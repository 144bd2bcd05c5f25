using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>
/// The analyzer configuration a default SDK build hands the compiler, applied to the in-process compilations so that
/// NetAnalyzers run as they do in <c>dotnet build</c>: the SDK's analysis-level globalconfig
/// (<c>&lt;sdk&gt;/Sdks/Microsoft.NET.Sdk/analyzers/build/config/analysislevel_&lt;N&gt;_default.globalconfig</c>, N the
/// SDK's major version: what a net10.0 project with no AnalysisLevel/AnalysisMode gets as <c>/analyzerconfig</c>) and
/// the <c>build_property.*</c> values of the generated <c>GeneratedMSBuildEditorConfig.editorconfig</c> (target
/// framework, supported platforms…), which some NetAnalyzers read. Its severities reach the analyzer driver as the
/// compilation's <see cref="SyntaxTreeOptionsProvider"/> (an analyzer whose every rule is <c>none</c> does not run),
/// its values as the <see cref="AnalyzerConfigOptionsProvider"/>.
/// </summary>
internal static class SdkAnalysisConfig
{
    private static readonly Lazy<Loaded> LazyLoaded = new(Load);

    public static SyntaxTreeOptionsProvider SyntaxTreeOptions => LazyLoaded.Value.TreeOptions;

    public static AnalyzerConfigOptionsProvider AnalyzerConfigOptions => LazyLoaded.Value.Options;

    /// <summary>Which globalconfig was applied, and how many rules it sets to none (for the benchmark's header).</summary>
    public static string Description => LazyLoaded.Value.Description;

    private sealed record Loaded(SyntaxTreeOptionsProvider TreeOptions, AnalyzerConfigOptionsProvider Options, string Description);

    private static Loaded Load()
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
        string description;
        var analyzers = AnalyzerSets.FindSdkAnalyzerDirectory();
        var sdkVersion = analyzers is null ? null : new DirectoryInfo(analyzers).Parent!.Parent!.Parent!.Name;
        var major = sdkVersion?.Split('.')[0];
        var path = analyzers is null ? null : Path.Combine(analyzers, "build", "config", $"analysislevel_{major}_default.globalconfig");
        if (path is not null && File.Exists(path))
        {
            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
            description = path;
        }
        else
        {
            description = "no SDK analysis-level globalconfig found (NetAnalyzers run with their descriptors' default severities)";
        }

        // As the SDK's GeneratedMSBuildEditorConfig.editorconfig writes them for a net10.0 class library.
        configs.Add(AnalyzerConfig.Parse(
            $"""
            is_global = true
            build_property.TargetFramework = net{Environment.Version.Major}.0
            build_property.TargetFrameworkIdentifier = .NETCoreApp
            build_property.TargetFrameworkVersion = v{Environment.Version.Major}.0
            build_property._SupportedPlatformList = Linux,macOS,Windows
            build_property.EffectiveAnalysisLevelStyle = {Environment.Version.Major}.0
            build_property.RootNamespace = Corpus
            build_property.ProjectDir = /corpus/
            """,
            "/corpus/obj/Corpus.GeneratedMSBuildEditorConfig.editorconfig"));

        var set = new CachedSet(AnalyzerConfigSet.Create(configs.ToImmutable()));
        var global = set.Global;
        var disabled = global.TreeOptions.Count(pair => pair.Value == ReportDiagnostic.Suppress);
        description += $" ({global.TreeOptions.Count} rule severities, {disabled} set to none) + the build_property values of a net{Environment.Version.Major}.0 build";
        return new Loaded(new TreeOptionsProvider(set), new OptionsProvider(set), description);
    }

    /// <summary>The set's results, computed once per file path (the driver asks for them on every callback).</summary>
    private sealed class CachedSet
    {
        private readonly AnalyzerConfigSet _set;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

        public CachedSet(AnalyzerConfigSet set)
        {
            _set = set;
            Global = set.GlobalConfigOptions;
        }

        public AnalyzerConfigOptionsResult Global { get; }

        public AnalyzerConfigOptionsResult For(string path) => _byPath.GetOrAdd(path, p => _set.GetOptionsForSourcePath(p));
    }

    /// <summary>Severities: the tree's own (none here: the configs are global), then the global ones.</summary>
    private sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly CachedSet _set;

        public TreeOptionsProvider(CachedSet set)
        {
            _set = set;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.For(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.Global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly CachedSet _set;
        private readonly Options _global;

        public OptionsProvider(CachedSet set)
        {
            _set = set;
            _global = new Options(set.Global.AnalyzerOptions, ImmutableDictionary<string, string>.Empty);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            new Options(_set.For(tree.FilePath).AnalyzerOptions, _set.Global.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(_set.For(textFile.Path).AnalyzerOptions, _set.Global.AnalyzerOptions);
    }

    /// <summary>A file's options over the global ones.</summary>
    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _own;
        private readonly ImmutableDictionary<string, string> _global;

        public Options(ImmutableDictionary<string, string> own, ImmutableDictionary<string, string> global)
        {
            _own = own;
            _global = global;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            _own.TryGetValue(key, out value) || _global.TryGetValue(key, out value);
    }
}
