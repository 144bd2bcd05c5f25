using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>How an OKX response envelope is accessed.</summary>
internal enum ResponseShape
{
    None,

    /// <summary>System.Text.Json JsonDocument / JsonElement: <c>root.GetProperty("data")</c>.</summary>
    JsonElement,

    /// <summary>System.Text.Json.Nodes JsonNode: <c>node["data"]</c>.</summary>
    JsonNode,

    /// <summary>Newtonsoft JObject / JToken: <c>jo["data"]</c>.</summary>
    JToken,

    /// <summary>A deserialized type with <c>Code</c> and <c>Data</c> members.</summary>
    Typed,

    /// <summary>CryptoExchange.Net / OKX.Net <c>WebCallResult&lt;T&gt;</c>.</summary>
    SdkResult,
}

/// <summary>
/// Answers the questions about OKX REST responses: is this a parsed response (JSON APIs, typed deserialization, SDK
/// results), which read is the payload <c>data</c>, which is the <c>code</c>, the per-item <c>sCode</c>, is a compared
/// value a valid success code, is a string an OKX order endpoint. Works on original and on control-flow-graph
/// operations (flow captures are left to the caller).
/// </summary>
internal static class OkxResponses
{
    public const string DataName = "data";
    public const string CodeName = "code";
    public const string MsgName = "msg";
    public const string SCodeName = "sCode";

    /// <summary>The member every WebSocket push message has ({"arg":{"channel":…},"data":[…]}) and no REST response has.</summary>
    public const string ArgName = "arg";

    /// <summary>A push message's JSON text (a fixture): it names "arg" and never "code".</summary>
    public static bool IsPushMessageText(string text) =>
        text.IndexOf("\"" + ArgName + "\"", StringComparison.Ordinal) >= 0
        && text.IndexOf("\"" + CodeName + "\"", StringComparison.Ordinal) < 0;

    private static readonly string[] OrderEndpoints = OkxVocabulary.OrderEndpoints;

    /// <summary>
    /// True when <paramref name="text"/> contains an OKX order endpoint (place / cancel / amend, single or batch,
    /// algo and spread orders). <c>/api/v5/trade/order</c> followed by a query string is the GET order-details
    /// endpoint, which has no per-item sCode, and does not count.
    /// </summary>
    public static bool IsOrderEndpointPath(string? text)
    {
        // Every endpoint starts with /api/v5/: one search rules out almost every string.
        if (text is null || text.IndexOf(OkxVocabulary.RestPathPrefix, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var endpoint in OrderEndpoints)
        {
            var start = 0;
            while (start < text.Length)
            {
                var index = text.IndexOf(endpoint, start, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                var end = index + endpoint.Length;
                var next = end < text.Length ? text[end] : '\0';
                if (next is '\0' or '"' or '\'' or ' ' || (next == '?' && !endpoint.EndsWith("/trade/order", StringComparison.Ordinal)))
                {
                    return true;
                }

                start = end;
            }
        }

        return false;
    }

    /// <summary>True when a compared value means success in OKX's envelope: "0" (or 0 after parsing); "2" (batch partial success) is accepted too.</summary>
    public static bool IsValidSuccessCode(object? value) => value switch
    {
        string text => text.Trim() is OkxVocabulary.SuccessCode or OkxVocabulary.PartialSuccessCode,
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) is 0 or 2,
        _ => false,
    };

    /// <summary>
    /// A call that parses a response body, with the shape of what it returns: JsonDocument.Parse(Async),
    /// JsonNode.Parse, JsonSerializer.Deserialize(Async), ReadFromJsonAsync / GetFromJsonAsync, JToken/JObject.Parse,
    /// JsonConvert.DeserializeObject&lt;T&gt;, RestSharp / Flurl typed JSON calls; an OKX.Net call returning a WebCallResult.
    /// </summary>
    public static ResponseShape GetParseShape(IInvocationOperation invocation, OkxTypes types)
    {
        var method = invocation.TargetMethod;
        var type = UnwrapTask(invocation.Type);

        // DataContractJsonSerializer.ReadObject returns object: what it parses is the type it is cast to.
        if (type?.SpecialType == SpecialType.System_Object && method.Name == "ReadObject")
        {
            return ShapeOfReadObject(invocation, types);
        }

        // Every shape is a class or struct of no special type (JsonDocument, JsonNode, JToken, an envelope, a
        // WebCallResult): the calls returning void, string, bool, numbers (most calls) are rejected before any lookup.
        if (type is null || type.SpecialType != SpecialType.None)
        {
            return ResponseShape.None;
        }

        if (IsSdkResultType(type, types))
        {
            return ResponseShape.SdkResult;
        }

        var containing = method.ContainingType;
        var root = RootNamespace(containing);
        switch (root)
        {
            case "System":
                if (containing.Name == "JsonDocument" && method.Name is "Parse" or "ParseAsync" or "ParseValue")
                {
                    return ResponseShape.JsonElement;
                }

                if (containing.Name is "JsonElement" && method.Name == "ParseValue")
                {
                    return ResponseShape.JsonElement;
                }

                if (method.Name is "Parse" or "ParseAsync" && OkxTypes.IsOrDerivesFrom(type, types.JsonNode))
                {
                    return ResponseShape.JsonNode;
                }

                if ((containing.Name == "JsonSerializer" && method.Name is "Deserialize" or "DeserializeAsync")
                    || (containing.Name == "JavaScriptSerializer" && method.Name == "Deserialize" && method.IsGenericMethod)
                    || (containing.Name is "HttpContentJsonExtensions" or "HttpClientJsonExtensions" && method.Name is "ReadFromJsonAsync" or "GetFromJsonAsync"))
                {
                    return ShapeOfDeserialized(type, types);
                }

                return ResponseShape.None;

            case "Newtonsoft":
                if (method.Name is "Parse" or "Load" or "LoadAsync" or "ReadFrom" or "ReadFromAsync" && OkxTypes.IsOrDerivesFrom(type, types.JToken))
                {
                    return ResponseShape.JToken;
                }

                if (method.Name is "DeserializeObject" or "Deserialize" && method.IsGenericMethod)
                {
                    return ShapeOfDeserialized(type, types);
                }

                return ResponseShape.None;

            case "RestSharp" or "Flurl":
                return method.IsGenericMethod && IsTypedEnvelope(type) ? ResponseShape.Typed : ResponseShape.None;

            default:
                return ResponseShape.None;
        }
    }

    /// <summary>
    /// <see cref="GetParseShape(IInvocationOperation, OkxTypes)"/>, and also a call of the project's own helper that
    /// deserializes OKX text into the typed envelope it returns without checking the code
    /// (<see cref="ResponseHelpers.IsUncheckedEnvelopeHelper"/>): for the caller, that call is the parse.
    /// </summary>
    public static ResponseShape GetParseShape(IInvocationOperation invocation, OkxTypes types, ResponseHelpers? helpers, CancellationToken cancellationToken)
    {
        var shape = GetParseShape(invocation, types);
        return shape == ResponseShape.None && helpers is not null && IsEnvelopeHelperCall(invocation, types, helpers, cancellationToken) ? ResponseShape.Typed : shape;
    }

    /// <summary>A call of the project's own method (in source) returning a typed envelope it deserialized and did not check.</summary>
    public static bool IsEnvelopeHelperCall(IInvocationOperation invocation, OkxTypes types, ResponseHelpers helpers, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.DeclaringSyntaxReferences.IsEmpty && method.ReducedFrom is null)
        {
            return false;
        }

        var type = UnwrapTask(invocation.Type);
        return type is not null && type.SpecialType == SpecialType.None && !IsSdkResultType(type, types)
               && IsTypedEnvelope(type) && !IsLibraryMethod(method) && helpers.IsUncheckedEnvelopeHelper(method, cancellationToken);
    }

    /// <summary><c>(OkxResponse&lt;T&gt;)serializer.ReadObject(stream)</c> (or <c>as</c>) on a DataContractJsonSerializer: the shape of the cast's type.</summary>
    private static ResponseShape ShapeOfReadObject(IInvocationOperation invocation, OkxTypes types)
    {
        if (invocation.TargetMethod.ContainingType is not { Name: "DataContractJsonSerializer" } serializer || RootNamespace(serializer) != "System")
        {
            return ResponseShape.None;
        }

        var parent = invocation.Parent;
        while (parent is IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IConversionOperation { OperatorMethod: null, Type: { SpecialType: SpecialType.None } target } ? ShapeOfDeserialized(target, types) : ResponseShape.None;
    }

    /// <summary>RestSharp's <c>RestResponse&lt;T&gt;.Data</c> when T is an OKX envelope: the deserialized body.</summary>
    public static bool IsRestSharpBody(IPropertyReferenceOperation property) =>
        property.Property.Name == "Data"
        && RootNamespace(property.Property.ContainingType) == "RestSharp"
        && IsTypedEnvelope(property.Type);

    private static ResponseShape ShapeOfDeserialized(ITypeSymbol type, OkxTypes types)
    {
        if (SymbolEqualityComparer.Default.Equals(type, types.JsonElement) || type.Name == "JsonDocument")
        {
            return ResponseShape.JsonElement;
        }

        if (OkxTypes.IsOrDerivesFrom(type, types.JsonNode))
        {
            return ResponseShape.JsonNode;
        }

        if (OkxTypes.IsOrDerivesFrom(type, types.JToken))
        {
            return ResponseShape.JToken;
        }

        return IsTypedEnvelope(type) ? ResponseShape.Typed : ResponseShape.None;
    }

    /// <summary>A WebCallResult&lt;T&gt; or (current CryptoExchange.Net) HttpResult&lt;T&gt;, or a type deriving from one.</summary>
    public static bool IsSdkResultType(ITypeSymbol? type, OkxTypes types) =>
        type is not null && (OkxTypes.IsOrDerivesFrom(type, types.WebCallResult) || OkxTypes.IsOrDerivesFrom(type, types.HttpResult));

    /// <summary>Task&lt;T&gt; / ValueTask&lt;T&gt; to T.</summary>
    public static ITypeSymbol? UnwrapTask(ITypeSymbol? type)
    {
        // Name and arity first: TypeArguments builds a new array on every call, and most types are not tasks.
        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", Arity: 1 } named
            && OkxTypes.IsInNamespace(named, "System.Threading.Tasks"))
        {
            return named.TypeArguments[0];
        }

        return type;
    }

    /// <summary>A type with a <c>code</c> and a <c>data</c> member (any case): the OKX envelope deserialized.</summary>
    /// <remarks>
    /// Asked of the original definition: a constructed type (<c>OkxResponse&lt;Order&gt;</c>) has the same member names,
    /// kinds and static-ness, and its every instance would otherwise substitute all of its members again.
    /// </remarks>
    public static bool IsTypedEnvelope(ITypeSymbol? type) =>
        type is not null
        && type.SpecialType == SpecialType.None
        && type.TypeKind is TypeKind.Class or TypeKind.Struct
        && FindMember(type.OriginalDefinition, CodeName) is not null
        && FindMember(type.OriginalDefinition, DataName) is not null;

    /// <summary>The property or field of <paramref name="type"/> (or a base type) with the given name, ignoring case.</summary>
    public static ISymbol? FindMember(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false, IsStatic: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false }
                    && string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The message member of a typed envelope: <c>Msg</c>, else <c>Message</c>; null when there is none.</summary>
    public static ISymbol? FindMessageMember(ITypeSymbol type) => FindMember(type, MsgName) ?? FindMember(type, "message");

    public static ITypeSymbol? MemberType(ISymbol? member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    /// <summary>
    /// A read of the named envelope property: <c>e.GetProperty(name)</c> / <c>e.TryGetProperty(name, out …)</c> on a
    /// JsonElement, <c>node[name]</c> on a JsonNode, <c>jo[name]</c> / <c>jo.Value&lt;T&gt;(name)</c> /
    /// <c>jo.GetValue(name)</c> / <c>jo.SelectToken(name)</c> on a JToken, or a member of that name (any case) of a
    /// typed envelope (for <c>data</c>, also the Data of a WebCallResult). <paramref name="receiver"/> is the object read from.
    /// </summary>
    public static bool TryGetEnvelopeRead(IOperation operation, string name, OkxTypes types, CancellationToken cancellationToken, out IOperation receiver, out ResponseShape shape)
    {
        receiver = null!;
        shape = ResponseShape.None;
        switch (operation)
        {
            case IInvocationOperation { Instance: { } instance, Arguments.Length: >= 1 } invocation:
            {
                var method = invocation.TargetMethod;
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.JsonElement)
                    && method.Name is "GetProperty" or "TryGetProperty"
                    && IsName(invocation.Arguments[0].Value, name, cancellationToken))
                {
                    receiver = instance;
                    shape = ResponseShape.JsonElement;
                    return true;
                }

                if (OkxTypes.IsOrDerivesFrom(method.ContainingType, types.JToken)
                    && method.Name is "Value" or "GetValue" or "SelectToken" or "TryGetValue" or "Values"
                    && IsName(invocation.Arguments[0].Value, name, cancellationToken))
                {
                    receiver = instance;
                    shape = ResponseShape.JToken;
                    return true;
                }

                if (OkxTypes.IsOrDerivesFrom(method.ContainingType, types.JsonNode)
                    && method.Name is "TryGetPropertyValue"
                    && IsName(invocation.Arguments[0].Value, name, cancellationToken))
                {
                    receiver = instance;
                    shape = ResponseShape.JsonNode;
                    return true;
                }

                return false;
            }

            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer:
            {
                // The receiver's type first: resolving the argument's value is the expensive part.
                ResponseShape indexed;
                if (OkxTypes.IsOrDerivesFrom(instance.Type, types.JsonNode))
                {
                    indexed = ResponseShape.JsonNode;
                }
                else if (OkxTypes.IsOrDerivesFrom(instance.Type, types.JToken))
                {
                    indexed = ResponseShape.JToken;
                }
                else
                {
                    return false;
                }

                if (!IsName(indexer.Arguments[0].Value, name, cancellationToken))
                {
                    return false;
                }

                receiver = instance;
                shape = indexed;
                return true;
            }

            case IMemberReferenceOperation { Instance: { } instance } member
                when member is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation
                     && string.Equals(member.Member.Name, name, StringComparison.OrdinalIgnoreCase):
            {
                if (IsTypedEnvelope(instance.Type))
                {
                    receiver = instance;
                    shape = ResponseShape.Typed;
                    return true;
                }

                if (name == DataName && member.Member.Name == "Data" && IsSdkResultType(instance.Type, types))
                {
                    receiver = instance;
                    shape = ResponseShape.SdkResult;
                    return true;
                }

                return false;
            }

            default:
                return false;
        }
    }

    /// <summary>
    /// The shape of an envelope read of <paramref name="name"/> without its type and key checks (no symbol or
    /// constant lookups, no allocation): false means <see cref="TryGetEnvelopeRead"/> is false for this operation.
    /// </summary>
    public static bool MayBeEnvelopeRead(IOperation operation, string name) => operation switch
    {
        IInvocationOperation { Instance: not null, Arguments.Length: >= 1 } invocation =>
            IsKeyReadMethod(invocation.TargetMethod.Name) || invocation.TargetMethod.Name == "Values",
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: not null } => true,
        IMemberReferenceOperation { Instance: not null } member =>
            member is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation
            && string.Equals(member.Member.Name, name, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>See <see cref="MayBeEnvelopeRead"/>: false means <see cref="TryGetPayloadRead"/> is false.</summary>
    public static bool MayBePayloadRead(IOperation operation) => MayBeEnvelopeRead(operation, DataName);

    /// <summary>A read of the payload <c>data</c> of an envelope (see <see cref="TryGetEnvelopeRead"/>).</summary>
    public static bool TryGetPayloadRead(IOperation operation, OkxTypes types, CancellationToken cancellationToken, out IOperation receiver, out ResponseShape shape) =>
        TryGetEnvelopeRead(operation, DataName, types, cancellationToken, out receiver, out shape);

    /// <summary>
    /// A read of the envelope's <c>code</c>, including the conversions people put on it (GetString, ToString,
    /// GetValue, Value, int.Parse, Convert.ToInt32, a cast). <paramref name="receiver"/> is the envelope.
    /// </summary>
    public static bool TryGetCodeRead(IOperation operation, OkxTypes types, CancellationToken cancellationToken, out IOperation receiver)
    {
        operation = Unwrap(operation);
        if (TryGetEnvelopeRead(operation, CodeName, types, cancellationToken, out receiver, out var direct))
        {
            return direct != ResponseShape.SdkResult;
        }

        switch (operation)
        {
            case IInvocationOperation invocation when IsValueConversion(invocation, out var inner):
                return TryGetCodeRead(inner, types, cancellationToken, out receiver);
            case IConversionOperation conversion:
                return TryGetCodeRead(conversion.Operand, types, cancellationToken, out receiver);
            case IConditionalAccessOperation conditional:
                // code?.ToString(): the code read is the operation the access starts from.
                return TryGetCodeRead(conditional.Operation, types, cancellationToken, out receiver);
        }

        receiver = null!;
        return false;
    }

    /// <summary>
    /// The shape of an sCode read without the key check (no constant lookups, no allocation): false means
    /// <see cref="IsSCodeRead"/> is false for this operation.
    /// </summary>
    public static bool MayBeSCodeRead(IOperation operation) => operation switch
    {
        IMemberReferenceOperation member when member is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation =>
            string.Equals(member.Member.Name, SCodeName, StringComparison.OrdinalIgnoreCase),
        IInvocationOperation { Arguments.Length: >= 1 } invocation => IsKeyReadMethod(invocation.TargetMethod.Name),
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } => true,
        _ => false,
    };

    /// <summary>A read of an item's <c>sCode</c> in any access style: the shape (<see cref="MayBeSCodeRead"/>), then the key.</summary>
    public static bool IsSCodeRead(IOperation operation, OkxTypes types, CancellationToken cancellationToken) =>
        MayBeSCodeRead(operation)
        && operation switch
        {
            IInvocationOperation invocation => IsName(invocation.Arguments[0].Value, SCodeName, cancellationToken),
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => IsName(indexer.Arguments[0].Value, SCodeName, cancellationToken),
            _ => true, // a member named sCode: the shape checked the name
        };

    /// <summary>Methods that read a JSON member by key: GetProperty / TryGetProperty (JsonElement), Value / GetValue /
    /// SelectToken / TryGetValue (JToken), TryGetPropertyValue (JsonNode).</summary>
    private static bool IsKeyReadMethod(string name) =>
        name is "GetProperty" or "TryGetProperty" or "Value" or "GetValue" or "SelectToken" or "TryGetValue" or "TryGetPropertyValue";

    /// <summary>Reads of the HTTP status: EnsureSuccessStatusCode, IsSuccessStatusCode, StatusCode.</summary>
    public static bool IsHttpStatusCheck(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod.Name == "EnsureSuccessStatusCode",
        IPropertyReferenceOperation property => property.Property.Name is "IsSuccessStatusCode" or "StatusCode" or "IsSuccessful" or "ResponseStatusCode"
                                                && !IsTypedEnvelope(property.Property.ContainingType),
        _ => false,
    };

    /// <summary>Members of a typed envelope or an SDK result that say whether the call succeeded (true = success).</summary>
    public static bool IsSuccessFlagMember(ISymbol member) =>
        member.Name is "Success" or "IsSuccess" or "IsSuccessful" or "Succeeded" or "IsSucceeded" or "Ok" or "IsOk" or "IsOK"
        && MemberType(member)?.SpecialType == SpecialType.System_Boolean;

    /// <summary>Members of a typed envelope or an SDK result that say the call failed (true = failure).</summary>
    public static bool IsFailureFlagMember(ISymbol member) =>
        member.Name is "IsError" or "HasError" or "HasErrors" or "Failed" or "IsFailed" or "IsFailure"
        && MemberType(member)?.SpecialType == SpecialType.System_Boolean;

    /// <summary>Methods that only convert a value (code.GetString(), int.Parse(code), code.Trim()…); <paramref name="inner"/> is the converted value.</summary>
    public static bool IsValueConversion(IInvocationOperation invocation, out IOperation inner)
    {
        var method = invocation.TargetMethod;
        if (invocation.Instance is { } instance
            && method.Name is "GetString" or "ToString" or "GetInt32" or "GetInt64" or "GetValue" or "Value" or "ToObject" or "Trim" or "GetRawText"
            && invocation.Arguments.Length <= 1)
        {
            inner = instance;
            return true;
        }

        if (method.IsStatic && invocation.Arguments.Length >= 1
            && (method.Name is "Parse" or "TryParse" && method.ContainingType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                || method.Name is "ToInt32" or "ToInt64" && method.ContainingType.Name == "Convert"
                || method.Name is "Value" && method.IsExtensionMethod))
        {
            inner = invocation.Arguments[0].Value;
            return true;
        }

        inner = null!;
        return false;
    }

    /// <summary>Skips implicit and identity-like wrappers: conversions, parentheses.</summary>
    public static IOperation Unwrap(IOperation operation) => OperationWrappers.Skip(operation)!;

    /// <summary>Top-level namespace of a symbol ("System", "Newtonsoft", "RestSharp"…), or null.</summary>
    public static string? RootNamespace(ISymbol? symbol)
    {
        var ns = symbol?.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        while (!ns.ContainingNamespace.IsGlobalNamespace)
        {
            ns = ns.ContainingNamespace;
        }

        return ns.Name;
    }

    /// <summary>Methods of framework and library code, which are never the user's guard method.</summary>
    public static bool IsLibraryMethod(IMethodSymbol method) =>
        RootNamespace(method) is "System" or "Microsoft" or "Newtonsoft" or "RestSharp" or "Flurl" or "Serilog" or "NLog" or "log4net";

    private static bool IsName(IOperation operation, string name, CancellationToken cancellationToken) =>
        ConstantStrings.TryResolve(operation, cancellationToken, out var value) && value == name;
}
