using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Issue 18, credentials in objects: the part of the origin search that follows the members of the project's own types
/// to where the compilation writes them (<see cref="MemberWrites"/>: creations, initializers, assignments, binding) and
/// the project's own helper methods through their return values.
/// </summary>
internal sealed partial class ValueOrigins
{
    private sealed partial class OriginSearch
    {
        /// <summary>
        /// An instance field or property of a type declared in this compilation, holding text: its value may come from
        /// where the type is created, assigned or bound, anywhere in the compilation.
        /// </summary>
        private static INamedTypeSymbol? OwnObjectType(ISymbol member)
        {
            if (member.IsStatic || member is IFieldSymbol { IsConst: true } || member.ContainingType is not { } type
                || type.DeclaringSyntaxReferences.IsEmpty || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return null;
            }

            var memberType = member switch
            {
                IPropertySymbol { IsIndexer: false } property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };

            return memberType?.SpecialType == SpecialType.System_String ? type.OriginalDefinition : null;
        }

        /// <summary>
        /// The values the compilation writes into <paramref name="member"/> of its own <paramref name="type"/> from outside
        /// the type's constructors: the arguments of every creation for the constructor parameters the member is assigned
        /// from (a positional record's parameter among them), the assignments (object initializers, <c>with</c>,
        /// <c>x.ApiKey = …</c>, Configure lambdas), and configuration or JSON binding of the type (reported at the read
        /// of the member: there is no other expression to trim).
        /// <para>Read from outside the type (another type's constructor or method), the constructor's parameters are
        /// replaced by what the creations pass; read inside the type, the constructor's parameters stay (the callers of
        /// the type's constructor decide, as before) and the writes are asked only when nothing else was found.</para>
        /// <para>Several places with different origins (an environment variable here, a constant or a computed value
        /// there) leave the member unclaimed (Unknown): only when every write is external text, or every write a
        /// constant, are they passed on. Empty defaults (<c>= ""</c>, <c>string.Empty</c>, <c>null!</c>) are no writes.
        /// A member set to its own trimmed value somewhere (<c>o.ApiKey = o.ApiKey.Trim()</c> in a PostConfigure) is
        /// trimmed everywhere.</para>
        /// </summary>
        private bool VisitObjectWrites(
            ISymbol member,
            INamedTypeSymbol type,
            IParameterSymbol? positional,
            IOperation reference,
            SemanticModel model,
            int start,
            bool trimmed,
            SyntaxNode? element,
            int depth)
        {
            // Inside the type, what its initializer (other than an empty default) and constructors give is the answer.
            var inside = IsInside(reference, type, model);
            if (inside && HasValueBeyondDefaults(start))
            {
                return false;
            }

            // From outside, the type's constructor parameters the member was traced to mean "what the creations pass".
            List<(IParameterSymbol Parameter, bool Trimmed)>? parameters = null;
            if (!inside)
            {
                var kept = start;
                for (var i = start; i < Sources.Count; i++)
                {
                    var source = Sources[i];
                    if (source is { Kind: ValueSourceKind.Parameter, Parameter: { } parameter }
                        && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                        && SymbolEqualityComparer.Default.Equals(constructor.ContainingType.OriginalDefinition, type))
                    {
                        (parameters ??= new()).Add((parameter.OriginalDefinition, source.Trimmed));
                        continue;
                    }

                    Sources[kept++] = source;
                }

                Sources.Count = kept;
            }

            if (positional is not null)
            {
                (parameters ??= new()).Add((positional, false));
            }

            var writes = _owner.WritesOf(type, model.Compilation, _cancellationToken);
            var first = Sources.Count;
            if (parameters is not null)
            {
                foreach (var creation in writes.Creations)
                {
                    foreach (var (parameter, parameterTrimmed) in parameters)
                    {
                        if (MemberWrites.ArgumentFor(creation, parameter) is { } argument)
                        {
                            Visit(argument, trimmed || parameterTrimmed, element, depth);
                        }
                    }
                }
            }

            foreach (var value in writes.AssignedValues(member))
            {
                Visit(value, trimmed, element, depth);
            }

            var binding = writes.Binding != TypeBinding.None ? writes.Binding : BindingThroughInstance(reference, model.Compilation, 0);
            if (binding != TypeBinding.None && IsBindable(member))
            {
                AddExternal(
                    element ?? reference.Syntax,
                    binding == TypeBinding.Json ? Descriptors.CredentialMessages.FromJson : Descriptors.CredentialMessages.FromConfiguration,
                    trimmed);
            }

            ResolveFactoryParameters(first, model.Compilation, element, depth);
            return SettleWrites(first, writes.IsNormalized(member), reference, trimmed) || Sources.Count > start;
        }

        /// <summary>
        /// <c>static OkxSettings Create(string apiKey) =&gt; new OkxSettings(apiKey);</c>: a write whose value is a
        /// parameter of one of the project's ordinary methods (a factory) means what every call of that method passes,
        /// one level up (a parameter of the caller stays a parameter, another origin).
        /// </summary>
        private void ResolveFactoryParameters(int first, Compilation compilation, SyntaxNode? element, int depth)
        {
            List<ValueSource>? parameters = null;
            var kept = first;
            for (var i = first; i < Sources.Count; i++)
            {
                var source = Sources[i];
                if (depth < MaxDepth / 2
                    && source is { Kind: ValueSourceKind.Parameter, Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary } factory }
                    && !factory.IsVirtual && !factory.IsAbstract && !factory.IsOverride && !factory.DeclaringSyntaxReferences.IsEmpty)
                {
                    (parameters ??= new()).Add(source);
                    continue;
                }

                Sources[kept++] = source;
            }

            if (parameters is null)
            {
                return;
            }

            Sources.Count = kept;
            foreach (var source in parameters)
            {
                var parameter = source.Parameter!;
                var calls = _owner.CallsOf((IMethodSymbol)parameter.ContainingSymbol.OriginalDefinition, compilation, _cancellationToken);
                if (calls.IsEmpty)
                {
                    // Nobody in the compilation calls it: the value comes from elsewhere.
                    Sources.Add(source);
                    continue;
                }

                foreach (var call in calls)
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Ordinal == parameter.Ordinal)
                        {
                            Visit(argument.Value, source.Trimmed, element, depth + 1);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// <c>settings.Okx.ApiKey</c> where <c>settings</c> is an <c>AppSettings</c> bound from configuration and <c>Okx</c>
        /// its settable property: the nested object is bound with it (up to three levels of member access).
        /// </summary>
        private TypeBinding BindingThroughInstance(IOperation reference, Compilation compilation, int level)
        {
            if (level >= 3 || reference is not IMemberReferenceOperation { Instance: { } instance })
            {
                return TypeBinding.None;
            }

            while (instance is IConversionOperation or IParenthesizedOperation or IConditionalAccessInstanceOperation)
            {
                instance = instance switch
                {
                    IConversionOperation conversion => conversion.Operand,
                    IParenthesizedOperation parenthesized => parenthesized.Operand,
                    _ => FindConditionalAccess(instance)?.Operation ?? instance,
                };
                if (instance is IConditionalAccessInstanceOperation)
                {
                    return TypeBinding.None;
                }
            }

            if (instance is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property }
                || property.ContainingType is not { } container || container.DeclaringSyntaxReferences.IsEmpty || !IsBindable(property))
            {
                return TypeBinding.None;
            }

            var binding = _owner.WritesOf(container.OriginalDefinition, compilation, _cancellationToken).Binding;
            return binding != TypeBinding.None ? binding : BindingThroughInstance(instance, compilation, level + 1);
        }

        private bool HasValueBeyondDefaults(int start)
        {
            for (var i = start; i < Sources.Count; i++)
            {
                if (Sources[i].Kind != ValueSourceKind.Constant || !string.IsNullOrEmpty(Sources[i].ConstantValue))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The "mixed origins" rule over the sources from <paramref name="first"/> on (see <see cref="VisitObjectWrites"/>).</summary>
        private bool SettleWrites(int first, bool normalized, IOperation reference, bool trimmed)
        {
            var kept = first;
            var external = 0;
            var constant = 0;
            for (var i = first; i < Sources.Count; i++)
            {
                var source = Sources[i];
                if (source.Kind == ValueSourceKind.Constant && string.IsNullOrEmpty(source.ConstantValue))
                {
                    continue; // a default, not a write
                }

                if (source.Kind == ValueSourceKind.ExternalText)
                {
                    external++;
                }
                else if (source.Kind == ValueSourceKind.Constant)
                {
                    constant++;
                }

                Sources[kept++] = normalized ? source.WithTrimmed(true) : source;
            }

            var count = kept - first;
            Sources.Count = kept;
            if (count == 0)
            {
                return false;
            }

            if (external != count && constant != count)
            {
                Sources.Count = first;
                AddUnknown(reference, trimmed);
            }

            return true;
        }

        /// <summary>A member the configuration binder and the JSON serializers write: a property with a public set or init accessor, or a positional one.</summary>
        private bool IsBindable(ISymbol member) =>
            member is IPropertySymbol property
            && (property.SetMethod is { DeclaredAccessibility: Accessibility.Public }
                || _owner.PositionalParameter(property, _cancellationToken) is not null);

        private bool IsInside(IOperation reference, INamedTypeSymbol type, SemanticModel model)
        {
            for (var enclosing = model.GetEnclosingSymbol(reference.Syntax.SpanStart, _cancellationToken); enclosing is not null; enclosing = enclosing.ContainingType)
            {
                if (enclosing is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type))
                {
                    return true;
                }

                if (enclosing.ContainingType is { } containing && SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>GetApiKey()</c> for <c>string GetApiKey() =&gt; Environment.GetEnvironmentVariable("OKX_API_KEY");</c>: a
        /// method (or local function) of this compilation with a body, not virtual, traced through its return values;
        /// what it returns of its own parameters is what the call passes for them.
        /// </summary>
        [SuppressMessage(
            "MicrosoftCodeAnalysisCorrectness",
            "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
            Justification = "A helper method that reads a credential usually lives in another file than the sink that uses it; asked only "
                + "for calls a credential sink's value comes from (or, for call arguments, helpers whose names say credential).")]
        private bool VisitHelperMethod(IInvocationOperation invocation, bool trimmed, SyntaxNode? element, int depth)
        {
            var method = invocation.TargetMethod.OriginalDefinition;
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
                || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern || method.IsImplicitlyDeclared
                || method.DeclaringSyntaxReferences.Length != 1 || invocation.SemanticModel is not { } callerModel
                || (_credentialNamesOnly && !CredentialNames.MayBeCredentialName(method.Name))
                || !_activeMethods.Add(method))
            {
                return false;
            }

            try
            {
                var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
                if (!callerModel.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                {
                    return false;
                }

                var model = syntax.SyntaxTree == callerModel.SyntaxTree ? callerModel : callerModel.Compilation.GetSemanticModel(syntax.SyntaxTree);
                if (model.GetOperation(syntax, _cancellationToken) is not { } body)
                {
                    return false;
                }

                var start = Sources.Count;
                var returned = false;
                foreach (var operation in new OperationDescendants(body))
                {
                    if (operation is IReturnOperation { ReturnedValue: { } value } && !IsInNestedFunction(operation, body))
                    {
                        returned = true;
                        Visit(value, trimmed, element, depth);
                    }
                }

                if (!returned)
                {
                    return false;
                }

                // What the helper returns of its own parameters: the arguments of this call.
                var end = Sources.Count;
                var kept = start;
                List<(IParameterSymbol, bool)>? parameters = null;
                for (var i = start; i < end; i++)
                {
                    var source = Sources[i];
                    if (source is { Kind: ValueSourceKind.Parameter, Parameter: { } parameter }
                        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method))
                    {
                        (parameters ??= new()).Add((parameter, source.Trimmed));
                        continue;
                    }

                    Sources[kept++] = source;
                }

                Sources.Count = kept;
                if (parameters is not null)
                {
                    foreach (var (parameter, parameterTrimmed) in parameters)
                    {
                        IOperation? given = null;
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Parameter?.Ordinal == parameter.Ordinal)
                            {
                                given = argument.Value;
                            }
                        }

                        if (given is null)
                        {
                            AddUnknown(invocation, trimmed);
                        }
                        else
                        {
                            Visit(given, trimmed || parameterTrimmed, element, depth);
                        }
                    }
                }

                return true;
            }
            finally
            {
                _activeMethods.Remove(method);
            }
        }

        private static bool IsInNestedFunction(IOperation operation, IOperation body)
        {
            for (var parent = operation.Parent; parent is not null && parent != body; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
