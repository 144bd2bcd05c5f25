using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// The references of a test project, as a user's project has them: a target framework's reference assemblies
/// and the real packages (resolved through NuGet by Microsoft.CodeAnalysis.Testing, cached under the temp
/// folder), plus the <see cref="Stubs"/> for the SDKs the registry does not serve. The rule tests get these
/// through the verifiers' <c>Test</c> classes; model, robustness and corpus tests that build a compilation of
/// their own use <see cref="Framework"/> and <see cref="Libraries"/>.
/// </summary>
public static class TestReferences
{
    /// <summary>The packages every test project references (net8.0 and later: System.Text.Json is in the framework).</summary>
    private static readonly ImmutableArray<PackageIdentity> s_packages = ImmutableArray.Create(
        Package("Newtonsoft.Json", "13.0.3"),
        Package("RestSharp", "112.1.0"),
        Package("Flurl.Http", "4.0.2"),
        Package("Microsoft.Extensions.Configuration", "8.0.0"),
        Package("Microsoft.Extensions.Configuration.Json", "8.0.0"),
        Package("Microsoft.Extensions.Configuration.EnvironmentVariables", "8.0.0"),
        Package("Microsoft.Extensions.Configuration.Binder", "8.0.0"),
        Package("Microsoft.Extensions.Options.ConfigurationExtensions", "8.0.0"),
        Package("Microsoft.Extensions.DependencyInjection", "8.0.0"),
        Package("Microsoft.Extensions.Http", "8.0.0"),
        Package("Microsoft.Extensions.Logging", "8.0.0"));

    private static readonly Lazy<ReferenceAssemblies> s_net80 = new(() => Warm(ReferenceAssemblies.Net.Net80.AddPackages(s_packages)));
    private static readonly Lazy<ReferenceAssemblies> s_netStandard20 = new(() => Warm(ReferenceAssemblies.NetStandard.NetStandard20
        .AddPackages(s_packages.Add(Package("System.Text.Json", "8.0.5")))));
    private static readonly Lazy<ReferenceAssemblies> s_net472 = new(() => Warm(ReferenceAssemblies.NetFramework.Net472.Default
        .AddPackages(s_packages.Add(Package("System.Text.Json", "8.0.5")))));

    /// <summary>A net8.0 project with the packages: the default of every rule test.</summary>
    public static ReferenceAssemblies Net80 => s_net80.Value;

    /// <summary>A netstandard2.0 library with the packages and System.Text.Json.</summary>
    public static ReferenceAssemblies NetStandard20 => s_netStandard20.Value;

    /// <summary>A .NET Framework 4.7.2 project with the packages and System.Text.Json.</summary>
    public static ReferenceAssemblies Net472 => s_net472.Value;

    private static readonly ConcurrentDictionary<(ReferenceAssemblies, OkxNetShapes), Lazy<Task<ImmutableArray<MetadataReference>>>> s_stubs = new();
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(() => Resolve(Warm(ReferenceAssemblies.Net.Net80)));
    private static readonly object s_warmLock = new();
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_libraries = new(LoadLibraries);

    /// <summary>The net8.0 reference assemblies alone (no packages, no stubs).</summary>
    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

    /// <summary>What a net8.0 project adds to <see cref="Framework"/>: the packages and the (legacy OKX.Net) stubs.</summary>
    public static ImmutableArray<MetadataReference> Libraries => s_libraries.Value;

    /// <summary>The old harness's name for <see cref="Libraries"/> (now the packages as well as the stubs), kept for tests written against it.</summary>
    public static ImmutableArray<MetadataReference> StubAssemblies => Libraries;

    /// <summary>Everything a project on <paramref name="referenceAssemblies"/> references: framework, packages and (optionally) the stubs.</summary>
    public static ImmutableArray<MetadataReference> All(ReferenceAssemblies referenceAssemblies, bool includeStubs = true, OkxNetShapes shapes = OkxNetShapes.Legacy)
    {
        var resolved = Resolve(referenceAssemblies);
        return includeStubs ? resolved.AddRange(Stubs(referenceAssemblies, shapes)) : resolved;
    }

    /// <summary>The stub assemblies compiled against <paramref name="referenceAssemblies"/> (once per set and generation).</summary>
    public static ImmutableArray<MetadataReference> Stubs(ReferenceAssemblies referenceAssemblies, OkxNetShapes shapes)
        => Block(() => StubsAsync(referenceAssemblies, shapes, CancellationToken.None));

    public static Task<ImmutableArray<MetadataReference>> StubsAsync(ReferenceAssemblies referenceAssemblies, OkxNetShapes shapes, CancellationToken cancellationToken)
        => s_stubs.GetOrAdd(
            (referenceAssemblies, shapes),
            key => new Lazy<Task<ImmutableArray<MetadataReference>>>(() => CompileStubsAsync(key.Item1, key.Item2))).Value;

    /// <summary>Compiles sources to an in-memory assembly; throws when the compiler reports errors or warnings.</summary>
    public static MetadataReference Compile(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> references)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"/stubs/{assemblyName}/{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is null)
        {
            // What the real libraries' netstandard2.0 / net4x builds carry for records and init accessors.
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }", parseOptions, path: $"/stubs/{assemblyName}/IsExternalInit.cs"));
        }

        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToArray();
        if (!result.Success || problems.Length > 0)
        {
            throw new InvalidOperationException(
                $"Stub assembly '{assemblyName}' does not compile cleanly:{Environment.NewLine}" +
                string.Join(Environment.NewLine, problems.Select(d => "  " + d)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
    }

    private static ImmutableArray<MetadataReference> LoadLibraries()
    {
        var framework = new HashSet<string?>(Framework.Select(reference => reference.Display), StringComparer.Ordinal);
        return Resolve(Net80).Where(reference => !framework.Contains(reference.Display)).ToImmutableArray()
            .AddRange(Stubs(Net80, OkxNetShapes.Legacy));
    }

    private static async Task<ImmutableArray<MetadataReference>> CompileStubsAsync(ReferenceAssemblies referenceAssemblies, OkxNetShapes shapes)
    {
        var framework = await referenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        var stubs = Verifiers.Stubs.For(shapes);
        foreach (var stub in stubs)
        {
            compiled[stub.AssemblyName] = Compile(stub.AssemblyName, new[] { stub.Source }, framework.AddRange(stub.References.Select(name => compiled[name])));
        }

        return stubs.Select(stub => compiled[stub.AssemblyName]).ToImmutableArray();
    }

    /// <summary>
    /// Resolves a reference set once before any test sees it: tests that resolve the same set concurrently while its
    /// packages are first downloaded can otherwise get an incomplete set (seen as a missing RestSharp or System.Text.Json).
    /// Static state of the tests only (the analyzers keep none): a cache of immutable reference sets.
    /// </summary>
    private static ReferenceAssemblies Warm(ReferenceAssemblies referenceAssemblies)
    {
        // One at a time: the sets share packages (the same Microsoft.Extensions package for several frameworks).
        lock (s_warmLock)
        {
            _ = Resolve(referenceAssemblies);
        }

        return referenceAssemblies;
    }

    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies referenceAssemblies)
        => Block(() => referenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    /// <summary>Waits outside xunit's synchronization context, so a resolution started here cannot deadlock on it.</summary>
    private static ImmutableArray<MetadataReference> Block(Func<Task<ImmutableArray<MetadataReference>>> start)
        => Task.Run(start).GetAwaiter().GetResult();

    private static PackageIdentity Package(string id, string version) => new(id, version);
}
