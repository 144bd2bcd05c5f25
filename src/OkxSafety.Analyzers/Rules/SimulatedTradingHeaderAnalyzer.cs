using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;
using static OkxSafety.Analyzers.Okx.SimulatedTradingFlags;
using static OkxSafety.Analyzers.Okx.SimulatedTradingValues;
using Messages = OkxSafety.Analyzers.Descriptors.SimulatedTradingHeaderMessages;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX004: an x-simulated-trading header that says something other than what the code means: a value other than
/// "1"/"0", a misspelled header name, "1" where the code means live (or "0" where it means demo), an unconditional
/// "1" in a type that has its own demo/live flag, or a REST header that disagrees with the type's WebSocket host.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class SimulatedTradingHeaderAnalyzer : OkxAnalyzer
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

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var types = okx.Types;
        var okxContext = okx.Context;
        var generated = okx.Generated;
        context.RegisterTypeStartAction(symbolStart => OnTypeStart(symbolStart, types, okxContext, generated));
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context, OkxTypes types, OkxContext okx, GeneratedCode generated)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (generated.IsDeclaredOnlyInGeneratedFiles(type, context.CancellationToken))
        {
            return;
        }

        var state = new SimulatedTradingTypeState(type, FindFlags(type, context.CancellationToken), generated);
        context.RegisterOperationAction(c => AnalyzeWrite(c, state, types, okx), HeaderWrites.OperationKinds);
        context.RegisterOperationAction(c => CollectHost(c, state), OperationKind.Literal);
        context.RegisterSymbolEndAction(c => ReportAtTypeEnd(c, state));
    }

    private static void AnalyzeWrite(OperationAnalysisContext context, SimulatedTradingTypeState state, OkxTypes types, OkxContext okx)
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
                var means = ConstantStrings.TryResolve(write.ValueOperation, cancellationToken, out var sent) && sent == OkxVocabulary.DemoHeaderValue;
                var message = Messages.Format(means ? Messages.MisspelledNameMeaningDemo : Messages.MisspelledName, Quote(write.Name!));
                Report(state, context.ReportDiagnostic, context.CancellationToken, location, NameKind, message, $"Use the header name {Header}",
                    new[] { (write.NameOperation, HeaderWrites.NameText(write, Header)) });
            }

            return;
        }

        var conditions = new List<IOperation>();
        var place = TradingIntents.OfPlace(write.Operation, conditions, cancellationToken);
        var leaves = new List<HeaderValueBranch>();
        CollectLeaves(write.ValueOperation, place, nested: false, leaves);

        string? firstBad = null;
        string? firstContradiction = null;
        var replacements = new List<(IOperation, string)>();
        var ignoredFlagCandidate = false;
        foreach (var leaf in leaves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Classify(leaf, cancellationToken);
            switch (result.HeaderValueProblem)
            {
                case HeaderValueProblem.BadValue:
                    firstBad ??= result.Message;
                    break;
                case HeaderValueProblem.Contradiction:
                    firstContradiction ??= result.Message;
                    break;
                case HeaderValueProblem.None when leaves.Count == 1 && leaf.Intent == TradingIntent.Unknown && result.Constant is OkxVocabulary.DemoHeaderValue or OkxVocabulary.LiveHeaderValue:
                    state.AddConstantWrite(new ConstantHeaderWrite(location, result.Constant, write.ValueOperation));
                    ignoredFlagCandidate = result.Constant == OkxVocabulary.DemoHeaderValue;
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
            var message = Messages.Format(Messages.IgnoredFlag, flagName);
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

        return EditDistance.Bounded(Normalize(name), OkxHeaderNames.NormalizedSimulatedTrading, 3) <= 3
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


    private static void ReportAtTypeEnd(SymbolAnalysisContext context, SimulatedTradingTypeState state)
    {
        foreach (var diagnostic in state.DeferredToReport())
        {
            state.Generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
        }

        ReportMixedHosts(context, state);
    }

    private static void ReportMixedHosts(SymbolAnalysisContext context, SimulatedTradingTypeState state)
    {
        var (demoHost, liveHost, candidates) = state.Snapshot();
        if (demoHost == liveHost)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            string message;
            if (demoHost && candidate.Value == OkxVocabulary.LiveHeaderValue)
            {
                message = Messages.DemoHostLiveValue;
            }
            else if (liveHost && candidate.Value == OkxVocabulary.DemoHeaderValue && !state.WasReported(candidate.Location))
            {
                message = Messages.LiveHostDemoValue;
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

    private static void Report(SimulatedTradingTypeState state, Action<Diagnostic> report, CancellationToken cancellationToken, Location location, string kind, string message, string fixTitle, IReadOnlyList<(IOperation Operation, string Replacement)> replacements) =>
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

}
