using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>Every analyzer and code fix the package ships, found the way a host finds them: by their attributes.</summary>
public static class AllRules
{
    public static Assembly AnalyzerAssembly => typeof(Descriptors).Assembly;

    public static Assembly CodeFixAssembly => Assembly.Load("OkxSafety.Analyzers.CodeFixes");

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Fixes { get; } = CodeFixAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The ids of the package's own rules (OKX…).</summary>
    public static bool IsOurs(string id) => id.StartsWith("OKX", StringComparison.Ordinal);
}
