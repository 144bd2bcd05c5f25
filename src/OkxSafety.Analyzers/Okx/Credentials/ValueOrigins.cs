using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Traces a value back to where it came from: constants (through consts, readonly fields, auto-properties and
/// locals, across files), external text (environment, configuration, files, console, JSON), parameters, or
/// unknown; and whether it passed through Trim() on the way. Locals are followed flow-sensitively (the last
/// unconditional assignment before the use wins); fields and auto-properties through their initializers and the
/// assignments in their type's constructors; members of the project's own types also to where the compilation writes
/// them, and the project's own helper methods through their return values (ValueOrigins.Objects.cs).
/// </summary>
internal sealed partial class ValueOrigins
{
    private const int MaxDepth = 16;

    private static readonly ConditionalWeakTable<OkxTypes, ValueOrigins> s_byTypes = new();

    private readonly OkxTypes _types;

    // OKX001 and OKX002 trace the same sink values (the driver hands both rules the same operation objects): the
    // second asks this instead of walking again. Only traced values are kept, and only as long as the compilation.
    private readonly ConcurrentDictionary<IOperation, ImmutableArray<ValueSource>> _traced = new();

    // The same for the cheaper trace of call arguments (objects and helpers followed only where a name says credential).
    private readonly ConcurrentDictionary<IOperation, ImmutableArray<ValueSource>> _tracedNamed = new();

    // What the compilation writes into the members of its own types (settings, options, records), per type: made once,
    // for the types a traced value is read from (MemberWrites).
    private readonly ConcurrentDictionary<INamedTypeSymbol, MemberWrites> _writes = new(SymbolEqualityComparer.Default);

    // The trees' candidate write sites, found once per tree for all the types above.
    private readonly MemberWrites.WriteSites _writeSites = new();

    public ValueOrigins(OkxTypes types)
    {
        _types = types;
    }

    /// <summary>The instance of a compilation (its <see cref="OkxTypes"/>), shared by the rules that trace credentials.</summary>
    public static ValueOrigins For(OkxTypes types) => s_byTypes.GetValue(types, static t => new ValueOrigins(t));

    public ImmutableArray<ValueSource> Trace(IOperation value, CancellationToken cancellationToken) =>
        Trace(value, credentialNamesOnly: false, cancellationToken);

    /// <param name="credentialNamesOnly">
    /// Follow members of the project's own types and its helper methods only when their names say credential
    /// (<c>settings.ApiKey</c>, <c>GetSecretKey()</c>): for values that are not yet known to reach a sink (call
    /// arguments), so that tracing them costs little; a sink's own value is traced in full.
    /// </param>
    public ImmutableArray<ValueSource> Trace(IOperation value, bool credentialNamesOnly, CancellationToken cancellationToken)
    {
        var cache = credentialNamesOnly ? _tracedNamed : _traced;
        if (cache.TryGetValue(value, out var known))
        {
            return known;
        }

        var walk = new OriginSearch(this, credentialNamesOnly, cancellationToken);
        walk.Visit(value, trimmed: false, element: null, depth: 0);
        return cache.GetOrAdd(value, walk.Sources.ToImmutable());
    }

    // The calls of the project's factory methods whose parameters a member write is traced to, per method.
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IInvocationOperation>> _calls = new(SymbolEqualityComparer.Default);

    private ImmutableArray<IInvocationOperation> CallsOf(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (_calls.TryGetValue(method, out var known))
        {
            return known;
        }

        return _calls.GetOrAdd(method, MemberWrites.CallsOf(method, compilation, cancellationToken));
    }

    // A positional record's parameter per property (of the record's definition: a response envelope's properties are
    // asked about in every constructed form, and each form builds its constructors anew).
    private readonly ConcurrentDictionary<IPropertySymbol, IParameterSymbol?> _positional = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// <see cref="MemberWrites.PositionalParameter"/> of the property's definition: the parameter of the record's
    /// definition (as <see cref="MemberWrites.ArgumentFor"/> compares constructors by their definitions).
    /// </summary>
    private IParameterSymbol? PositionalParameter(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var definition = property.OriginalDefinition;
        if (_positional.TryGetValue(definition, out var known))
        {
            return known;
        }

        return _positional.GetOrAdd(definition, MemberWrites.PositionalParameter(definition, cancellationToken));
    }

    private MemberWrites WritesOf(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (_writes.TryGetValue(type, out var known))
        {
            return known;
        }

        // Computed outside the dictionary: two threads may both compute it, with the same result.
        return _writes.GetOrAdd(type, MemberWrites.Scan(type, compilation, _types, _writeSites, cancellationToken));
    }

    private sealed partial class OriginSearch
    {
        private readonly ValueOrigins _owner;
        private readonly OkxTypes _types;
        private readonly bool _credentialNamesOnly;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<object> _visited = new();

        // The helper methods being traced (a method calling itself, or two calling each other, end here).
        private readonly HashSet<IMethodSymbol> _activeMethods = new(SymbolEqualityComparer.Default);

        public OriginSearch(ValueOrigins owner, bool credentialNamesOnly, CancellationToken cancellationToken)
        {
            _owner = owner;
            _types = owner._types;
            _credentialNamesOnly = credentialNamesOnly;
            _cancellationToken = cancellationToken;
        }

        public ImmutableArray<ValueSource>.Builder Sources { get; } = ImmutableArray.CreateBuilder<ValueSource>();

        /// <param name="element">When the value is one element of a sequence (lines[0], lines.First()), that element's syntax: the place to report and to trim.</param>
        public void Visit(IOperation? operation, bool trimmed, SyntaxNode? element, int depth)
        {
            if (operation is null)
            {
                return;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth)
            {
                AddUnknown(operation, trimmed);
                return;
            }

            depth++;
            if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is string or null)
            {
                AddConstant(operation, (string?)operation.ConstantValue.Value, trimmed);
                return;
            }

            switch (operation)
            {
                case IConversionOperation { OperatorMethod: { } userOperator } conversion:
                    if (OkxTypes.IsOrDerivesFrom(userOperator.ContainingType, _types.JToken))
                    {
                        AddExternal(element ?? conversion.Syntax, Descriptors.CredentialMessages.FromJson, trimmed);
                    }
                    else
                    {
                        AddUnknown(operation, trimmed);
                    }

                    return;
                case IConversionOperation conversion:
                    Visit(conversion.Operand, trimmed, element, depth);
                    return;
                case IParenthesizedOperation parenthesized:
                    Visit(parenthesized.Operand, trimmed, element, depth);
                    return;
                case IUtf8StringOperation utf8:
                    AddConstant(utf8, utf8.Value, trimmed);
                    return;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, trimmed, element, depth);
                    Visit(coalesce.WhenNull, trimmed, element, depth);
                    return;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Visit(conditional.WhenTrue, trimmed, element, depth);
                    Visit(whenFalse, trimmed, element, depth);
                    return;
                case IThrowOperation:
                    return;
                case IAwaitOperation awaited:
                    // The text is the awaited result: report and trim `await reader.ReadLineAsync()`, not the task.
                    Visit(awaited.Operation, trimmed, element ?? awaited.Syntax, depth);
                    return;
                case IConditionalAccessOperation conditionalAccess:
                    Visit(conditionalAccess.WhenNotNull, trimmed, element, depth);
                    return;
                case IConditionalAccessInstanceOperation instance:
                    Visit(FindConditionalAccess(instance)?.Operation, trimmed, element, depth);
                    return;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation, trimmed, element, depth);
                    return;
                case IArrayElementReferenceOperation arrayElement:
                    Visit(arrayElement.ArrayReference, trimmed, element ?? arrayElement.Syntax, depth);
                    return;
                case IPropertyReferenceOperation property when ExternalReads.IsConfigurationRead(property):
                    AddExternal(element ?? property.Syntax, Descriptors.CredentialMessages.FromConfiguration, trimmed);
                    return;
                case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                    VisitMember(property.Property, property, trimmed, element, depth);
                    return;
                case IFieldReferenceOperation field:
                    VisitMember(field.Field, field, trimmed, element, depth);
                    return;
                case ILocalReferenceOperation local:
                    VisitLocal(local, trimmed, element, depth);
                    return;
                case IParameterReferenceOperation parameter:
                    VisitParameter(parameter, trimmed, element, depth);
                    return;
                default:
                    AddUnknown(operation, trimmed);
                    return;
            }
        }

        private void VisitInvocation(IInvocationOperation invocation, bool trimmed, SyntaxNode? element, int depth)
        {
            var method = invocation.TargetMethod;
            var containingType = method.ContainingType;
            var receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

            if (containingType.SpecialType == SpecialType.System_String && invocation.Instance is not null)
            {
                switch (method.Name)
                {
                    case "Trim":
                        Visit(invocation.Instance, trimmed: true, element, depth);
                        return;
                    case "TrimEnd" or "TrimStart" when invocation.Instance is IInvocationOperation { Instance: { } inner } other
                        && other.TargetMethod.ContainingType.SpecialType == SpecialType.System_String
                        && other.TargetMethod.Name == (method.Name == "TrimEnd" ? "TrimStart" : "TrimEnd"):
                        // TrimStart().TrimEnd() (either order) trims both sides, like Trim().
                        Visit(inner, trimmed: true, element, depth);
                        return;
                    case "TrimEnd" or "TrimStart" or "ToString" or "Normalize":
                        // TrimEnd or TrimStart alone still leave one side: the value stays untrimmed.
                        Visit(invocation.Instance, trimmed, element, depth);
                        return;
                }
            }

            if (method.Name == "GetBytes" && OkxTypes.IsOrDerivesFrom(containingType, _types.Encoding) && invocation.Arguments.Length >= 1
                && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                Visit(invocation.Arguments[0].Value, trimmed, element, depth);
                return;
            }

            if (method.Name == "FromBase64String" && SymbolEqualityComparer.Default.Equals(containingType, _types.Convert))
            {
                Visit(invocation.Arguments[0].Value, trimmed, element, depth);
                return;
            }

            if (method.Name == "ToArray" && invocation.Instance is { } spanLike && spanLike.Type?.Name is "ReadOnlySpan" or "Span")
            {
                Visit(spanLike, trimmed, element, depth);
                return;
            }

            if (method.IsExtensionMethod && receiver is not null && containingType.Name == "Enumerable"
                && method.Name is "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt" or "ElementAtOrDefault")
            {
                Visit(receiver, trimmed, element ?? invocation.Syntax, depth);
                return;
            }

            var description = ExternalTextSource(invocation, receiver);
            if (description is not null)
            {
                AddExternal(element ?? invocation.Syntax, description, trimmed);
                return;
            }

            if (VisitHelperMethod(invocation, trimmed, element, depth))
            {
                return;
            }

            AddUnknown(invocation, trimmed);
        }

        /// <summary>Where a call reads external text from (for messages), or null when it does not.</summary>
        private string? ExternalTextSource(IInvocationOperation invocation, IOperation? receiver) =>
            ExternalReads.OfCall(invocation, receiver, _types) switch
            {
                ExternalReadKind.EnvironmentVariable => Descriptors.CredentialMessages.FromEnvironmentVariable,
                ExternalReadKind.Configuration => Descriptors.CredentialMessages.FromConfiguration,
                ExternalReadKind.FileText => Descriptors.CredentialMessages.FromFile,
                ExternalReadKind.Console => Descriptors.CredentialMessages.FromConsole,
                ExternalReadKind.Reader => ExternalReads.IsConsoleIn(receiver, _types) ? Descriptors.CredentialMessages.FromConsole : Descriptors.CredentialMessages.FromFileOrStream,
                ExternalReadKind.Json => Descriptors.CredentialMessages.FromJson,
                _ => null, // bytes from a file are not text a credential is typed into
            };

        /// <summary>A field or property: its initializer and the assignments in its type's constructors.</summary>
        private void VisitMember(ISymbol member, IOperation reference, bool trimmed, SyntaxNode? element, int depth)
        {
            IParameterSymbol? positional = null;
            if (member is IPropertySymbol property && !DeclaredValues.IsAutoProperty(property, _cancellationToken)
                && DeclaredValues.GetDeclaredExpression(property, _cancellationToken) is null
                && (positional = _owner.PositionalParameter(property, _cancellationToken)) is null)
            {
                // A property with accessor bodies (a setter that trims, a getter that computes): nothing is claimed.
                AddUnknown(reference, trimmed);
                return;
            }

            if (!_visited.Add(member))
            {
                return;
            }

            var start = Sources.Count;
            var found = false;
            var model = reference.SemanticModel;
            if (DeclaredValues.GetDeclaredExpression(member, _cancellationToken) is { } declared)
            {
                found = true;
                VisitDeclaredExpression(declared, model, trimmed, element, depth);
            }

            if (model is not null)
            {
                foreach (var assigned in ConstructorAssignments(member, model))
                {
                    found = true;
                    Visit(assigned, trimmed, element, depth);
                }
            }

            // A property with accessor bodies stores what its setter makes of the value: only its getter is followed (above).
            if (model is not null && OwnObjectType(member) is { } type
                && (member is IFieldSymbol || positional is not null || DeclaredValues.IsAutoProperty((IPropertySymbol)member, _cancellationToken))
                && (!_credentialNamesOnly || CredentialNames.MayBeCredentialName(member.Name)))
            {
                found |= VisitObjectWrites(member, type, positional, reference, model, start, trimmed, element, depth);
            }

            if (!found)
            {
                AddUnknown(reference, trimmed);
            }
        }

        /// <summary>An initializer: traced in full when the analyzer has its file's semantic model, folded in syntax otherwise.</summary>
        private void VisitDeclaredExpression(ExpressionSyntax expression, SemanticModel? model, bool trimmed, SyntaxNode? element, int depth)
        {
            // The semantic model has no operation for `value!` itself, only for `value`.
            while (expression is PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression } suppressed)
            {
                expression = suppressed.Operand;
            }

            if (model is not null && model.SyntaxTree == expression.SyntaxTree && model.GetOperation(expression, _cancellationToken) is { } operation)
            {
                Visit(operation, trimmed, element, depth);
            }
            else if (DeclaredValues.TryFoldString(expression, null, out var constant))
            {
                Sources.Add(new ValueSource(ValueSourceKind.Constant, expression, trimmed, constantValue: constant));
            }
            else
            {
                Sources.Add(new ValueSource(ValueSourceKind.Unknown, expression, trimmed));
            }
        }

        [SuppressMessage(
            "MicrosoftCodeAnalysisCorrectness",
            "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
            Justification = "The constructor that assigns a traced member may be in another file (a partial type, a settings class read "
                + "from a client); asked only for members a traced value is read from.")]
        private IEnumerable<IOperation> ConstructorAssignments(ISymbol member, SemanticModel model)
        {
            var type = member.ContainingType;
            var constructors = member.IsStatic ? type.StaticConstructors : type.InstanceConstructors;
            foreach (var constructor in constructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    // A constructor in another file (a partial type, a settings class read from a client): its own model.
                    var constructorModel = reference.SyntaxTree == model.SyntaxTree ? model
                        : model.Compilation.ContainsSyntaxTree(reference.SyntaxTree) ? model.Compilation.GetSemanticModel(reference.SyntaxTree)
                        : null;
                    if (constructorModel is null
                        || constructorModel.GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    foreach (var operation in new OperationDescendants(body))
                    {
                        if (operation is IAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                            && SymbolEqualityComparer.Default.Equals(target.Member, member))
                        {
                            yield return assignment.Value;
                        }
                    }
                }
            }
        }

        /// <summary>A local: the definitions that reach the use (the last unconditional one before it, and conditional ones after that).</summary>
        private void VisitLocal(ILocalReferenceOperation use, bool trimmed, SyntaxNode? element, int depth)
        {
            if (!_visited.Add(use))
            {
                return;
            }

            var definitions = LocalDefinitions.Reaching(use, _cancellationToken);
            if (definitions.IsEmpty)
            {
                AddUnknown(use, trimmed);
                return;
            }

            foreach (var definition in definitions)
            {
                if (definition is null)
                {
                    AddUnknown(use, trimmed);
                }
                else
                {
                    Visit(definition, trimmed, element, depth);
                }
            }
        }

        /// <summary>A parameter: the caller's value, unless an assignment in the body replaces it before the use.</summary>
        private void VisitParameter(IParameterReferenceOperation use, bool trimmed, SyntaxNode? element, int depth)
        {
            if (!_visited.Add(use))
            {
                return;
            }

            var definitions = LocalDefinitions.Reaching(use, _cancellationToken, out var entryReaches);
            if (entryReaches)
            {
                Sources.Add(new ValueSource(ValueSourceKind.Parameter, use.Syntax, trimmed, parameter: use.Parameter));
            }

            foreach (var definition in definitions)
            {
                if (definition is null)
                {
                    AddUnknown(use, trimmed);
                }
                else
                {
                    Visit(definition, trimmed, element, depth);
                }
            }
        }

        private static IConditionalAccessOperation? FindConditionalAccess(IOperation instance)
        {
            for (var current = instance.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access)
                {
                    return access;
                }
            }

            return null;
        }

        private void AddConstant(IOperation operation, string? value, bool trimmed)
        {
            // Report at the constant's declaration when the value comes through a const.
            SyntaxNode node = operation.Syntax;
            var inner = operation;
            while (inner is IConversionOperation or IParenthesizedOperation)
            {
                inner = inner is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)inner).Operand;
            }

            ISymbol? constant = inner switch
            {
                IFieldReferenceOperation { Field.IsConst: true } field => field.Field,
                ILocalReferenceOperation { Local.IsConst: true } local => local.Local,
                _ => null,
            };

            if (constant is not null && DeclaredValues.GetDeclaredExpression(constant, _cancellationToken) is { } declared)
            {
                node = FollowConstantChain(declared, value, operation.SemanticModel);
            }

            Sources.Add(new ValueSource(ValueSourceKind.Constant, node, trimmed, constantValue: value));
        }

        /// <summary>
        /// <c>const string B = A;</c>: the declaration of the const the initializer names, until a literal or an
        /// expression (the place to report). In another file, found by name among the compilation's consts of that value.
        /// </summary>
        private ExpressionSyntax FollowConstantChain(ExpressionSyntax declared, string? value, SemanticModel? model)
        {
            for (var i = 0; i < MaxDepth; i++)
            {
                while (declared is ParenthesizedExpressionSyntax parenthesized)
                {
                    declared = parenthesized.Expression;
                }

                var name = declared switch
                {
                    IdentifierNameSyntax identifier => identifier,
                    MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } => member,
                    _ => null,
                };
                if (name is null || model is null)
                {
                    break;
                }

                ISymbol? next = null;
                if (model.SyntaxTree == declared.SyntaxTree)
                {
                    next = model.GetSymbolInfo(declared, _cancellationToken).Symbol;
                }
                else
                {
                    foreach (var candidate in model.Compilation.GetSymbolsWithName(name.Identifier.ValueText, SymbolFilter.Member, _cancellationToken))
                    {
                        if (candidate is IFieldSymbol { IsConst: true, ConstantValue: string candidateValue } && candidateValue == value
                            && (declared is not MemberAccessExpressionSyntax access || SyntaxByName.LastName(access.Expression) == candidate.ContainingType.Name))
                        {
                            if (next is not null)
                            {
                                next = null;
                                break;
                            }

                            next = candidate;
                        }
                    }
                }

                if (next is not (IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true })
                    || DeclaredValues.GetDeclaredExpression(next, _cancellationToken) is not { } nextDeclared)
                {
                    break;
                }

                declared = nextDeclared;
            }

            return declared;
        }

        private void AddExternal(SyntaxNode node, string description, bool trimmed)
        {
            // section?.Value: the read is the whole conditional access, not its `.Value` binding.
            while (node.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == node)
            {
                node = access;
            }

            Sources.Add(new ValueSource(ValueSourceKind.ExternalText, node, trimmed, description));
        }

        private void AddUnknown(IOperation operation, bool trimmed) =>
            Sources.Add(new ValueSource(ValueSourceKind.Unknown, operation.Syntax, trimmed));
    }
}
