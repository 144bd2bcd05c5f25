using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>What the code means to trade on: OKX demo trading or the live exchange.</summary>
internal enum TradingIntent
{
    Unknown,
    Demo,
    Live,
}

/// <summary>
/// Answers "does this code mean demo or live trading here?": from the words of an identifier (isDemo, UseTestnet,
/// IsProduction), from a condition (<c>!isDemo</c>, <c>useDemo == false</c>, <c>Environment == OKXEnvironment.Live</c>,
/// <c>mode == "paper"</c>) and from where an operation sits (the branch of an if, a ternary, a switch, a guard clause).
/// Words match whole (camelCase, PascalCase, snake_case, kebab-case): isLiveData, demoteUser and RealTime mean nothing.
/// </summary>
internal static class TradingIntents
{
    private static readonly HashSet<string> DemoWords = OkxVocabulary.DemoWords;

    private static readonly HashSet<string> LiveWords = OkxVocabulary.LiveWords;

    /// <summary>Words that may follow a demo/live word without changing what it is about (isDemoAccount, LiveTradingEnabled).</summary>
    private static readonly HashSet<string> TrailingWords = new(StringComparer.Ordinal)
    {
        "mode", "trading", "trade", "trades", "account", "accounts", "environment", "env", "enabled", "enable", "active",
        "on", "only", "api", "endpoint", "endpoints", "url", "uri", "host", "server", "net", "network", "key", "keys",
        "credentials", "money", "funds", "exchange", "flag", "setting", "settings", "config", "configuration", "option",
        "options", "session", "client", "instance", OkxVocabulary.Okx, OkxVocabulary.Okex, "requested", "selected", "wanted", "used",
    };

    /// <summary>Words that turn the meaning around (isNotDemo, nonProduction, DemoDisabled).</summary>
    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal)
    {
        "not", "non", "no", "disable", "disabled", "without",
    };

    /// <summary>Prefixes and suffixes glued to a demo/live word in all-lower-case names (isdemo, usetestnet, livemode).</summary>
    private static readonly string[] GluedPrefixes = { "is", "use", "enable", "run", "in" };
    private static readonly string[] GluedSuffixes = { "mode", "trading", "account", "env", "enabled" };

    public static TradingIntent Flip(TradingIntent intent) => intent switch
    {
        TradingIntent.Demo => TradingIntent.Live,
        TradingIntent.Live => TradingIntent.Demo,
        _ => TradingIntent.Unknown,
    };

    /// <summary>"demo" or "live", for messages.</summary>
    public static string Describe(TradingIntent intent) => intent == TradingIntent.Demo ? "demo" : "live";

    /// <summary>The x-simulated-trading value an intent needs: "1" for demo, "0" for live.</summary>
    public static string HeaderValue(TradingIntent intent) => intent == TradingIntent.Demo ? OkxVocabulary.DemoHeaderValue : OkxVocabulary.LiveHeaderValue;

    /// <summary>The intent an identifier or a short text names by its words: UseDemo, IS_TESTNET, "paper", IsLiveData (none).</summary>
    public static TradingIntent OfName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name!.Length > 64)
        {
            return TradingIntent.Unknown;
        }

        var words = SplitWords(name);
        var found = TradingIntent.Unknown;
        var negated = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (NegationWords.Contains(word))
            {
                negated = !negated;
                continue;
            }

            var wordIntent = OfWord(word);
            if (wordIntent == TradingIntent.Unknown && word == "test" && i + 1 < words.Count && words[i + 1] == "net")
            {
                wordIntent = TradingIntent.Demo;
                i++;
            }
            else if (wordIntent == TradingIntent.Unknown && word == "main" && i + 1 < words.Count && words[i + 1] == "net")
            {
                wordIntent = TradingIntent.Live;
                i++;
            }

            if (wordIntent == TradingIntent.Unknown)
            {
                continue;
            }

            // Every word after a demo/live word must keep the name about the environment: isLiveData is about data.
            for (var j = i + 1; j < words.Count; j++)
            {
                if (!TrailingWords.Contains(words[j]) && !NegationWords.Contains(words[j]) && OfWord(words[j]) == TradingIntent.Unknown)
                {
                    return TradingIntent.Unknown;
                }
            }

            if (found != TradingIntent.Unknown && found != wordIntent)
            {
                return TradingIntent.Unknown;
            }

            found = wordIntent;
        }

        return negated ? Flip(found) : found;
    }

    private static TradingIntent OfWord(string word)
    {
        if (DemoWords.Contains(word))
        {
            return TradingIntent.Demo;
        }

        if (LiveWords.Contains(word))
        {
            return TradingIntent.Live;
        }

        // All-lower-case names glue their words together: isdemo, usetestnet, livemode.
        foreach (var prefix in GluedPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = word.Substring(prefix.Length);
                if (DemoWords.Contains(rest)) return TradingIntent.Demo;
                if (LiveWords.Contains(rest)) return TradingIntent.Live;
            }
        }

        foreach (var suffix in GluedSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var rest = word.Substring(0, word.Length - suffix.Length);
                if (DemoWords.Contains(rest)) return TradingIntent.Demo;
                if (LiveWords.Contains(rest)) return TradingIntent.Live;
            }
        }

        return TradingIntent.Unknown;
    }

    /// <summary>The lower-case words of a name (see <see cref="IdentifierWords.Split"/>).</summary>
    public static List<string> SplitWords(string name) => IdentifierWords.Split(name);

    /// <summary>
    /// The intent a condition shows when it is <paramref name="whenTrue"/>: <c>isDemo</c> is demo when true and live
    /// when false; <c>a &amp;&amp; b</c> is known when true if one side is; comparisons with Live/Demo members or "demo"
    /// strings; <c>== false</c>, <c>!</c> and <c>is not</c> turn it around.
    /// </summary>
    public static TradingIntent OfCondition(IOperation? condition, bool whenTrue)
    {
        condition = Unwrap(condition);
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return OfCondition(not.Operand, !whenTrue);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } conjunction
                when conjunction.Type?.SpecialType == SpecialType.System_Boolean:
                return whenTrue
                    ? Either(OfCondition(conjunction.LeftOperand, true), OfCondition(conjunction.RightOperand, true))
                    : Both(OfCondition(conjunction.LeftOperand, false), OfCondition(conjunction.RightOperand, false));

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } disjunction
                when disjunction.Type?.SpecialType == SpecialType.System_Boolean:
                return whenTrue
                    ? Both(OfCondition(disjunction.LeftOperand, true), OfCondition(disjunction.RightOperand, true))
                    : Either(OfCondition(disjunction.LeftOperand, false), OfCondition(disjunction.RightOperand, false));

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
            {
                var equal = comparison.OperatorKind == BinaryOperatorKind.Equals ? whenTrue : !whenTrue;
                if (BoolConstant(comparison.RightOperand) is { } right)
                {
                    return OfCondition(comparison.LeftOperand, right ? equal : !equal);
                }

                if (BoolConstant(comparison.LeftOperand) is { } left)
                {
                    return OfCondition(comparison.RightOperand, left ? equal : !equal);
                }

                var compared = OfComparedValues(comparison.LeftOperand, comparison.RightOperand);
                return equal ? compared : Flip(compared);
            }

            case IIsPatternOperation isPattern:
                return OfPattern(isPattern.Pattern, isPattern.Value, whenTrue);

            case IInvocationOperation invocation:
                return OfInvocation(invocation, whenTrue);

            case IConditionalAccessOperation conditionalAccess:
                return OfCondition(conditionalAccess.WhenNotNull, whenTrue);

            case ICoalesceOperation coalesce when BoolConstant(coalesce.WhenNull) is not null:
                return OfCondition(coalesce.Value, whenTrue);

            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                when IsBoolean(condition.Type):
            {
                var named = OfName(ReferencedName(condition));
                return whenTrue ? named : Flip(named);
            }

            default:
                return TradingIntent.Unknown;
        }
    }

    /// <summary>The intent of a value compared against: an enum member or static member (OKXEnvironment.Live), or a string ("paper").</summary>
    public static TradingIntent OfComparedValue(IOperation? value)
    {
        value = Unwrap(value);
        if (value is null)
        {
            return TradingIntent.Unknown;
        }

        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return OfName(text);
        }

        return value switch
        {
            IFieldReferenceOperation { Field: { } field } when field.IsStatic || field.IsConst => OfName(field.Name),
            IPropertyReferenceOperation { Property: { IsStatic: true } property } => OfName(property.Name),
            _ => TradingIntent.Unknown,
        };
    }

    private static TradingIntent OfComparedValues(IOperation left, IOperation right) =>
        Both(OfComparedValue(left), OfComparedValue(right), allowOneUnknown: true);

    /// <summary>The intent shown when <paramref name="subject"/> matches (or, with whenTrue false, does not match) the pattern.</summary>
    private static TradingIntent OfPattern(IPatternOperation pattern, IOperation? subject, bool whenTrue) => pattern switch
    {
        INegatedPatternOperation negated => OfPattern(negated.Pattern, subject, !whenTrue),
        IConstantPatternOperation constant => OfCaseValue(subject, constant.Value, whenTrue),
        _ => TradingIntent.Unknown,
    };

    /// <summary><c>subject == value</c>: <c>isDemo is true</c>, <c>case OKXEnvironment.Demo:</c>, <c>"paper" =&gt;</c>.</summary>
    private static TradingIntent OfCaseValue(IOperation? subject, IOperation value, bool whenTrue)
    {
        if (BoolConstant(value) is { } flag)
        {
            return OfCondition(subject, flag ? whenTrue : !whenTrue);
        }

        var compared = OfComparedValue(value);
        return whenTrue ? compared : Flip(compared);
    }

    private static TradingIntent OfInvocation(IInvocationOperation invocation, bool whenTrue)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Equals")
        {
            var compared = TradingIntent.Unknown;
            if (invocation.Instance is { } instance)
            {
                compared = OfComparedValue(instance);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.Type?.SpecialType == SpecialType.System_Boolean || argument.Value.Type?.TypeKind == TypeKind.Enum && argument.Value.Type.Name == "StringComparison")
                {
                    continue;
                }

                compared = Both(compared, OfComparedValue(argument.Value), allowOneUnknown: true);
            }

            return whenTrue ? compared : Flip(compared);
        }

        if (!IsBoolean(method.ReturnType))
        {
            return TradingIntent.Unknown;
        }

        var named = OfName(method.Name);
        return whenTrue ? named : Flip(named);
    }

    /// <summary>
    /// The intent of the place an operation runs in: the branch of each enclosing if / ternary, switch section or
    /// switch-expression arm, and guard clauses (<c>if (!isDemo) return;</c>) before it, up to the enclosing member
    /// or local function. Conflicting answers give Unknown. <paramref name="conditions"/> collects the conditions met.
    /// </summary>
    public static TradingIntent OfPlace(IOperation operation, List<IOperation>? conditions, CancellationToken cancellationToken)
    {
        var result = TradingIntent.Unknown;
        var conflict = false;
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var here = TradingIntent.Unknown;
            switch (current)
            {
                case IConditionalOperation conditional when child != conditional.Condition:
                    conditions?.Add(conditional.Condition);
                    here = OfCondition(conditional.Condition, child == conditional.WhenTrue);
                    break;

                case ISwitchCaseOperation switchCase when switchCase.Parent is ISwitchOperation switchOperation:
                    conditions?.Add(switchOperation.Value);
                    here = OfCaseClauses(switchCase, switchOperation.Value);
                    break;

                case ISwitchExpressionArmOperation arm when child == arm.Value:
                    if (arm.Parent is ISwitchExpressionOperation switchExpression)
                    {
                        conditions?.Add(switchExpression.Value);
                    }

                    here = OfPattern(arm.Pattern, (arm.Parent as ISwitchExpressionOperation)?.Value, whenTrue: true);
                    break;

                case IBlockOperation block:
                    here = OfGuards(block, child, conditions);
                    break;

                case ILocalFunctionOperation:
                case IMethodBodyOperation:
                case IConstructorBodyOperation:
                    return conflict ? TradingIntent.Unknown : result;
            }

            if (here != TradingIntent.Unknown)
            {
                if (result == TradingIntent.Unknown)
                {
                    result = here;
                }
                else if (result != here)
                {
                    conflict = true;
                }
            }
        }

        return conflict ? TradingIntent.Unknown : result;
    }

    private static TradingIntent OfCaseClauses(ISwitchCaseOperation switchCase, IOperation subject)
    {
        var result = TradingIntent.Unknown;
        foreach (var clause in switchCase.Clauses)
        {
            var clauseIntent = clause switch
            {
                ISingleValueCaseClauseOperation single => OfCaseValue(subject, single.Value, whenTrue: true),
                IPatternCaseClauseOperation { Guard: null } pattern => OfPattern(pattern.Pattern, subject, whenTrue: true),
                _ => TradingIntent.Unknown,
            };

            if (clauseIntent == TradingIntent.Unknown || (result != TradingIntent.Unknown && result != clauseIntent))
            {
                return TradingIntent.Unknown;
            }

            result = clauseIntent;
        }

        return result;
    }

    /// <summary><c>if (!isDemo) return;</c> before the statement: what follows runs only when the condition is false.</summary>
    private static TradingIntent OfGuards(IBlockOperation block, IOperation child, List<IOperation>? conditions)
    {
        var result = TradingIntent.Unknown;
        foreach (var statement in block.Operations)
        {
            if (statement == child)
            {
                break;
            }

            if (statement is IConditionalOperation { WhenFalse: null } guard && AlwaysLeaves(guard.WhenTrue))
            {
                conditions?.Add(guard.Condition);
                var guarded = OfCondition(guard.Condition, whenTrue: false);
                if (guarded != TradingIntent.Unknown)
                {
                    if (result != TradingIntent.Unknown && result != guarded)
                    {
                        return TradingIntent.Unknown;
                    }

                    result = guarded;
                }
            }
        }

        return result;
    }

    private static bool AlwaysLeaves(IOperation? operation) => operation switch
    {
        IReturnOperation or IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } => true,
        IBlockOperation { Operations.Length: > 0 } block => AlwaysLeaves(block.Operations[block.Operations.Length - 1]),
        _ => false,
    };

    /// <summary>Known if either is known and they do not disagree.</summary>
    private static TradingIntent Either(TradingIntent a, TradingIntent b)
    {
        if (a == TradingIntent.Unknown) return b;
        if (b == TradingIntent.Unknown || a == b) return a;
        return TradingIntent.Unknown;
    }

    /// <summary>Known only if both are known and agree (or, with <paramref name="allowOneUnknown"/>, one is unknown).</summary>
    private static TradingIntent Both(TradingIntent a, TradingIntent b, bool allowOneUnknown = false)
    {
        if (allowOneUnknown)
        {
            return Either(a, b);
        }

        return a == b ? a : TradingIntent.Unknown;
    }

    private static bool? BoolConstant(IOperation? operation)
    {
        operation = Unwrap(operation);
        return operation?.ConstantValue is { HasValue: true, Value: bool value } ? value : null;
    }

    private static bool IsBoolean(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_Boolean
            || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
                && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean));

    /// <summary>The name of a referenced local, parameter, field or property.</summary>
    public static string? ReferencedName(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    public static IOperation? Unwrap(IOperation? operation) => OperationWrappers.Skip(operation);
}
