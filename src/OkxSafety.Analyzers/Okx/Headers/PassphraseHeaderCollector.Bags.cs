using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>PassphraseHeaderCollector: per bag, whether the passphrase header is sent whenever the signed headers are.</summary>
internal sealed partial class PassphraseHeaderCollector
{
    private PassphraseHeaderFinding? AnalyzeBag(HeaderBagKey key, List<HeaderWriteRecord> writes, PassphraseCompletions completions, List<HeaderWriteRecord> passphraseWrites, HashSet<HeaderBagKey> keyBags, CancellationToken cancellationToken)
    {
        HeaderWriteRecord? firstKey = null, firstSign = null, firstPassphrase = null, firstEmpty = null, firstMisspelled = null;
        var hasUnknown = false;
        foreach (var write in writes)
        {
            switch (write.Kind)
            {
                case PassphraseWriteKind.Signed when write.Write.Header == OkxHeader.AccessKey:
                    firstKey ??= write;
                    break;
                case PassphraseWriteKind.Signed:
                    firstSign ??= write;
                    break;
                case PassphraseWriteKind.Passphrase:
                    firstPassphrase ??= write;
                    break;
                case PassphraseWriteKind.EmptyPassphrase:
                    firstEmpty ??= write;
                    break;
                case PassphraseWriteKind.MisspelledPassphrase:
                    firstMisspelled ??= write;
                    break;
                case PassphraseWriteKind.UnknownName:
                    hasUnknown = true;
                    break;
            }
        }

        var signed = firstKey is not null || firstSign is not null;

        // A passphrase that is sent whenever the key or the signature is sent: nothing to say.
        HeaderWriteRecord? conditional = null;
        if (firstPassphrase is not null)
        {
            if (!signed || AnyEffectivePassphrase(writes, out conditional))
            {
                return null;
            }
        }

        if (firstMisspelled is not null && (signed || OkxHeaderNames.StartsLikeAccessHeader(firstMisspelled.Write.Name)))
        {
            return new PassphraseHeaderFinding(firstMisspelled.Syntax, PassphraseProblem.Misspelled, firstMisspelled.Write.Name);
        }

        if (firstEmpty is not null)
        {
            return new PassphraseHeaderFinding(firstEmpty.Syntax, PassphraseProblem.Empty);
        }

        if (!signed)
        {
            return null;
        }

        if (conditional is not null)
        {
            return new PassphraseHeaderFinding(conditional.Syntax, PassphraseProblem.Conditional, construct: OutermostUncoveredConstruct(conditional, writes));
        }

        // Missing: unless someone else may add it.
        if (hasUnknown
            || IsHandedToPassphraseHelper(key.Bag, cancellationToken)
            || MayBeCompletedElsewhere(key.Bag, completions, cancellationToken)
            || ReturnedChainMayBeCompleted(writes, completions, cancellationToken)
            || WrittenInACompanionBag(key.Bag, writes, passphraseWrites, completions)
            || IsDeclaredElsewhere(key.Bag)
            || (firstKey is null && keyBags.Count > 0))
        {
            return null;
        }

        var at = firstKey ?? firstSign!;
        return new PassphraseHeaderFinding(at.Syntax, PassphraseProblem.Missing, firstKey is not null ? OkxHeaderNames.AccessKey : OkxHeaderNames.AccessSign);
    }

    /// <summary>
    /// Split designs: the key in a client's DefaultRequestHeaders and the passphrase per request (or the other
    /// way round) anywhere in the type; headers gathered in a dictionary and copied into a request that gets
    /// the passphrase (or the other way round) in the same member, or when the bag leaves its method.
    /// </summary>
    private bool WrittenInACompanionBag(HeaderBag bag, List<HeaderWriteRecord> writes, List<HeaderWriteRecord> passphraseWrites, PassphraseCompletions completions)
    {
        foreach (var other in passphraseWrites)
        {
            var kind = other.Key.Bag.Kind;
            if (kind == bag.Kind)
            {
                continue;
            }

            // A header dictionary with its own key or signature is another request, complete in itself (issue 18).
            if (kind == HeaderBagKind.Dictionary && completions.SignedBags.Contains(other.Key))
            {
                continue;
            }

            if (kind == HeaderBagKind.DefaultRequestHeaders || bag.Kind == HeaderBagKind.DefaultRequestHeaders)
            {
                return true;
            }

            if (kind == HeaderBagKind.Dictionary || bag.Kind == HeaderBagKind.Dictionary)
            {
                if (bag.IsTypeScoped || bag.IsParameter || IsEscaped(bag))
                {
                    return true;
                }

                foreach (var write in writes)
                {
                    if (SymbolEqualityComparer.Default.Equals(write.Member, other.Member))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsEscaped(HeaderBag bag) => bag.Holder is { } holder && _escaped.ContainsKey(holder);

    private bool IsHandedToPassphraseHelper(HeaderBag bag, CancellationToken cancellationToken)
    {
        if (bag.Holder is not { } holder)
        {
            return false;
        }

        foreach (var (handed, method) in _handedToSourceMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(handed, holder) && MentionsPassphrase(method, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field or property declared in another type (a base class, another object): that type may write the passphrase.</summary>
    private bool IsDeclaredElsewhere(HeaderBag bag) =>
        bag.Holder is IFieldSymbol or IPropertySymbol
        && !SymbolEqualityComparer.Default.Equals(bag.Holder.ContainingType, _type);

    /// <summary>
    /// True when some passphrase write runs whenever a signed write runs: each branch it sits in is shared with
    /// a signed write or completed by a passphrase write in every alternative. Otherwise the first passphrase
    /// write is returned as the conditional one.
    /// </summary>
    private static bool AnyEffectivePassphrase(List<HeaderWriteRecord> writes, out HeaderWriteRecord? conditional)
    {
        conditional = null;
        foreach (var passphrase in writes)
        {
            if (passphrase.Kind != PassphraseWriteKind.Passphrase)
            {
                continue;
            }

            conditional ??= passphrase;
            foreach (var signed in writes)
            {
                if (signed.Kind == PassphraseWriteKind.Signed && UncoveredBranch(passphrase, signed, writes) is null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The outermost branch of <paramref name="passphrase"/> that <paramref name="signed"/> does not share and that no alternative completes.</summary>
    private static HeaderBranch? UncoveredBranch(HeaderWriteRecord passphrase, HeaderWriteRecord signed, List<HeaderWriteRecord> writes)
    {
        HeaderBranch? outermost = null;
        foreach (var branch in passphrase.Branches)
        {
            if (HeaderBranches.Contains(signed.Branches, branch) || IsCompleted(branch, writes))
            {
                continue;
            }

            outermost = branch;
        }

        return outermost;
    }

    private static bool IsCompleted(HeaderBranch branch, List<HeaderWriteRecord> writes)
    {
        if (branch.Alternatives.IsEmpty)
        {
            return false;
        }

        foreach (var alternative in branch.Alternatives)
        {
            var found = false;
            foreach (var write in writes)
            {
                if (write.Kind == PassphraseWriteKind.Passphrase
                    && write.Syntax.SyntaxTree == alternative.SyntaxTree
                    && alternative.Span.Contains(write.Syntax.Span))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The construct the conditional write should leave: its outermost uncovered branch relative to the first signed write.</summary>
    private static SyntaxNode? OutermostUncoveredConstruct(HeaderWriteRecord conditional, List<HeaderWriteRecord> writes)
    {
        foreach (var signed in writes)
        {
            if (signed.Kind == PassphraseWriteKind.Signed)
            {
                return UncoveredBranch(conditional, signed, writes)?.Construct;
            }
        }

        return null;
    }

    /// <summary>The local, field or property a value is stored into (declaration or assignment), through conversions and await.</summary>
    private static ISymbol? StoredInto(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IAwaitOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment => HolderOf(assignment.Target),
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            _ => null,
        };
    }

    /// <summary>The local, parameter, field or property an argument or returned value refers to (also through one member: request.Headers).</summary>
    private static ISymbol? HolderOf(IOperation operation)
    {
        operation = Unwrap(operation);
        if (operation is IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance }
            && Unwrap(instance) is not IInstanceReferenceOperation)
        {
            operation = Unwrap(instance);
        }

        return operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };
    }

    /// <summary>A method declared in source whose declaration mentions the passphrase: it may add the header to what it is given.</summary>
    private bool MentionsPassphrase(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        if (_helpers.TryGetValue(method, out var known))
        {
            return known;
        }

        var result = false;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.IdentifierToken) || token.IsKind(SyntaxKind.StringLiteralToken))
                    && token.ValueText.IndexOf("passphrase", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    result = true;
                    break;
                }
            }
        }

        _helpers.TryAdd(method, result);
        return result;
    }

    /// <summary>A URL held in a string or Uri: each fluent chain from it builds a new request.</summary>
    private static bool IsUrlHolder(ISymbol? holder)
    {
        var type = holder switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        return type is not null && (type.SpecialType == SpecialType.System_String || type.Name is "Uri" or "Url");
    }

    private static SyntaxNode? EnclosingStatement(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax || current.Parent is null)
            {
                return current.Syntax;
            }
        }

        return null;
    }

    private static int CompareBySource(HeaderWriteRecord x, HeaderWriteRecord y)
    {
        var byFile = string.CompareOrdinal(x.Syntax.SyntaxTree.FilePath, y.Syntax.SyntaxTree.FilePath);
        return byFile != 0 ? byFile : x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart);
    }

    /// <summary>Empty or whitespace constants, string.Empty, null and default.</summary>
    internal static bool IsEmptyConstant(IOperation value)
    {
        value = Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is null || (value.ConstantValue.Value is string text && string.IsNullOrWhiteSpace(text));
        }

        return value is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } }
            || value is IDefaultValueOperation { Type.IsReferenceType: true };
    }

    private static IOperation Unwrap(IOperation operation) =>
        OperationWrappers.Skip(operation is IArgumentOperation argument ? argument.Value : operation)!;
}
