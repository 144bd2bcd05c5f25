using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Which assignments of a local reach a use of it, over the operation tree of the enclosing body: definitions before
/// the use in source order, where a definition in a statement of a block that also contains the use replaces the
/// earlier ones, and a definition under a condition (another branch, a short-circuit, a lambda) adds to them.
/// Structured code without back edges is answered exactly; loops conservatively by what precedes the use.
/// </summary>
internal static class LocalDefinitions
{
    /// <summary>The values assigned by the reaching definitions; a null element is a definition whose value is unknown (out, ref, compound).</summary>
    public static ImmutableArray<IOperation?> Reaching(ILocalReferenceOperation use, CancellationToken cancellationToken)
    {
        IOperation top = use;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        var local = use.Local;
        var useSpan = use.Syntax.Span;
        var reaching = new List<IOperation?>();
        foreach (var (definition, value) in Definitions(top, local, cancellationToken))
        {
            var span = definition.Syntax.Span;
            if (span.Start >= useSpan.Start || span.Contains(useSpan))
            {
                continue;
            }

            if (IsUnconditionalFor(definition, use))
            {
                reaching.Clear();
            }

            reaching.Add(value);
        }

        return reaching.ToImmutableArray();
    }

    /// <summary>Definitions of the local in source order, with the value each assigns (null when unknown).</summary>
    private static IEnumerable<(IOperation Definition, IOperation? Value)> Definitions(IOperation root, ILocalSymbol local, CancellationToken cancellationToken)
    {
        var found = new List<(IOperation, IOperation?)>();
        foreach (var operation in root.Descendants())
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
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    found.Add((assignment, assignment.Value));
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target } coalesce when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    // key ??= value: the old value stays when it was not null, so this only adds a definition.
                    found.Add((coalesce, coalesce.Value));
                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    found.Add((compound, null));
                    break;
                case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } declaration when SymbolEqualityComparer.Default.Equals(declared.Local, local):
                    found.Add((declaration, null));
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Value: ILocalReferenceOperation passed } argument when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    found.Add((argument, null));
                    break;
                case IForEachLoopOperation loop when loop.Locals.Contains(local):
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
