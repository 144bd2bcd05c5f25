using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// One branch an operation sits in: the construct that decides (an if, a conditional expression, a short-circuit,
/// a coalesce, a switch, a loop, a catch) and the part of it that may or may not run.
/// </summary>
internal readonly struct HeaderBranch
{
    public HeaderBranch(SyntaxNode construct, SyntaxNode taken, ImmutableArray<SyntaxNode> alternatives)
    {
        Construct = construct;
        Taken = taken;
        Alternatives = alternatives;
    }

    /// <summary>The if statement, conditional expression, binary expression, switch, loop or try.</summary>
    public SyntaxNode Construct { get; }

    /// <summary>The part of <see cref="Construct"/> that contains the operation (a branch, an arm, a loop body…).</summary>
    public SyntaxNode Taken { get; }

    /// <summary>
    /// The other parts, when together with <see cref="Taken"/> one of them always runs (if/else, a switch with a
    /// default); empty when the construct can run none of its parts (an if without else, a loop, a short-circuit).
    /// </summary>
    public ImmutableArray<SyntaxNode> Alternatives { get; }
}

/// <summary>Answers "does this operation always run when its scope runs?" by walking the operation parents.</summary>
internal static class HeaderBranches
{
    /// <summary>
    /// The branches between <paramref name="operation"/> and its scope: the first ancestor whose syntax contains
    /// <paramref name="scopeDeclaration"/> (the declaration of a local bag), a lambda or local function, or the
    /// member body. Innermost first.
    /// </summary>
    public static ImmutableArray<HeaderBranch> Of(IOperation operation, SyntaxNode? scopeDeclaration)
    {
        var builder = ImmutableArray.CreateBuilder<HeaderBranch>();
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                break;
            }

            if (scopeDeclaration is not null
                && parent.Syntax.SyntaxTree == scopeDeclaration.SyntaxTree
                && parent.Syntax.Span.Contains(scopeDeclaration.Span))
            {
                break;
            }

            switch (parent)
            {
                case IConditionalOperation conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                {
                    var other = child == conditional.WhenTrue ? conditional.WhenFalse : conditional.WhenTrue;
                    builder.Add(new HeaderBranch(
                        conditional.Syntax,
                        child.Syntax,
                        other is null ? ImmutableArray<SyntaxNode>.Empty : ImmutableArray.Create(other.Syntax)));
                    break;
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary when child == binary.RightOperand:
                    builder.Add(new HeaderBranch(binary.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;

                case ICoalesceOperation coalesce when child == coalesce.WhenNull:
                    builder.Add(new HeaderBranch(coalesce.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;

                case ICoalesceAssignmentOperation coalesceAssignment when child == coalesceAssignment.Value:
                    builder.Add(new HeaderBranch(coalesceAssignment.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;

                case ISwitchOperation switchOperation when child is ISwitchCaseOperation:
                    builder.Add(new HeaderBranch(switchOperation.Syntax, child.Syntax, SwitchAlternatives(switchOperation, child)));
                    break;

                case ISwitchExpressionOperation switchExpression when child is ISwitchExpressionArmOperation:
                    builder.Add(new HeaderBranch(switchExpression.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;

                case IWhileLoopOperation { ConditionIsTop: false }:
                    // do { … } while (…): the body runs at least once.
                    break;

                case ILoopOperation loop when child == loop.Body:
                    builder.Add(new HeaderBranch(loop.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;

                case ITryOperation tryOperation when child is ICatchClauseOperation:
                    builder.Add(new HeaderBranch(tryOperation.Syntax, child.Syntax, ImmutableArray<SyntaxNode>.Empty));
                    break;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>True when <paramref name="branches"/> contains the branch (same construct, same part).</summary>
    public static bool Contains(ImmutableArray<HeaderBranch> branches, HeaderBranch branch)
    {
        foreach (var candidate in branches)
        {
            if (candidate.Taken == branch.Taken && candidate.Construct == branch.Construct)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<SyntaxNode> SwitchAlternatives(ISwitchOperation switchOperation, IOperation taken)
    {
        var hasDefault = false;
        var others = new List<SyntaxNode>();
        foreach (var section in switchOperation.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                if (clause is IDefaultCaseClauseOperation)
                {
                    hasDefault = true;
                }
            }

            if (section != taken)
            {
                others.Add(section.Syntax);
            }
        }

        return hasDefault && others.Count > 0 ? others.ToImmutableArray() : ImmutableArray<SyntaxNode>.Empty;
    }
}
