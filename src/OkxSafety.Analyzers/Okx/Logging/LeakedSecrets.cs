using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Logging;

/// <summary>How a secret is in the text written.</summary>
internal enum LeakForm
{
    /// <summary>The value itself, or part of it (a prefix longer than 4 characters, its Base64 or bytes).</summary>
    Value,

    /// <summary>An object with a secret member, destructured (Serilog '@') or printed by a record's ToString().</summary>
    ObjectMember,

    /// <summary>The headers of a request that carries OK-ACCESS-PASSPHRASE (or the request, whose ToString() prints them).</summary>
    RequestHeaders,

    /// <summary>Those headers enumerated one by one (a foreach, a LINQ chain) and written without leaving OK-ACCESS-PASSPHRASE out.</summary>
    EnumeratedHeaders,
}

/// <summary>One secret found in text being written: the expression that carries it, and what it is.</summary>
internal readonly struct Leak
{
    public Leak(CredentialKind kind, LeakForm form, IOperation operation, string? member = null)
    {
        Kind = kind;
        Form = form;
        Operation = operation;
        Member = member;
    }

    public CredentialKind Kind { get; }

    public LeakForm Form { get; }

    /// <summary>The expression to report and to mask (never a constant).</summary>
    public IOperation Operation { get; }

    /// <summary>For <see cref="LeakForm.ObjectMember"/>: "Type.Member".</summary>
    public string? Member { get; }
}

/// <summary>
/// Finds the OKX secret keys and passphrases in a value written as text: through interpolation, concatenation,
/// string.Format / Concat / Join, Trim / ToUpper / Substring (longer than 4 characters) / Base64, locals that hold a
/// message, anonymous objects and tuples. A value is a secret when the credential model says so: its name
/// (<see cref="CredentialNames"/>, in OKX context, not a lookup key), its origin (an environment variable or a
/// configuration key named for a secret, <see cref="ValueOrigins"/>), or its use in the same body as a credential
/// sink (<see cref="CredentialSinks"/>, <see cref="HeaderWrites"/>). Not secrets: the API key, constants, the result
/// of any other call (Mask(secret), a hash), a prefix of at most 4 characters, numbers and booleans (.Length).
/// One instance per compilation.
/// </summary>
internal sealed class LeakedSecrets
{
    private const int MaxDepth = 12;
    private const int LongestAllowedPart = 4;

    private readonly OkxTypes _types;
    private readonly OkxContext _context;
    private readonly ValueOrigins _origins;
    private readonly ConcurrentDictionary<IOperation, BodyCredentials> _bodies = new();
    private readonly ConcurrentDictionary<SyntaxNode, BodyCredentials> _typeBodies = new();

    public LeakedSecrets(OkxTypes types, OkxContext context, ValueOrigins origins)
    {
        _types = types;
        _context = context;
        _origins = origins;
    }

    /// <param name="destructure">The value goes to a Serilog '@' hole: its public properties are written.</param>
    /// <param name="structured">The sink is a structured logger, which writes dictionaries and sequences item by item.</param>
    public void Find(IOperation value, bool destructure, bool structured, ISymbol containingSymbol, List<Leak> leaks, CancellationToken cancellationToken) =>
        new Walk(this, containingSymbol, structured, leaks, cancellationToken).Visit(value, destructure, 0, carrier: null);

    /// <summary>What one body (or type) says about credentials: the symbols it gives to credential sinks, the header bags that get the passphrase.</summary>
    private sealed class BodyCredentials
    {
        public Dictionary<ISymbol, CredentialKind> Symbols { get; } = new(SymbolEqualityComparer.Default);

        public List<HeaderBag> PassphraseBags { get; } = new();
    }

    private BodyCredentials ForBody(IOperation root, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        if (_bodies.TryGetValue(root, out var known))
        {
            return known;
        }

        var result = new BodyCredentials();
        Collect(root, containingSymbol, result, cancellationToken);
        return _bodies.GetOrAdd(root, result);
    }

    /// <summary>The credentials of every member body of the type declaration around <paramref name="node"/> (same file).</summary>
    private BodyCredentials ForType(SyntaxNode node, SemanticModel model, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        var declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (declaration is null)
        {
            return new BodyCredentials();
        }

        if (_typeBodies.TryGetValue(declaration, out var known))
        {
            return known;
        }

        var result = new BodyCredentials();
        foreach (var member in declaration.Members)
        {
            if (member is BaseMethodDeclarationSyntax && model.GetOperation(member, cancellationToken) is { } body)
            {
                Collect(body, containingSymbol, result, cancellationToken);
            }
        }

        return _typeBodies.GetOrAdd(declaration, result);
    }

    private void Collect(IOperation root, ISymbol containingSymbol, BodyCredentials result, CancellationToken cancellationToken)
    {
        var sinks = new List<CredentialSink>();
        foreach (var operation in new OperationDescendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation.Kind is OperationKind.Invocation or OperationKind.SimpleAssignment
                && HeaderWrites.TryGetHeaderWrite(operation, _types, cancellationToken, out var write))
            {
                if (write.Credential is { } headerKind)
                {
                    AddSymbol(result, write.ValueOperation, headerKind);
                    if (headerKind == CredentialKind.Passphrase)
                    {
                        result.PassphraseBags.Add(write.Bag);
                    }
                }

                continue;
            }

            if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment
                && CredentialSinks.MayBeSink(operation, containingSymbol, includeNamedMembers: false, extraNames: null))
            {
                sinks.Clear();
                CredentialSinks.Collect(operation, containingSymbol, _types, _context, includeNamedMembers: false, extraNames: null, sinks, cancellationToken);
                foreach (var sink in sinks)
                {
                    AddSymbol(result, sink.Value, sink.Kind);
                }
            }
        }
    }

    /// <summary>The local, parameter, field or property a sink's value is read from (through Trim, GetBytes, ??, casts).</summary>
    private static void AddSymbol(BodyCredentials result, IOperation value, CredentialKind kind)
    {
        for (var i = 0; i < MaxDepth; i++)
        {
            value = OperationWrappers.Skip(value)!;
            switch (value)
            {
                case IInvocationOperation { TargetMethod.Name: "Trim" or "TrimEnd" or "TrimStart" or "ToCharArray", Instance: { } instance }:
                    value = instance;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: >= 1 } getBytes:
                    value = getBytes.Arguments[0].Value;
                    continue;
                case ICoalesceOperation coalesce:
                    value = coalesce.Value;
                    continue;
            }

            break;
        }

        ISymbol? symbol = value switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };

        if (symbol is not null && !result.Symbols.ContainsKey(symbol))
        {
            result.Symbols.Add(symbol, kind);
        }
    }

    private sealed class Walk
    {
        private readonly LeakedSecrets _owner;
        private readonly ISymbol _containingSymbol;
        private readonly bool _structured;
        private readonly List<Leak> _leaks;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ISymbol> _expanded = new(SymbolEqualityComparer.Default);
        private bool? _siteIsOkx;

        public Walk(LeakedSecrets owner, ISymbol containingSymbol, bool structured, List<Leak> leaks, CancellationToken cancellationToken)
        {
            _owner = owner;
            _containingSymbol = containingSymbol;
            _structured = structured;
            _leaks = leaks;
            _cancellationToken = cancellationToken;
        }

        private bool SiteIsOkx => _siteIsOkx ??= _owner._context.IsOkxContext(_containingSymbol, _cancellationToken);

        /// <param name="carrier">The outermost expression that still is the value (secret.Trim(), Base64 of its bytes): the one to report and mask.</param>
        public void Visit(IOperation? operation, bool destructure, int depth, IOperation? carrier)
        {
            operation = OperationWrappers.Skip(operation);
            if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
            {
                return;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            depth++;
            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Visit(hole.Expression, false, depth, carrier: null);
                        }
                        else if (part is IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: > 0 } append })
                        {
                            // An interpolated string handler (Debug.Assert, StringBuilder.Append): AppendFormatted(value).
                            Visit(append.Arguments[0].Value, false, depth, carrier: null);
                        }
                    }

                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    Visit(binary.LeftOperand, false, depth, carrier: null);
                    Visit(binary.RightOperand, false, depth, carrier: null);
                    return;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, destructure, depth, carrier: null);
                    Visit(coalesce.WhenNull, destructure, depth, carrier: null);
                    return;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Visit(conditional.WhenTrue, destructure, depth, carrier: null);
                    Visit(whenFalse, destructure, depth, carrier: null);
                    return;
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        Visit(element, destructure, depth, carrier: null);
                    }

                    return;
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation member)
                        {
                            Visit(member.Value, destructure, depth, carrier: null);
                        }
                    }

                    return;
                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements)
                    {
                        Visit(element, destructure, depth, carrier: null);
                    }

                    return;
                case IInterpolatedStringHandlerCreationOperation handler:
                    Visit(handler.Content, false, depth, carrier: null);
                    return;
                case IObjectCreationOperation { Initializer: { } initializer } creation when _structured && IsCollection(creation.Type):
                    // new Dictionary<string, object> { ["Passphrase"] = passphrase } given to a structured logger.
                    foreach (var element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case ISimpleAssignmentOperation assignment:
                                Visit(assignment.Value, destructure, depth, carrier: null);
                                break;
                            case IInvocationOperation add:
                                foreach (var argument in add.Arguments)
                                {
                                    Visit(argument.Value, destructure, depth, carrier: null);
                                }

                                break;
                        }
                    }

                    return;
                case IConditionalAccessOperation access:
                    // secret?.Trim(), secret?.ToUpperInvariant(): the value, changed in a way that keeps it.
                    if (access.WhenNotNull is IInvocationOperation { Instance: IConditionalAccessInstanceOperation } changed && KeepsValue(changed))
                    {
                        Visit(access.Operation, false, depth, carrier ?? access);
                    }
                    else if (IsText(access.Type) && ValueKind(access, depth) is { } accessed && accessed != CredentialKind.ApiKey)
                    {
                        // _options?.SecretKey, config?["Okx:Passphrase"]
                        _leaks.Add(new Leak(accessed, LeakForm.Value, carrier ?? access));
                    }

                    return;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation, destructure, depth, carrier);
                    return;
                case ILocalReferenceOperation local when IsText(local.Type):
                    VisitLocal(local, depth, carrier);
                    return;
                default:
                    Leaf(operation, destructure, depth, carrier);
                    return;
            }
        }

        private void VisitInvocation(IInvocationOperation invocation, bool destructure, int depth, IOperation? carrier)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type?.SpecialType == SpecialType.System_String)
            {
                if (method.IsStatic && method.Name is "Format" or "Concat" or "Join" or "Copy")
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        Visit(argument.Value, false, depth, carrier: null);
                    }
                }
                else if (invocation.Instance is { } instance && KeepsValue(invocation))
                {
                    Visit(instance, false, depth, carrier ?? invocation);
                }

                return;
            }

            if (method is { Name: "ToString", IsStatic: false, Parameters.IsEmpty: true } && invocation.Instance is { } printed)
            {
                Visit(printed, false, depth, carrier ?? invocation);
                return;
            }

            if (invocation.Arguments.Length >= 1 && method.Name is "Serialize" or "SerializeObject" && type is not null
                && (type.Name == "JsonConvert" || (type.Name == "JsonSerializer" && OkxTypes.IsInNamespace(type, "System.Text.Json"))))
            {
                // JSON of an object: its public properties, as a destructuring logger writes them.
                Visit(invocation.Arguments[0].Value, true, depth, carrier: null);
                return;
            }

            if (type?.Name == "Enumerable" && method.IsExtensionMethod && invocation.Arguments.Length >= 1)
            {
                // request.Headers.Select(h => h.Key + "=" + string.Join(",", h.Value)): every header, the passphrase too.
                var source = OperationWrappers.Skip(invocation.Arguments[0].Value)!;
                while (source is IInvocationOperation { TargetMethod: { IsExtensionMethod: true, ContainingType.Name: "Enumerable" }, Arguments.Length: >= 1 } inner)
                {
                    source = OperationWrappers.Skip(inner.Arguments[0].Value)!;
                }

                if (IsHeaderBag(source.Type) && !MentionsPassphraseHeader(invocation.Syntax) && IsSignedBag(source))
                {
                    _leaks.Add(new Leak(CredentialKind.Passphrase, LeakForm.EnumeratedHeaders, source));
                }

                return;
            }

            if (invocation.Arguments.Length >= 1
                && ((method.Name is "GetBytes" or "GetString" && OkxTypes.IsOrDerivesFrom(type, _owner._types.Encoding))
                    || (method.Name is "ToBase64String" or "ToHexString" or "ToHexStringLower" && SymbolEqualityComparer.Default.Equals(type, _owner._types.Convert))))
            {
                Visit(invocation.Arguments[0].Value, false, depth, carrier ?? invocation);
                return;
            }

            Leaf(invocation, destructure, depth, carrier);
        }

        /// <summary>A string method whose result still is the value, or a part of it longer than 4 characters.</summary>
        private static bool KeepsValue(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            switch (method.Name)
            {
                case "Trim" or "TrimStart" or "TrimEnd" or "ToUpper" or "ToUpperInvariant" or "ToLower" or "ToLowerInvariant"
                    or "Normalize" or "PadLeft" or "PadRight" or "ToString" or "ToCharArray" or "Clone":
                    return true;
                case "Substring" or "Remove" or "AsSpan":
                    return !IsShortPart(invocation);
                default:
                    return false; // Replace, GetHashCode, Contains, Equals…: not the value
            }
        }

        /// <summary>
        /// Substring(0, n) / Remove(n) / AsSpan(0, n) with n ≤ 4: a prefix that may be shown before a mask;
        /// Substring(s.Length - n) with n ≤ 4: a suffix.
        /// </summary>
        private static bool IsShortPart(IInvocationOperation invocation)
        {
            var arguments = invocation.Arguments;
            if (invocation.TargetMethod.Name == "Remove")
            {
                return arguments.Length == 1 && SmallConstant(arguments[0].Value);
            }

            if (arguments.Length == 2)
            {
                return SmallConstant(arguments[1].Value);
            }

            return arguments.Length == 1
                   && OperationWrappers.Skip(arguments[0].Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } start
                   && OperationWrappers.Skip(start.LeftOperand) is IPropertyReferenceOperation { Property.Name: "Length" }
                   && SmallConstant(start.RightOperand);
        }

        private static bool SmallConstant(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: int n } && n <= LongestAllowedPart;

        /// <summary>
        /// A local: a secret itself (by name, by its use as a sink, by its definitions), or a message composed from
        /// one (<c>var text = $"… {secret}"; Log(text)</c>), reported inside the composition.
        /// </summary>
        private void VisitLocal(ILocalReferenceOperation local, int depth, IOperation? carrier)
        {
            var kind = ValueKind(local, depth);
            if (kind is CredentialKind.ApiKey)
            {
                return;
            }

            if (kind is { } secret)
            {
                _leaks.Add(new Leak(secret, LeakForm.Value, carrier ?? local));
                return;
            }

            if (!_expanded.Add(local.Local))
            {
                return;
            }

            foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
            {
                var defined = OperationWrappers.Skip(definition);
                if (IsComposition(defined))
                {
                    Visit(definition, false, depth, carrier: null);
                }
                else if (IsJson(defined))
                {
                    // var json = JsonSerializer.Serialize(login); Send(json); Log(json): the JSON is also sent, so the
                    // secret is masked where the JSON is written, not inside it.
                    var found = new List<Leak>();
                    new Walk(_owner, _containingSymbol, _structured, found, _cancellationToken).Visit(defined, false, depth, carrier: null);
                    if (found.Count > 0)
                    {
                        _leaks.Add(new Leak(found[0].Kind, LeakForm.Value, carrier ?? local));
                        return;
                    }
                }
            }
        }

        private static bool IsJson(IOperation? operation) =>
            operation is IInvocationOperation { TargetMethod: { Name: "Serialize" or "SerializeObject", ContainingType.Name: "JsonSerializer" or "JsonConvert" } };

        private static bool IsComposition(IOperation? operation) => operation switch
        {
            IInterpolatedStringOperation => true,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
            IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Format" or "Concat" or "Join" } method } => method.ContainingType?.SpecialType == SpecialType.System_String,
            _ => false,
        };

        private void Leaf(IOperation operation, bool destructure, int depth, IOperation? carrier)
        {
            var type = operation.Type;
            if (type is null)
            {
                return;
            }

            if (EnumeratedBag(operation) is { } enumerated)
            {
                _leaks.Add(new Leak(CredentialKind.Passphrase, LeakForm.EnumeratedHeaders, enumerated));
                return;
            }

            if (operation is ILocalReferenceOperation builder && type.Name == "StringBuilder" && _expanded.Add(builder.Local))
            {
                VisitAppends(builder, depth);
                return;
            }

            if (IsText(type))
            {
                if (ValueKind(operation, depth) is { } kind && kind != CredentialKind.ApiKey)
                {
                    _leaks.Add(new Leak(kind, LeakForm.Value, carrier ?? operation));
                }

                return;
            }

            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return;
            }

            if (IsRequestOrHeaders(named))
            {
                if (IsSignedBag(operation))
                {
                    _leaks.Add(new Leak(CredentialKind.Passphrase, LeakForm.RequestHeaders, operation));
                }

                return;
            }

            if (_structured && _owner._types.IsStringKeyedDictionary(named))
            {
                if (IsSignedBag(operation))
                {
                    _leaks.Add(new Leak(CredentialKind.Passphrase, LeakForm.RequestHeaders, operation));
                }

                return;
            }

            if ((destructure || PrintsMembers(named)) && CredentialMember(named, propertiesOnly: destructure) is { } member)
            {
                _leaks.Add(new Leak(member.Kind, LeakForm.ObjectMember, operation, member.Name));
            }
        }

        /// <summary>
        /// header, header.Value (or header.Value joined) of <c>foreach (var header in request.Headers)</c> over a signed
        /// bag, when the loop does not mention OK-ACCESS-PASSPHRASE (to skip or mask it): the loop's collection.
        /// </summary>
        private IOperation? EnumeratedBag(IOperation operation)
        {
            var local = operation switch
            {
                ILocalReferenceOperation reference => reference.Local,
                IPropertyReferenceOperation { Property.Name: "Value", Instance: ILocalReferenceOperation instance } => instance.Local,
                _ => null,
            };

            if (local is null)
            {
                return null;
            }

            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IForEachLoopOperation loop && loop.Locals.IndexOf(local, 0, SymbolEqualityComparer.Default) >= 0)
                {
                    var collection = OperationWrappers.Skip(loop.Collection)!;
                    return IsHeaderBag(collection.Type) && !MentionsPassphraseHeader(loop.Syntax) && IsSignedBag(collection) ? collection : null;
                }
            }

            return null;
        }

        private bool IsHeaderBag(ITypeSymbol? type) =>
            OkxTypes.IsOrDerivesFrom(type, _owner._types.HttpHeaders) || _owner._types.IsStringKeyedDictionary(type);

        /// <summary>The code names the passphrase header (a literal, or a member named for it): it leaves it out or masks it.</summary>
        private static bool MentionsPassphraseHeader(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                if ((token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken
                     && string.Equals(token.ValueText, OkxHeaderNames.AccessPassphrase, StringComparison.OrdinalIgnoreCase))
                    || (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken
                        && token.ValueText.IndexOf("passphrase", StringComparison.OrdinalIgnoreCase) >= 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>sb.Append(…), AppendLine, AppendFormat, Insert on a StringBuilder local of this body: what it holds.</summary>
        private void VisitAppends(ILocalReferenceOperation builder, int depth)
        {
            var root = (IOperation)builder;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (var operation in new OperationDescendants(root))
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" or "AppendFormat" or "Insert" } append
                    && BuilderOf(append) is { } target && SymbolEqualityComparer.Default.Equals(target, builder.Local))
                {
                    foreach (var argument in append.Arguments)
                    {
                        Visit(argument.Value, false, depth, carrier: null);
                    }
                }
            }
        }

        /// <summary>The local a StringBuilder call (or a chain of them: sb.Append(a).Append(b)) appends to.</summary>
        private static ILocalSymbol? BuilderOf(IInvocationOperation append)
        {
            var receiver = OperationWrappers.Skip(append.Instance);
            while (receiver is IInvocationOperation { Instance: { } inner } chained && chained.TargetMethod.ContainingType?.Name == "StringBuilder")
            {
                receiver = OperationWrappers.Skip(inner);
            }

            return (receiver as ILocalReferenceOperation)?.Local;
        }

        private bool IsCollection(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType == SpecialType.System_String)
            {
                return false;
            }

            if (_owner._types.IsStringKeyedDictionary(type))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Which credential a text value is, by the model: name, sink use, definitions, origin. Null when none.</summary>
        private CredentialKind? ValueKind(IOperation operation, int depth)
        {
            operation = OperationWrappers.Skip(operation)!;
            if (depth > MaxDepth || operation.ConstantValue.HasValue)
            {
                return null;
            }

            depth++;
            ISymbol? symbol = null;
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    symbol = local.Local;
                    if (NamedKind(symbol, memberContext: false) is { } localKind)
                    {
                        return localKind;
                    }

                    if (SinkKind(operation, symbol) is { } localSink)
                    {
                        return localSink;
                    }

                    foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
                    {
                        if (definition is not null && !IsComposition(OperationWrappers.Skip(definition)) && ValueKind(definition, depth) is { } defined)
                        {
                            return defined;
                        }
                    }

                    return null;
                case IParameterReferenceOperation parameter:
                    symbol = parameter.Parameter;
                    break;
                case IFieldReferenceOperation field:
                    symbol = field.Field;
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                    symbol = property.Property;
                    break;
                case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when ExternalReads.IsConfigurationRead(indexer):
                    return KeyKind(indexer.Arguments[0].Value);
                case ICoalesceOperation coalesce:
                    return ValueKind(coalesce.Value, depth) ?? ValueKind(coalesce.WhenNull, depth);
                case IConditionalAccessOperation access:
                    var inner = access.WhenNotNull;
                    while (inner is IConditionalAccessOperation nested)
                    {
                        inner = nested.WhenNotNull;
                    }

                    return inner is IInvocationOperation { Instance: IConditionalAccessInstanceOperation } changed
                        ? (KeepsValue(changed) ? ValueKind(access.Operation, depth) : null)
                        : ValueKind(inner, depth);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return ValueKind(conditional.WhenTrue, depth) ?? ValueKind(whenFalse, depth);
                case IInvocationOperation invocation:
                    if (invocation.Instance is { } changedInstance && KeepsValue(invocation))
                    {
                        return ValueKind(changedInstance, depth);
                    }

                    if (invocation.TargetMethod is { Parameters.IsEmpty: true, IsStatic: false } or { Parameters.IsEmpty: true, IsStatic: true }
                        && !invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty
                        && NamedKind(invocation.TargetMethod, memberContext: true) is { } returned)
                    {
                        return returned;
                    }

                    if (ExternalReads.OfCall(invocation, invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null), _owner._types)
                        is ExternalReadKind.EnvironmentVariable or ExternalReadKind.Configuration)
                    {
                        return ReadKind(invocation);
                    }

                    return null;
                default:
                    return null;
            }

            if (NamedKind(symbol, memberContext: symbol is IFieldSymbol or IPropertySymbol) is { } named)
            {
                return named;
            }

            if (SinkKind(operation, symbol) is { } sinkKind)
            {
                return sinkKind;
            }

            // A field or property assigned from an environment variable or configuration key named for a secret.
            foreach (var source in _owner._origins.Trace(operation, _cancellationToken))
            {
                if (source.Kind == ValueSourceKind.ExternalText && ReadKind(source.Node, operation.SemanticModel) is { } read)
                {
                    return read;
                }
            }

            return null;
        }

        /// <summary>The credential a member, local or parameter name says it holds, in OKX code (not a lookup key).</summary>
        private CredentialKind? NamedKind(ISymbol symbol, bool memberContext)
        {
            if (!CredentialNames.MayBeCredentialName(symbol.Name) || CredentialNames.FromName(symbol.Name) is not { } kind)
            {
                return null;
            }

            if (!SiteIsOkx && !(memberContext && (_owner._context.IsOkxContext(symbol.ContainingType, _cancellationToken) || _owner._types.IsSdkCredentialType(symbol.ContainingType))))
            {
                return null;
            }

            return kind == CredentialKind.ApiKey || !LookupKeys.IsUsedAsLookupKey(symbol, _cancellationToken) ? kind : null;
        }

        private CredentialKind? SinkKind(IOperation operation, ISymbol symbol)
        {
            var root = operation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (_owner.ForBody(root, _containingSymbol, _cancellationToken).Symbols.TryGetValue(symbol, out var kind))
            {
                return kind;
            }

            if (symbol is IFieldSymbol or IPropertySymbol && operation.SemanticModel is { } model
                && _owner.ForType(operation.Syntax, model, _containingSymbol, _cancellationToken).Symbols.TryGetValue(symbol, out kind))
            {
                return kind;
            }

            return null;
        }

        /// <summary>GetEnvironmentVariable("OKX_SECRET_KEY"), GetValue&lt;string&gt;("Okx:Passphrase"), GetSection("Okx:SecretKey").Value.</summary>
        private CredentialKind? ReadKind(IOperation read)
        {
            for (var current = OperationWrappers.Skip(read); current is not null;)
            {
                switch (current)
                {
                    case IInvocationOperation invocation:
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Value.Type?.SpecialType == SpecialType.System_String && argument.Value.ConstantValue.HasValue)
                            {
                                return KeyKind(argument.Value);
                            }
                        }

                        current = OperationWrappers.Skip(invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null));
                        continue;
                    case IPropertyReferenceOperation { Arguments.Length: 1 } indexer:
                        return KeyKind(indexer.Arguments[0].Value);
                    case IPropertyReferenceOperation property:
                        current = OperationWrappers.Skip(property.Instance);
                        continue;
                    case IConditionalAccessOperation access:
                        current = OperationWrappers.Skip(access.Operation);
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        private CredentialKind? ReadKind(SyntaxNode node, SemanticModel? model) =>
            model is not null && model.SyntaxTree == node.SyntaxTree && model.GetOperation(node, _cancellationToken) is { } read ? ReadKind(read) : null;

        /// <summary>An environment-variable name or configuration key ("OKX_SECRET_KEY", "Okx:Passphrase"): the credential its last part names.</summary>
        private CredentialKind? KeyKind(IOperation key)
        {
            if (key.ConstantValue.Value is not string text)
            {
                return null;
            }

            var last = text.Substring(text.LastIndexOf(':') + 1);
            return CredentialNames.FromName(last) is { } kind && (SiteIsOkx || OkxContext.IsOkxText(text)) ? kind : null;
        }

        private bool IsRequestOrHeaders(INamedTypeSymbol type) =>
            OkxTypes.IsOrDerivesFrom(type, _owner._types.HttpHeaders) || OkxTypes.IsOrDerivesFrom(type, _owner._types.HttpRequestMessage);

        /// <summary>The printed request or header bag gets an OK-ACCESS-PASSPHRASE header in this body (or, held in a member, in its type).</summary>
        private bool IsSignedBag(IOperation operation)
        {
            operation = OperationWrappers.Skip(operation)!;
            ISymbol? holder;
            string? member;
            if (OkxTypes.IsOrDerivesFrom(operation.Type, _owner._types.HttpRequestMessage))
            {
                holder = HolderOf(operation);
                member = "Headers";
            }
            else if (operation is IPropertyReferenceOperation { Property.Name: "Headers" or "DefaultRequestHeaders", Instance: { } instance } bagProperty)
            {
                holder = HolderOf(OperationWrappers.Skip(instance)!);
                member = bagProperty.Property.Name;
            }
            else
            {
                holder = HolderOf(operation);
                member = null;
            }

            if (holder is null)
            {
                return false;
            }

            var root = operation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (HasBag(_owner.ForBody(root, _containingSymbol, _cancellationToken), holder, member))
            {
                return true;
            }

            return holder is IFieldSymbol or IPropertySymbol && operation.SemanticModel is { } model
                   && HasBag(_owner.ForType(operation.Syntax, model, _containingSymbol, _cancellationToken), holder, member);
        }

        private static bool HasBag(BodyCredentials credentials, ISymbol holder, string? member)
        {
            foreach (var bag in credentials.PassphraseBags)
            {
                if (SymbolEqualityComparer.Default.Equals(bag.Holder, holder) && string.Equals(bag.Member, member, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol? HolderOf(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };

        /// <summary>A record whose compiler-written ToString() prints every public member.</summary>
        private static bool PrintsMembers(INamedTypeSymbol type)
        {
            for (var current = type; current is { IsRecord: true }; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("ToString"))
                {
                    if (member is IMethodSymbol { Parameters.IsEmpty: true, IsImplicitlyDeclared: false })
                    {
                        return false;
                    }
                }

                foreach (var member in current.GetMembers("PrintMembers"))
                {
                    if (!member.IsImplicitlyDeclared)
                    {
                        return false;
                    }
                }
            }

            return type.IsRecord;
        }

        /// <summary>A public secret key or passphrase member of the type (or its bases), as the credential model names them.</summary>
        private (CredentialKind Kind, string Name)? CredentialMember(INamedTypeSymbol type, bool propertiesOnly)
        {
            if (!SiteIsOkx && !_owner._context.IsOkxContext(type, _cancellationToken) && !_owner._types.IsSdkCredentialType(type))
            {
                return null;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !CredentialNames.MayBeCredentialName(member.Name))
                    {
                        continue;
                    }

                    var memberType = member switch
                    {
                        IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                        IFieldSymbol { IsConst: false } field when !propertiesOnly => field.Type,
                        _ => null,
                    };

                    if (memberType is not null && IsText(memberType)
                        && CredentialNames.FromName(member.Name) is { } kind && kind != CredentialKind.ApiKey)
                    {
                        return (kind, (type.IsAnonymousType ? "anonymous object" : type.Name) + "." + member.Name);
                    }
                }
            }

            return null;
        }

        private static bool IsText(ITypeSymbol? type) =>
            type is not null
            && (type.SpecialType == SpecialType.System_String
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte });
    }
}
