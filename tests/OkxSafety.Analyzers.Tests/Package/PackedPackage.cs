namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>
/// Packs the solution once per test run, as a user would (<c>dotnet pack OkxSafety.Analyzers.sln -c Release -o DIR</c>),
/// from a copy of the repository so the running test build is left alone.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", ".git", ".vs", "TestResults", "BenchmarkDotNet.Artifacts" };

    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("okxsafety-pack-").FullName;
        var repository = Path.Combine(Root, "repo");
        CopyRepository(RepositoryRoot, repository);
        Feed = Path.Combine(Root, "feed");
        PackResult = DotnetCli.Run(repository, null, TimeSpan.FromMinutes(8), "pack", "OkxSafety.Analyzers.sln", "-c", "Release", "-o", Feed);
        // Exactly the user's package (OkxSafety.Analyzers.<version>.nupkg), whatever else the solution might pack.
        PackagePath = Directory.Exists(Feed)
            ? Directory.GetFiles(Feed, "OkxSafety.Analyzers.*.nupkg").FirstOrDefault(p => char.IsDigit(Path.GetFileName(p)["OkxSafety.Analyzers.".Length]))
            : null;
    }

    public string Root { get; }

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
