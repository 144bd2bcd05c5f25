using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// Follows the values of OKX signing code back to the mistakes OKX rejects: from a signature (the OK-ACCESS-SIGN value,
/// a login's sign) to its encoding, its hash, its key and its prehash; from a timestamp (OK-ACCESS-TIMESTAMP, the
/// prehash's first part, a login's timestamp) to the clock read and its format. Findings are collected in
/// <see cref="Findings"/>; clock reads in the lists the caller passes, to compare the signed and the sent timestamp.
/// </summary>
internal sealed class SignatureTrace
{
    private readonly SignedValues _values;

    public SignatureTrace(SignedValues values)
    {
        _values = values;
    }

    public List<SigningFinding> Findings { get; } = new();

    /// <summary>A keyed hash (an HMAC) was seen on the way: the value is a signature, not some other digest.</summary>
    public bool SawHmac { get; set; }

    // ------------------------------------------------------------------ signature, digest, hash, key

    /// <param name="login">The signature of a WebSocket login; null when not known (the prehash tells).</param>
    /// <param name="prehashTimestamps">Receives the clock reads of the prehash's timestamp.</param>
    /// <param name="prehashTimestamp">Receives the prehash's first part when it is in the starting frame.</param>
    public void Signature(IOperation value, SigningFrame frame, bool? login, List<SyntaxNode> prehashTimestamps, List<SyntaxNode> prehashTimestamp) =>
        Signature(value, frame, new Prehash(login, prehashTimestamps, prehashTimestamp), outer: null);

    private void Signature(IOperation operation, SigningFrame frame, Prehash prehash, SyntaxNode? outer)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        if (value is IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            var first = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
            if (IsSystem(type, "Convert") && first is not null)
            {
                if (method.Name == "ToBase64String")
                {
                    Digest(first, frame, prehash);
                    return;
                }

                if (method.Name is "ToHexString" or "ToHexStringLower")
                {
                    Add(SigningMistake.HexSignature, outer ?? invocation.Syntax, prehash, frame, first.Syntax);
                    Digest(first, frame, prehash);
                    return;
                }
            }

            if (IsSystem(type, "BitConverter") && method.Name == "ToString" && first is not null && first.Type is IArrayTypeSymbol)
            {
                Add(SigningMistake.HexSignature, outer ?? invocation.Syntax, prehash, frame, first.Syntax);
                Digest(first, frame, prehash);
                return;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                if (invocation.Instance is { } text && method.Name is "Replace" or "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim")
                {
                    Signature(text, frame, prehash, outer ?? invocation.Syntax);
                    return;
                }

                // string.Concat(hash.Select(b => b.ToString("x2"))), string.Join("", …)
                if (invocation.Instance is null && method.Name is "Concat" or "Join")
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (OperationWrappers.Skip(argument.Value) is IInvocationOperation { TargetMethod.Name: "Select" } select
                            && select.Arguments.Length == 2
                            && OperationWrappers.Skip(select.Arguments[0].Value) is { Type: IArrayTypeSymbol } bytes)
                        {
                            Add(SigningMistake.HexSignature, outer ?? invocation.Syntax, prehash, frame, bytes.Syntax);
                            Digest(bytes, frame, prehash);
                            return;
                        }
                    }
                }
            }
        }

        // var sb = new StringBuilder(); foreach (var b in hash) sb.Append(b.ToString("x2")); return sb.ToString();
        if (value is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: ILocalReferenceOperation builder }
            && builder.Type?.Name == "StringBuilder"
            && HexLoopBytes(builder) is { } hashed)
        {
            Add(SigningMistake.HexSignature, outer ?? value.Syntax, prehash, frame, hashed.Syntax);
            Digest(hashed, frame, prehash);
            return;
        }

        FollowEach(value, frame, (next, nextFrame) => Signature(next, nextFrame, prehash, outer: null));
    }

    /// <summary>The bytes a loop appends to <paramref name="builder"/> as "x2" / "X2" hex, when it does; null otherwise.</summary>
    private static IOperation? HexLoopBytes(ILocalReferenceOperation builder)
    {
        var body = (IOperation)builder;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var operation in new OperationDescendants(body))
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Append" or "AppendFormat", Instance: ILocalReferenceOperation target } append
                && SymbolEqualityComparer.Default.Equals(target.Local, builder.Local)
                && MentionsHexFormat(append)
                && LoopBytes(append) is { } bytes)
            {
                return bytes;
            }
        }

        return null;
    }

    /// <summary>The byte array a hex append walks: the foreach's collection, or the array indexed in it (<c>bytes[i]</c>).</summary>
    private static IOperation? LoopBytes(IInvocationOperation append)
    {
        for (var parent = append.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation { Collection: var collection } && OperationWrappers.Skip(collection) is { Type: IArrayTypeSymbol } array)
            {
                return array;
            }
        }

        foreach (var inner in new OperationDescendants(append))
        {
            if (inner is IArrayElementReferenceOperation { ArrayReference: { Type: IArrayTypeSymbol } indexed })
            {
                return indexed;
            }
        }

        return null;
    }

    private static bool MentionsHexFormat(IOperation operation)
    {
        foreach (var inner in new OperationDescendants(operation))
        {
            if (inner.ConstantValue is { HasValue: true, Value: string text }
                && (text.IndexOf("x2", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private void Digest(IOperation operation, SigningFrame frame, Prehash prehash)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        switch (value)
        {
            case IInvocationOperation { TargetMethod.Name: "ComputeHash", Instance: { } hasher } compute
                when IsHashAlgorithm(compute.TargetMethod.ContainingType) && compute.Arguments.Length >= 1:
                Hasher(hasher, frame);
                PrehashBytes(compute.Arguments[0].Value, frame, prehash);
                return;

            case IInvocationOperation { TargetMethod: { Name: "HashData", IsStatic: true } hashData } call
                when IsHashAlgorithm(hashData.ContainingType):
                var algorithm = hashData.ContainingType;
                var receiver = call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : call.Syntax;
                if (IsKeyed(algorithm))
                {
                    SawHmac = true;
                    if (algorithm.Name != "HMACSHA256")
                    {
                        Add(SigningMistake.WrongHmac, receiver, prehash, frame, detail: AlgorithmName(algorithm.Name));
                    }

                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Name == "key")
                        {
                            Key(argument.Value, frame);
                        }
                        else if (argument.Parameter?.Ordinal == 1)
                        {
                            PrehashBytes(argument.Value, frame, prehash);
                        }
                    }
                }
                else
                {
                    Add(SigningMistake.PlainHash, call.Syntax, prehash, frame, detail: AlgorithmName(algorithm.Name));
                    if (call.Arguments.Length >= 1)
                    {
                        PrehashBytes(call.Arguments[0].Value, frame, prehash);
                    }
                }

                return;

            case IPropertyReferenceOperation { Property.Name: "Hash", Instance: { } owner } when IsHashAlgorithm(owner.Type):
                Hasher(owner, frame);
                return;
        }

        FollowEach(value, frame, (next, nextFrame) => Digest(next, nextFrame, prehash));
    }

    private void Hasher(IOperation operation, SigningFrame frame)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        switch (value)
        {
            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when IsHashAlgorithm(type):
                if (IsKeyed(type))
                {
                    SawHmac = true;
                    if (type.Name != "HMACSHA256")
                    {
                        var at = creation.Syntax is ObjectCreationExpressionSyntax explicitCreation ? explicitCreation.Type : creation.Syntax;
                        Add(SigningMistake.WrongHmac, at, login: null, frame, detail: AlgorithmName(type.Name));
                    }

                    if (creation.Arguments.Length >= 1)
                    {
                        Key(creation.Arguments[0].Value, frame);
                    }
                }
                else
                {
                    Add(SigningMistake.PlainHash, creation.Syntax, login: null, frame, detail: AlgorithmName(type.Name));
                }

                return;

            case IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true, ContainingType: { } created } } create
                when IsHashAlgorithm(created) && create.Arguments.Length == 0:
                if (!IsKeyed(created))
                {
                    Add(SigningMistake.PlainHash, create.Syntax, login: null, frame, detail: AlgorithmName(created.Name));
                }

                return;
        }

        FollowEach(value, frame, Hasher);
    }

    private void Key(IOperation operation, SigningFrame frame)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        if (value is IInvocationOperation { TargetMethod: { Name: "FromBase64String" or "FromHexString" } decode } invocation
            && IsSystem(decode.ContainingType, "Convert") && invocation.Arguments.Length == 1)
        {
            Add(SigningMistake.DecodedSecret, invocation.Syntax, login: null, frame);
            return;
        }

        if (value is IInvocationOperation { TargetMethod.Name: "GetBytes" })
        {
            return;
        }

        FollowEach(value, frame, Key);
    }

    private void PrehashBytes(IOperation operation, SigningFrame frame, Prehash prehash)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        if (value is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes
            && getBytes.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
            && IsEncoding(getBytes.TargetMethod.ContainingType))
        {
            PrehashParts.Analyze(this, getBytes.Arguments[0].Value, frame, prehash);
            return;
        }

        FollowEach(value, frame, (next, nextFrame) => PrehashBytes(next, nextFrame, prehash));
    }

    // ------------------------------------------------------------------ timestamps

    /// <summary>A timestamp's value: the clock reads it comes from go to <paramref name="reads"/> (as the place each is read at in the starting frame).</summary>
    public void Timestamp(IOperation value, SigningFrame frame, bool login, List<SyntaxNode> reads) =>
        Timestamp(value, frame, login, site: null, default, reads);

    private void Timestamp(IOperation operation, SigningFrame frame, bool login, SyntaxNode? site, TimestampShape shape, List<SyntaxNode> reads)
    {
        if (!_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        switch (value)
        {
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } toString:
                if (IsDateType(instance.Type))
                {
                    shape.Formatted ??= toString.Syntax;
                    shape.HasFormat |= HasStringArgument(toString);
                }
                else if (instance.Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_Int32 or SpecialType.System_Double)
                {
                    shape.NumberToString = toString;
                }

                Timestamp(instance, frame, login, site, shape, reads);
                return;

            case IInvocationOperation { TargetMethod.Name: "ToUnixTimeSeconds" or "ToUnixTimeMilliseconds", Instance: { } instance } unix
                when IsDateType(instance.Type):
                shape.UnixCall ??= unix.Syntax;
                shape.Milliseconds = unix.TargetMethod.Name == "ToUnixTimeMilliseconds";
                shape.Unix ??= UnixReport(shape, unix);
                Timestamp(instance, frame, login, site, shape, reads);
                return;

            case IInvocationOperation { TargetMethod.Name: "ToUniversalTime", Instance: { } instance } when IsDateType(instance.Type):
                shape.ToUtc = true;
                Timestamp(instance, frame, login, site, shape, reads);
                return;

            case IPropertyReferenceOperation { Property.Name: "UtcDateTime", Instance: { } instance } when IsDateType(instance.Type):
                shape.ToUtc = true;
                Timestamp(instance, frame, login, site, shape, reads);
                return;

            case IPropertyReferenceOperation { Property.Name: "DateTime" or "LocalDateTime", Instance: { } instance } when IsDateType(instance.Type):
                Timestamp(instance, frame, login, site, shape, reads);
                return;

            case IPropertyReferenceOperation { Instance: null, Property.Name: "UtcNow" or "Now" } clock when IsDateType(clock.Type):
                reads.Add(site ?? clock.Syntax);
                ClockRead(clock, frame, login, shape);
                return;

            case IConversionOperation { OperatorMethod: not null } converted when IsDateType(converted.Type):
                Timestamp(converted.Operand, frame, login, site, shape, reads);
                return;

            // (DateTime.UtcNow - new DateTime(1970, 1, 1)).TotalSeconds: a Unix time by hand.
            case IPropertyReferenceOperation { Property.Name: "TotalSeconds" or "TotalMilliseconds", Instance: { } span } total
                when OperationWrappers.Skip(span) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtraction
                     && IsDateType(subtraction.LeftOperand.Type):
                shape.UnixCall ??= total.Syntax;
                shape.Milliseconds = total.Property.Name == "TotalMilliseconds";
                shape.Unix ??= UnixReport(shape, total);
                Timestamp(subtraction.LeftOperand, frame, login, site, shape, reads);
                return;

            case IObjectCreationOperation { Arguments.Length: 1 } wrap when IsDateType(wrap.Type):
                Timestamp(wrap.Arguments[0].Value, frame, login, site, shape, reads);
                return;

            case IInterpolationOperation interpolation:
                // {now} or {now:format} inside a larger string: the interpolation is the formatting.
                shape.Formatted ??= interpolation.FormatString is null ? interpolation.Expression.Syntax : interpolation.Syntax;
                shape.HasFormat |= interpolation.FormatString is not null;
                if (IsDateType(OperationWrappers.Skip(interpolation.Expression)?.Type))
                {
                    Timestamp(interpolation.Expression, frame, login, site, shape, reads);
                }

                return;

            case IInterpolatedStringOperation { Parts.Length: 1 } single when single.Parts[0] is IInterpolationOperation part:
                shape.Formatted ??= single.Syntax;
                shape.HasFormat |= part.FormatString is not null;
                Timestamp(part.Expression, frame, login, site, shape, reads);
                return;
        }

        FollowEach(value, frame, (next, nextFrame) =>
            Timestamp(next, nextFrame, login, site ?? (nextFrame.Call is not null && nextFrame.Parent == frame && frame.IsRoot ? value.Syntax : null), shape, reads));
    }

    /// <summary>The Unix time's node to report and replace: the ToString directly on it, else the number itself.</summary>
    private static SyntaxNode UnixReport(TimestampShape shape, IOperation unix) =>
        shape.NumberToString is { Instance: { } number } numberToString && OperationWrappers.Skip(number) is { } inner
        && (inner == unix || inner is IConversionOperation { Operand: var operand } && OperationWrappers.Skip(operand) == unix)
            ? numberToString.Syntax
            : unix.Syntax;

    private void ClockRead(IPropertyReferenceOperation clock, SigningFrame frame, bool login, TimestampShape shape)
    {
        var local = clock.Property.Name == "Now";
        if (login)
        {
            if (shape.Unix is null && shape.Formatted is { } formatted)
            {
                Add(SigningMistake.LoginDateTimestamp, formatted, true, frame);
            }
            else if (shape.Milliseconds && shape.UnixCall is { } milliseconds)
            {
                Add(SigningMistake.LoginMillisecondsTimestamp, milliseconds, true, frame);
            }

            return;
        }

        if (shape.Unix is { } unix)
        {
            Add(SigningMistake.UnixTimestamp, unix, false, frame);
        }
        else if (shape.Formatted is { } formatted && !shape.HasFormat)
        {
            Add(SigningMistake.CultureTimestamp, formatted, false, frame);
        }
        else if (shape.Formatted is not null && local && !shape.ToUtc)
        {
            Add(SigningMistake.LocalTime, clock.Syntax, false, frame);
        }
    }

    // ------------------------------------------------------------------ shared

    public void FollowEach(IOperation value, SigningFrame frame, Action<IOperation, SigningFrame> visit)
    {
        var next = new List<(IOperation Value, SigningFrame Frame)>();
        if (!_values.Step(value, frame, next))
        {
            return;
        }

        foreach (var (operation, nextFrame) in next)
        {
            visit(operation, nextFrame);
        }
    }

    /// <summary>Follows a value through locals, parameters and own methods until <paramref name="match"/> answers; the first answer.</summary>
    public T? FindBack<T>(IOperation operation, SigningFrame frame, Func<IOperation, SigningFrame, T?> match, int depth = 0)
        where T : class
    {
        if (depth > 6 || !_values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return null;
        }

        if (match(value, frame) is { } found)
        {
            return found;
        }

        var next = new List<(IOperation Value, SigningFrame Frame)>();
        if (_values.Step(value, frame, next))
        {
            foreach (var (nextValue, nextFrame) in next)
            {
                if (FindBack(nextValue, nextFrame, match, depth + 1) is { } inner)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    public SignedValues Values => _values;

    public void Add(SigningMistake mistake, SyntaxNode node, bool? login, SigningFrame frame, SyntaxNode? related = null, string? detail = null) =>
        Findings.Add(new SigningFinding(mistake, node, login ?? false, frame.Owner, related, detail));

    private void Add(SigningMistake mistake, SyntaxNode node, Prehash prehash, SigningFrame frame, SyntaxNode? related = null, string? detail = null) =>
        Add(mistake, node, prehash.Login, frame, related, detail);

    private static bool HasStringArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.Type?.SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsDateType(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_DateTime || (type.Name == "DateTimeOffset" && OkxTypes.IsInNamespace(type, "System")));

    private static bool IsSystem(ITypeSymbol? type, string name) => type is not null && type.Name == name && OkxTypes.IsInNamespace(type, "System");

    private static bool IsEncoding(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && OkxTypes.IsInNamespace(current, "System.Text"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>System.Security.Cryptography.HashAlgorithm or a type deriving from it.</summary>
    private static bool IsHashAlgorithm(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "HashAlgorithm" && OkxTypes.IsInNamespace(current, "System.Security.Cryptography"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyed(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "KeyedHashAlgorithm" or "HMAC" && OkxTypes.IsInNamespace(current, "System.Security.Cryptography"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"HMACSHA512" → "HMAC-SHA512", "SHA256" → "SHA-256", "SHA256Managed" → "SHA-256".</summary>
    private static string AlgorithmName(string typeName)
    {
        var name = typeName;
        foreach (var suffix in new[] { "Managed", "CryptoServiceProvider", "Cng" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name switch
        {
            "HMACSHA512" => "HMAC-SHA512",
            "HMACSHA384" => "HMAC-SHA384",
            "HMACSHA1" => "HMAC-SHA1",
            "HMACMD5" => "HMAC-MD5",
            "SHA256" => "SHA-256",
            "SHA512" => "SHA-512",
            "SHA384" => "SHA-384",
            "SHA1" => "SHA-1",
            "MD5" => "MD5",
            _ => name,
        };
    }

    /// <summary>What the prehash of this signature is for, and where its timestamp's reads go.</summary>
    internal sealed class Prehash
    {
        public Prehash(bool? login, List<SyntaxNode> timestampReads, List<SyntaxNode> timestampPart)
        {
            Login = login;
            TimestampReads = timestampReads;
            TimestampPart = timestampPart;
        }

        public bool? Login { get; }

        public List<SyntaxNode> TimestampReads { get; }

        public List<SyntaxNode> TimestampPart { get; }
    }

    /// <summary>What the walk from a timestamp's value to its clock read has passed through.</summary>
    private struct TimestampShape
    {
        /// <summary>DateTime / DateTimeOffset ToString (or an interpolation of one).</summary>
        public SyntaxNode? Formatted;
        public bool HasFormat;

        /// <summary>The Unix time: the ToUnixTime… call, or the ToString directly on it.</summary>
        public SyntaxNode? Unix;
        public SyntaxNode? UnixCall;
        public bool Milliseconds;
        public IInvocationOperation? NumberToString;
        public bool ToUtc;
    }
}
