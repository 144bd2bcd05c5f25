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
    private sealed partial class LeakSearch
    {
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
            foreach (var source in _owner._origins.Trace(operation, credentialNamesOnly: true, _cancellationToken))
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

            if (_owner.ForBody(root, _containingSymbol, _scope, _cancellationToken).Symbols.TryGetValue(symbol, out var kind))
            {
                return kind;
            }

            if (symbol is IFieldSymbol or IPropertySymbol && operation.SemanticModel is { } model)
            {
                foreach (var member in _owner.ForTypeNaming(operation.Syntax, model, symbol, _containingSymbol, _scope, _cancellationToken))
                {
                    if (member.Symbols.TryGetValue(symbol, out kind))
                    {
                        return kind;
                    }
                }
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

            if (HasBag(_owner.ForBody(root, _containingSymbol, _scope, _cancellationToken), holder, member))
            {
                return true;
            }

            if (holder is IFieldSymbol or IPropertySymbol && operation.SemanticModel is { } model)
            {
                foreach (var body in _owner.ForTypeNaming(operation.Syntax, model, holder, _containingSymbol, _scope, _cancellationToken))
                {
                    if (HasBag(body, holder, member))
                    {
                        return true;
                    }
                }
            }

            return false;
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
