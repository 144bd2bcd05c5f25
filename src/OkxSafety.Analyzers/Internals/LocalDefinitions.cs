using System.Collections.Generic;
using System.Collections.Immutable;
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

    private static bool Refers(IOperation? target, ISymbol symbol) => target switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
        _ => false,
    };

    /// <summary>Definitions of the local in source order, with the value each assigns (null when unknown).</summary>
    private static IEnumerable<(IOperation Definition, IOperation? Value)> Definitions(IOperation root, ISymbol local, CancellationToken cancellationToken)
    {
        var found = new List<(IOperation, IOperation?)>();
        foreach (var operation in new OperationDescendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        found.Add((declarator, initializer.Value));
                    }
                    else if (declarator.Parent?.Parent?.Parent is IForEachLoopOperation or IUsingOperation)
                    {
                        found.Add((declarator, null));
                    }

                    break;
                case ISimpleAssignmentOperation assignment when Refers(assignment.Target, local):
                    found.Add((assignment, assignment.Value));
                    break;
                case ICoalesceAssignmentOperation coalesce when Refers(coalesce.Target, local):
                    // key ??= value: the old value stays when it was not null, so this only adds a definition.
                    found.Add((coalesce, coalesce.Value));
                    break;
                case ICompoundAssignmentOperation compound when Refers(compound.Target, local):
                    found.Add((compound, null));
                    break;
                case IDeclarationExpressionOperation { Expression: var declared } declaration when Refers(declared, local):
                    found.Add((declaration, null));
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Value: var passed } argument when Refers(passed, local):
                    found.Add((argument, null));
                    break;
                case IForEachLoopOperation loop when local is ILocalSymbol loopLocal && loop.Locals.Contains(loopLocal):
                    found.Add((loop.LoopControlVariable, null));
                    break;
            }
        }

        found.Sort(static (a, b) => a.Item1.Syntax.SpanStart.CompareTo(b.Item1.Syntax.SpanStart));
        return found;
    }

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
