using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// Finds OKX signing code in a member body and the mistakes in it: the OK-ACCESS-SIGN and OK-ACCESS-TIMESTAMP header
/// writes (any header API the model knows) and the sign / timestamp of WebSocket login arguments, each followed back
/// through locals, fields and the project's own methods; and, in a type named for OKX, a method that returns an HMAC
/// signature. Bodies are chosen from their text first (<see cref="MayBeSigningCode"/>).
/// </summary>
internal static class SigningCode
{
    private static readonly string[] Markers = { "sign", "timestamp", "hmac" };

    /// <summary>
    /// The body's text mentions sign (OK-ACCESS-SIGN, Sign(…), signature, a login's sign), timestamp or HMAC,
    /// ASCII case-insensitively: a necessary condition for any finding starting in it.
    /// </summary>
    public static bool MayBeSigningCode(SourceText text, TextSpan span) => FindMarkers(text, span, found: null);

    /// <summary>
    /// Looks for the markers in <paramref name="span"/>; with <paramref name="found"/>, adds every one (its span in the
    /// text, in order) and returns whether there was any, else stops at the first.
    /// </summary>
    internal static bool FindMarkers(SourceText text, TextSpan span, List<TextSpan>? found) => FindFolded(text, span, Markers, found);

    /// <summary>
    /// Finds lower-case ASCII <paramref name="markers"/> in the span, ASCII case-insensitively: with
    /// <paramref name="found"/>, adds every one (in text order) and returns whether there was any, else stops at the first.
    /// </summary>
    private static bool FindFolded(SourceText text, TextSpan span, string[] markers, List<TextSpan>? found)
    {
        var buffer = new char[span.Length];
        text.CopyTo(span.Start, buffer, 0, span.Length);

        // Folded as the markers are written (c | 0x20: upper-case ASCII letters to lower case), then each marker whole
        // with the runtime's vectorised search, one pass per marker. (A search by one letter of each, checked around the
        // hit, once looked for "sign" one character off and so never found it.)
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (char)(buffer[i] | 0x20);
        }

        var any = false;
        foreach (var marker in markers)
        {
            var offset = 0;
            while (offset <= buffer.Length - marker.Length)
            {
                var hit = new ReadOnlySpan<char>(buffer, offset, buffer.Length - offset).IndexOf(marker.AsSpan());
                if (hit < 0)
                {
                    break;
                }

                if (found is null)
                {
                    return true;
                }

                any = true;
                found.Add(new TextSpan(span.Start + offset + hit, marker.Length));
                offset += hit + marker.Length;
            }
        }

        found?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return any;
    }

    /// <summary>The mistakes of the signing code in <paramref name="body"/> (the operation of one member, owned by <paramref name="owner"/>).</summary>
    public static List<SigningFinding> Analyze(
        IOperation body, ISymbol owner, Compilation compilation, OkxTypes types, OkxContext context, HeaderParameters headerParameters,
        IReadOnlyDictionary<SyntaxNode, IOperation>? typeBodies, CancellationToken cancellationToken)
    {
        var signs = new List<HeaderWrite>();
        var timestamps = new List<HeaderWrite>();
        var logins = new List<(IOperation Sign, IOperation Timestamp)>();
        var calls = new List<IInvocationOperation>();
        foreach (var operation in new OperationDescendants(body))
        {
            if (operation is IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } callee } call
                && !call.Arguments.IsEmpty
                && !SymbolEqualityComparer.Default.Equals(callee.OriginalDefinition, owner))
            {
                calls.Add(call);
            }

            switch (operation)
            {
                case IInvocationOperation { Arguments.Length: >= 2 } or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } }:
                    if (HeaderWrites.TryGetHeaderWrite(operation, types, cancellationToken, out var write))
                    {
                        if (write.Header == OkxHeader.AccessSign)
                        {
                            signs.Add(write);
                        }
                        else if (write.Header == OkxHeader.AccessTimestamp)
                        {
                            timestamps.Add(write);
                        }
                    }

                    break;

                case IAnonymousObjectCreationOperation or IObjectCreationOperation:
                    if (LoginSignAndTimestamp(operation, owner, types, context, cancellationToken) is { } login)
                    {
                        logins.Add(login);
                    }

                    break;

                case IInterpolatedStringOperation { Parts.Length: >= 4 } json:
                    if (JsonLoginSignAndTimestamp(json) is { } jsonLogin && context.IsOkxContext(owner, cancellationToken))
                    {
                        logins.Add(jsonLogin);
                    }

                    break;
            }
        }

        var model = body.SemanticModel;
        if (model is null)
        {
            return new List<SigningFinding>();
        }

        var trace = new SignatureTrace(new SignedValues(compilation, model, cancellationToken));
        var root = new SigningFrame(owner, null, null);
        foreach (var sign in signs)
        {
            var timestamp = Pair(sign, timestamps);
            Check(trace, root, sign.ValueOperation, timestamp?.ValueOperation, login: false);
        }

        foreach (var timestamp in timestamps)
        {
            if (!HasPair(timestamp, signs))
            {
                trace.Timestamp(timestamp.ValueOperation, root, login: false, new List<SyntaxNode>());
            }
        }

        foreach (var (sign, timestamp) in logins)
        {
            Check(trace, root, sign, timestamp, login: true);
        }

        // AddAuthHeaders(request, sign, timestamp): the arguments are the header values, here.
        foreach (var call in calls)
        {
            var (signParameter, timestampParameter) = headerParameters.Of(call.TargetMethod, typeBodies, cancellationToken);
            var signArgument = Argument(call, signParameter);
            var timestampArgument = Argument(call, timestampParameter);
            if (signArgument is not null)
            {
                Check(trace, root, signArgument, timestampArgument, login: false);
            }
            else if (timestampArgument is not null)
            {
                trace.Timestamp(timestampArgument, root, login: false, new List<SyntaxNode>());
            }
        }

        if (signs.Count == 0 && logins.Count == 0 && IsSigningMethodOfOkxType(owner) && !TypeWritesSignatures(owner, cancellationToken))
        {
            // A signing method of an OKX type whose result is written elsewhere: its HMAC, key and encoding.
            var unused = new List<SyntaxNode>();
            foreach (var operation in new OperationDescendants(body))
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned })
                {
                    var start = trace.Findings.Count;
                    trace.SawHmac = false;
                    trace.Signature(returned, root, login: null, unused, unused);
                    if (!trace.SawHmac)
                    {
                        trace.Findings.RemoveRange(start, trace.Findings.Count - start);
                    }
                }
            }
        }

        return trace.Findings;
    }

    private static IOperation? Argument(IInvocationOperation call, int ordinal)
    {
        if (ordinal < 0)
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The signature's checks, and the one mistake only the pair shows: the signed and the sent timestamp read the clock twice.</summary>
    private static void Check(SignatureTrace trace, SigningFrame root, IOperation sign, IOperation? timestamp, bool login)
    {
        var signedReads = new List<SyntaxNode>();
        var signedPart = new List<SyntaxNode>();
        trace.Signature(sign, root, login, signedReads, signedPart);
        if (timestamp is null)
        {
            return;
        }

        var sentReads = new List<SyntaxNode>();
        trace.Timestamp(timestamp, root, login, sentReads);
        if (signedReads.Count == 0 || sentReads.Count == 0 || Overlap(signedReads, sentReads))
        {
            return;
        }

        // Reported at the read that is not a plain local (the one to replace); the other is where the fix reads from.
        var sent = OperationWrappers.Skip(timestamp)!;
        var signed = signedPart.Count == 1 ? signedPart[0] : null;
        if (sent is ILocalReferenceOperation && signed is not null)
        {
            trace.Add(SigningMistake.TwoClockReads, signed, login, root, related: sent.Syntax, detail: "related");
        }
        else
        {
            trace.Add(SigningMistake.TwoClockReads, sent.Syntax, login, root, related: signed, detail: "node");
        }
    }

    private static bool Overlap(List<SyntaxNode> first, List<SyntaxNode> second)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (a.SyntaxTree == b.SyntaxTree && a.Span == b.Span)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The timestamp header written to the same bag as the signature (the nearest one when there are several).</summary>
    private static HeaderWrite? Pair(HeaderWrite sign, List<HeaderWrite> timestamps)
    {
        HeaderWrite? best = null;
        foreach (var timestamp in timestamps)
        {
            if (SameBag(sign, timestamp)
                && (best is null || Math.Abs(timestamp.Operation.Syntax.SpanStart - sign.Operation.Syntax.SpanStart) < Math.Abs(best.Operation.Syntax.SpanStart - sign.Operation.Syntax.SpanStart)))
            {
                best = timestamp;
            }
        }

        return best;
    }

    private static bool HasPair(HeaderWrite timestamp, List<HeaderWrite> signs)
    {
        foreach (var sign in signs)
        {
            if (Pair(sign, new List<HeaderWrite> { timestamp }) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameBag(HeaderWrite a, HeaderWrite b) =>
        SymbolEqualityComparer.Default.Equals(a.Bag.Holder, b.Bag.Holder)
        && (a.Bag.Holder is not null || a.Bag.Anchor == b.Bag.Anchor || a.Bag.Anchor is null || b.Bag.Anchor is null);

    /// <summary>
    /// The sign and timestamp of login arguments: an object literal with both, inside an <c>op = OkxVocabulary.LoginOperation</c> request or
    /// with apiKey and passphrase beside them, in OKX code (other exchanges use the same shape).
    /// </summary>
    private static (IOperation Sign, IOperation Timestamp)? LoginSignAndTimestamp(
        IOperation creation, ISymbol owner, OkxTypes types, OkxContext context, CancellationToken cancellationToken)
    {
        IOperation? sign = null, timestamp = null;
        var apiKey = false;
        var passphrase = false;
        foreach (var (name, value) in NamedValues(creation, types, cancellationToken))
        {
            if (LoginArguments.IsSign(name))
            {
                sign = value;
            }
            else if (string.Equals(name, "timestamp", StringComparison.OrdinalIgnoreCase))
            {
                timestamp = value;
            }
            else if (LoginArguments.IsApiKey(name))
            {
                apiKey = true;
            }
            else if (LoginArguments.IsPassphraseLike(name))
            {
                passphrase = true;
            }
        }

        if (sign is null || timestamp is null
            || !((apiKey && passphrase) || LoginArguments.IsInsideLoginRequest(creation, types, cancellationToken))
            || !context.IsOkxContext(owner, cancellationToken))
        {
            return null;
        }

        return (sign, timestamp);
    }

    /// <summary>
    /// The named values of an object literal: the login model's (anonymous objects, dictionaries), and, for a type of
    /// the project (<c>new LoginArgs { Sign = … }</c>, <c>new LoginArgs(apiKey, passphrase, timestamp, sign)</c>), its
    /// initialized properties and its constructor's parameters.
    /// </summary>
    private static List<(string Name, IOperation Value)> NamedValues(IOperation creation, OkxTypes types, CancellationToken cancellationToken)
    {
        var values = new List<(string, IOperation)>();
        foreach (var member in LoginArguments.Members(creation, types, cancellationToken))
        {
            values.Add((member.Name, member.Value));
        }

        if (values.Count == 0 && creation is IObjectCreationOperation { Type.DeclaringSyntaxReferences.Length: > 0 } typed)
        {
            foreach (var argument in typed.Arguments)
            {
                if (argument.Parameter is { } parameter)
                {
                    values.Add((parameter.Name, argument.Value));
                }
            }

            if (typed.Initializer is { } initializer)
            {
                foreach (var element in initializer.Initializers)
                {
                    if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } property } assignment)
                    {
                        values.Add((property.Property.Name, assignment.Value));
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// A login written as JSON text: <c>$"{{\"op\":\"login\",\"args\":[{{…\"timestamp\":\"{ts}\",\"sign\":\"{sign}\"}}]}}"</c>.
    /// </summary>
    private static (IOperation Sign, IOperation Timestamp)? JsonLoginSignAndTimestamp(IInterpolatedStringOperation json)
    {
        IOperation? sign = null, timestamp = null;
        var login = false;
        string? before = null;
        foreach (var part in json.Parts)
        {
            if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text })
            {
                login |= text.IndexOf(OkxVocabulary.LoginOperation, StringComparison.OrdinalIgnoreCase) >= 0;
                before = text;
                continue;
            }

            if (part is IInterpolationOperation interpolation && before is not null)
            {
                var key = before.TrimEnd(' ', '"', '\\', ':', '\'');
                if (EndsWithKey(key, "sign"))
                {
                    sign = interpolation.Expression;
                }
                else if (EndsWithKey(key, "timestamp"))
                {
                    timestamp = interpolation.Expression;
                }
            }

            before = null;
        }

        return login && sign is not null && timestamp is not null ? (sign, timestamp) : null;
    }

    private static bool EndsWithKey(string text, string key) =>
        text.EndsWith(key, StringComparison.OrdinalIgnoreCase)
        && text.Length > key.Length
        && text[text.Length - key.Length - 1] is '"' or '\'' or '\\';

    /// <summary>
    /// A method named for signing (Sign, CreateSignature) returning a string, of a type whose name or namespace says OKX
    /// (OkxSigner, Bots.Okx.Auth). Other HMACs of an OKX bot (a webhook's Verify) are not OKX signatures.
    /// </summary>
    private static bool IsSigningMethodOfOkxType(ISymbol owner) =>
        owner is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_String, ContainingType: { } type } method
        && method.Name.IndexOf("sign", StringComparison.OrdinalIgnoreCase) >= 0
        && (OkxContext.MentionsOkx(type.Name) || OkxContext.MentionsOkx(type.ContainingNamespace?.Name));

    /// <summary>
    /// The type writes OK-ACCESS headers or a login itself: its signing helpers are reached from there (with the login or
    /// REST meaning the message needs), not read on their own.
    /// </summary>
    private static bool TypeWritesSignatures(ISymbol owner, CancellationToken cancellationToken) =>
        TypeMentions(owner.ContainingType, AccessHeaderOrLoginMarkers, cancellationToken);

    /// <summary>
    /// Whether a mistake found in a helper outside the signing body is a login's: only when the helper's type is about
    /// logins alone (mentions login, no OK-ACCESS- header). The same helper reached from a REST signature and from a
    /// login then always gets the same message, whichever body is analysed first.
    /// </summary>
    public static bool IsLoginHelper(ISymbol helper, CancellationToken cancellationToken)
    {
        var type = helper as INamedTypeSymbol ?? helper.ContainingType;
        return type is not null && TypeMentions(type, LoginMarker, cancellationToken) && !TypeMentions(type, AccessHeaderMarker, cancellationToken);
    }

    /// <summary>The signed headers' prefix and the login operation as <see cref="TypeMentions"/> compares them (lower-case ASCII).</summary>
    private static readonly string[] AccessHeaderMarker = { OkxVocabulary.AccessHeaderPrefix.ToLowerInvariant() };

    private static readonly string[] LoginMarker = { OkxVocabulary.LoginOperation };

    private static readonly string[] AccessHeaderOrLoginMarkers = { AccessHeaderMarker[0], LoginMarker[0] };

    /// <summary>The type's declarations mention one of <paramref name="markers"/> (lower-case ASCII), case-insensitively.</summary>
    private static bool TypeMentions(INamedTypeSymbol type, string[] markers, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (FindFolded(reference.SyntaxTree.GetText(cancellationToken), reference.Span, markers, found: null))
            {
                return true;
            }
        }

        return false;
    }
}
