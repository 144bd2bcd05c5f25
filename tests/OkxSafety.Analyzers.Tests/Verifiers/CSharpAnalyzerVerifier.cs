using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// Analyzer verifier, shaped like the Microsoft.CodeAnalysis.Testing template:
/// <c>using VerifyCS = CSharpAnalyzerVerifier&lt;MyAnalyzer&gt;;</c> then
/// <c>await VerifyCS.VerifyAnalyzerAsync(markup, VerifyCS.Diagnostic("OKX001").WithLocation(0).WithArguments("API key"));</c>
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's single supported descriptor.</summary>
    public static DiagnosticResult Diagnostic()
    {
        var supported = new TAnalyzer().SupportedDiagnostics;
        if (supported.Length != 1)
        {
            throw new InvalidOperationException($"Diagnostic() needs an analyzer with exactly one supported diagnostic; {typeof(TAnalyzer).Name} has {supported.Length}. Use Diagnostic(id).");
        }

        return new DiagnosticResult(supported[0]);
    }

    /// <summary>A diagnostic of the analyzer's descriptor with this id.</summary>
    public static DiagnosticResult Diagnostic(string diagnosticId)
    {
        var matches = new TAnalyzer().SupportedDiagnostics.Where(d => d.Id == diagnosticId).ToArray();
        if (matches.Length != 1)
        {
            throw new InvalidOperationException($"Diagnostic(\"{diagnosticId}\"): {typeof(TAnalyzer).Name} supports {matches.Length} descriptor(s) with this id.");
        }

        return new DiagnosticResult(matches[0]);
    }

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static DiagnosticResult CompilerError(string errorIdentifier) => DiagnosticResult.CompilerError(errorIdentifier);

    public static DiagnosticResult CompilerWarning(string warningIdentifier) => DiagnosticResult.CompilerWarning(warningIdentifier);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>For richer cases: several documents, .editorconfig, language version, stubs, …</summary>
    public class Test : CSharpAnalyzerTest<TAnalyzer>
    {
    }
}
