using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Internals;

/// <summary>The one way the model looks through wrappers that do not change a value.</summary>
internal static class OperationWrappers
{
    /// <summary>Skips conversions that call no user-defined operator, and parentheses.</summary>
    public static IOperation? Skip(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The only element of a one-element array creation (<c>new[] { x }</c>) or collection expression (<c>[x]</c>), seen
    /// through conversions; null for anything else. The collection expression is matched by its kind's name: this
    /// assembly compiles against a Roslyn that predates it.
    /// </summary>
    public static IOperation? SingleElement(IOperation? operation)
    {
        operation = Skip(operation);
        if (operation is IArrayCreationOperation { Initializer.ElementValues: { Length: 1 } elements })
        {
            return Skip(elements[0]);
        }

        if (operation is not null && operation.Kind.ToString() == CollectionExpressionKind)
        {
            IOperation? only = null;
            foreach (var child in operation.ChildOperations)
            {
                if (only is not null)
                {
                    return null;
                }

                only = child;
            }

            return Skip(only);
        }

        return null;
    }

    private const string CollectionExpressionKind = "CollectionExpression";
}
