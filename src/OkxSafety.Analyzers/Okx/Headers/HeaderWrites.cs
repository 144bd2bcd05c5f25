using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Recognises operations that set an HTTP header, across the header APIs people use from C#: HttpHeaders.Add and
/// TryAddWithoutValidation (a request's Headers, a client's DefaultRequestHeaders), string-keyed dictionaries (Add,
/// indexer, collection and index initializers), RestSharp-style AddHeader, Flurl-style WithHeader, and the entries of
/// Flurl's WithHeaders(object): the properties of an anonymous object (OK_ACCESS_KEY is sent as OK-ACCESS-KEY) and the
/// entries of a dictionary, which write to the Flurl request's bag.
/// Rules register for <see cref="OperationKinds"/> and ask <see cref="TryGetHeaderWrite"/>.
/// </summary>
internal static class HeaderWrites
{
    /// <summary>The operation kinds a header write can be.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<OperationKind> OperationKinds =
        System.Collections.Immutable.ImmutableArray.Create(OperationKind.Invocation, OperationKind.SimpleAssignment);

    public static bool TryGetHeaderWrite(IOperation operation, OkxTypes types, CancellationToken cancellationToken, out HeaderWrite write)
    {
        write = null!;
        return operation switch
        {
            IInvocationOperation invocation => TryGetInvocationWrite(invocation, types, cancellationToken, out write),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } } assignment =>
                TryGetAnonymousHeadersWrite(assignment, cancellationToken, out write),
            ISimpleAssignmentOperation assignment => TryGetIndexerWrite(assignment, types, cancellationToken, out write),
            _ => false,
        };
    }

    private static bool TryGetInvocationWrite(IInvocationOperation invocation, OkxTypes types, CancellationToken cancellationToken, out HeaderWrite write)
    {
        write = null!;
        var method = invocation.TargetMethod;
        var isExtension = method.IsExtensionMethod;
        var firstArgument = isExtension ? 1 : 0;
        if (invocation.Arguments.Length < firstArgument + 2)
        {
            return false;
        }

        var nameArgument = FindArgument(invocation, firstArgument);
        var valueArgument = FindArgument(invocation, firstArgument + 1);
        if (nameArgument is null || valueArgument is null || nameArgument.Value.Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var receiver = isExtension ? invocation.Arguments[0].Value : invocation.Instance;
        switch (method.Name)
        {
            case "Add" or "TryAddWithoutValidation" when OkxTypes.IsOrDerivesFrom(method.ContainingType, types.HttpHeaders):
            {
                // Add(name, IEnumerable<string>) with one value (new[] { v }, [v]) sends v: the model sees v. Any other
                // list stays the value as it is (the write still counts, its value is not a known string).
                var value = valueArgument.Value.Type?.SpecialType == SpecialType.System_String
                    ? valueArgument.Value
                    : OperationWrappers.SingleElement(valueArgument.Value) ?? valueArgument.Value;

                var bag = HttpHeadersBag(receiver, cancellationToken);
                var form = method.Name == "Add" ? HeaderWriteForm.HttpHeadersAdd : HeaderWriteForm.HttpHeadersTryAddWithoutValidation;
                write = Create(invocation, form, bag, nameArgument.Value, value, cancellationToken);
                return true;
            }

            case "Add" or "TryAdd" when !isExtension && receiver is not null && IsHeaderCollection(receiver.Type, types):
            {
                var bag = DictionaryBag(receiver, cancellationToken);
                var form = receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    ? HeaderWriteForm.CollectionInitializerElement
                    : HeaderWriteForm.DictionaryAdd;
                var candidate = Create(invocation, form, bag, nameArgument.Value, valueArgument.Value, cancellationToken);
                if (!LooksLikeHeaderBag(candidate))
                {
                    return false;
                }

                write = candidate;
                return true;
            }

            case "AddHeader" or "AddOrUpdateHeader" or "WithHeader" or "AddDefaultHeader" when receiver is not null:
            {
                var kind = method.Name == "AddDefaultHeader" || IsFlurlClient(receiver.Type) ? HeaderBagKind.DefaultRequestHeaders : HeaderBagKind.FluentRequest;
                var bag = FluentBag(receiver, kind, cancellationToken);
                var form = method.Name == "WithHeader" ? HeaderWriteForm.WithHeader : HeaderWriteForm.AddHeader;
                write = Create(invocation, form, bag, nameArgument.Value, valueArgument.Value, cancellationToken);
                return true;
            }

            default:
                return false;
        }
    }

    private static bool TryGetIndexerWrite(ISimpleAssignmentOperation assignment, OkxTypes types, CancellationToken cancellationToken, out HeaderWrite write)
    {
        write = null!;
        if (assignment.Target is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
            || indexer.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String
            || indexer.Instance is not { } receiver
            || !IsHeaderCollection(receiver.Type, types))
        {
            return false;
        }

        var bag = DictionaryBag(receiver, cancellationToken);
        var form = receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? HeaderWriteForm.IndexInitializerElement
            : HeaderWriteForm.Indexer;
        var candidate = Create(assignment, form, bag, indexer.Arguments[0].Value, assignment.Value, cancellationToken);
        if (!LooksLikeHeaderBag(candidate))
        {
            return false;
        }

        write = candidate;
        return true;
    }

    /// <summary>
    /// <c>OK_ACCESS_KEY = key</c> in <c>url.WithHeaders(new { … })</c> (Flurl): a write of the header the property
    /// name becomes. Flurl sends each '_' of a property name as '-' unless replaceUnderscoreWithHyphen is false.
    /// Anonymous objects anywhere else are not headers.
    /// </summary>
    private static bool TryGetAnonymousHeadersWrite(ISimpleAssignmentOperation assignment, CancellationToken cancellationToken, out HeaderWrite write)
    {
        write = null!;
        if (assignment.Target is not IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } property
            || assignment.Parent is not IAnonymousObjectCreationOperation creation
            || (FlurlWithHeadersCall(creation) ?? FlurlWithHeadersOfLocal(creation, property.Property.Name, cancellationToken)) is not { } withHeaders
            || ChainReceiver(withHeaders) is not { } flurlRequest)
        {
            return false;
        }

        // Without the replacement (or when it is not known) the names are not OKX's headers: not modelled, so a
        // credential-named member keeps being read as one.
        if (!ReplacesUnderscores(withHeaders))
        {
            return false;
        }

        var name = property.Property.Name.Replace('_', '-');
        var bag = FluentBag(flurlRequest, FlurlBagKind(flurlRequest), cancellationToken);
        write = new HeaderWrite(assignment, HeaderWriteForm.AnonymousObjectProperty, bag, property, name, assignment.Value, withHeaders);
        return true;
    }

    /// <summary>
    /// The source text that writes <paramref name="header"/> in the shape of <paramref name="write"/>'s name: a string
    /// literal, or for an anonymous-object property the property name Flurl sends as that header ('-' written '_').
    /// </summary>
    public static string NameText(HeaderWrite write, string header) =>
        write.Form == HeaderWriteForm.AnonymousObjectProperty ? header.Replace('-', '_') : "\"" + header + "\"";

    /// <summary>
    /// Cheap necessary test, without allocating: a property name that Flurl's WithHeaders would send as a credential
    /// header (OK_ACCESS_KEY, OK_ACCESS_PASSPHRASE, any case).
    /// </summary>
    public static bool MayBeCredentialHeaderProperty(string name) =>
        SameAsHeader(name, OkxHeaderNames.AccessKey) || SameAsHeader(name, OkxHeaderNames.AccessPassphrase);

    private static bool SameAsHeader(string propertyName, string header)
    {
        if (propertyName.Length != header.Length)
        {
            return false;
        }

        for (var i = 0; i < header.Length; i++)
        {
            var c = propertyName[i];
            var h = header[i];
            if (h == '-' ? c != '_' : char.ToUpperInvariant(c) != char.ToUpperInvariant(h))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>var headers = new { OK_ACCESS_KEY = … }; url.WithHeaders(headers)</c>: the first Flurl WithHeaders call of the
    /// body that takes the local the anonymous object initialises. Looked for only for a property whose name Flurl
    /// would send as an OKX header (or a near miss of one), so other anonymous objects cost no walk.
    /// </summary>
    private static IInvocationOperation? FlurlWithHeadersOfLocal(IOperation creation, string propertyName, CancellationToken cancellationToken)
    {
        if (StoredIn(creation) is not ILocalSymbol local || !MayBeOkxHeaderProperty(propertyName))
        {
            return null;
        }

        var root = creation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in new OperationDescendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && FlurlWithHeadersCall(reference) is { } call)
            {
                return call;
            }
        }

        return null;
    }

    /// <summary>A property name that Flurl sends as an OK-ACCESS-* or x-simulated-trading header, or a near miss of one.</summary>
    private static bool MayBeOkxHeaderProperty(string propertyName)
    {
        var name = propertyName.Replace('_', '-');
        return OkxHeaderNames.Classify(name) != OkxHeader.None
            || OkxHeaderNames.IsPassphraseNearMiss(name)
            || OkxHeaderNames.IsSimulatedTradingNearMiss(name);
    }

    /// <summary>Flurl's WithHeaders(…, headers) with <paramref name="creation"/> as its headers argument, else null.</summary>
    private static IInvocationOperation? FlurlWithHeadersCall(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parameter.Name: "headers", Parent: IInvocationOperation { TargetMethod: { Name: "WithHeaders", IsExtensionMethod: true } method } call }
               && IsFlurl(method)
            ? call
            : null;
    }

    /// <summary>Headers set on a Flurl client go with every request it makes, as a client's default headers do.</summary>
    private static HeaderBagKind FlurlBagKind(IOperation receiver) =>
        IsFlurlClient(receiver.Type) ? HeaderBagKind.DefaultRequestHeaders : HeaderBagKind.FluentRequest;

    /// <summary>Flurl's IFlurlClient, or a type that implements it (FlurlClient).</summary>
    private static bool IsFlurlClient(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsFlurlClientInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsFlurlClientInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFlurlClientInterface(ITypeSymbol type) =>
        type is { Name: "IFlurlClient", TypeKind: TypeKind.Interface } && IsFlurl(type);

    /// <summary>Declared in Flurl's namespaces (Flurl, Flurl.Http…).</summary>
    private static bool IsFlurl(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "Flurl" };
    }

    /// <summary>The replaceUnderscoreWithHyphen argument is left out or a constant true.</summary>
    private static bool ReplacesUnderscores(IInvocationOperation withHeaders)
    {
        foreach (var argument in withHeaders.Arguments)
        {
            if (argument.Parameter?.Name == "replaceUnderscoreWithHyphen")
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue is { HasValue: true, Value: true };
            }
        }

        return true;
    }

    private static HeaderWrite Create(IOperation operation, HeaderWriteForm form, HeaderBag bag, IOperation nameOperation, IOperation valueOperation, CancellationToken cancellationToken)
    {
        var name = ConstantStrings.TryResolve(nameOperation, cancellationToken, out var value) ? value : null;
        return new HeaderWrite(operation, form, bag, nameOperation, name, valueOperation);
    }

    /// <summary>A dictionary counts as headers when it is named so, or when the name written is an OKX header (or a near miss of one).</summary>
    private static bool LooksLikeHeaderBag(HeaderWrite write)
    {
        if (write.Header != OkxHeader.None
            || OkxHeaderNames.IsPassphraseNearMiss(write.Name)
            || OkxHeaderNames.IsSimulatedTradingNearMiss(write.Name)
            || OkxHeaderNames.StartsLikeAccessHeader(write.Name))
        {
            return true;
        }

        var holderName = write.Bag.Holder?.Name;
        return holderName is not null && holderName.IndexOf("header", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Dictionaries with string keys, and header collections with a string indexer (WebHeaderCollection, NameValueCollection).</summary>
    private static bool IsHeaderCollection(ITypeSymbol? type, OkxTypes types) =>
        type is not null
        && (types.IsStringKeyedDictionary(type)
            || type.Name is "WebHeaderCollection" or "NameValueCollection");

    private static IArgumentOperation? FindArgument(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    private static HeaderBag HttpHeadersBag(IOperation? receiver, CancellationToken cancellationToken)
    {
        var (holder, member, anchor) = Locate(receiver, cancellationToken);
        var kind = member == "DefaultRequestHeaders" ? HeaderBagKind.DefaultRequestHeaders : HeaderBagKind.RequestHeaders;
        return new HeaderBag(kind, holder, member, anchor);
    }

    private static HeaderBag DictionaryBag(IOperation receiver, CancellationToken cancellationToken)
    {
        // WithHeaders(new Dictionary<string, string> { … }) (Flurl): the entries are headers of the Flurl request.
        if (receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && FindInitializedTarget(receiver) is IObjectCreationOperation creation
            && FlurlWithHeadersCall(creation) is { } withHeaders
            && ChainReceiver(withHeaders) is { } flurlRequest)
        {
            return FluentBag(flurlRequest, FlurlBagKind(flurlRequest), cancellationToken);
        }

        var (holder, member, anchor) = Locate(receiver, cancellationToken);
        return new HeaderBag(HeaderBagKind.Dictionary, holder, member, anchor);
    }

    /// <summary>The bag of a fluent chain is the chain's root: the request variable, or the expression the chain starts from.</summary>
    private static HeaderBag FluentBag(IOperation receiver, HeaderBagKind kind, CancellationToken cancellationToken)
    {
        var root = Unwrap(receiver);
        while (root is IInvocationOperation chained && ChainReceiver(chained) is { } inner
               && (SymbolEqualityComparer.Default.Equals(chained.Type, inner.Type) || IsFluentHeaderMethod(chained.TargetMethod.Name)))
        {
            root = Unwrap(inner);
        }

        var (holder, member, anchor) = Locate(root, cancellationToken);
        return new HeaderBag(kind, holder, member, anchor);
    }

    private static bool IsFluentHeaderMethod(string name) =>
        name.StartsWith("With", StringComparison.Ordinal) || name.StartsWith("Add", StringComparison.Ordinal);

    private static IOperation? ChainReceiver(IInvocationOperation invocation) =>
        invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? invocation.Arguments[0].Value
            : invocation.Instance;

    /// <summary>
    /// Where a bag lives: <c>request.Headers</c> is (request, "Headers"); <c>_headers</c> is (_headers, null); the
    /// implicit receiver of an initializer is the variable or member the new object is stored in (with the member
    /// being initialised, for <c>new HttpRequestMessage { Headers = { … } }</c>); an unnamed bag has an anchor instead.
    /// </summary>
    private static (ISymbol? Holder, string? Member, SyntaxNode? Anchor) Locate(IOperation? receiver, CancellationToken cancellationToken)
    {
        receiver = Unwrap(receiver);
        if (receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver)
        {
            receiver = FindInitializedTarget(implicitReceiver);
            if (receiver is null)
            {
                return (null, null, implicitReceiver.Syntax);
            }
        }

        if (receiver is IMemberReferenceOperation { Instance: { } instance } member
            && member is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation
            && Unwrap(instance) is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
        {
            var (owner, ownerAnchor) = Holder(instance, cancellationToken);
            return (owner, member.Member.Name, ownerAnchor);
        }

        var (holder, anchor) = Holder(receiver, cancellationToken);
        return (holder, null, anchor);
    }

    /// <summary>The symbol that holds a bag or its owner: a local, parameter, field, property, or this type; else an anchor.</summary>
    private static (ISymbol? Holder, SyntaxNode? Anchor) Holder(IOperation? operation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        operation = Unwrap(operation);
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return (local.Local, null);
            case IParameterReferenceOperation parameter:
                return (parameter.Parameter, null);
            case IFieldReferenceOperation field:
                return (field.Field, null);
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return (property.Property, null);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } self:
                return (self.Type, null);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver:
                var target = FindInitializedTarget(implicitReceiver);
                return target is null ? (null, implicitReceiver.Syntax) : Holder(target, cancellationToken);
            case IObjectCreationOperation or IAnonymousObjectCreationOperation or ITypeParameterObjectCreationOperation:
                return (StoredIn(operation), operation.Syntax);
            case null:
                return (null, null);
            default:
                return (null, operation.Syntax);
        }
    }

    /// <summary>
    /// What an implicit receiver stands for: the member being initialised (<c>Headers = { … }</c>) or the object
    /// being created.
    /// </summary>
    private static IOperation? FindInitializedTarget(IOperation implicitReceiver)
    {
        IOperation child = implicitReceiver;
        for (var current = implicitReceiver.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IMemberInitializerOperation memberInitializer && child == memberInitializer.Initializer)
            {
                return memberInitializer.InitializedMember;
            }

            if (current is IObjectCreationOperation or IAnonymousObjectCreationOperation or ITypeParameterObjectCreationOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Where a new object is stored: the local it initialises, the field or property it initialises or is assigned to.</summary>
    private static ISymbol? StoredIn(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } property } => property.Property,
            _ => null,
        };
    }

    private static IOperation? Unwrap(IOperation? operation) => OperationWrappers.Skip(operation);
}
