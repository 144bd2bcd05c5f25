using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

internal enum CredentialSinkKind
{
    /// <summary>The value of an OK-ACCESS-KEY or OK-ACCESS-PASSPHRASE header.</summary>
    Header,

    /// <summary>The HMAC-SHA256 key the request signature is made with (the secret key).</summary>
    SigningKey,

    /// <summary>A parameter of CryptoExchange.Net's ApiCredentials or OKX.Net's OKXCredentials.</summary>
    SdkCredential,

    /// <summary>An apiKey / secret / password entry of CCXT's okx configuration (or its fields).</summary>
    CcxtConfig,

    /// <summary>apiKey / passphrase of the args of a WebSocket {"op":"login"} message.</summary>
    WebSocketLogin,

    /// <summary>A field, property, local or parameter default whose name says it holds an OKX credential.</summary>
    NamedMember,
}

/// <summary>A place an OKX credential goes: which kind, and the operation carrying the value in.</summary>
internal readonly struct CredentialSink
{
    public CredentialSink(CredentialKind kind, CredentialSinkKind sinkKind, IOperation value, IOperation operation)
    {
        Kind = kind;
        SinkKind = sinkKind;
        Value = value;
        Operation = operation;
    }

    public CredentialKind Kind { get; }

    public CredentialSinkKind SinkKind { get; }

    /// <summary>The value that flows into the sink; trace it with <see cref="ValueOrigins"/>.</summary>
    public IOperation Value { get; }

    /// <summary>The operation that is the sink (header write, object creation, assignment, initializer).</summary>
    public IOperation Operation { get; }
}

/// <summary>
/// Finds where OKX credentials are used: the key and passphrase headers, the HMAC signing key, SDK credential
/// constructors, CCXT configuration, WebSocket login arguments, and (on request) members named for a credential.
/// Rules register for <see cref="OperationKinds"/> and call <see cref="Collect"/>.
/// </summary>
internal static class CredentialSinks
{
    public static readonly ImmutableArray<OperationKind> OperationKinds = ImmutableArray.Create(
        OperationKind.Invocation,
        OperationKind.SimpleAssignment,
        OperationKind.ObjectCreation,
        OperationKind.VariableDeclarator,
        OperationKind.FieldInitializer,
        OperationKind.PropertyInitializer,
        OperationKind.ParameterInitializer,
        OperationKind.Return);

    /// <summary>
    /// Cheap necessary condition for <see cref="Collect"/> to find a sink: only names, operation shapes and types
    /// already on the operation (no OkxContext, no header resolution, no allocation). Ask it first; when it is false,
    /// <see cref="Collect"/> would find nothing.
    /// </summary>
    public static bool MayBeSink(IOperation operation, ISymbol containingSymbol, bool includeNamedMembers, IReadOnlyDictionary<string, CredentialKind>? extraNames)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                // Header writes (Add, TryAddWithoutValidation, TryAdd, AddHeader, AddOrUpdateHeader, WithHeader,
                // AddDefaultHeader), HMAC HashData(key, …), CCXT dictionary Add: all take at least one argument.
                // Named members: an argument for a parameter named for a credential.
                return invocation.Arguments.Length >= 1
                       && (IsSinkMethodName(invocation.TargetMethod.Name) || invocation.TargetMethod.Name == SdkCredentialMethod
                           || (includeNamedMembers && IsOwnCode(invocation.TargetMethod, containingSymbol) && MayHaveNamedArgument(invocation.Arguments, extraNames)));

            case ISimpleAssignmentOperation assignment:
                switch (assignment.Target)
                {
                    case IPropertyReferenceOperation { Property.IsIndexer: true }:
                        // Header and CCXT dictionary indexer writes.
                        return true;
                    case IMemberReferenceOperation member:
                        var name = member.Member.Name;
                        if (name is "Key" or "Secret" or "Pass" || CcxtKey(name) is not null
                            || (member is IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } && name.Length is 6 or 7 or 10 && LoginArgumentKind(name) is not null)
                            || (member is IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } && HeaderWrites.MayBeCredentialHeaderProperty(name)))
                        {
                            return true;
                        }

                        return includeNamedMembers && member is IFieldReferenceOperation or IPropertyReferenceOperation && MayBeNamed(name, assignment.Value, extraNames);
                    case ILocalReferenceOperation local:
                        return includeNamedMembers && MayBeNamed(local.Local.Name, assignment.Value, extraNames);
                    default:
                        return false;
                }

            case IObjectCreationOperation creation:
                // HMAC constructors take the key; SDK credential constructors take the credentials.
                return creation.Arguments.Length >= 1;

            case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator:
                return includeNamedMembers && MayBeNamed(declarator.Symbol.Name, initial, extraNames);

            case IFieldInitializerOperation field when includeNamedMembers:
                foreach (var initialized in field.InitializedFields)
                {
                    if (MayBeNamed(initialized.Name, field.Value, extraNames))
                    {
                        return true;
                    }
                }

                return false;

            case IPropertyInitializerOperation property when includeNamedMembers:
                foreach (var initialized in property.InitializedProperties)
                {
                    if (MayBeNamed(initialized.Name, property.Value, extraNames))
                    {
                        return true;
                    }
                }

                return false;

            case IParameterInitializerOperation parameter:
                return includeNamedMembers && MayBeNamed(parameter.Parameter.Name, parameter.Value, extraNames);

            case IReturnOperation { ReturnedValue: { } returned }:
                return includeNamedMembers && ReturnedMember(containingSymbol) is { } returnedBy && MayBeNamed(returnedBy.Name, returned, extraNames);

            default:
                return false;
        }
    }

    private static bool IsSinkMethodName(string name) =>
        name is "Add" or "TryAddWithoutValidation" or "TryAdd" or "AddHeader" or "AddOrUpdateHeader" or "WithHeader" or "AddDefaultHeader" or "HashData";

    /// <summary>The pre-check of <see cref="AddNamed"/>: a string or byte-array value, and a name that may be a credential's.</summary>
    private static bool MayBeNamed(string name, IOperation value, IReadOnlyDictionary<string, CredentialKind>? extraNames) =>
        (value.Type?.SpecialType == SpecialType.System_String || value.Type is IArrayTypeSymbol)
        && name.Length > 0
        && ((extraNames is not null && extraNames.ContainsKey(name)) || CredentialNames.MayBeCredentialName(name));

    /// <param name="containingSymbol">The symbol the operation is in (for the OKX-context test).</param>
    /// <param name="includeNamedMembers">Also report members whose names say they hold a credential (OKX001), in OKX context.</param>
    public static void Collect(
        IOperation operation,
        ISymbol containingSymbol,
        OkxTypes types,
        OkxContext context,
        bool includeNamedMembers,
        IReadOnlyDictionary<string, CredentialKind>? extraNames,
        List<CredentialSink> sinks,
        CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                if (HeaderWrites.TryGetHeaderWrite(invocation, types, cancellationToken, out var write) && write.Credential is { } headerKind)
                {
                    sinks.Add(new CredentialSink(headerKind, CredentialSinkKind.Header, write.ValueOperation, invocation));
                }
                else if (invocation.TargetMethod is { Name: "HashData", IsStatic: true } hashData
                         && OkxTypes.IsOrDerivesFrom(hashData.ContainingType, types.KeyedHashAlgorithm)
                         && ArgumentNamed(invocation, "key") is { } key
                         && context.IsOkxContext(containingSymbol, cancellationToken))
                {
                    sinks.Add(new CredentialSink(CredentialKind.SecretKey, CredentialSinkKind.SigningKey, key, invocation));
                }
                else if (invocation.TargetMethod.Name == SdkCredentialMethod && types.IsSdkCredentialType(invocation.TargetMethod.ContainingType))
                {
                    // new OKXCredentials().WithHMAC(key, secret, pass): the same parameters as the constructor.
                    AddSdkCredentialArguments(invocation.Arguments, invocation, sinks);
                }
                else if (CcxtEntry(invocation, invocation.Arguments, types) is { } entry)
                {
                    sinks.Add(new CredentialSink(entry.Kind, CredentialSinkKind.CcxtConfig, entry.Value, invocation));
                }
                else if (includeNamedMembers)
                {
                    AddNamedArguments(invocation.TargetMethod, invocation.Arguments, containingSymbol, context, extraNames, sinks, cancellationToken);
                }

                break;

            case ISimpleAssignmentOperation assignment:
                CollectAssignment(assignment, containingSymbol, types, context, includeNamedMembers, extraNames, sinks, cancellationToken);
                break;

            case IObjectCreationOperation creation:
                if (OkxTypes.IsOrDerivesFrom(creation.Type, types.KeyedHashAlgorithm)
                    && creation.Arguments.Length >= 1
                    && creation.Arguments[0].Value.Type is IArrayTypeSymbol
                    && context.IsOkxContext(containingSymbol, cancellationToken))
                {
                    sinks.Add(new CredentialSink(CredentialKind.SecretKey, CredentialSinkKind.SigningKey, creation.Arguments[0].Value, creation));
                }
                else if (types.IsSdkCredentialType(creation.Type))
                {
                    AddSdkCredentialArguments(creation.Arguments, creation, sinks);
                }
                else if (includeNamedMembers && creation.Constructor is { } constructor)
                {
                    AddNamedArguments(constructor, creation.Arguments, containingSymbol, context, extraNames, sinks, cancellationToken);
                }

                break;

            case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator when includeNamedMembers:
                AddNamed(declarator.Symbol, initial, declarator, containingSymbol, context, extraNames, sinks, cancellationToken);
                break;

            case IFieldInitializerOperation { InitializedFields.Length: > 0 } field when includeNamedMembers:
                foreach (var initialized in field.InitializedFields)
                {
                    AddNamed(initialized, field.Value, field, initialized, context, extraNames, sinks, cancellationToken);
                }

                break;

            case IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property when includeNamedMembers:
                foreach (var initialized in property.InitializedProperties)
                {
                    AddNamed(initialized, property.Value, property, initialized, context, extraNames, sinks, cancellationToken);
                }

                break;

            case IParameterInitializerOperation parameter when includeNamedMembers:
                AddNamed(parameter.Parameter, parameter.Value, parameter, containingSymbol, context, extraNames, sinks, cancellationToken);
                break;

            // string ApiKey => "…"; get { return "…"; } string GetSecretKey() => "…";
            case IReturnOperation { ReturnedValue: { } returned } when includeNamedMembers
                && ReturnedMember(containingSymbol) is { } returnedBy && !IsInsideFunction(operation):
                AddNamed(returnedBy, returned, operation, containingSymbol, context, extraNames, sinks, cancellationToken);
                break;
        }
    }

    private static void CollectAssignment(
        ISimpleAssignmentOperation assignment,
        ISymbol containingSymbol,
        OkxTypes types,
        OkxContext context,
        bool includeNamedMembers,
        IReadOnlyDictionary<string, CredentialKind>? extraNames,
        List<CredentialSink> sinks,
        CancellationToken cancellationToken)
    {
        if (HeaderWrites.TryGetHeaderWrite(assignment, types, cancellationToken, out var write))
        {
            if (write.Credential is { } headerKind)
            {
                sinks.Add(new CredentialSink(headerKind, CredentialSinkKind.Header, write.ValueOperation, assignment));
            }

            return;
        }

        switch (assignment.Target)
        {
            // hmac.Key = Encoding.UTF8.GetBytes(secret)
            case IPropertyReferenceOperation { Property.Name: "Key" } key
                when OkxTypes.IsOrDerivesFrom(key.Property.ContainingType, types.KeyedHashAlgorithm)
                     && context.IsOkxContext(containingSymbol, cancellationToken):
                sinks.Add(new CredentialSink(CredentialKind.SecretKey, CredentialSinkKind.SigningKey, assignment.Value, assignment));
                return;

            // new OKXCredentials { Key = …, Secret = …, Pass = … }: the properties of CryptoExchange.Net's current
            // credential sets (CredentialSet.Key, HMACCredential.Secret, HMACPassCredential.Pass).
            case IPropertyReferenceOperation { Property.Name: "Key" or "Secret" or "Pass", Property.IsStatic: false } credentialProperty
                when assignment.Value.Type?.SpecialType == SpecialType.System_String
                     && types.IsSdkCredentialType(credentialProperty.Property.ContainingType)
                     && FromParameterName(credentialProperty.Property.Name) is { } propertyKind:
                sinks.Add(new CredentialSink(propertyKind, CredentialSinkKind.SdkCredential, assignment.Value, assignment));
                return;

            // config["apiKey"] = … on a CCXT configuration dictionary; exchange.apiKey = … on a ccxt.okx.
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when CcxtEntry(assignment, indexer.Arguments, types) is { } entry:
                sinks.Add(new CredentialSink(entry.Kind, CredentialSinkKind.CcxtConfig, assignment.Value, assignment));
                return;
            case IMemberReferenceOperation { Instance: { } instance } member
                when CcxtKey(member.Member.Name) is { } ccxtKind && IsCcxtOkxExchange(instance.Type):
                sinks.Add(new CredentialSink(ccxtKind, CredentialSinkKind.CcxtConfig, assignment.Value, assignment));
                return;

            // binance.apiKey = …, exchange.secret = … on another CCXT exchange (or the base Exchange, which may be any):
            // not an OKX credential, whatever the member's name says.
            case IMemberReferenceOperation { Instance: { } otherInstance } otherMember
                when CcxtKey(otherMember.Member.Name) is not null && IsCcxtExchange(otherInstance.Type):
                return;

            // new { op = "login", args = new[] { new { apiKey = …, passphrase = … } } }
            case IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } anonymousMember
                when LoginArgumentKind(anonymousMember.Property.Name) is { } loginKind
                     && assignment.Parent is { } argsObject && LoginArguments.IsInsideLoginRequest(argsObject, types, cancellationToken):
                sinks.Add(new CredentialSink(loginKind, CredentialSinkKind.WebSocketLogin, assignment.Value, assignment));
                return;
        }

        if (includeNamedMembers)
        {
            var target = assignment.Target switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };

            if (target is not null)
            {
                AddNamed(target, assignment.Value, assignment, containingSymbol, context, extraNames, sinks, cancellationToken);
            }
        }
    }

    /// <summary>
    /// <c>new OkxCredentials("…", "…", "…")</c> for <c>record OkxCredentials(string ApiKey, string SecretKey, string
    /// Passphrase)</c>, <c>client.Login(apiKey: "…")</c>: an argument for a parameter named for a credential, of a
    /// method or constructor declared in this compilation in OKX context. Library methods (a proxy's
    /// NetworkCredential password) are not OKX credentials.
    /// </summary>
    private static void AddNamedArguments(
        IMethodSymbol callee,
        ImmutableArray<IArgumentOperation> arguments,
        ISymbol containingSymbol,
        OkxContext context,
        IReadOnlyDictionary<string, CredentialKind>? extraNames,
        List<CredentialSink> sinks,
        CancellationToken cancellationToken)
    {
        if (!IsOwnCode(callee, containingSymbol))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (ConstantArgumentParameter(argument) is { } parameter)
            {
                AddNamed(parameter, argument.Value, argument, callee, context, extraNames, sinks, cancellationToken);
            }
        }
    }

    /// <summary>The parameter of an argument written in the call whose value is a constant; null otherwise.</summary>
    private static IParameterSymbol? ConstantArgumentParameter(IArgumentOperation argument) =>
        argument.ArgumentKind == ArgumentKind.Explicit && IsConstant(argument.Value) ? argument.Parameter : null;

    /// <summary>
    /// Only OKX001 asks for named members, and it reports constants: an argument is a sink only when it is one itself
    /// (a literal, a const, a constant interpolation or concatenation). Also following the locals and fields given as
    /// arguments made OKX001 1.5-2x slower on the benchmark corpus and found nothing more there.
    /// </summary>
    private static bool IsConstant(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue.HasValue;
    }

    /// <summary>The pre-check (<see cref="MayBeSink"/>) of <see cref="AddNamedArguments"/>: some constant argument's parameter may be named for a credential.</summary>
    private static bool MayHaveNamedArgument(ImmutableArray<IArgumentOperation> arguments, IReadOnlyDictionary<string, CredentialKind>? extraNames)
    {
        foreach (var argument in arguments)
        {
            if (ConstantArgumentParameter(argument) is { } parameter && MayBeNamed(parameter.Name, argument.Value, extraNames))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member whose name says what a return in <paramref name="containingSymbol"/> gives back: a property (through
    /// its getter), or a method without parameters (<c>GetApiKey()</c>, <c>Secret()</c>); null for anything else.
    /// </summary>
    public static ISymbol? ReturnedMember(ISymbol containingSymbol) => containingSymbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol { IsIndexer: false } property } => property,
        IMethodSymbol { MethodKind: MethodKind.Ordinary, Parameters.IsEmpty: true, ReturnsVoid: false } method => method,
        _ => null,
    };

    /// <summary>A return inside a lambda or local function returns from that function, not from the member.</summary>
    private static bool IsInsideFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The callee is declared in the compilation the call is in (not a library's method).</summary>
    private static bool IsOwnCode(IMethodSymbol callee, ISymbol containingSymbol) =>
        SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, containingSymbol.ContainingAssembly);

    private static void AddNamed(
        ISymbol target,
        IOperation value,
        IOperation operation,
        ISymbol containingSymbol,
        OkxContext context,
        IReadOnlyDictionary<string, CredentialKind>? extraNames,
        List<CredentialSink> sinks,
        CancellationToken cancellationToken)
    {
        if (value.Type?.SpecialType != SpecialType.System_String && value.Type is not IArrayTypeSymbol)
        {
            return;
        }

        if (CredentialNames.FromName(target.Name, extraNames) is { } kind && context.IsOkxContext(containingSymbol, cancellationToken))
        {
            sinks.Add(new CredentialSink(kind, CredentialSinkKind.NamedMember, value, operation));
        }
    }

    /// <summary>OKX.Net's OKXCredentials.WithHMAC(key, secret, pass), the current SDK's way to set a key set.</summary>
    private const string SdkCredentialMethod = "WithHMAC";

    /// <summary>The string arguments of an SDK credential constructor or WithHMAC, by their parameter names.</summary>
    private static void AddSdkCredentialArguments(ImmutableArray<IArgumentOperation> arguments, IOperation operation, List<CredentialSink> sinks)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.Type?.SpecialType == SpecialType.System_String && FromParameterName(argument.Parameter?.Name) is { } kind)
            {
                sinks.Add(new CredentialSink(kind, CredentialSinkKind.SdkCredential, argument.Value, operation));
            }
        }
    }

    /// <summary>An SDK credential parameter: key / apiKey, secret / apiSecret, pass / passphrase.</summary>
    internal static CredentialKind? FromParameterName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var lower = name.ToLowerInvariant();
        if (lower.Contains("secret"))
        {
            return CredentialKind.SecretKey;
        }

        if (lower.Contains("pass"))
        {
            return CredentialKind.Passphrase;
        }

        return lower.Contains("key") ? CredentialKind.ApiKey : null;
    }

    /// <summary>CCXT's configuration keys.</summary>
    internal static CredentialKind? CcxtKey(string? key) => key switch
    {
        "apiKey" => CredentialKind.ApiKey,
        "secret" => CredentialKind.SecretKey,
        "password" => CredentialKind.Passphrase,
        _ => null,
    };

    /// <summary>
    /// CCXT's okx exchange or one derived from it (ccxt.myokx, ccxt.pro.okx, the user's own subclass); not another
    /// exchange (ccxt.binance), nor the base ccxt.Exchange, which may be any exchange.
    /// </summary>
    private static bool IsCcxtOkxExchange(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (OkxTypes.IsCcxtOkx(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Any CCXT exchange: ccxt.Exchange or a type derived from it.</summary>
    private static bool IsCcxtExchange(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exchange" && Namespaces.IsIn(current, OkxVocabulary.Ccxt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A dictionary entry { "apiKey", value } (Add or indexer) on a dictionary that is given to ccxt.okx.</summary>
    private static (CredentialKind Kind, IOperation Value)? CcxtEntry(IOperation write, ImmutableArray<IArgumentOperation> arguments, OkxTypes types)
    {
        IOperation? receiver;
        IOperation value;
        if (write is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2, Instance: { } instance })
        {
            receiver = instance;
            value = arguments[1].Value;
        }
        else if (write is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } indexed } })
        {
            receiver = indexed;
            value = ((ISimpleAssignmentOperation)write).Value;
        }
        else
        {
            return null;
        }

        if (!types.IsStringKeyedDictionary(receiver.Type)
            || CcxtKey(arguments[0].Value.ConstantValue.Value as string) is not { } kind
            || !IsGivenToCcxtOkx(receiver))
        {
            return null;
        }

        return (kind, value);
    }

    /// <summary>The dictionary (being initialised, or held in a local) reaches a ccxt.okx constructor in the same body.</summary>
    private static bool IsGivenToCcxtOkx(IOperation receiver)
    {
        ILocalSymbol? local = null;
        IOperation? creation = null;
        if (receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            for (var current = receiver.Parent; current is not null; current = current.Parent)
            {
                if (current is IObjectCreationOperation)
                {
                    creation = current;
                    break;
                }
            }

            var parent = creation?.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parent: IObjectCreationOperation exchange } && IsCcxtOkxExchange(exchange.Type))
            {
                return true;
            }

            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                local = declarator.Symbol;
            }
        }
        else if (receiver is ILocalReferenceOperation reference)
        {
            local = reference.Local;
        }

        if (local is null)
        {
            return false;
        }

        var root = receiver;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in new OperationDescendants(root))
        {
            if (operation is IObjectCreationOperation exchange && IsCcxtOkxExchange(exchange.Type))
            {
                foreach (var argument in exchange.Arguments)
                {
                    var passed = argument.Value;
                    while (passed is IConversionOperation conversion)
                    {
                        passed = conversion.Operand;
                    }

                    if (passed is ILocalReferenceOperation passedLocal && SymbolEqualityComparer.Default.Equals(passedLocal.Local, local))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static CredentialKind? LoginArgumentKind(string name) => name.ToLowerInvariant() switch
    {
        "apikey" or "api_key" => CredentialKind.ApiKey,
        "passphrase" => CredentialKind.Passphrase,
        _ => null,
    };

    private static IOperation? ArgumentNamed(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
