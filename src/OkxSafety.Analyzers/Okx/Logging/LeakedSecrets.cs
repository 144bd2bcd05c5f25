using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Internals;

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
internal sealed partial class LeakedSecrets
{
    private const int MaxDepth = 12;
    private const int LongestAllowedPart = 4;

    private readonly OkxTypes _types;
    private readonly OkxContext _context;
    private readonly ValueOrigins _origins;

    public LeakedSecrets(OkxTypes types, OkxContext context, ValueOrigins origins)
    {
        _types = types;
        _context = context;
        _origins = origins;
    }

    /// <param name="destructure">The value goes to a Serilog '@' hole: its public properties are written.</param>
    /// <param name="structured">The sink is a structured logger, which writes dictionaries and sequences item by item.</param>
    /// <param name="scope">What earlier searches of the same type learned (its bodies and members): one per type's search.</param>
    public void Find(IOperation value, bool destructure, bool structured, ISymbol containingSymbol, SearchScope scope, List<Leak> leaks, CancellationToken cancellationToken) =>
        new LeakSearch(this, containingSymbol, structured, scope, leaks, cancellationToken).Visit(value, destructure, 0, carrier: null);

    /// <summary>
    /// What the searches of one type's written values learn about its bodies and members, kept while that type is searched
    /// (on one thread, at the type's end): nothing is shared between threads or kept for the compilation.
    /// </summary>
    internal sealed class SearchScope
    {
        internal Dictionary<IOperation, BodyCredentials> Bodies { get; } = new();

        internal Dictionary<SyntaxNode, BodyCredentials> MemberBodies { get; } = new();

        internal Dictionary<(SyntaxNode Declaration, string Name), ImmutableArray<MemberDeclarationSyntax>> MembersNaming { get; } = new();
    }

    /// <summary>What one body (or type) says about credentials: the symbols it gives to credential sinks, the header bags that get the passphrase.</summary>
    internal sealed class BodyCredentials
    {
        public Dictionary<ISymbol, CredentialKind> Symbols { get; } = new(SymbolEqualityComparer.Default);

        public List<HeaderBag> PassphraseBags { get; } = new();
    }

    private BodyCredentials ForBody(IOperation root, ISymbol containingSymbol, SearchScope scope, CancellationToken cancellationToken)
    {
        if (!scope.Bodies.TryGetValue(root, out var known))
        {
            known = new BodyCredentials();
            Collect(root, containingSymbol, known, cancellationToken);
            scope.Bodies.Add(root, known);
        }

        return known;
    }

    /// <summary>
    /// The credentials of the member bodies of the type declaration around <paramref name="node"/> (same file) that
    /// name <paramref name="symbol"/>: a body that gives a field or property to a sink (or whose passphrase bag it
    /// holds) reads it by name, so the others cannot change the answer and are neither bound nor walked.
    /// In declaration order, as the members' own answers are combined (the first kind found wins).
    /// </summary>
    private IEnumerable<BodyCredentials> ForTypeNaming(SyntaxNode node, SemanticModel model, ISymbol symbol, ISymbol containingSymbol, SearchScope scope, CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
        {
            yield break;
        }

        foreach (var member in MembersNaming(declaration, symbol.Name, scope, cancellationToken))
        {
            if (!scope.MemberBodies.TryGetValue(member, out var known))
            {
                known = new BodyCredentials();
                if (model.GetOperation(member, cancellationToken) is { } body)
                {
                    Collect(body, containingSymbol, known, cancellationToken);
                }

                scope.MemberBodies.Add(member, known);
            }

            yield return known;
        }
    }

    /// <summary>The member bodies of the declaration whose text names <paramref name="name"/>, in order (asked once per declaration and name: every log call of a type asks again).</summary>
    private static ImmutableArray<MemberDeclarationSyntax> MembersNaming(TypeDeclarationSyntax declaration, string name, SearchScope scope, CancellationToken cancellationToken)
    {
        if (scope.MembersNaming.TryGetValue((declaration, name), out var known))
        {
            return known;
        }

        var text = declaration.SyntaxTree.GetText(cancellationToken);
        var members = ImmutableArray.CreateBuilder<MemberDeclarationSyntax>();
        foreach (var member in declaration.Members)
        {
            if (member is BaseMethodDeclarationSyntax && IdentifierText.Mentions(text, member.Span, name, cancellationToken))
            {
                members.Add(member);
            }
        }

        known = members.ToImmutable();
        scope.MembersNaming.Add((declaration, name), known);
        return known;
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
}
