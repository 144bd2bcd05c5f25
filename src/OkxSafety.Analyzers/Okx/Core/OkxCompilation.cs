using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Everything a rule needs for one compilation, made once and shared by every rule (docs/architecture.md): the gate,
/// the well-known OKX types, the OKX context, the generated-code answers and the value-origin tracer. A rule gets it
/// from <see cref="Rules.OkxAnalyzer"/>, which asks the gate first and hands the rule nothing when no tree of the
/// compilation can be OKX code.
/// <para>Shared through a table keyed weakly by the compilation (as roslyn-analyzers' well-known-type provider is):
/// every member only caches answers that follow from the compilation, so sharing changes no result, and nothing is kept
/// alive after the compilation. Another host passing other options for the same compilation gets its own instance.</para>
/// </summary>
internal sealed class OkxCompilation
{
    private static readonly ConditionalWeakTable<Compilation, OkxCompilation> s_byCompilation = new();

    private ValueOrigins? _origins;

    private OkxCompilation(Compilation compilation, AnalyzerOptions options)
    {
        Compilation = compilation;
        Options = options;
        Gate = OkxGate.For(compilation);
        Types = OkxTypes.Create(compilation);
        Context = new OkxContext();
        Generated = GeneratedCode.For(compilation, options);
    }

    public Compilation Compilation { get; }

    public AnalyzerOptions Options { get; }

    /// <summary>"May this tree be OKX code at all?" from text (the cheap bail-out).</summary>
    public OkxGate Gate { get; }

    /// <summary>The well-known types, resolved on first use.</summary>
    public OkxTypes Types { get; }

    /// <summary>"Is this OKX code?" for types, methods and texts: the one answer every rule asks.</summary>
    public OkxContext Context { get; }

    /// <summary>"Is this generated code?" as the driver answers it; reports only outside generated code.</summary>
    public GeneratedCode Generated { get; }

    /// <summary>Where values come from (constant, external text, parameter), remembered across rules.</summary>
    public ValueOrigins Origins => _origins ??= ValueOrigins.For(Types);

    /// <summary>The compilation's shared instance (made on the first call, by whichever rule starts first).</summary>
    public static OkxCompilation For(Compilation compilation, AnalyzerOptions options)
    {
        var shared = s_byCompilation.GetValue(compilation, c => new OkxCompilation(c, options));
        return ReferenceEquals(shared.Options, options) ? shared : new OkxCompilation(compilation, options);
    }

    /// <summary>The shared instance, or null when no tree of the compilation can contain OKX code.</summary>
    public static OkxCompilation? ForOkxCode(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken) =>
        OkxGate.For(compilation).AnyTreeMayContainOkx(cancellationToken) ? For(compilation, options) : null;
}
