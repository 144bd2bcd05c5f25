using System.Diagnostics;
using System.Text;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>Runs the dotnet CLI the way a user would, with a time limit and the output kept for assertions.</summary>
public static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, workingDirectory, environment, timeout, "dotnet " + string.Join(' ', arguments));
    }

    /// <summary>
    /// Runs a command line exactly as a document writes it (README, docs/ci.md), through bash as a CI runner's
    /// <c>run:</c> step or a user's terminal would: quotes, <c>$PWD</c> and <c>%2C</c> escapes included.
    /// </summary>
    public static Result RunShell(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, string commandLine)
    {
        var start = new ProcessStartInfo("bash");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        return Run(start, workingDirectory, environment, timeout, commandLine);
    }

    private static Result Run(ProcessStartInfo start, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, string description)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        // A nested build must not reuse the test run's MSBuild nodes or inherit its test-host variables.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("PWD"); // bash sets it from the working directory
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{description} did not finish within {timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }
}
