namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// Builds the package as README's Install step 1 says, running its <c>dotnet pack</c> line as written in a copy of the
/// repository named like the clone (<c>OkxSafety.Analyzers</c>), so the running test build is left alone and the
/// feed lands where README's nuget.config (step 2) points from a project folder beside it.
/// Shared by the test classes of the <see cref="Collection"/> collection: one pack per test run.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Collection = "Packed package";

    private static readonly string[] SkippedDirectories = { "bin", "obj", ".git", ".vs", "TestResults", "BenchmarkDotNet.Artifacts" };

    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("okxsafety-pack-").FullName;
        Repository = Path.Combine(Root, DocumentedSteps.CloneDirectory);
        CopyRepository(RepositoryRoot, Repository);
        Feed = Path.GetFullPath(Path.Combine(Repository, DocumentedSteps.PackOutput));
        PackResult = DotnetCli.RunShell(Repository, null, TimeSpan.FromMinutes(8), DocumentedSteps.PackCommand);
        // Exactly the user's package (OkxSafety.Analyzers.<version>.nupkg), whatever else the solution might pack.
        PackagePath = Directory.Exists(Feed)
            ? Directory.GetFiles(Feed, "OkxSafety.Analyzers.*.nupkg").FirstOrDefault(p => char.IsDigit(Path.GetFileName(p)["OkxSafety.Analyzers.".Length]))
            : null;
    }

    public string Root { get; }

    /// <summary>The copy of the repository the package was packed in (README's clone).</summary>
    public string Repository { get; }

    public string Feed { get; }

    public DotnetCli.Result PackResult { get; }

    public string? PackagePath { get; }

    /// <summary>The version in the package file name (OkxSafety.Analyzers.0.1.0.nupkg → 0.1.0).</summary>
    public string Version => Path.GetFileNameWithoutExtension(PackagePath!).Substring("OkxSafety.Analyzers.".Length);

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "OkxSafety.Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("OkxSafety.Analyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void CopyRepository(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (Array.IndexOf(SkippedDirectories, name) < 0)
            {
                CopyRepository(directory, Path.Combine(destination, name));
            }
        }
    }
}

/// <summary>The package test classes share one <see cref="PackedPackage"/> (and run one after another).</summary>
[CollectionDefinition(PackedPackage.Collection)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
}
