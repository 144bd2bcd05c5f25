using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// The usual thin verifier over Microsoft.CodeAnalysis.Testing:
/// <c>using VerifyCS = CSharpCodeFixVerifier&lt;MyAnalyzer, MyCodeFix&gt;;</c> then
/// <c>await VerifyCS.VerifyCodeFixAsync(markup, fixedMarkup);</c> (the library also checks FixAll in document,
/// project and solution scope). The project is the one of <see cref="CSharpAnalyzerVerifier{TAnalyzer}"/>.
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static DiagnosticResult CompilerError(string errorIdentifier) => DiagnosticResult.CompilerError(errorIdentifier);

    public static DiagnosticResult CompilerWarning(string warningIdentifier) => DiagnosticResult.CompilerWarning(warningIdentifier);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
        => VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>For richer cases: several documents, FixAll scopes, equivalence keys, .editorconfig, …</summary>
    public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;

            // OKX001 and OKX002 report some findings at the end of a type (RegisterSymbolStartAction: a member
            // written in one place and sent in another), which Roslyn counts as non-local diagnostics; on Roslyn 5.x
            // the library's check also flags most of OKX002's. It refuses fixes for those unless told; the fixes are
            // real (the IDE offers them once the diagnostics are computed, dotnet format applies them).
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            SolutionTransforms.Add((solution, projectId) => IncludeStubs
                ? solution.AddMetadataReferences(projectId, TestReferences.Stubs(ReferenceAssemblies, OkxNet))
                : solution);
        }

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Test.LanguageVersion"/>
        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Test.NullableContextOptions"/>
        public NullableContextOptions? NullableContextOptions { get; set; }

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Test.OkxNet"/>
        public OkxNetShapes OkxNet { get; set; } = OkxNetShapes.Legacy;

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Test.IncludeStubs"/>
        public bool IncludeStubs { get; set; } = true;

        protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions(base.CreateParseOptions(), LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => TestProject.CompilationOptions(base.CreateCompilationOptions(), LanguageVersion, NullableContextOptions);
    }
}
