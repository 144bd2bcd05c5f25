using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Is a member or local used as the name of a setting (an environment-variable name or a configuration key) rather
/// than as a value? <c>const string ApiKey = "OkxApiKey"; … Environment.GetEnvironmentVariable(ApiKey)</c>.
/// Looks at the uses in the type (or body) that declares it, by name: GetEnvironmentVariable, GetSection, GetValue,
/// GetConnectionString, GetRequiredSection and indexers (<c>configuration[ApiKey]</c>).
/// </summary>
internal static class LookupKeys
{
    public static bool IsUsedAsLookupKey(ISymbol symbol, CancellationToken cancellationToken)
    {
        var name = symbol.Name;
        SyntaxNode? scope = null;
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            scope = symbol is ILocalSymbol
                ? declaration.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>()
                : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            break;
        }

        if (scope is null)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            BaseArgumentListSyntax? arguments = node switch
            {
                InvocationExpressionSyntax { Expression: var callee } invocation when IsLookupMethod(callee) => invocation.ArgumentList,
                ElementAccessExpressionSyntax access => access.ArgumentList,
                _ => null,
            };

            if (arguments is null)
            {
                continue;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (NameOf(argument.Expression) == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsLookupMethod(ExpressionSyntax callee) =>
        NameOf(callee) is "GetEnvironmentVariable" or "GetSection" or "GetRequiredSection" or "GetValue" or "GetConnectionString";

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax { Name: var member } => member.Identifier.ValueText,

        // GetEnvironmentVariable(ApiKey()): a method without arguments that gives the name.
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: var method } => NameOf(method),
        _ => null,
    };
}
