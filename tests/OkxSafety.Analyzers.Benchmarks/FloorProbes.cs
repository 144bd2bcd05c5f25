using OkxSafety.Analyzers.Internals;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Benchmarks;

/// <summary>
/// What the analyzer driver charges before a rule does any work: analyzers whose callbacks are empty, registered
/// exactly as our five rules register theirs (the floor of the current design), and the alternatives a single
/// analyzer could register instead (the floor of a merged design). Run with <c>--profile floor</c>.
/// </summary>
internal static class FloorProbes
{
    /// <summary>One empty stand-in per rule, with that rule's registrations (kinds, symbol start, block actions).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AsTheRulesRegister { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new FloorProbe("OKX001 shape", start => start.RegisterOperationAction(_ => { }, CredentialSinks.OperationKinds)),
        new FloorProbe("OKX002 shape", start => start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment)),
        new FloorProbe("OKX003 shape", start =>
        {
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    symbolStart.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.ObjectCreation);
                    symbolStart.RegisterOperationAction(_ => { }, OperationKind.Return);
                    symbolStart.RegisterSymbolEndAction(_ => { });
                },
                SymbolKind.NamedType);
            start.RegisterOperationAction(_ => { }, OperationKind.AnonymousObjectCreation, OperationKind.ObjectCreation);
        }),
        new FloorProbe("OKX004 shape", start => start.RegisterSymbolStartAction(
            symbolStart =>
            {
                symbolStart.RegisterOperationAction(_ => { }, HeaderWrites.OperationKinds);
                symbolStart.RegisterOperationAction(_ => { }, OperationKind.Literal);
                symbolStart.RegisterSymbolEndAction(_ => { });
            },
            SymbolKind.NamedType)),
        new FloorProbe("OKX005 shape", start => start.RegisterOperationBlockAction(_ => { })));

    /// <summary>What one analyzer feeding all five rules could register instead.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Merged { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new FloorProbe("merged: one action on the union of kinds", start => start.RegisterOperationAction(
            _ => { },
            CredentialSinks.OperationKinds.Add(OperationKind.AnonymousObjectCreation).Add(OperationKind.Literal))),
        new FloorProbe("merged: one block action walking every body", start => start.RegisterOperationBlockAction(block =>
        {
            var count = 0;
            foreach (var operationBlock in block.OperationBlocks)
            {
                foreach (var _ in new OperationDescendants(operationBlock))
                {
                    count++;
                }
            }

            GC.KeepAlive(count);
        })),
        new FloorProbe("merged: per-type symbol start, union of kinds, symbol end", start => start.RegisterSymbolStartAction(
            symbolStart =>
            {
                symbolStart.RegisterOperationAction(_ => { }, CredentialSinks.OperationKinds.Add(OperationKind.AnonymousObjectCreation).Add(OperationKind.Literal));
                symbolStart.RegisterSymbolEndAction(_ => { });
            },
            SymbolKind.NamedType)),
        new FloorProbe("block start: invocation action, block end", start => start.RegisterOperationBlockStartAction(blockStart =>
        {
            blockStart.RegisterOperationAction(_ => { }, OperationKind.Invocation);
            blockStart.RegisterOperationBlockEndAction(_ => { });
        })),
        new FloorProbe("compilation-wide invocation action", start => start.RegisterOperationAction(_ => { }, OperationKind.Invocation)));
}

/// <summary>An analyzer that registers what it is given, behind the same compilation gate as our rules, and does nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FloorProbe : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("BENCH002", "floor", "floor", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
    private readonly Action<CompilationStartAnalysisContext> _register;

    public FloorProbe(string name, Action<CompilationStartAnalysisContext> register)
    {
        Name = name;
        _register = register;
    }

    public string Name { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (OkxGate.For(start.Compilation).AnyTreeMayContainOkx(start.CancellationToken))
            {
                _register(start);
            }
        });
    }
}
