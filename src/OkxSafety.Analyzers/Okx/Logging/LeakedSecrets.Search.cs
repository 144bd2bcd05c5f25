using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Logging;

internal sealed partial class LeakedSecrets
{
    /// <summary>One search of a written value for a secret: what the value is made of (this file) and what each part is (LeakedSecrets.Kinds.cs).</summary>
    private sealed partial class LeakSearch
    {
        private readonly LeakedSecrets _owner;
        private readonly ISymbol _containingSymbol;
        private readonly bool _structured;
        private readonly List<Leak> _leaks;
        private readonly SearchScope _scope;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ISymbol> _expanded = new(SymbolEqualityComparer.Default);
        private bool? _siteIsOkx;

        public LeakSearch(LeakedSecrets owner, ISymbol containingSymbol, bool structured, SearchScope scope, List<Leak> leaks, CancellationToken cancellationToken)
        {
            _owner = owner;
            _scope = scope;
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
                    new LeakSearch(_owner, _containingSymbol, _structured, _scope, found, _cancellationToken).Visit(defined, false, depth, carrier: null);
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
    }
}
