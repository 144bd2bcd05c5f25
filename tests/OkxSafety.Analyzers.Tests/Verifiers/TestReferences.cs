using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>Metadata references for test compilations: the running runtime's framework and the compiled stubs.</summary>
public static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(LoadFramework);
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_stubs = new(CompileStubs);
    private static readonly ConcurrentDictionary<string, Lazy<MetadataReference>> s_extraStubs = new(StringComparer.Ordinal);
    private static int s_extraStubCounter;

    /// <summary>
    /// The shared framework assemblies among AppContext's TRUSTED_PLATFORM_ASSEMBLIES (those beside
    /// System.Private.CoreLib), so the test host's own packages (xunit, Roslyn, …) do not leak into test code.
    /// </summary>
    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

    /// <summary>Every <see cref="Stubs.All"/> assembly, compiled once.</summary>
    public static ImmutableArray<MetadataReference> StubAssemblies => s_stubs.Value;

    /// <summary>
    /// Compiles extra stub sources into one assembly (cached by content) that references the framework and the
    /// standard stubs. Fails on any compiler error or warning in the stubs.
    /// </summary>
    public static MetadataReference CompileAdditionalStubs(IReadOnlyList<string> sources)
    {
        var key = string.Join("\0\u0001\0", sources);
        return s_extraStubs.GetOrAdd(
            key,
            _ => new Lazy<MetadataReference>(() => Compile(
                "TestStubs.Additional" + Interlocked.Increment(ref s_extraStubCounter),
                sources,
                Framework.AddRange(StubAssemblies)))).Value;
    }

    /// <summary>Compiles sources to an in-memory assembly; throws when the compiler reports errors or warnings.</summary>
    public static MetadataReference Compile(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> references)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"/stubs/{assemblyName}/{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToArray();
        if (!result.Success || problems.Length > 0)
        {
            throw new InvalidOperationException(
                $"Stub assembly '{assemblyName}' does not compile cleanly:{Environment.NewLine}" +
                string.Join(Environment.NewLine, problems.Select(d => "  " + d)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("AppContext has no TRUSTED_PLATFORM_ASSEMBLIES: the tests must run on .NET (Core).");
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("Cannot locate the shared framework directory.");

        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                || !HasMetadata(path))
            {
                continue;
            }

            builder.Add(MetadataReference.CreateFromFile(path));
        }

        return builder.ToImmutable();
    }

    private static bool HasMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static ImmutableArray<MetadataReference> CompileStubs()
    {
        var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        foreach (var stub in Stubs.All)
        {
            var references = Framework.AddRange(stub.References.Select(name => compiled[name]));
            compiled[stub.AssemblyName] = Compile(stub.AssemblyName, new[] { stub.Source }, references);
        }

        return Stubs.All.Select(stub => compiled[stub.AssemblyName]).ToImmutableArray();
    }
}
