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
}
