using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Internals;

/// <summary>
/// Which assignments of a local reach a use of it, over the operation tree of the enclosing body: definitions before
/// the use in source order, where a definition in a statement of a block that also contains the use replaces the
/// earlier ones, and a definition under a condition (another branch, a short-circuit, a lambda) adds to them.
/// Structured code without back edges is answered exactly; loops conservatively by what precedes the use.
/// </summary>
internal static class LocalDefinitions
{
    /// <summary>The values assigned by the reaching definitions; a null element is a definition whose value is unknown (out, ref, compound).</summary>
    public static ImmutableArray<IOperation?> Reaching(ILocalReferenceOperation use, CancellationToken cancellationToken) =>
        Reaching(use, use.Local, cancellationToken, out _);

    /// <summary>
    /// The same for a parameter, whose value on entry is its first definition: <paramref name="entryReaches"/> says
    /// whether that value (the caller's) can still reach the use, besides the assignments returned.
    /// </summary>
    public static ImmutableArray<IOperation?> Reaching(IParameterReferenceOperation use, CancellationToken cancellationToken, out bool entryReaches) =>
        Reaching(use, use.Parameter, cancellationToken, out entryReaches);

    private static ImmutableArray<IOperation?> Reaching(IOperation use, ISymbol symbol, CancellationToken cancellationToken, out bool entryReaches)
    {
        IOperation top = use;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        entryReaches = true;
        var useSpan = use.Syntax.Span;
        var reaching = new List<IOperation?>();
        foreach (var (definition, value) in Definitions(top, symbol, cancellationToken))
        {
            var span = definition.Syntax.Span;
            if (span.Start >= useSpan.Start || span.Contains(useSpan))
            {
                continue;
            }

            if (IsUnconditionalFor(definition, use))
            {
                reaching.Clear();
                entryReaches = false;
            }

            reaching.Add(value);
        }

        return reaching.ToImmutableArray();
    }

    // One walk per body for every local and parameter asked about, not one per question: the rules ask for many
    // uses in the same body. Kept with the body's semantic model (weakly: as long as the model that holds the operation
    // tree), in a table per model: one table for every body of the process took one lock for each new body, and in
    // the compiler server threads waited on it.
    private static readonly ConditionalWeakTable<SemanticModel, ConcurrentDictionary<IOperation, Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>>>> s_byModel = new();

    // Operations without a semantic model (none from the analyzer driver; kept for safety).
    private static readonly ConditionalWeakTable<IOperation, Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>>> s_byBody = new();

    private static readonly List<(IOperation Definition, IOperation? Value)> None = new();

    /// <summary>Definitions of the local in source order, with the value each assigns (null when unknown).</summary>
    private static List<(IOperation Definition, IOperation? Value)> Definitions(IOperation root, ISymbol local, CancellationToken cancellationToken)
    {
        Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>>? index;
        if (root.SemanticModel is { } model)
        {
            var bodies = s_byModel.GetValue(model, static _ => new ConcurrentDictionary<IOperation, Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>>>());
            if (!bodies.TryGetValue(root, out index))
            {
                index = bodies.GetOrAdd(root, Index(root, cancellationToken));
            }
        }
        else if (!s_byBody.TryGetValue(root, out index))
        {
            index = s_byBody.GetValue(root, body => Index(body, cancellationToken));
        }

        return index.TryGetValue(local, out var found) ? found : None;
    }

    private static Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>> Index(IOperation root, CancellationToken cancellationToken)
    {
        var index = new Dictionary<ISymbol, List<(IOperation Definition, IOperation? Value)>>(SymbolEqualityComparer.Default);
        void Add(ISymbol? symbol, IOperation definition, IOperation? value)
        {
            if (symbol is null)
            {
                return;
            }

            if (!index.TryGetValue(symbol, out var list))
            {
                list = new List<(IOperation Definition, IOperation? Value)>();
                index.Add(symbol, list);
            }

            list.Add((definition, value));
        }

        foreach (var operation in new OperationDescendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    if (declarator.Initializer is { } initializer)
                    {
                        Add(declarator.Symbol, declarator, initializer.Value);
                    }
                    else if (declarator.Parent?.Parent?.Parent is IForEachLoopOperation or IUsingOperation)
                    {
                        Add(declarator.Symbol, declarator, null);
                    }

                    break;
                case ISimpleAssignmentOperation assignment:
                    Add(Target(assignment.Target), assignment, assignment.Value);
                    break;
                case ICoalesceAssignmentOperation coalesce:
                    // key ??= value: the old value stays when it was not null, so this only adds a definition.
                    Add(Target(coalesce.Target), coalesce, coalesce.Value);
                    break;
                case ICompoundAssignmentOperation compound:
                    Add(Target(compound.Target), compound, null);
                    break;
                case IDeclarationExpressionOperation { Expression: var declared } declaration:
                    Add(Target(declared), declaration, null);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Value: var passed } argument:
                    Add(Target(passed), argument, null);
                    break;
                case IForEachLoopOperation loop:
                    foreach (var loopLocal in loop.Locals)
                    {
                        Add(loopLocal, loop.LoopControlVariable, null);
                    }

                    break;
            }
        }

        foreach (var list in index.Values)
        {
            list.Sort(static (a, b) => a.Definition.Syntax.SpanStart.CompareTo(b.Definition.Syntax.SpanStart));
        }

        return index;
    }

    private static ISymbol? Target(IOperation? target) => target switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>
    /// A definition replaces earlier ones for this use when its statement sits in a block that also holds the use,
    /// and nothing between the definition and that statement makes it conditional.
    /// </summary>
    private static bool IsUnconditionalFor(IOperation definition, IOperation use)
    {
        if (definition is ICoalesceAssignmentOperation)
        {
            return false;
        }

        for (var current = definition; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IConditionalOperation or ICoalesceOperation or IConditionalAccessOperation or IAnonymousFunctionOperation
                    or ILocalFunctionOperation or ISwitchCaseOperation or ISwitchExpressionArmOperation or ICatchClauseOperation:
                    return false;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary when current == binary.RightOperand:
                    return false;
                case IBlockOperation block:
                    return block.Syntax.Span.Contains(use.Syntax.Span);
            }
        }

        return true;
    }
}
