using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Internals;

/// <summary>Resolves a string known at compile time: literals and consts, and readonly fields, get-only properties and locals declared with one.</summary>
internal static class ConstantStrings
{
    public static bool TryResolve(IOperation operation, CancellationToken cancellationToken, out string? value)
    {
        operation = OperationWrappers.Skip(operation)!;

        if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is string or null)
        {
            value = (string?)operation.ConstantValue.Value;
            return true;
        }

        ISymbol? declared = operation switch
        {
            IFieldReferenceOperation { Field.IsReadOnly: true } field => field.Field,
            IPropertyReferenceOperation { Property: { IsIndexer: false, SetMethod: null } property } => property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        if (declared is not null && DeclaredValues.GetDeclaredExpression(declared, cancellationToken) is { } expression)
        {
            return DeclaredValues.TryFoldString(expression, operation.SemanticModel, out value);
        }

        value = null;
        return false;
    }
}
