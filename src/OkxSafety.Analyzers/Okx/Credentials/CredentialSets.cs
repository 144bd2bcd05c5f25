using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The parts of one credential set: the arguments of one credential constructor or method call
/// (<c>new OKXCredentials(key, secret, pass)</c>, a record's positional constructor, <c>Login(apiKey, …)</c>), the
/// members of one object initializer or anonymous object (<c>new OKXCredentials { Key = …, Secret = … }</c>, WebSocket
/// login args), or the entries of one CCXT configuration dictionary. A set whose API-key part is a placeholder
/// (<c>new OKXCredentials("XXX", "&lt;32 hex&gt;", "PHRASE")</c> in a signing test) is fake as a whole.
/// </summary>
internal static class CredentialSets
{
    /// <summary>
    /// The value given for the API-key part of the set <paramref name="sink"/> belongs to, or null when the sink is the
    /// API key itself, belongs to no set, or the set has no API-key part.
    /// </summary>
    public static IOperation? ApiKeyPart(in CredentialSink sink)
    {
        // A header write or a signing key is one value, not a set (headers.Add(name, value) has a "key" parameter).
        if (sink.Kind == CredentialKind.ApiKey || sink.SinkKind is CredentialSinkKind.Header or CredentialSinkKind.SigningKey)
        {
            return null;
        }

        if (sink.SinkKind == CredentialSinkKind.CcxtConfig)
        {
            return sink.Operation is IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation entries } ? CcxtApiKey(entries) : null;
        }

        // From the value up to the argument or member assignment it is given through (past conversions).
        var current = sink.Value;
        for (var depth = 0; current is not null && depth < 4; depth++, current = current.Parent)
        {
            switch (current)
            {
                case IArgumentOperation argument:
                    return argument.Parent switch
                    {
                        IObjectCreationOperation creation => ApiKeyArgument(creation.Arguments, argument),
                        IInvocationOperation invocation => ApiKeyArgument(invocation.Arguments, argument),
                        _ => null,
                    };
                case ISimpleAssignmentOperation assignment:
                    return assignment.Parent switch
                    {
                        IObjectOrCollectionInitializerOperation initializer => ApiKeyMember(initializer.Initializers, assignment),
                        IAnonymousObjectCreationOperation anonymous => ApiKeyMember(anonymous.Initializers, assignment),
                        _ => null,
                    };
                case IBlockOperation or IExpressionStatementOperation or IVariableDeclaratorOperation:
                    return null;
            }
        }

        return null;
    }

    private static IOperation? ApiKeyArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IArgumentOperation self)
    {
        foreach (var argument in arguments)
        {
            if (argument != self && argument.ArgumentKind == ArgumentKind.Explicit
                && CredentialSinks.FromParameterName(argument.Parameter?.Name) == CredentialKind.ApiKey)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static IOperation? ApiKeyMember(System.Collections.Immutable.ImmutableArray<IOperation> members, ISimpleAssignmentOperation self)
    {
        foreach (var member in members)
        {
            if (member != self && member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                && CredentialSinks.FromParameterName(target.Member.Name) == CredentialKind.ApiKey)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    private static IOperation? CcxtApiKey(IObjectOrCollectionInitializerOperation entries)
    {
        foreach (var entry in entries.Initializers)
        {
            if (entry is IInvocationOperation { Arguments.Length: 2 } add
                && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
                && CredentialSinks.CcxtKey(key) == CredentialKind.ApiKey)
            {
                return add.Arguments[1].Value;
            }
        }

        return null;
    }
}
