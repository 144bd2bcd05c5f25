using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// The one start-up every rule shares (docs/architecture.md): concurrent execution; generated code analysed by the
/// driver but skipped by the rules themselves through <see cref="OkxCompilation.Generated"/> (cheaper than the
/// driver's own check, see <see cref="GeneratedCode"/>); two gates: at compilation start, nothing is registered when
/// no tree can be OKX code; per type, a rule's code actions run only in types whose code may be OKX code
/// (<see cref="OkxGate.MayBeOkxType"/>), so the rest of a large compilation builds no operation tree for us.
/// The per-compilation objects are made once and handed to the rule as one <see cref="OkxCompilation"/>.
/// </summary>
public abstract class OkxAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (OkxCompilation.ForOkxCode(start.Compilation, start.Options, start.CancellationToken) is not { } okx)
            {
                return;
            }

            var registration = new OkxRegistration(start.RegisterSyntaxTreeAction, start.CancellationToken);
            OnOkxCompilationStart(registration, okx);
            if (registration.HasTypeActions)
            {
                var gate = okx.Gate;
                start.RegisterSymbolStartAction(
                    type =>
                    {
                        if (gate.MayBeOkxType((INamedTypeSymbol)type.Symbol, type.CancellationToken))
                        {
                            registration.RegisterOn(type);
                        }
                    },
                    SymbolKind.NamedType);
            }
        });
    }

    /// <summary>Registers the rule's actions for a compilation that may contain OKX code.</summary>
    private protected abstract void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx);
}
