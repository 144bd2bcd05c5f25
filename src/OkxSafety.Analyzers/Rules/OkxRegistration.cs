using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// What a rule registers at compilation start. Code actions (operations, operation blocks, per-type collectors) are
/// not registered for the whole compilation: <see cref="OkxAnalyzer"/> registers them in each type that passes the
/// per-type gate, where they apply to that type's members (not its nested types, which pass the gate on their own).
/// Syntax-tree actions stay compilation-wide.
/// </summary>
internal sealed class OkxRegistration
{
    private readonly Action<Action<SyntaxTreeAnalysisContext>> _registerSyntaxTreeAction;
    private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _operationActions = new();
    private readonly List<Action<OperationBlockAnalysisContext>> _operationBlockActions = new();
    private readonly List<Action<SymbolStartAnalysisContext>> _typeStartActions = new();

    public OkxRegistration(Action<Action<SyntaxTreeAnalysisContext>> registerSyntaxTreeAction, CancellationToken cancellationToken)
    {
        _registerSyntaxTreeAction = registerSyntaxTreeAction;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public bool HasTypeActions =>
        _operationActions.Count + _operationBlockActions.Count + _typeStartActions.Count > 0;

    /// <summary>Runs <paramref name="action"/> on operations of these kinds in types that may be OKX code.</summary>
    public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds) =>
        _operationActions.Add((action, ImmutableArray.Create(kinds)));

    /// <inheritdoc cref="RegisterOperationAction(Action{OperationAnalysisContext}, OperationKind[])"/>
    public void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> kinds) =>
        _operationActions.Add((action, kinds));

    /// <summary>Runs <paramref name="action"/> on each operation block of members of types that may be OKX code.</summary>
    public void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _operationBlockActions.Add(action);

    /// <summary>
    /// Runs <paramref name="action"/> at the start of each type that may be OKX code, for rules that collect per type
    /// and report at its end (what it registers applies to that type's members).
    /// </summary>
    public void RegisterTypeStartAction(Action<SymbolStartAnalysisContext> action) => _typeStartActions.Add(action);

    /// <summary>
    /// For rules that read other members of the type than the one the driver hands them: <paramref name="collect"/>
    /// registers the type's callbacks, which only keep what is to be analysed (through the action they are given);
    /// <paramref name="analyze"/> gets all of it at the type's end. By then the driver has bound every member of the type,
    /// so reading them costs a lookup, where binding one in a callback is charged to the rule. Reports go through the
    /// end's context.
    /// </summary>
    public void RegisterAnalysisAtTypeEnd<T>(Action<SymbolStartAnalysisContext, Action<T>> collect, Action<IReadOnlyList<T>, SymbolAnalysisContext> analyze) =>
        RegisterTypeStartAction(type =>
        {
            var pending = new ConcurrentQueue<T>();
            collect(type, pending.Enqueue);
            type.RegisterSymbolEndAction(end =>
            {
                if (!pending.IsEmpty)
                {
                    analyze(pending.ToArray(), end);
                }
            });
        });

    /// <summary>Runs <paramref name="action"/> on every syntax tree (for what does not depend on the code, e.g. options).</summary>
    public void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _registerSyntaxTreeAction(action);

    /// <summary>Registers the collected code actions on one type that passed the gate.</summary>
    public void RegisterOn(SymbolStartAnalysisContext type)
    {
        foreach (var (action, kinds) in _operationActions)
        {
            type.RegisterOperationAction(action, kinds);
        }

        foreach (var action in _operationBlockActions)
        {
            type.RegisterOperationBlockAction(action);
        }

        foreach (var action in _typeStartActions)
        {
            action(type);
        }
    }
}
