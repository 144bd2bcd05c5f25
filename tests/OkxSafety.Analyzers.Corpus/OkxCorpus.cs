using System;
using System.Collections.Generic;
using System.IO;

namespace OkxSafety.Analyzers.Corpus;

/// <summary>One generated C# source file.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// Generates C# corpora for the benchmarks and the robustness tests. Deterministic for a seed.
/// <para>OKX-dense: realistic OKX v5 client code in many styles (signed HttpClient requests with request headers,
/// DefaultRequestHeaders, header dictionaries and a DelegatingHandler; HMACSHA256 signing; credentials from the
/// environment, files, the console and JSON; response envelopes read with JsonDocument and JsonSerializer; the
/// x-simulated-trading demo header; WebSocket login), mostly correct, with about one site in twenty carrying one of
/// the five mistakes the rules look for (hard-coded credential, untrimmed environment variable, missing passphrase
/// header, "true" as x-simulated-trading, data read without a code check). A second flavour uses
/// Microsoft.Extensions.Configuration, OKX.Net and CCXT shapes, declared as stubs in the corpus itself (one file,
/// Stubs/ThirdPartyShapes.cs), in their real namespaces.</para>
/// <para>OKX-free: the same amount of ordinary business code (services, LINQ, records, HttpClient to other hosts,
/// JSON) in which none of okx, okex, ok-access- or /api/v5/ appears.</para>
/// Every file compiles against the .NET reference assemblies (net10.0) with no errors; the corpus as a whole too.
/// </summary>
public static class OkxCorpus
{
    /// <summary>Files of about <paramref name="approximateLines"/> lines in total (at least one file).</summary>
    public static IReadOnlyList<CorpusFile> Generate(int seed, int approximateLines, bool okxDense)
    {
        var random = new Random(seed);
        var files = new List<CorpusFile>();
        var lines = 0;
        if (okxDense)
        {
            var stubs = ThirdPartyStubs.Text;
            files.Add(new CorpusFile("Stubs/ThirdPartyShapes.cs", stubs));
            lines += CountLines(stubs);
        }

        var index = 0;
        while (lines < approximateLines || files.Count == 0)
        {
            var target = Math.Min(Math.Max(approximateLines - lines, 60), 220 + random.Next(260));
            var file = okxDense
                ? new DenseWriter(random, index, allowStubs: true).File(target)
                : new BusinessWriter(random, index).File(target);
            files.Add(file);
            lines += CountLines(file.Text);
            index++;
        }

        return files;
    }

    /// <summary>
    /// One file of about <paramref name="approximateLines"/> lines (the IDE case: one big file being edited). The
    /// OKX-dense file does not use the third-party stubs, so it compiles on its own.
    /// </summary>
    public static CorpusFile GenerateSingleFile(int seed, int approximateLines, bool okxDense)
    {
        var random = new Random(seed);
        return okxDense
            ? new DenseWriter(random, 900 + random.Next(99), allowStubs: false).File(approximateLines)
            : new BusinessWriter(random, 900 + random.Next(99)).File(approximateLines);
    }

    /// <summary>Total line count of the files.</summary>
    public static int CountLines(IReadOnlyList<CorpusFile> files)
    {
        var total = 0;
        foreach (var file in files)
        {
            total += CountLines(file.Text);
        }

        return total;
    }

    public static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The reference assemblies of the running .NET (the shared framework's assemblies from the trusted platform
    /// assemblies), to compile the corpus against. Only System.*, Microsoft.* framework files, netstandard and
    /// mscorlib, from the directory of System.Private.CoreLib.
    /// </summary>
    public static IReadOnlyList<string> FrameworkAssemblyPaths()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var result = new List<string>();
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string tpa)
        {
            return result;
        }

        foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(path);
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}
