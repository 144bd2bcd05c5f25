using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX004: an x-simulated-trading header that says something other than what the code means: a value other than
/// "1"/"0", a misspelled header name, "1" where the code means live (or "0" where it means demo), an unconditional
/// "1" in a type that has its own demo/live flag, or a REST header that disagrees with the type's WebSocket host.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class SimulatedTradingHeaderAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which case was found (one of the *Kind constants).</summary>
    public const string KindProperty = "Kind";

    /// <summary>Diagnostic property: the code fix's title.</summary>
    public const string FixTitleProperty = "FixTitle";

    /// <summary>
    /// Diagnostic properties "Span0", "Span1"… ("start:length" in the diagnostic's document) and "Replacement0",
    /// "Replacement1"…: the expressions the fix replaces and their replacements. Properties rather than additional
    /// locations, so that a diagnostic has exactly one location.
    /// </summary>
    public const string SpanPrefix = "Span";

    /// <inheritdoc cref="SpanPrefix"/>
    public const string ReplacementPrefix = "Replacement";

    public const string ValueKind = "Value";
    public const string NameKind = "Name";
    public const string ContradictionKind = "Contradiction";
    public const string IgnoredFlagKind = "IgnoredFlag";
    public const string MixedHostsKind = "MixedHosts";

    private const string Header = OkxHeaderNames.SimulatedTrading;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SimulatedTradingHeader);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            if (!OkxGate.For(compilationStart.Compilation).AnyTreeMayContainOkx(compilationStart.CancellationToken))
            {
                return;
            }

            var types = OkxTypes.Create(compilationStart.Compilation);
            var okx = new OkxContext();
            var generated = GeneratedCode.For(compilationStart.Compilation, compilationStart.Options);
            compilationStart.RegisterSymbolStartAction(symbolStart => OnTypeStart(symbolStart, types, okx, generated), SymbolKind.NamedType);
        });
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context, OkxTypes types, OkxContext okx, GeneratedCode generated)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (generated.IsDeclaredOnlyInGeneratedFiles(type, context.CancellationToken))
        {
            return;
        }

        var state = new TypeState(type, FindFlags(type, context.CancellationToken), generated);
        context.RegisterOperationAction(c => AnalyzeWrite(c, state, types, okx), HeaderWrites.OperationKinds);
        context.RegisterOperationAction(c => CollectHost(c, state), OperationKind.Literal);
        context.RegisterSymbolEndAction(c => ReportAtTypeEnd(c, state));
    }

    private static void AnalyzeWrite(OperationAnalysisContext context, TypeState state, OkxTypes types, OkxContext okx)
    {
        if (!state.Owns(context.ContainingSymbol))
        {
            return;
        }

        if (context.Operation is IInvocationOperation invocation && !state.Flags.IsEmpty)
        {
            RecordCall(invocation, state, context.CancellationToken);
        }

        if (!HeaderWrites.TryGetHeaderWrite(context.Operation, types, context.CancellationToken, out var write))
        {
            return;
        }

        var isHeader = write.Header == OkxHeader.SimulatedTrading;
        if (!isHeader && !OkxHeaderNames.IsSimulatedTradingNearMiss(write.Name))
        {
            return;
        }

        // Only values that end up as header text: a string (or object) slot; bool-typed settings dictionaries are not headers.
        var slotType = write.ValueOperation.Type;
        if (slotType is null || (slotType.SpecialType != SpecialType.System_String && slotType.SpecialType != SpecialType.System_Object))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var location = write.Operation.Syntax.GetLocation();
        if (!isHeader)
        {
            if (IsMeantAsSimulatedTradingHeader(write, okx, cancellationToken))
            {
                var means = ConstantStrings.TryResolve(write.ValueOperation, cancellationToken, out var sent) && sent == "1";
                var message = means
                    ? $"The code means demo trading, but the header name {Quote(write.Name!)} is not {Header} and OKX ignores it"
                    : $"The header name {Quote(write.Name!)} is not {Header} and OKX ignores it";
                Report(state, context.ReportDiagnostic, context.CancellationToken, location, NameKind, message, $"Use the header name {Header}",
                    new[] { (write.NameOperation, "\"" + Header + "\"") });
            }

            return;
        }

        var conditions = new List<IOperation>();
        var place = TradingIntents.OfPlace(write.Operation, conditions, cancellationToken);
        var leaves = new List<Leaf>();
        CollectLeaves(write.ValueOperation, place, nested: false, leaves);

        string? firstBad = null;
        string? firstContradiction = null;
        var replacements = new List<(IOperation, string)>();
        var ignoredFlagCandidate = false;
        foreach (var leaf in leaves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Classify(leaf, cancellationToken);
            switch (result.Problem)
            {
                case Problem.BadValue:
                    firstBad ??= result.Message;
                    break;
                case Problem.Contradiction:
                    firstContradiction ??= result.Message;
                    break;
                case Problem.None when leaves.Count == 1 && leaf.Intent == TradingIntent.Unknown && result.Constant is "1" or "0":
                    state.AddCandidate(new Candidate(location, result.Constant, write.ValueOperation));
                    ignoredFlagCandidate = result.Constant == "1";
                    break;
            }

            if (result.Replacement is not null)
            {
                replacements.Add((leaf.Operation, result.Replacement));
            }
        }

        if (firstBad is not null)
        {
            // An unconditional wrong value that means demo (or nothing clear), in a type with its own demo/live flag:
            // "1" would only trade one ignored flag for another, so the fix uses the flag.
            if (leaves.Count == 1 && place == TradingIntent.Unknown
                && (replacements.Count == 0 || replacements[0].Item2 == "\"1\"")
                && FindFormattedBool(leaves[0].Operation) is null
                && FindIgnoredFlag(context, state, conditions) is { } valueFlag
                && FlagExpression(context, state, valueFlag, write.ValueOperation) is { } valueFlagExpression)
            {
                replacements.Clear();
                replacements.Add((write.ValueOperation, valueFlagExpression));
            }

            Report(state, context.ReportDiagnostic, context.CancellationToken, location, ValueKind, firstBad, FixTitle(replacements, "Send \"1\" or \"0\""), replacements);
            return;
        }

        if (firstContradiction is not null)
        {
            Report(state, context.ReportDiagnostic, context.CancellationToken, location, ContradictionKind, firstContradiction, FixTitle(replacements, "Send the value the branch means"), replacements);
            return;
        }

        if (ignoredFlagCandidate && FindIgnoredFlag(context, state, conditions) is { } flag)
        {
            state.MarkReported(location);
            var flagExpression = FlagExpression(context, state, flag, write.ValueOperation);
            var flagName = flag.Symbol.Name;
            var message = $"x-simulated-trading is always \"1\" (demo), ignoring '{flagName}' that chooses between demo and live trading";
            var fix = flagExpression is null ? Array.Empty<(IOperation, string)>() : new[] { (write.ValueOperation, flagExpression) };
            var diagnostic = CreateDiagnostic(location, IgnoredFlagKind, message, flagExpression is null ? "" : $"Use '{flagExpression}'", fix);

            // A private helper (AddSimulatedHeader()) may be called only when the flag says demo: decide at the type's end.
            if (context.ContainingSymbol is IMethodSymbol { DeclaredAccessibility: Accessibility.Private, MethodKind: MethodKind.Ordinary } helper)
            {
                state.Defer(helper, diagnostic);
            }
            else
            {
                state.Generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
            }
        }
    }

    /// <summary>Records a call to a private method of the type, and whether the call is made only in demo mode or under a flag test.</summary>
    private static void RecordCall(IInvocationOperation invocation, TypeState state, CancellationToken cancellationToken)
    {
        if (invocation.TargetMethod is not { DeclaredAccessibility: Accessibility.Private, MethodKind: MethodKind.Ordinary } method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, state.Type.OriginalDefinition))
        {
            return;
        }

        var conditions = new List<IOperation>();
        var place = TradingIntents.OfPlace(invocation, conditions, cancellationToken);
        var guarded = place == TradingIntent.Demo || ReferencesAny(conditions, state.Flags);
        state.AddCall(method.OriginalDefinition, guarded);
    }

    private static bool ReferencesAny(List<IOperation> conditions, IEnumerable<Flag> flags)
    {
        foreach (var condition in conditions)
        {
            foreach (var descendant in condition.DescendantsAndSelf())
            {
                var referenced = descendant switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation property => property.Property,
                    IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
                    _ => null,
                };

                if (referenced is null)
                {
                    continue;
                }

                foreach (var flag in flags)
                {
                    if (SymbolEqualityComparer.Default.Equals(flag.Symbol, referenced))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A near-miss name counts when it is close to x-simulated-trading, or in OKX code, and looks like a header (not a settings key).</summary>
    private static bool IsMeantAsSimulatedTradingHeader(HeaderWrite write, OkxContext okx, CancellationToken cancellationToken)
    {
        var name = write.Name!;
        if (write.Bag.Kind == HeaderBagKind.Dictionary
            && name.IndexOf('-') < 0
            && (write.Bag.Holder?.Name is not { } holder || holder.IndexOf("header", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }

        return EditDistance.Bounded(Normalize(name), "xsimulatedtrading", 3) <= 3
            || okx.IsOkxContext(write.Operation.SemanticModel?.GetEnclosingSymbol(write.Operation.Syntax.SpanStart, cancellationToken), cancellationToken);
    }

    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The values a header can take: each branch of a ternary or switch expression, with the intent of that branch.</summary>
    private static void CollectLeaves(IOperation value, TradingIntent intent, bool nested, List<Leaf> leaves)
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
                leaves.Add(new Leaf(unwrapped, intent, nested));
                return;
        }
    }

    private static TradingIntent Combine(TradingIntent outer, TradingIntent inner)
    {
        if (outer == TradingIntent.Unknown) return inner;
        if (inner == TradingIntent.Unknown || inner == outer) return outer;
        return TradingIntent.Unknown;
    }

    private static LeafResult Classify(Leaf leaf, CancellationToken cancellationToken)
    {
        var operation = leaf.Operation;
        if (operation.Type?.SpecialType == SpecialType.System_Boolean && operation.ConstantValue is { HasValue: true, Value: bool boolean })
        {
            var fixedValue = leaf.Intent != TradingIntent.Unknown ? TradingIntents.HeaderValue(leaf.Intent) : boolean ? "1" : "0";
            return LeafResult.Bad($"x-simulated-trading is the bool {(boolean ? "true" : "false")}, sent as \"{(boolean ? "True" : "False")}\" instead of \"1\" or \"0\"{IntentClause(leaf.Intent)}", Literal(fixedValue));
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

            return LeafResult.Bad($"x-simulated-trading is formatted from the bool '{Shorten(flag.Syntax.ToString())}', which sends \"True\" or \"False\" instead of \"1\" (demo) or \"0\" (live)", replacement);
        }

        if (operation.Type?.SpecialType != SpecialType.System_String
            || !ConstantStrings.TryResolve(operation, cancellationToken, out var text)
            || text is null)
        {
            return default;
        }

        if (text is "1" or "0")
        {
            var sentIntent = text == "1" ? TradingIntent.Demo : TradingIntent.Live;
            if (leaf.Intent != TradingIntent.Unknown && leaf.Intent != sentIntent)
            {
                return new LeafResult(
                    Problem.Contradiction,
                    $"The code means {TradingIntents.Describe(leaf.Intent)} trading here, but x-simulated-trading is \"{text}\" ({TradingIntents.Describe(sentIntent)})",
                    Literal(TradingIntents.HeaderValue(leaf.Intent)),
                    text);
            }

            return new LeafResult(Problem.None, null, null, text);
        }

        var meant = leaf.Intent != TradingIntent.Unknown ? leaf.Intent : MeaningOf(text);
        // Only a value with a known meaning (true, yes, off…) is quoted: anything else may be a key pasted into the
        // wrong header, and the package never prints a value it cannot vouch for.
        var shown = text.Length == 0 ? "empty"
            : MeaningOf(text) != TradingIntent.Unknown && text.Length <= 12 ? $"\"{ShowValue(text)}\""
            : "a value with no meaning to OKX";
        var clause = leaf.Intent != TradingIntent.Unknown
            ? IntentClause(leaf.Intent)
            : meant != TradingIntent.Unknown ? $"; for {TradingIntents.Describe(meant)} trading send \"{TradingIntents.HeaderValue(meant)}\"" : "";
        return LeafResult.Bad(
            $"x-simulated-trading is {shown}, but OKX reads only \"1\" (demo) or \"0\" (live){clause}",
            meant == TradingIntent.Unknown ? null : Literal(TradingIntents.HeaderValue(meant)));
    }

    private static string IntentClause(TradingIntent intent) =>
        intent == TradingIntent.Unknown ? "" : $"; the code means {TradingIntents.Describe(intent)} trading here, which needs \"{TradingIntents.HeaderValue(intent)}\"";

    /// <summary>What a wrong value was meant to say: "true", "yes", "demo" mean demo; "false", "no", "live" mean live.</summary>
    private static TradingIntent MeaningOf(string text)
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
    private static IOperation? FindFormattedBool(IOperation value)
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

    private static bool IsBool(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_Boolean || IsNullableBool(type));

    private static bool IsNullableBool(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
        && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    /// <summary>The bool as the condition of a ternary: parenthesised unless it is a simple name, access or call; bool? compared with true.</summary>
    private static string ConditionText(IOperation flag, bool nested)
    {
        var text = flag.Syntax.ToString();
        if (IsNullableBool(flag.Type))
        {
            return (IsSimple(flag.Syntax) ? text : "(" + text + ")") + " == true";
        }

        return IsSimple(flag.Syntax) ? text : "(" + text + ")";
    }

    private static bool IsSimple(SyntaxNode syntax) =>
        syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or LiteralExpressionSyntax or ThisExpressionSyntax
        || (syntax is PrefixUnaryExpressionSyntax prefix && IsSimple(prefix.Operand));

    /// <summary>Bool fields, properties and constructor parameters of the type whose names say demo or live.</summary>
    private static ImmutableArray<Flag> FindFlags(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var flags = ImmutableArray.CreateBuilder<Flag>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol { IsConst: false } field when IsBool(field.Type) && !IsFixed(field, field.IsReadOnly, cancellationToken):
                    AddFlag(flags, field);
                    break;
                case IPropertySymbol { IsIndexer: false } property when IsBool(property.Type) && !IsFixed(property, property.SetMethod is null, cancellationToken):
                    AddFlag(flags, property);
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (IsBool(parameter.Type))
                        {
                            AddFlag(flags, parameter);
                        }
                    }

                    break;
            }
        }

        return flags.ToImmutable();
    }

    /// <summary>A flag that is a constant in disguise (readonly bool IsDemo = true; bool IsDemo =&gt; true) does not choose anything.</summary>
    private static bool IsFixed(ISymbol symbol, bool readOnly, CancellationToken cancellationToken)
    {
        if (DeclaredValues.GetDeclaredExpression(symbol, cancellationToken) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var isExpressionBody = symbol is IPropertySymbol && !(symbol.DeclaringSyntaxReferences.Length > 0
            && symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: not null });
        return readOnly || isExpressionBody ? literal.Token.Value is bool : false;
    }

    private static void AddFlag(ImmutableArray<Flag>.Builder flags, ISymbol symbol)
    {
        var intent = TradingIntents.OfName(symbol.Name);
        if (intent != TradingIntent.Unknown)
        {
            flags.Add(new Flag(symbol, intent));
        }
    }

    /// <summary>
    /// The flag an unconditional "1" ignores: the type's flags and the enclosing method's bool parameters, unless a
    /// condition around the write uses one, or the member or type is itself about demo trading (EnableDemo()).
    /// </summary>
    private static Flag? FindIgnoredFlag(OperationAnalysisContext context, TypeState state, List<IOperation> conditions)
    {
        var flags = new List<Flag>(state.Flags);
        if (context.ContainingSymbol is IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (IsBool(parameter.Type) && TradingIntents.OfName(parameter.Name) is var intent && intent != TradingIntent.Unknown
                    && !ContainsSymbol(flags, parameter))
                {
                    flags.Insert(0, new Flag(parameter, intent));
                }
            }
        }

        if (flags.Count == 0
            || MemberIntent(context.ContainingSymbol) != TradingIntent.Unknown
            || TradingIntents.OfName(state.Type.Name) != TradingIntent.Unknown)
        {
            return null;
        }

        if (ReferencesAny(conditions, flags))
        {
            return null;
        }

        return flags[0];
    }

    private static TradingIntent MemberIntent(ISymbol symbol)
    {
        var name = symbol switch
        {
            IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => null,
            _ => symbol.Name,
        };

        return TradingIntents.OfName(name);
    }

    private static bool ContainsSymbol(List<Flag> flags, ISymbol symbol)
    {
        foreach (var flag in flags)
        {
            if (SymbolEqualityComparer.Default.Equals(flag.Symbol, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>flag ? "1" : "0"</c> with a flag the write can reach: a parameter of the enclosing method, else a field or
    /// property usable there (qualified when a local hides it). Null when none is reachable (a field initializer, a
    /// static method and an instance flag, a constructor parameter from another member).
    /// </summary>
    private static string? FlagExpression(OperationAnalysisContext context, TypeState state, Flag preferred, IOperation value)
    {
        if (context.ContainingSymbol is not IMethodSymbol method || value.SemanticModel is not { } model)
        {
            return null;
        }

        var candidates = new List<Flag> { preferred };
        candidates.AddRange(state.Flags);
        foreach (var candidate in candidates)
        {
            string? reference = null;
            switch (candidate.Symbol)
            {
                case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                    reference = parameter.Name;
                    break;
                case IFieldSymbol or IPropertySymbol when candidate.Symbol.IsStatic || !method.IsStatic:
                    reference = candidate.Symbol.Name;
                    var visible = model.LookupSymbols(value.Syntax.SpanStart, name: reference);
                    if (visible.Length != 1 || !SymbolEqualityComparer.Default.Equals(visible[0], candidate.Symbol))
                    {
                        reference = (candidate.Symbol.IsStatic ? state.Type.Name : "this") + "." + reference;
                    }

                    break;
            }

            if (reference is null)
            {
                continue;
            }

            if (IsNullableBool(((candidate.Symbol as IFieldSymbol)?.Type ?? (candidate.Symbol as IPropertySymbol)?.Type ?? (candidate.Symbol as IParameterSymbol)?.Type)))
            {
                reference += " == true";
            }

            return candidate.Intent == TradingIntent.Live ? $"{reference} ? \"0\" : \"1\"" : $"{reference} ? \"1\" : \"0\"";
        }

        return null;
    }

    private static void CollectHost(OperationAnalysisContext context, TypeState state)
    {
        if (context.Operation.ConstantValue is { HasValue: true, Value: string text } && text.Length >= 10 && state.Owns(context.ContainingSymbol))
        {
            if (ContainsHost(text, "wspap.okx.com") || ContainsHost(text, "wspap.okex.com"))
            {
                state.SawDemoHost();
            }

            if (ContainsHost(text, "ws.okx.com") || ContainsHost(text, "wsaws.okx.com") || ContainsHost(text, "ws.okex.com"))
            {
                state.SawLiveHost();
            }
        }
    }

    private static bool ContainsHost(string text, string host)
    {
        for (var index = text.IndexOf(host, StringComparison.OrdinalIgnoreCase); index >= 0;
             index = text.IndexOf(host, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = index == 0 ? '/' : text[index - 1];
            var after = index + host.Length < text.Length ? text[index + host.Length] : '/';
            if (!char.IsLetterOrDigit(before) && before is not '.' and not '-' && !char.IsLetterOrDigit(after) && after is not '-')
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportAtTypeEnd(SymbolAnalysisContext context, TypeState state)
    {
        foreach (var diagnostic in state.DeferredToReport())
        {
            state.Generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
        }

        ReportMixedHosts(context, state);
    }

    private static void ReportMixedHosts(SymbolAnalysisContext context, TypeState state)
    {
        var (demoHost, liveHost, candidates) = state.Snapshot();
        if (demoHost == liveHost)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            string message;
            if (demoHost && candidate.Value == "0")
            {
                message = "This type connects to the demo WebSocket host wspap.okx.com, but x-simulated-trading is \"0\" (live)";
            }
            else if (liveHost && candidate.Value == "1" && !state.WasReported(candidate.Location))
            {
                message = "This type connects to the live WebSocket host ws.okx.com, but x-simulated-trading is always \"1\" (demo)";
            }
            else
            {
                continue;
            }

            // The fix makes the header follow the WebSocket host (the rule page says to check which one is meant).
            var follow = demoHost ? "\"1\"" : "\"0\"";
            Report(state, context.ReportDiagnostic, context.CancellationToken, candidate.Location, MixedHostsKind, message,
                $"Send {follow}, as the WebSocket host says", new[] { (candidate.ValueOperation, follow) });
        }
    }

    private static void Report(TypeState state, Action<Diagnostic> report, CancellationToken cancellationToken, Location location, string kind, string message, string fixTitle, IReadOnlyList<(IOperation Operation, string Replacement)> replacements) =>
        state.Generated.Report(report, CreateDiagnostic(location, kind, message, fixTitle, replacements), cancellationToken);

    private static Diagnostic CreateDiagnostic(Location location, string kind, string message, string fixTitle, IReadOnlyList<(IOperation Operation, string Replacement)> replacements)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(KindProperty, kind);
        if (fixTitle.Length > 0 && replacements.Count > 0)
        {
            properties.Add(FixTitleProperty, fixTitle);
            for (var i = 0; i < replacements.Count; i++)
            {
                var index = i.ToString(CultureInfo.InvariantCulture);
                var span = replacements[i].Operation.Syntax.Span;
                properties.Add(SpanPrefix + index, span.Start.ToString(CultureInfo.InvariantCulture) + ":" + span.Length.ToString(CultureInfo.InvariantCulture));
                properties.Add(ReplacementPrefix + index, replacements[i].Replacement);
            }
        }

        return Diagnostic.Create(Descriptors.SimulatedTradingHeader, location, properties.ToImmutable(), message);
    }

    private static string FixTitle(List<(IOperation Operation, string Replacement)> replacements, string general)
    {
        if (replacements.Count == 0)
        {
            return "";
        }

        if (replacements.Count > 1)
        {
            return general;
        }

        var replacement = replacements[0].Replacement;
        return replacement.StartsWith("\"", StringComparison.Ordinal) ? $"Send {replacement}" : $"Use '{replacement.Trim('(', ')')}'";
    }

    private static string Literal(string value) => "\"" + value + "\"";

    private static string Quote(string name) => "\"" + ShowValue(name) + "\"";

    /// <summary>Header values and names are not secrets, but a long or odd value is shown only in part.</summary>
    private static string ShowValue(string text)
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

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 39) + "…";

    private readonly struct Leaf
    {
        public Leaf(IOperation operation, TradingIntent intent, bool nested)
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

    private enum Problem
    {
        None,
        BadValue,
        Contradiction,
    }

    private readonly struct LeafResult
    {
        public LeafResult(Problem problem, string? message, string? replacement, string? constant)
        {
            Problem = problem;
            Message = message;
            Replacement = replacement;
            Constant = constant;
        }

        public Problem Problem { get; }

        public string? Message { get; }

        public string? Replacement { get; }

        public string? Constant { get; }

        public static LeafResult Bad(string message, string? replacement) => new(Problem.BadValue, message, replacement, null);
    }

    private sealed class Flag
    {
        public Flag(ISymbol symbol, TradingIntent intent)
        {
            Symbol = symbol;
            Intent = intent;
        }

        public ISymbol Symbol { get; }

        public TradingIntent Intent { get; }
    }

    private sealed class Candidate
    {
        public Candidate(Location location, string value, IOperation valueOperation)
        {
            Location = location;
            Value = value;
            ValueOperation = valueOperation;
        }

        public Location Location { get; }

        public string Value { get; }

        public IOperation ValueOperation { get; }
    }

    /// <summary>What one type collects while its members are analysed (possibly in parallel).</summary>
    private sealed class TypeState
    {
        private readonly object _gate = new();
        private readonly List<Candidate> _candidates = new();
        private readonly HashSet<Location> _reported = new();
        private readonly List<(IMethodSymbol Method, Diagnostic Diagnostic)> _deferred = new();
        private readonly Dictionary<IMethodSymbol, bool> _callsAllGuarded = new(SymbolEqualityComparer.Default);
        private bool _demoHost;
        private bool _liveHost;

        public TypeState(INamedTypeSymbol type, ImmutableArray<Flag> flags, GeneratedCode generated)
        {
            Type = type;
            Flags = flags;
            Generated = generated;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>Every report goes through it: nothing is reported in generated code.</summary>
        public GeneratedCode Generated { get; }

        public ImmutableArray<Flag> Flags { get; }

        /// <summary>Operations of nested types belong to the nested type's own analysis.</summary>
        public bool Owns(ISymbol containingSymbol)
        {
            var owner = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType;
            return SymbolEqualityComparer.Default.Equals(owner, Type);
        }

        public void AddCandidate(Candidate candidate)
        {
            lock (_gate)
            {
                _candidates.Add(candidate);
            }
        }

        public void Defer(IMethodSymbol method, Diagnostic diagnostic)
        {
            lock (_gate)
            {
                _deferred.Add((method.OriginalDefinition, diagnostic));
            }
        }

        public void AddCall(IMethodSymbol method, bool guarded)
        {
            lock (_gate)
            {
                _callsAllGuarded[method] = guarded && (!_callsAllGuarded.TryGetValue(method, out var before) || before);
            }
        }

        /// <summary>Deferred diagnostics of helpers that are not called only under a demo test.</summary>
        public List<Diagnostic> DeferredToReport()
        {
            lock (_gate)
            {
                var result = new List<Diagnostic>();
                foreach (var (method, diagnostic) in _deferred)
                {
                    if (!_callsAllGuarded.TryGetValue(method, out var guarded) || !guarded)
                    {
                        result.Add(diagnostic);
                    }
                }

                return result;
            }
        }

        public void MarkReported(Location location)
        {
            lock (_gate)
            {
                _reported.Add(location);
            }
        }

        public bool WasReported(Location location)
        {
            lock (_gate)
            {
                return _reported.Contains(location);
            }
        }

        public void SawDemoHost()
        {
            lock (_gate)
            {
                _demoHost = true;
            }
        }

        public void SawLiveHost()
        {
            lock (_gate)
            {
                _liveHost = true;
            }
        }

        public (bool DemoHost, bool LiveHost, List<Candidate> Candidates) Snapshot()
        {
            lock (_gate)
            {
                return (_demoHost, _liveHost, new List<Candidate>(_candidates));
            }
        }
    }
}
