using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// The usual thin verifier over Microsoft.CodeAnalysis.Testing:
/// <c>using VerifyCS = CSharpAnalyzerVerifier&lt;MyAnalyzer&gt;;</c> then
/// <c>await VerifyCS.VerifyAnalyzerAsync(markup, VerifyCS.Diagnostic("OKX001").WithLocation(0).WithArguments("API key"));</c>
/// The project is a net8.0 one with the real packages and the SDK stubs (<see cref="TestReferences"/>).
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    public static DiagnosticResult CompilerError(string errorIdentifier) => DiagnosticResult.CompilerError(errorIdentifier);

    public static DiagnosticResult CompilerWarning(string warningIdentifier) => DiagnosticResult.CompilerWarning(warningIdentifier);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>For richer cases: several documents, .editorconfig, language version, the OKX.Net generation, …</summary>
    public class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            SolutionTransforms.Add((solution, projectId) => IncludeStubs
                ? solution.AddMetadataReferences(projectId, TestReferences.Stubs(ReferenceAssemblies, OkxNet))
                : solution);
        }

        /// <summary>The C# version of the test sources. Default: the latest this Roslyn knows.</summary>
        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        /// <summary>Default: Enable from C# 8 on, Disable before.</summary>
        public NullableContextOptions? NullableContextOptions { get; set; }

        /// <summary>Which OKX.Net / CryptoExchange.Net generation the stubs model (default: the older one).</summary>
        public OkxNetShapes OkxNet { get; set; } = OkxNetShapes.Legacy;

        /// <summary>Reference the OKX.Net / CryptoExchange.Net / CCXT stubs (default true).</summary>
        public bool IncludeStubs { get; set; } = true;

        protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions(base.CreateParseOptions(), LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => TestProject.CompilationOptions(base.CreateCompilationOptions(), LanguageVersion, NullableContextOptions);
    }
}
