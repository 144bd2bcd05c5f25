using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

internal enum PassphraseWriteKind
{
    /// <summary>OK-ACCESS-KEY or OK-ACCESS-SIGN: the bag is a signed request.</summary>
    Signed,
    Passphrase,
    EmptyPassphrase,
    MisspelledPassphrase,

    /// <summary>A header whose name is not known at compile time: it may be the passphrase.</summary>
    UnknownName,
    Other,
}

internal sealed class HeaderWriteRecord
{
    /// <summary>The member whose body holds the write.</summary>
    public ISymbol Member { get; }

    public HeaderWriteRecord(HeaderWrite write, PassphraseWriteKind kind, HeaderBagKey key, ImmutableArray<HeaderBranch> branches, ISymbol member, IMethodSymbol? returnedFrom = null)
    {
        Member = member;
        ReturnedFrom = returnedFrom;
        Write = write;
        Kind = kind;
        Key = key;
        Branches = branches;
    }

    /// <summary>For a write in a fluent chain that its method returns: that method (its callers may add the rest).</summary>
    public IMethodSymbol? ReturnedFrom { get; }

    public HeaderWrite Write { get; }
    public PassphraseWriteKind Kind { get; }
    public HeaderBagKey Key { get; }
    public ImmutableArray<HeaderBranch> Branches { get; }
    public SyntaxNode Syntax => Write.Operation.Syntax;
}

/// <summary>
/// A bag, plus the statement for fluent chains that start from a URL string: each such chain is its own request
/// even when the URL sits in a field.
/// </summary>
internal readonly struct HeaderBagKey : IEquatable<HeaderBagKey>
{
    public HeaderBagKey(HeaderBag bag, SyntaxNode? chain)
    {
        Bag = bag;
        Chain = chain;
    }

    public HeaderBag Bag { get; }
    public SyntaxNode? Chain { get; }

    public bool Equals(HeaderBagKey other) => Bag.Equals(other.Bag) && Equals(Chain, other.Chain);

    public override bool Equals(object? obj) => obj is HeaderBagKey other && Equals(other);

    public override int GetHashCode() => (Bag.GetHashCode() * 397) ^ (Chain?.GetHashCode() ?? 0);
}

/// <summary>
/// OKX003's model of one type (all its partial declarations): collects its header writes, the holders it hands to
/// its own methods or returns, and at the type's end says, per header bag, what is wrong with its passphrase header.
/// </summary>
internal sealed partial class PassphraseHeaderCollector
{
    private readonly INamedTypeSymbol _type;
    private readonly OkxTypes _types;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _helpers;
    private readonly ConcurrentQueue<HeaderWriteRecord> _writes = new();
    private readonly ConcurrentDictionary<ISymbol, bool> _escaped = new(SymbolEqualityComparer.Default);
    /// <summary>Source methods whose returned fluent request gets OK-ACCESS-PASSPHRASE chained on by a caller: <c>Authed(…).WithHeader(…)</c>.</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _passphraseOnResultOf = new(SymbolEqualityComparer.Default);
    /// <summary>Holders handed to (or produced by) a source method: checked at the end, only for bags that miss the passphrase.</summary>
    private readonly ConcurrentQueue<(ISymbol Holder, IMethodSymbol Method)> _handedToSourceMethod = new();
    /// <summary>Bodies where code that mentions the passphrase or an OK-ACCESS header could not be bound: no finding there.</summary>
    private readonly ConcurrentDictionary<SyntaxNode, bool> _unboundBodies = new();

    public PassphraseHeaderCollector(INamedTypeSymbol type, OkxTypes types, ConcurrentDictionary<IMethodSymbol, bool> helpers)
    {
        _type = type;
        _types = types;
        _helpers = helpers;
    }

    public void OnWriteOrCall(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        if (HeaderWrites.TryGetHeaderWrite(operation, _types, context.CancellationToken, out var write))
        {
            Record(write, context.ContainingSymbol);
            return;
        }

        var (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        if (method is null)
        {
            return;
        }

        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        // var request = CreateSignedRequest(…) or new SignedRequest(…): source code that mentions the passphrase may have written it already.
        if (StoredInto(operation) is { } target)
        {
            _handedToSourceMethod.Enqueue((target, method.OriginalDefinition));
        }

        foreach (var argument in arguments)
        {
            if (HolderOf(argument.Value) is { } holder)
            {
                _handedToSourceMethod.Enqueue((holder, method.OriginalDefinition));
            }
        }
    }

    /// <summary>
    /// Code the compiler could not bind (a fluent AddHeader chain on an unresolved type) that mentions the passphrase
    /// or an OK-ACCESS header: what it writes is unknown, so the body it is in gets no finding.
    /// </summary>
    public void OnInvalid(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        if (operation.Parent is IInvalidOperation || !MentionsAccessHeader(operation.Syntax))
        {
            return;
        }

        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        _unboundBodies.TryAdd(root.Syntax, true);
    }

    private static bool MentionsAccessHeader(SyntaxNode syntax)
    {
        foreach (var token in syntax.DescendantTokens())
        {
            var text = token.ValueText;
            if (text.IndexOf(OkxVocabulary.PassphraseWord, StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf(OkxVocabulary.AccessHeaderStem, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInUnboundBody(SyntaxNode node)
    {
        if (_unboundBodies.IsEmpty)
        {
            return false;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (_unboundBodies.ContainsKey(current))
            {
                return true;
            }
        }

        return false;
    }

    public void OnReturn(OperationAnalysisContext context)
    {
        if (((IReturnOperation)context.Operation).ReturnedValue is { } returned && HolderOf(returned) is { } holder)
        {
            _escaped.TryAdd(holder, true);
        }
    }

    private void Record(HeaderWrite write, ISymbol member)
    {
        var kind = Classify(write);
        var chain = write.Bag.Kind == HeaderBagKind.FluentRequest && IsUrlHolder(write.Bag.Holder)
            ? EnclosingStatement(write.ChainOperation)
            : null;
        var scope = write.Bag.Holder is ILocalSymbol local && local.DeclaringSyntaxReferences.Length > 0
            ? local.DeclaringSyntaxReferences[0].GetSyntax()
            : write.Bag.Anchor;
        var branches = kind is PassphraseWriteKind.Other or PassphraseWriteKind.UnknownName
            ? ImmutableArray<HeaderBranch>.Empty
            : HeaderBranches.Of(write.Operation, scope);
        var returnedFrom = write.Bag.Kind == HeaderBagKind.FluentRequest && kind == PassphraseWriteKind.Signed ? ReturnedChainMethod(write.ChainOperation, member) : null;
        if (kind == PassphraseWriteKind.Passphrase && write.Bag.Kind == HeaderBagKind.FluentRequest && ChainOnResultOf(write.ChainOperation) is { } producer)
        {
            _passphraseOnResultOf.TryAdd(producer, true);
        }

        _writes.Enqueue(new HeaderWriteRecord(write, kind, new HeaderBagKey(write.Bag, chain), branches, member, returnedFrom));
    }

    private static PassphraseWriteKind Classify(HeaderWrite write)
    {
        switch (write.Header)
        {
            case OkxHeader.AccessKey or OkxHeader.AccessSign:
                return PassphraseWriteKind.Signed;
            case OkxHeader.AccessPassphrase:
                return IsEmptyConstant(write.ValueOperation) ? PassphraseWriteKind.EmptyPassphrase : PassphraseWriteKind.Passphrase;
        }

        if (write.Name is null)
        {
            return PassphraseWriteKind.UnknownName;
        }

        return OkxHeaderNames.IsPassphraseNearMiss(write.Name) ? PassphraseWriteKind.MisspelledPassphrase : PassphraseWriteKind.Other;
    }

    /// <summary>At the type's end: one finding per header bag whose passphrase header is missing, conditional, empty or misspelled.</summary>
    public List<PassphraseHeaderFinding> Findings(CancellationToken cancellationToken)
    {
        var findings = new List<PassphraseHeaderFinding>();
        if (_writes.IsEmpty)
        {
            return findings;
        }

        var records = new List<HeaderWriteRecord>(_writes);
        records.Sort(CompareBySource);

        var bags = new Dictionary<HeaderBagKey, List<HeaderWriteRecord>>();
        var order = new List<HeaderBagKey>();
        var passphraseWrites = new List<HeaderWriteRecord>();
        var keyBags = new HashSet<HeaderBagKey>();
        foreach (var record in records)
        {
            if (!bags.TryGetValue(record.Key, out var list))
            {
                list = new List<HeaderWriteRecord>();
                bags.Add(record.Key, list);
                order.Add(record.Key);
            }

            list.Add(record);
            if (record.Kind == PassphraseWriteKind.Passphrase)
            {
                passphraseWrites.Add(record);
            }

            if (record.Write.Header == OkxHeader.AccessKey)
            {
                keyBags.Add(record.Key);
            }
        }

        var completions = Completions(bags, IsEscaped);
        foreach (var key in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AnalyzeBag(key, bags[key], completions, passphraseWrites, keyBags, cancellationToken) is { } finding
                && !IsInUnboundBody(finding.Node))
            {
                findings.Add(finding);
            }
        }

        return findings;
    }
}

/// <summary>What is wrong with a signed header bag's passphrase header.</summary>
internal enum PassphraseProblem
{
    /// <summary>OK-ACCESS-KEY or OK-ACCESS-SIGN is sent, OK-ACCESS-PASSPHRASE never.</summary>
    Missing,

    /// <summary>OK-ACCESS-PASSPHRASE is sent only when a condition holds.</summary>
    Conditional,

    /// <summary>OK-ACCESS-PASSPHRASE is sent with an empty value.</summary>
    Empty,

    /// <summary>A near miss of OK-ACCESS-PASSPHRASE is sent instead.</summary>
    Misspelled,
}

/// <summary>One bag's passphrase problem, where to report it, and what the message and the fix need.</summary>
internal sealed class PassphraseHeaderFinding
{
    public PassphraseHeaderFinding(SyntaxNode node, PassphraseProblem problem, string? headerName = null, SyntaxNode? construct = null)
    {
        Node = node;
        Problem = problem;
        HeaderName = headerName;
        Construct = construct;
    }

    /// <summary>The header write reported.</summary>
    public SyntaxNode Node { get; }

    public PassphraseProblem Problem { get; }

    /// <summary>Missing: the signed header sent (OK-ACCESS-KEY or OK-ACCESS-SIGN); Misspelled: the name written.</summary>
    public string? HeaderName { get; }

    /// <summary>Conditional: the outermost construct whose branches do not all send the passphrase (the fix moves the write out of it).</summary>
    public SyntaxNode? Construct { get; }
}
