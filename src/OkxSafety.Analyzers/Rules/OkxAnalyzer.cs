using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// The one start-up every rule shares (docs/architecture.md): concurrent execution; generated code analysed by the
/// driver but skipped by the rules themselves through <see cref="OkxCompilation.Generated"/> (cheaper than the
/// driver's own check, see <see cref="GeneratedCode"/>); the gate asked at compilation start, and nothing registered
/// when no tree can be OKX code; the per-compilation objects made once and handed to the rule as one
/// <see cref="OkxCompilation"/>.
/// </summary>
public abstract class OkxAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (OkxCompilation.ForOkxCode(start.Compilation, start.Options, start.CancellationToken) is { } okx)
            {
                OnOkxCompilationStart(start, okx);
            }
        });
    }

    /// <summary>Registers the rule's actions for a compilation that may contain OKX code.</summary>
    private protected abstract void OnOkxCompilationStart(CompilationStartAnalysisContext context, OkxCompilation okx);
}
