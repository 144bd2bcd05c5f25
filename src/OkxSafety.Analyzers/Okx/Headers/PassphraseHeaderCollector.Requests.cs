using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// What the type's other code does for one request's passphrase, at the type's end: which holders get a passphrase
/// written, and whether a passphrase-only helper exists (a method that adds OK-ACCESS-PASSPHRASE to a request it is
/// given, or creates one that others sign).
/// </summary>
internal sealed class PassphraseCompletions
{
    public PassphraseCompletions(HashSet<ISymbol> holders, HashSet<HeaderBagKey> signedBags, bool helperExists)
    {
        Holders = holders;
        SignedBags = signedBags;
        HelperExists = helperExists;
    }

    /// <summary>The locals, parameters, fields and properties whose bag gets an OK-ACCESS-PASSPHRASE write.</summary>
    public HashSet<ISymbol> Holders { get; }

    /// <summary>The bags with OK-ACCESS-KEY or OK-ACCESS-SIGN: a request of their own, not a companion of another.</summary>
    public HashSet<HeaderBagKey> SignedBags { get; }

    /// <summary>A bag that gets only the passphrase and reaches other code (a parameter, a returned or type-scoped bag).</summary>
    public bool HelperExists { get; }
}

/// <summary>
/// PassphraseHeaderCollector, per request (issue 18): a signed bag that arrived as a parameter, or that the method
/// returns, is completed by other code only when that code works on the same request: a caller that adds the
/// passphrase to what it passes in (or gets back), or hands it to a method that mentions the passphrase; or, when no
/// code of the type calls the method, a passphrase-only helper the callers can apply. A passphrase written to another
/// request of the type, complete in itself, completes nothing.
/// </summary>
internal sealed partial class PassphraseHeaderCollector
{
    /// <summary>How deep the callers of callers are followed before the answer is "maybe".</summary>
    private const int MaxCallerDepth = 3;

    private static PassphraseCompletions Completions(Dictionary<HeaderBagKey, List<HeaderWriteRecord>> bags, System.Func<HeaderBag, bool> isEscaped)
    {
        var holders = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var signedBags = new HashSet<HeaderBagKey>();
        var helperExists = false;
        foreach (var pair in bags)
        {
            var hasPassphrase = false;
            var signed = false;
            foreach (var record in pair.Value)
            {
                hasPassphrase |= record.Kind == PassphraseWriteKind.Passphrase;
                signed |= record.Kind == PassphraseWriteKind.Signed;
            }

            if (signed)
            {
                signedBags.Add(pair.Key);
            }

            if (!hasPassphrase)
            {
                continue;
            }

            var bag = pair.Key.Bag;
            if (bag.Holder is { } holder)
            {
                holders.Add(holder);
            }

            if (!signed && (bag.IsParameter || bag.IsTypeScoped || isEscaped(bag)))
            {
                helperExists = true;
            }
        }

        return new PassphraseCompletions(holders, signedBags, helperExists);
    }

    /// <summary>
    /// A signed bag without the passphrase that is a parameter or is returned: may some other code of the type add the
    /// passphrase to this same request?
    /// </summary>
    private bool MayBeCompletedElsewhere(HeaderBag bag, PassphraseCompletions completions, CancellationToken cancellationToken) =>
        (bag.IsParameter || IsEscaped(bag)) && bag.Holder is { } holder && MayBeCompleted(holder, completions, 0, cancellationToken);

    /// <summary>The callers of the method that holds <paramref name="holder"/> complete the request it holds, or may.</summary>
    private bool MayBeCompleted(ISymbol holder, PassphraseCompletions completions, int depth, CancellationToken cancellationToken) =>
        holder.ContainingSymbol is not IMethodSymbol method || MayBeCompletedByCallers(method, TypeOf(holder), completions, depth, cancellationToken);

    /// <summary>
    /// A fluent chain its method returns without the passphrase (<c>IFlurlRequest Authed(…) =&gt; url.WithHeader(…)</c>):
    /// a caller chains the passphrase on the result, or stores the result and completes it, or (no caller in the type)
    /// a passphrase-only helper exists.
    /// </summary>
    private bool ReturnedChainMayBeCompleted(List<HeaderWriteRecord> writes, PassphraseCompletions completions, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            if (write.ReturnedFrom is not { } method)
            {
                continue;
            }

            var definition = method.OriginalDefinition;
            return _passphraseOnResultOf.ContainsKey(definition)
                   || MayBeCompletedByCallers(definition, method.ReturnType, completions, 0, cancellationToken);
        }

        return false;
    }

    private bool MayBeCompletedByCallers(IMethodSymbol method, ITypeSymbol? holderType, PassphraseCompletions completions, int depth, CancellationToken cancellationToken)
    {
        var definition = method.OriginalDefinition;
        var called = false;
        foreach (var (handed, target) in _handedToSourceMethod)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolEqualityComparer.Default.Equals(target, definition) || !SameType(TypeOf(handed), holderType))
            {
                continue;
            }

            called = true;
            if (IsCompletedAt(handed, definition, completions, depth, cancellationToken))
            {
                return true;
            }
        }

        // Not called with a request by code of the type: a passphrase-only helper its callers can apply; or an extension
        // method (made to be called from other types, none of its callers in view) in a type that writes the passphrase.
        return !called && (completions.HelperExists || (method.IsExtensionMethod && completions.Holders.Count > 0));
    }

    /// <summary>What a caller passes in (or stores the result into) gets the passphrase, or may.</summary>
    private bool IsCompletedAt(ISymbol handed, IMethodSymbol except, PassphraseCompletions completions, int depth, CancellationToken cancellationToken)
    {
        if (completions.Holders.Contains(handed))
        {
            return true;
        }

        foreach (var (other, method) in _handedToSourceMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(other, handed)
                && !SymbolEqualityComparer.Default.Equals(method, except)
                && MentionsPassphrase(method, cancellationToken))
            {
                return true;
            }
        }

        switch (handed)
        {
            case IParameterSymbol:
                return depth >= MaxCallerDepth || MayBeCompleted(handed, completions, depth + 1, cancellationToken);
            case ILocalSymbol:
                return _escaped.ContainsKey(handed) && (depth >= MaxCallerDepth || MayBeCompleted(handed, completions, depth + 1, cancellationToken));
            default:
                // A field or property: the type's code anywhere may complete it.
                return true;
        }
    }

    /// <summary>
    /// The method whose body returns the fluent chain <paramref name="chainOperation"/> is part of (<c>return url.WithHeader(…)</c>,
    /// an expression body), else null; not a lambda's or a local function's return.
    /// </summary>
    private static IMethodSymbol? ReturnedChainMethod(IOperation chainOperation, ISymbol member)
    {
        var current = chainOperation;
        var chainEnd = chainOperation;
        while (true)
        {
            var parent = current.Parent;
            if (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
            }
            else if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension } argument
                     && extension.Arguments.Length > 0 && extension.Arguments[0] == argument)
            {
                current = chainEnd = extension;
            }
            else if (parent is IInvocationOperation call && call.Instance == current)
            {
                current = chainEnd = call;
            }
            else
            {
                break;
            }
        }

        // Only the request itself (not what sending it gives back: GetStringAsync, ExecuteAsync…), returned from the method.
        return current.Parent is IReturnOperation returned
               && SymbolEqualityComparer.Default.Equals(chainEnd.Type?.OriginalDefinition, chainOperation.Type?.OriginalDefinition)
               && !InLambda(returned)
               && member is IMethodSymbol method
            ? method
            : null;

        static bool InLambda(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// <c>Authed(…).WithHeader("OK-ACCESS-PASSPHRASE", …)</c>: the source method whose returned request the chain of
    /// <paramref name="chainOperation"/> starts from, else null.
    /// </summary>
    private static IMethodSymbol? ChainOnResultOf(IOperation chainOperation)
    {
        var current = chainOperation as IInvocationOperation;
        while (current is not null)
        {
            var receiver = current.TargetMethod.IsExtensionMethod && current.Arguments.Length > 0 ? current.Arguments[0].Value : current.Instance;
            while (receiver is IConversionOperation or IParenthesizedOperation)
            {
                receiver = receiver is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)receiver).Operand;
            }

            if (receiver is not IInvocationOperation inner)
            {
                return null;
            }

            if (!inner.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
            {
                return inner.TargetMethod.OriginalDefinition;
            }

            current = inner;
        }

        return null;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>Unknown types match anything (the answer stays "maybe").</summary>
    private static bool SameType(ITypeSymbol? a, ITypeSymbol? b) =>
        a is null || b is null || a.TypeKind == TypeKind.Error || b.TypeKind == TypeKind.Error
        || SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition);
}
