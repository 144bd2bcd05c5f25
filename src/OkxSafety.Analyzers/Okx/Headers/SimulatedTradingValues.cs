using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Messages = OkxSafety.Analyzers.Descriptors.SimulatedTradingHeaderMessages;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// OKX004's value model: the values an x-simulated-trading write can send (each branch of a ternary or switch, with the
/// demo/live intent of that branch), and what is wrong with each: a bool, a formatted bool, a value OKX does not read,
/// or "1"/"0" against the intent of its branch.
/// </summary>
internal static class SimulatedTradingValues
{
    /// <summary>The values a header can take: each branch of a ternary or switch expression, with the intent of that branch.</summary>
    internal static void CollectLeaves(IOperation value, TradingIntent intent, bool nested, List<HeaderValueBranch> leaves)
    {
        var unwrapped = TradingIntents.Unwrap(value) ?? value;
        switch (unwrapped)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                CollectLeaves(conditional.WhenTrue, Combine(intent, TradingIntents.OfCondition(conditional.Condition, true)), nested: true, leaves);
                CollectLeaves(whenFalse, Combine(intent, TradingIntents.OfCondition(conditional.Condition, false)), nested: true, leaves);
                return;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    var armIntent = arm.Guard is null ? TradingIntents.OfPlace(arm.Value, null, CancellationToken.None) : TradingIntent.Unknown;
                    CollectLeaves(arm.Value, Combine(intent, armIntent), nested: true, leaves);
                }

                return;
            default:
                leaves.Add(new HeaderValueBranch(unwrapped, intent, nested));
                return;
        }
    }

    internal static TradingIntent Combine(TradingIntent outer, TradingIntent inner)
    {
        if (outer == TradingIntent.Unknown) return inner;
        if (inner == TradingIntent.Unknown || inner == outer) return outer;
        return TradingIntent.Unknown;
    }

    internal static HeaderValueVerdict Classify(HeaderValueBranch leaf, CancellationToken cancellationToken)
    {
        var operation = leaf.Operation;
        if (operation.Type?.SpecialType == SpecialType.System_Boolean && operation.ConstantValue is { HasValue: true, Value: bool boolean })
        {
            var fixedValue = leaf.Intent != TradingIntent.Unknown ? TradingIntents.HeaderValue(leaf.Intent) : boolean ? OkxVocabulary.DemoHeaderValue : OkxVocabulary.LiveHeaderValue;
            return HeaderValueVerdict.Bad(Messages.Format(Messages.BoolValue, boolean ? "true" : "false", boolean ? "True" : "False", IntentClause(leaf.Intent)), Literal(fixedValue));
        }

        if (FindFormattedBool(operation) is { } flag)
        {
            var flagText = ConditionText(flag, leaf.Nested);
            var flagIntent = TradingIntents.OfCondition(flag, whenTrue: true);
            var replacement = flagIntent == TradingIntent.Live ? $"{flagText} ? \"0\" : \"1\"" : $"{flagText} ? \"1\" : \"0\"";
            if (leaf.Nested)
            {
                replacement = "(" + replacement + ")";
            }

            return HeaderValueVerdict.Bad(Messages.Format(Messages.FormattedBool, Shorten(flag.Syntax.ToString())), replacement);
        }

        if (operation.Type?.SpecialType != SpecialType.System_String
            || !ConstantStrings.TryResolve(operation, cancellationToken, out var text)
            || text is null)
        {
            return default;
        }

        if (text is OkxVocabulary.DemoHeaderValue or OkxVocabulary.LiveHeaderValue)
        {
            var sentIntent = text == OkxVocabulary.DemoHeaderValue ? TradingIntent.Demo : TradingIntent.Live;
            if (leaf.Intent != TradingIntent.Unknown && leaf.Intent != sentIntent)
            {
                return new HeaderValueVerdict(
                    HeaderValueProblem.Contradiction,
                    Messages.Format(Messages.Contradiction, TradingIntents.Describe(leaf.Intent), text, TradingIntents.Describe(sentIntent)),
                    Literal(TradingIntents.HeaderValue(leaf.Intent)),
                    text);
            }

            return new HeaderValueVerdict(HeaderValueProblem.None, null, null, text);
        }

        var meant = leaf.Intent != TradingIntent.Unknown ? leaf.Intent : MeaningOf(text);
        // Only a value with a known meaning (true, yes, off…) is quoted: anything else may be a key pasted into the
        // wrong header, and the package never prints a value it cannot vouch for.
        var shown = text.Length == 0 ? Messages.EmptyValue
            : MeaningOf(text) != TradingIntent.Unknown && text.Length <= 12 ? $"\"{ShowValue(text)}\""
            : Messages.MeaninglessValue;
        var clause = leaf.Intent != TradingIntent.Unknown
            ? IntentClause(leaf.Intent)
            : meant != TradingIntent.Unknown ? Messages.Format(Messages.MeaningClause, TradingIntents.Describe(meant), TradingIntents.HeaderValue(meant)) : "";
        return HeaderValueVerdict.Bad(
            Messages.Format(Messages.UnreadValue, shown, clause),
            meant == TradingIntent.Unknown ? null : Literal(TradingIntents.HeaderValue(meant)));
    }

    internal static string IntentClause(TradingIntent intent) =>
        intent == TradingIntent.Unknown ? "" : Messages.Format(Messages.IntentClause, TradingIntents.Describe(intent), TradingIntents.HeaderValue(intent));

    /// <summary>What a wrong value was meant to say: "true", "yes", "demo" mean demo; "false", "no", "live" mean live.</summary>
    internal static TradingIntent MeaningOf(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        switch (trimmed)
        {
            case "1" or "true" or "yes" or "y" or "on" or "enabled" or "enable" or "t":
                return TradingIntent.Demo;
            case "0" or "false" or "no" or "n" or "off" or "disabled" or "disable" or "f":
                return TradingIntent.Live;
            default:
                return TradingIntents.OfName(trimmed);
        }
    }

    /// <summary>The bool a value is formatted from: flag.ToString(), $"{flag}", Convert.ToString(flag), "" + flag (and .ToLower() of those).</summary>
    internal static IOperation? FindFormattedBool(IOperation value)
    {
        var operation = TradingIntents.Unwrap(value);
        switch (operation)
        {
            case IInvocationOperation { TargetMethod.Name: "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim", Instance: { } instance }
                when instance.Type?.SpecialType == SpecialType.System_String:
                return FindFormattedBool(instance);
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } when IsBool(instance.Type):
                return instance;
            case IInvocationOperation { TargetMethod: { Name: "ToString", IsStatic: true, ContainingType.Name: "Convert" }, Arguments.Length: > 0 } convert
                when IsBool(TradingIntents.Unwrap(convert.Arguments[0].Value)?.Type):
                return TradingIntents.Unwrap(convert.Arguments[0].Value);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation { Expression: var expression } && IsBool(TradingIntents.Unwrap(expression)?.Type))
                    {
                        return TradingIntents.Unwrap(expression);
                    }
                }

                return null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                if (IsBool(TradingIntents.Unwrap(concatenation.LeftOperand)?.Type))
                {
                    return TradingIntents.Unwrap(concatenation.LeftOperand);
                }

                if (IsBool(TradingIntents.Unwrap(concatenation.RightOperand)?.Type))
                {
                    return TradingIntents.Unwrap(concatenation.RightOperand);
                }

                return FindFormattedBool(concatenation.LeftOperand) ?? FindFormattedBool(concatenation.RightOperand);
            default:
                return null;
        }
    }

    internal static bool IsBool(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_Boolean || IsNullableBool(type));

    internal static bool IsNullableBool(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
        && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    /// <summary>The bool as the condition of a ternary: parenthesised unless it is a simple name, access or call; bool? compared with true.</summary>
    internal static string ConditionText(IOperation flag, bool nested)
    {
        var text = flag.Syntax.ToString();
        if (IsNullableBool(flag.Type))
        {
            return (IsSimple(flag.Syntax) ? text : "(" + text + ")") + " == true";
        }

        return IsSimple(flag.Syntax) ? text : "(" + text + ")";
    }

    internal static bool IsSimple(SyntaxNode syntax) =>
        syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or LiteralExpressionSyntax or ThisExpressionSyntax
        || (syntax is PrefixUnaryExpressionSyntax prefix && IsSimple(prefix.Operand));

    internal static string Literal(string value) => "\"" + value + "\"";

    internal static string Quote(string name) => "\"" + ShowValue(name) + "\"";

    /// <summary>Header values and names are not secrets, but a long or odd value is shown only in part.</summary>
    internal static string ShowValue(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (builder.Length >= 32)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || c == '"' ? '?' : c);
        }

        return builder.ToString();
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 39) + "…";
}

internal readonly struct HeaderValueBranch
{
    public HeaderValueBranch(IOperation operation, TradingIntent intent, bool nested)
    {
        Operation = operation;
        Intent = intent;
        Nested = nested;
    }

    public IOperation Operation { get; }

    public TradingIntent Intent { get; }

    /// <summary>A branch of a ternary or switch expression rather than the whole value.</summary>
    public bool Nested { get; }
}

internal enum HeaderValueProblem
{
    None,
    BadValue,
    Contradiction,
}

internal readonly struct HeaderValueVerdict
{
    public HeaderValueVerdict(HeaderValueProblem problem, string? message, string? replacement, string? constant)
    {
        HeaderValueProblem = problem;
        Message = message;
        Replacement = replacement;
        Constant = constant;
    }

    public HeaderValueProblem HeaderValueProblem { get; }

    public string? Message { get; }

    public string? Replacement { get; }

    public string? Constant { get; }

    public static HeaderValueVerdict Bad(string message, string? replacement) => new(HeaderValueProblem.BadValue, message, replacement, null);
}
