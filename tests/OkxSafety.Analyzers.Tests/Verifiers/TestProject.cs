using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// The project settings the verifiers' <c>Test</c> classes add to Microsoft.CodeAnalysis.Testing's defaults:
/// the C# version (default: the latest the host knows), nullable (default: enabled from C# 8 on, as in a
/// project from the SDK templates) and the OKX.Net / CryptoExchange.Net / CCXT stubs.
/// </summary>
internal static class TestProject
{
    public static ParseOptions ParseOptions(ParseOptions options, LanguageVersion languageVersion)
        => ((CSharpParseOptions)options).WithLanguageVersion(languageVersion);

    /// <summary>The SDK's own NoWarn: a package built against an older framework's System.Runtime (CS1701, CS1702).</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> s_sdkNoWarn = ImmutableDictionary.CreateRange(new[]
    {
        new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
        new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
    });

    public static CompilationOptions CompilationOptions(CompilationOptions options, LanguageVersion languageVersion, NullableContextOptions? nullable)
    {
        var csharp = (CSharpCompilationOptions)options;
        return csharp
            .WithSpecificDiagnosticOptions(csharp.SpecificDiagnosticOptions.SetItems(s_sdkNoWarn))
            .WithNullableContextOptions(
                nullable ?? (languageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8
                    ? NullableContextOptions.Enable
                    : NullableContextOptions.Disable));
    }
}
