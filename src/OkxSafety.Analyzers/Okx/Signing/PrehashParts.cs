using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// The string a signature is computed over, split into its parts in order (<c>timestamp + method + path + body</c>,
/// an interpolation, <c>string.Concat</c>), through locals and parameters that hold a built string: the first part is
/// the timestamp, then the method, the path (with its query) and the body; for a WebSocket login the rest is the
/// constant <c>GET/users/self/verify</c>.
/// </summary>
internal static class PrehashParts
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE" };

    private readonly struct Part
    {
        public Part(IOperation operation, SigningFrame frame, string? constant, bool slice = false)
        {
            Operation = operation;
            Frame = frame;
            Constant = constant;
            Slice = slice;
        }

        /// <summary>The constant is a slice of a format string: its node cannot be rewritten to that text alone.</summary>
        public bool Slice { get; }

        public IOperation Operation { get; }

        public SigningFrame Frame { get; }

        public string? Constant { get; }
    }

    public static void Analyze(SignatureTrace trace, IOperation prehash, SigningFrame frame, SignatureTrace.Prehash context)
    {
        var parts = new List<Part>();
        Flatten(trace, prehash, frame, parts, 0);
        if (parts.Count == 0)
        {
            return;
        }

        var login = context.Login ?? MentionsVerifyPath(parts);
        var first = parts[0];
        if (first.Constant is null)
        {
            if (first.Frame.IsRoot)
            {
                context.TimestampPart.Add(first.Operation.Syntax);
            }

            trace.Timestamp(first.Operation, first.Frame, login, context.TimestampReads);
        }

        if (parts.Count > 1)
        {
            CheckMethod(trace, parts[1], login);
        }

        if (login)
        {
            CheckLoginPath(trace, parts);
            return;
        }

        // uri.AbsolutePath + uri.Query signs the query too.
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].Constant is null
                && trace.FindBack(parts[i].Operation, parts[i].Frame, static (value, frame) => IsUriQuery(value) ? new Found(value, frame) : null) is not null)
            {
                return;
            }
        }

        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].Constant is null
                && trace.FindBack(parts[i].Operation, parts[i].Frame, static (value, frame) => PathWithoutQuery(value) is { } read ? new Found(read, frame) : null) is { } path)
            {
                trace.Add(SigningMistake.PathWithoutQuery, path.Operation.Syntax, false, path.Frame);
            }
        }
    }

    private static void Flatten(SignatureTrace trace, IOperation operation, SigningFrame frame, List<Part> parts, int depth)
    {
        if (depth > 12 || !trace.Values.Budget() || OperationWrappers.Skip(operation) is not { } value)
        {
            return;
        }

        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            parts.Add(new Part(value, frame, constant));
            return;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Flatten(trace, concatenation.LeftOperand, frame, parts, depth + 1);
                Flatten(trace, concatenation.RightOperand, frame, parts, depth + 1);
                return;

            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation text)
                    {
                        parts.Add(new Part(text, frame, text.Text.ConstantValue.Value as string ?? ""));
                    }
                    else if (part is IInterpolationOperation { FormatString: null, Alignment: null } plain
                             && !SignatureTrace.IsDateType(OperationWrappers.Skip(plain.Expression)?.Type))
                    {
                        Flatten(trace, plain.Expression, frame, parts, depth + 1);
                    }
                    else
                    {
                        parts.Add(new Part(part, frame, null));
                    }
                }

                return;

            case IInvocationOperation { TargetMethod: { Name: "Concat", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } concat:
                foreach (var argument in concat.Arguments)
                {
                    if (argument.Value is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (var element in elements.ElementValues)
                        {
                            Flatten(trace, element, frame, parts, depth + 1);
                        }
                    }
                    else if (argument.Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        Flatten(trace, argument.Value, frame, parts, depth + 1);
                    }
                    else
                    {
                        parts.Add(new Part(argument.Value, frame, null));
                    }
                }

                return;

            case IInvocationOperation { TargetMethod: { Name: "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } format
                when FormatParts(format) is { } formatParts:
                foreach (var (text, argument) in formatParts)
                {
                    if (argument is not null)
                    {
                        Flatten(trace, argument, frame, parts, depth + 1);
                    }
                    else
                    {
                        // A slice of the format string: its text counts, its node is not a literal of that text.
                        parts.Add(new Part(format.Arguments[0].Value, frame, text, slice: true));
                    }
                }

                return;

            case ILocalReferenceOperation or IParameterReferenceOperation:
                // A local or parameter holding a built string is read as that string; one holding a value of its own
                // (a timestamp, a path) is a part, followed later by what checks it.
                var next = new List<(IOperation Value, SigningFrame Frame)>();
                if (trace.Values.Step(value, frame, next) && next.Count == 1 && IsBuilt(next[0].Value))
                {
                    Flatten(trace, next[0].Value, next[0].Frame, parts, depth + 1);
                    return;
                }

                break;
        }

        parts.Add(new Part(value, frame, null));
    }

    /// <summary>
    /// string.Format("{0}{1}{2}{3}", timestamp, method, path, body): the format's texts and arguments in order; null
    /// when the format is not a constant made of plain placeholders and text.
    /// </summary>
    private static List<(string? Text, IOperation? Argument)>? FormatParts(IInvocationOperation format)
    {
        if (format.Arguments.Length < 2 || format.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string pattern })
        {
            return null;
        }

        var values = new List<IOperation>();
        for (var i = 1; i < format.Arguments.Length; i++)
        {
            if (format.Arguments[i].Value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    values.Add(element);
                }
            }
            else
            {
                values.Add(format.Arguments[i].Value);
            }
        }

        var result = new List<(string?, IOperation?)>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{' && i + 1 < pattern.Length && pattern[i + 1] == '{' || c == '}' && i + 1 < pattern.Length && pattern[i + 1] == '}')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var close = pattern.IndexOf('}', i);
            if (close < 0 || !int.TryParse(pattern.Substring(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                || index >= values.Count)
            {
                return null;
            }

            if (text.Length > 0)
            {
                result.Add((text.ToString(), null));
                text.Clear();
            }

            result.Add((null, values[index]));
            i = close;
        }

        if (text.Length > 0)
        {
            result.Add((text.ToString(), null));
        }

        return result;
    }

    /// <summary>A string built from parts, or a local or parameter (which may hold one).</summary>
    private static bool IsBuilt(IOperation operation) => OperationWrappers.Skip(operation) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => true,
        IInterpolatedStringOperation { Parts.Length: > 1 } => true,
        IInvocationOperation { TargetMethod: { Name: "Concat" or "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } => true,
        ILocalReferenceOperation or IParameterReferenceOperation => true,
        _ => false,
    };

    private static void CheckMethod(SignatureTrace trace, Part part, bool login)
    {
        if (part.Constant is { } constant)
        {
            if (part.Slice)
            {
                return;
            }

            var method = LeadingMethod(constant);
            if (method is not null && !string.Equals(method, method.ToUpperInvariant(), StringComparison.Ordinal))
            {
                var upper = method.ToUpperInvariant() + constant.Substring(method.Length);
                trace.Add(SigningMistake.LowerCaseMethod, part.Operation.Syntax, login, part.Frame, detail: upper);
            }

            return;
        }

        if (trace.FindBack(part.Operation, part.Frame, static (value, frame) => IsToLower(value) ? new Found(value, frame) : null) is { } lower)
        {
            trace.Add(SigningMistake.LowerCaseMethod, lower.Operation.Syntax, login, lower.Frame, related: lower.Operation.Syntax);
        }
    }

    private static void CheckLoginPath(SignatureTrace trace, List<Part> parts)
    {
        const string expected = "GET" + OkxHeaderNames.LoginVerifyPath;
        if (parts.Count == 1)
        {
            return;
        }

        var text = "";
        var allConstant = true;
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].Constant is { } constant)
            {
                text += constant;
            }
            else
            {
                allConstant = false;
            }
        }

        if (allConstant && string.Equals(text, expected, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // The fix writes the whole constant rest into one part when the rest is one part, or the path after a "GET".
        Part at;
        string? replacement = null;
        if (parts[parts.Count - 1].Slice)
        {
            at = parts[parts.Count - 1];
        }
        else if (parts.Count == 2)
        {
            at = parts[1];
            replacement = expected;
        }
        else if (parts.Count == 3 && parts[1].Constant is { } method && string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            at = parts[2];
            replacement = OkxHeaderNames.LoginVerifyPath;
        }
        else
        {
            at = parts[parts.Count - 1];
        }

        trace.Add(SigningMistake.LoginPrehash, at.Operation.Syntax, true, at.Frame, detail: replacement);
    }

    private static bool MentionsVerifyPath(List<Part> parts)
    {
        foreach (var part in parts)
        {
            if (part.Constant is { } constant && constant.IndexOf(OkxVocabulary.LoginVerifyPath, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"get" in "get", "get/api/v5/…", "Post": the HTTP method a constant starts with, as written; null when none.</summary>
    public static string? LeadingMethod(string constant)
    {
        var length = 0;
        while (length < constant.Length && char.IsLetter(constant[length]))
        {
            length++;
        }

        if (length == 0 || (length < constant.Length && constant[length] != '/'))
        {
            return null;
        }

        var word = constant.Substring(0, length);
        foreach (var method in Methods)
        {
            if (string.Equals(word, method, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return null;
    }

    private static bool IsToLower(IOperation value) =>
        value is IInvocationOperation { TargetMethod: { Name: "ToLower" or "ToLowerInvariant", ContainingType.SpecialType: SpecialType.System_String }, Instance: not null };

    private static bool IsUriQuery(IOperation value)
    {
        if (value is IConditionalAccessOperation { WhenNotNull: { } whenNotNull })
        {
            value = whenNotNull;
        }

        return value is IPropertyReferenceOperation { Property: { Name: "Query", ContainingType: { Name: "Uri" } uri } } && OkxTypes.IsInNamespace(uri, "System");
    }

    /// <summary>uri.AbsolutePath, uri.LocalPath, request.RequestUri?.AbsolutePath: the property read; null for anything else.</summary>
    private static IOperation? PathWithoutQuery(IOperation value)
    {
        if (value is IConditionalAccessOperation { WhenNotNull: { } whenNotNull })
        {
            value = whenNotNull;
        }

        return value is IPropertyReferenceOperation { Property: { Name: "AbsolutePath" or "LocalPath", ContainingType: { Name: "Uri" } uri } }
               && OkxTypes.IsInNamespace(uri, "System")
            ? value
            : null;
    }

    private sealed class Found
    {
        public Found(IOperation operation, SigningFrame frame)
        {
            Operation = operation;
            Frame = frame;
        }

        public IOperation Operation { get; }

        public SigningFrame Frame { get; }
    }
}
