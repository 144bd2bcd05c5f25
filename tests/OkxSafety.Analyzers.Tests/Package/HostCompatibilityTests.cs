using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OkxSafety.Analyzers.CodeFixes;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// The package claims every host with Roslyn 4.5 or later (VS 2022 17.5+, Rider, SDK 7.0.2xx+). A host loads an
/// analyzer only if it can bind every assembly the analyzer references, at that version or lower, so both assemblies
/// may reference only what a Roslyn 4.5 host itself ships, at most at the versions it ships.
/// </summary>
public sealed class HostCompatibilityTests
{
    /// <summary>
    /// What a Roslyn 4.5 host provides (Microsoft.CodeAnalysis 4.5.0's dependencies and Workspaces 4.5.0's), as
    /// assembly versions. A name not listed here is a dependency the package would have to ship: also a failure.
    /// </summary>
    private static readonly Dictionary<string, Version> Roslyn45Host = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 5, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 5, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 5, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 5, 0, 0),
        ["System.Collections.Immutable"] = new(6, 0, 0, 0),        // package 6.0.0
        ["System.Reflection.Metadata"] = new(6, 0, 0, 0),          // package 6.0.1
        ["System.Memory"] = new(4, 0, 1, 2),                       // package 4.5.5
        ["System.Buffers"] = new(4, 0, 3, 0),                      // package 4.5.1
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),             // package 4.5.0
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),   // package 4.5.4
        ["System.Text.Encoding.CodePages"] = new(6, 0, 0, 0),
        ["System.Composition.AttributedModel"] = new(6, 0, 0, 0),  // Workspaces 4.5 ships System.Composition 6.0
        ["System.Composition.Convention"] = new(6, 0, 0, 0),
        ["System.Composition.Hosting"] = new(6, 0, 0, 0),
        ["System.Composition.Runtime"] = new(6, 0, 0, 0),
        ["System.Composition.TypedParts"] = new(6, 0, 0, 0),
        ["System.IO.Pipelines"] = new(6, 0, 0, 3),                 // package 6.0.3
        ["System.Threading.Channels"] = new(6, 0, 0, 0),
    };

    public static TheoryData<string> PackagedAssemblies() => new()
    {
        typeof(Descriptors).Assembly.Location,
        typeof(HardcodedCredentialCodeFixProvider).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(PackagedAssemblies))]
    public void References_nothing_newer_than_a_Roslyn_4_5_host_provides(string assemblyPath)
    {
        var problems = References(assemblyPath)
            .Select(reference => Problem(reference.Name, reference.Version))
            .Where(problem => problem is not null)
            .ToList();

        Assert.True(problems.Count == 0, Path.GetFileName(assemblyPath) + ":\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_code_fixes_reference_no_System_Composition()
    {
        // [Shared] is optional for a code fix loaded from an analyzer reference; without it there is no MEF dependency.
        var names = References(typeof(HardcodedCredentialCodeFixProvider).Assembly.Location).Select(r => r.Name);
        Assert.DoesNotContain(names, name => name.StartsWith("System.Composition", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("System.Composition.AttributedModel", "8.0.0.0")] // what the first package referenced
    [InlineData("System.Collections.Immutable", "8.0.0.0")]
    [InlineData("Microsoft.CodeAnalysis", "4.8.0.0")]
    [InlineData("Newtonsoft.Json", "13.0.0.0")]                  // not in a host at all
    public void The_check_rejects_what_a_Roslyn_4_5_host_cannot_bind(string name, string version)
    {
        Assert.NotNull(Problem(name, Version.Parse(version)));
    }

    [Theory]
    [InlineData("System.Collections.Immutable", "6.0.0.0")]
    [InlineData("Microsoft.CodeAnalysis", "4.5.0.0")]
    [InlineData("Microsoft.CodeAnalysis.CSharp", "4.0.0.0")]
    [InlineData("OkxSafety.Analyzers", "0.1.0.0")]
    public void The_check_accepts_what_a_Roslyn_4_5_host_binds(string name, string version)
    {
        Assert.Null(Problem(name, Version.Parse(version)));
    }

    internal static string? Problem(string name, Version version)
    {
        if (name == "OkxSafety.Analyzers")
        {
            return null; // shipped beside the code fixes in analyzers/dotnet/cs
        }

        if (!Roslyn45Host.TryGetValue(name, out var provided))
        {
            return $"{name} {version}: not provided by a Roslyn 4.5 host (the package ships no dependencies)";
        }

        return version > provided ? $"{name} {version}: a Roslyn 4.5 host provides {provided}" : null;
    }

    internal static List<(string Name, Version Version)> References(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var references = new List<(string, Version)>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            references.Add((metadata.GetString(reference.Name), reference.Version));
        }

        Assert.NotEmpty(references);
        return references;
    }
}
