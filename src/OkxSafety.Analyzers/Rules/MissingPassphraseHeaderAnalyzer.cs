using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX003: a signed OKX header set (OK-ACCESS-KEY or OK-ACCESS-SIGN) without a valid OK-ACCESS-PASSPHRASE: missing,
/// written only under a condition, written empty, or written under a misspelled name; and WebSocket login arguments
/// with an apiKey and a sign but no passphrase. One report per header bag; bags held in locals and parameters are
/// scoped to their method, bags held in fields and properties to the whole type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPassphraseHeaderAnalyzer : OkxAnalyzer
{
    /// <summary>Diagnostic property naming the case; the code fix reads it.</summary>
    public const string CaseProperty = "Case";
    public const string MissingCase = "Missing";
    public const string ConditionalCase = "Conditional";
    public const string EmptyCase = "Empty";
    public const string MisspelledCase = "Misspelled";
    public const string LoginMissingCase = "LoginMissing";
    public const string LoginEmptyCase = "LoginEmpty";

    /// <summary>For the conditional case: the span (start, length) of the construct the write should leave.</summary>
    public const string ConstructStartProperty = "ConstructStart";
    public const string ConstructLengthProperty = "ConstructLength";

    private const string CannotBeEmpty = "50104 (OK-ACCESS-PASSPHRASE cannot be empty)";
    private const string LoginRejected = "a failed login (50104 on REST: OK-ACCESS-PASSPHRASE cannot be empty)";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingPassphraseHeader);

    private protected override void OnOkxCompilationStart(CompilationStartAnalysisContext context, OkxCompilation okx)
    {
        var types = okx.Types;
        var okxContext = okx.Context;
        var helpers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        var generated = okx.Generated;

        context.RegisterSymbolStartAction(
            symbolStart =>
            {
                // A type declared only in generated files is not analysed (a partial type's generated parts are: the
                // headers they write are the type's own).
                if (generated.IsDeclaredOnlyInGeneratedFiles(symbolStart.Symbol, symbolStart.CancellationToken))
                {
                    return;
                }

                var collector = new TypeCollector((INamedTypeSymbol)symbolStart.Symbol, types, helpers, generated);
                symbolStart.RegisterOperationAction(collector.OnWriteOrCall, OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.ObjectCreation);
                symbolStart.RegisterOperationAction(collector.OnReturn, OperationKind.Return);
                symbolStart.RegisterSymbolEndAction(collector.OnSymbolEnd);
            },
            SymbolKind.NamedType);

        context.RegisterOperationAction(
            operationContext => AnalyzeLoginArguments(operationContext, types, okxContext, generated),
            OperationKind.AnonymousObjectCreation,
            OperationKind.ObjectCreation);
    }

    // ---------------------------------------------------------------- WebSocket login arguments

    private static void AnalyzeLoginArguments(OperationAnalysisContext context, OkxTypes types, OkxContext okxContext, GeneratedCode generated)
    {
        var members = LoginArguments.Members(context.Operation, types, context.CancellationToken);
        if (members.Count < 2)
        {
            return;
        }

        var hasKey = false;
        var hasSign = false;
        LoginMember? passphrase = null;
        foreach (var member in members)
        {
            if (LoginArguments.IsApiKey(member.Name))
            {
                hasKey = true;
            }
            else if (LoginArguments.IsSign(member.Name))
            {
                hasSign = true;
            }
            else if (LoginArguments.IsPassphraseLike(member.Name))
            {
                passphrase ??= member;
            }
        }

        if (!hasKey || !hasSign)
        {
            return;
        }

        if (passphrase is { } written && !IsEmptyConstant(written.Value))
        {
            return;
        }

        if (!LoginArguments.IsInsideLoginRequest(context.Operation, types, context.CancellationToken)
            && !okxContext.IsOkxContext(context.ContainingSymbol, context.CancellationToken))
        {
            return;
        }

        var diagnostic = passphrase is { } empty
            ? Diagnostic.Create(
                Descriptors.MissingPassphraseHeader,
                empty.Syntax.GetLocation(),
                Properties(LoginEmptyCase),
                "WebSocket login arguments carry an empty passphrase",
                LoginRejected)
            : Diagnostic.Create(
                Descriptors.MissingPassphraseHeader,
                context.Operation.Syntax.GetLocation(),
                Properties(LoginMissingCase),
                "WebSocket login arguments carry apiKey and sign but no passphrase",
                LoginRejected);
        generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
    }

    // ---------------------------------------------------------------- header bags

    private enum WriteKind
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

    private sealed class WriteRecord
    {
        /// <summary>The member whose body holds the write.</summary>
        public ISymbol Member { get; }

        public WriteRecord(HeaderWrite write, WriteKind kind, BagKey key, ImmutableArray<HeaderBranch> branches, ISymbol member)
        {
            Member = member;
            Write = write;
            Kind = kind;
            Key = key;
            Branches = branches;
        }

        public HeaderWrite Write { get; }
        public WriteKind Kind { get; }
        public BagKey Key { get; }
        public ImmutableArray<HeaderBranch> Branches { get; }
        public SyntaxNode Syntax => Write.Operation.Syntax;
    }

    /// <summary>
    /// A bag, plus the statement for fluent chains that start from a URL string: each such chain is its own request
    /// even when the URL sits in a field.
    /// </summary>
    private readonly struct BagKey : IEquatable<BagKey>
    {
        public BagKey(HeaderBag bag, SyntaxNode? chain)
        {
            Bag = bag;
            Chain = chain;
        }

        public HeaderBag Bag { get; }
        public SyntaxNode? Chain { get; }

        public bool Equals(BagKey other) => Bag.Equals(other.Bag) && Equals(Chain, other.Chain);

        public override bool Equals(object? obj) => obj is BagKey other && Equals(other);

        public override int GetHashCode() => (Bag.GetHashCode() * 397) ^ (Chain?.GetHashCode() ?? 0);
    }

    /// <summary>Collects the header writes of one type (all its partial declarations) and reports at the type's end.</summary>
    private sealed class TypeCollector
    {
        private readonly INamedTypeSymbol _type;
        private readonly OkxTypes _types;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _helpers;
        private readonly GeneratedCode _generated;
        private readonly ConcurrentQueue<WriteRecord> _writes = new();
        private readonly ConcurrentDictionary<ISymbol, bool> _escaped = new(SymbolEqualityComparer.Default);
        /// <summary>Holders handed to (or produced by) a source method: checked at the end, only for bags that miss the passphrase.</summary>
        private readonly ConcurrentQueue<(ISymbol Holder, IMethodSymbol Method)> _handedToSourceMethod = new();

        public TypeCollector(INamedTypeSymbol type, OkxTypes types, ConcurrentDictionary<IMethodSymbol, bool> helpers, GeneratedCode generated)
        {
            _type = type;
            _types = types;
            _helpers = helpers;
            _generated = generated;
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
                ? EnclosingStatement(write.Operation)
                : null;
            var scope = write.Bag.Holder is ILocalSymbol local && local.DeclaringSyntaxReferences.Length > 0
                ? local.DeclaringSyntaxReferences[0].GetSyntax()
                : write.Bag.Anchor;
            var branches = kind is WriteKind.Other or WriteKind.UnknownName
                ? ImmutableArray<HeaderBranch>.Empty
                : HeaderBranches.Of(write.Operation, scope);
            _writes.Enqueue(new WriteRecord(write, kind, new BagKey(write.Bag, chain), branches, member));
        }

        private static WriteKind Classify(HeaderWrite write)
        {
            switch (write.Header)
            {
                case OkxHeader.AccessKey or OkxHeader.AccessSign:
                    return WriteKind.Signed;
                case OkxHeader.AccessPassphrase:
                    return IsEmptyConstant(write.ValueOperation) ? WriteKind.EmptyPassphrase : WriteKind.Passphrase;
            }

            if (write.Name is null)
            {
                return WriteKind.UnknownName;
            }

            return OkxHeaderNames.IsPassphraseNearMiss(write.Name) ? WriteKind.MisspelledPassphrase : WriteKind.Other;
        }

        public void OnSymbolEnd(SymbolAnalysisContext context)
        {
            if (_writes.IsEmpty)
            {
                return;
            }

            var records = new List<WriteRecord>(_writes);
            records.Sort(CompareBySource);

            var bags = new Dictionary<BagKey, List<WriteRecord>>();
            var order = new List<BagKey>();
            var typeWritesPassphrase = false;
            var passphraseWrites = new List<WriteRecord>();
            var keyBags = new HashSet<BagKey>();
            foreach (var record in records)
            {
                if (!bags.TryGetValue(record.Key, out var list))
                {
                    list = new List<WriteRecord>();
                    bags.Add(record.Key, list);
                    order.Add(record.Key);
                }

                list.Add(record);
                if (record.Kind == WriteKind.Passphrase)
                {
                    typeWritesPassphrase = true;
                    passphraseWrites.Add(record);
                }

                if (record.Write.Header == OkxHeader.AccessKey)
                {
                    keyBags.Add(record.Key);
                }
            }

            foreach (var key in order)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var diagnostic = AnalyzeBag(key, bags[key], typeWritesPassphrase, passphraseWrites, keyBags, context.CancellationToken);
                if (diagnostic is not null)
                {
                    _generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
                }
            }
        }

        private Diagnostic? AnalyzeBag(BagKey key, List<WriteRecord> writes, bool typeWritesPassphrase, List<WriteRecord> passphraseWrites, HashSet<BagKey> keyBags, CancellationToken cancellationToken)
        {
            WriteRecord? firstKey = null, firstSign = null, firstPassphrase = null, firstEmpty = null, firstMisspelled = null;
            var hasUnknown = false;
            foreach (var write in writes)
            {
                switch (write.Kind)
                {
                    case WriteKind.Signed when write.Write.Header == OkxHeader.AccessKey:
                        firstKey ??= write;
                        break;
                    case WriteKind.Signed:
                        firstSign ??= write;
                        break;
                    case WriteKind.Passphrase:
                        firstPassphrase ??= write;
                        break;
                    case WriteKind.EmptyPassphrase:
                        firstEmpty ??= write;
                        break;
                    case WriteKind.MisspelledPassphrase:
                        firstMisspelled ??= write;
                        break;
                    case WriteKind.UnknownName:
                        hasUnknown = true;
                        break;
                }
            }

            var signed = firstKey is not null || firstSign is not null;

            // A passphrase that is sent whenever the key or the signature is sent: nothing to say.
            WriteRecord? conditional = null;
            if (firstPassphrase is not null)
            {
                if (!signed || AnyEffectivePassphrase(writes, out conditional))
                {
                    return null;
                }
            }

            if (firstMisspelled is not null && (signed || StartsLikeOkxHeader(firstMisspelled.Write.Name)))
            {
                return Create(firstMisspelled.Syntax, MisspelledCase, $"Header '{firstMisspelled.Write.Name}' is not OK-ACCESS-PASSPHRASE, so OKX never sees the passphrase", CannotBeEmpty);
            }

            if (firstEmpty is not null)
            {
                return Create(firstEmpty.Syntax, EmptyCase, "OK-ACCESS-PASSPHRASE is sent with an empty value", CannotBeEmpty);
            }

            if (!signed)
            {
                return null;
            }

            if (conditional is not null)
            {
                var construct = OutermostUncoveredConstruct(conditional, writes);
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(CaseProperty, ConditionalCase);
                if (construct is not null)
                {
                    properties.Add(ConstructStartProperty, construct.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    properties.Add(ConstructLengthProperty, construct.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                return Diagnostic.Create(
                    Descriptors.MissingPassphraseHeader,
                    conditional.Syntax.GetLocation(),
                    properties.ToImmutable(),
                    "OK-ACCESS-PASSPHRASE is only sent when a condition holds, the signed request can go out without it",
                    CannotBeEmpty);
            }

            // Missing: unless someone else may add it.
            if (hasUnknown
                || IsHandedToPassphraseHelper(key.Bag, cancellationToken)
                || ((key.Bag.IsParameter || IsEscaped(key.Bag)) && typeWritesPassphrase)
                || WrittenInACompanionBag(key.Bag, writes, passphraseWrites)
                || IsDeclaredElsewhere(key.Bag)
                || (firstKey is null && keyBags.Count > 0))
            {
                return null;
            }

            var at = firstKey ?? firstSign!;
            var what = firstKey is not null ? "OK-ACCESS-KEY" : "OK-ACCESS-SIGN";
            return Create(at.Syntax, MissingCase, $"The request sends {what} but no OK-ACCESS-PASSPHRASE header", CannotBeEmpty);
        }

        /// <summary>
        /// Split designs: the key in a client's DefaultRequestHeaders and the passphrase per request (or the other
        /// way round) anywhere in the type; headers gathered in a dictionary and copied into a request that gets
        /// the passphrase (or the other way round) in the same member, or when the bag leaves its method.
        /// </summary>
        private bool WrittenInACompanionBag(HeaderBag bag, List<WriteRecord> writes, List<WriteRecord> passphraseWrites)
        {
            foreach (var other in passphraseWrites)
            {
                var kind = other.Key.Bag.Kind;
                if (kind == bag.Kind)
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
        private static bool AnyEffectivePassphrase(List<WriteRecord> writes, out WriteRecord? conditional)
        {
            conditional = null;
            foreach (var passphrase in writes)
            {
                if (passphrase.Kind != WriteKind.Passphrase)
                {
                    continue;
                }

                conditional ??= passphrase;
                foreach (var signed in writes)
                {
                    if (signed.Kind == WriteKind.Signed && UncoveredBranch(passphrase, signed, writes) is null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The outermost branch of <paramref name="passphrase"/> that <paramref name="signed"/> does not share and that no alternative completes.</summary>
        private static HeaderBranch? UncoveredBranch(WriteRecord passphrase, WriteRecord signed, List<WriteRecord> writes)
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

        private static bool IsCompleted(HeaderBranch branch, List<WriteRecord> writes)
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
                    if (write.Kind == WriteKind.Passphrase
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
        private static SyntaxNode? OutermostUncoveredConstruct(WriteRecord conditional, List<WriteRecord> writes)
        {
            foreach (var signed in writes)
            {
                if (signed.Kind == WriteKind.Signed)
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
    }

    // ---------------------------------------------------------------- helpers

    private static int CompareBySource(WriteRecord x, WriteRecord y)
    {
        var byFile = string.CompareOrdinal(x.Syntax.SyntaxTree.FilePath, y.Syntax.SyntaxTree.FilePath);
        return byFile != 0 ? byFile : x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart);
    }

    private static ImmutableDictionary<string, string?> Properties(string @case) =>
        ImmutableDictionary<string, string?>.Empty.Add(CaseProperty, @case);

    private static Diagnostic Create(SyntaxNode node, string @case, string what, string error) =>
        Diagnostic.Create(Descriptors.MissingPassphraseHeader, node.GetLocation(), Properties(@case), what, error);

    private static bool StartsLikeOkxHeader(string? name) =>
        name is not null && name.Replace("-", string.Empty).Replace("_", string.Empty).StartsWith("OKACCESS", StringComparison.OrdinalIgnoreCase);

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
