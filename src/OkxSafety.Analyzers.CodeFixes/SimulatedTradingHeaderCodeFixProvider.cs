using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX004 fixes, one equivalence key for every kind of finding. The analyzer computes what to write and passes it along
/// in the diagnostic's properties: the span of each expression to replace ("Span{N}") and its replacement
/// ("Replacement{N}"). Value → "1"/"0" (or <c>flag ? "1" : "0"</c>); name → x-simulated-trading; contradiction → the
/// branch's value; ignored flag → <c>flag ? "1" : "0"</c>; mixed hosts → the value the WebSocket host says. A flag the
/// replacement names must be readable where it goes (a static context, a static lambda, a nested type): otherwise the
/// value is read from the OKX_SIMULATED_TRADING environment variable.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SimulatedTradingHeaderCodeFixProvider))]
public sealed class SimulatedTradingHeaderCodeFixProvider : CodeFixProvider
{
    /// <summary>The one key of OKX004's fix, whatever the kind of finding.</summary>
    public const string EquivalenceKey = "OKX004.FixSimulatedTradingHeader";

    private const string FallbackVariable = "OKX_SIMULATED_TRADING";

    private static readonly SequentialFixAllProvider FixAll = new(
        "Fix the x-simulated-trading headers",
        async (document, diagnostic, key, ct) => key is null or EquivalenceKey
            ? (await ApplyAsync(document, diagnostic, ct).ConfigureAwait(false)) is { } fixedDocument && fixedDocument != document ? fixedDocument.Project.Solution : null
            : null,
        MapSpans);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SimulatedTradingHeaderId);

    public override FixAllProvider GetFixAllProvider() => FixAll;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.KindProperty, out var kind) || kind is null)
            {
                continue;
            }

            if (!diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.FixTitleProperty, out var title) || string.IsNullOrEmpty(title))
            {
                // The analyzer found no value to write (no flag readable there): the environment decides.
                if (await FixDocument.LoadAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not var (root, model)
                    || FallbackTarget(root, model, diagnostic, context.CancellationToken) is null)
                {
                    continue;
                }

                title = $"Read x-simulated-trading from the {FallbackVariable} environment variable";
            }

            context.RegisterCodeFix(
                CodeAction.Create(title!, ct => ApplyAsync(context.Document, diagnostic, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The value of the header write the diagnostic points at, for a finding that carries no replacement.</summary>
    private static ExpressionSyntax? FallbackTarget(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.SourceSpan;
        if (span.End > root.FullSpan.End
            || HeaderWriteAt.Find(root, model, span, OkxTypes.Create(model.Compilation), cancellationToken) is not { } write
            || PassphraseValues.ExpressionOf(write.ValueOperation.Syntax) is not { } value)
        {
            return null;
        }

        return value;
    }

    /// <summary>The "Span{N}" properties follow the text changes of earlier fixes in a FixAll.</summary>
    private static ImmutableDictionary<string, string?>? MapSpans(ImmutableDictionary<string, string?> properties, Func<TextSpan, TextSpan?> map)
    {
        var result = properties;
        for (var i = 0; ; i++)
        {
            var name = SimulatedTradingHeaderAnalyzer.SpanPrefix + i.ToString(CultureInfo.InvariantCulture);
            if (!properties.TryGetValue(name, out var text) || text is null)
            {
                return result;
            }

            if (!TryParseSpan(text, out var span) || map(span) is not { } mapped)
            {
                return null;
            }

            result = result.SetItem(name, mapped.Start.ToString(CultureInfo.InvariantCulture) + ":" + mapped.Length.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        for (var i = 0; ; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (!diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.SpanPrefix + index, out var spanText) || spanText is null)
            {
                break;
            }

            if (!diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.ReplacementPrefix + index, out var text) || text is null
                || !TryParseSpan(spanText, out var span) || span.End > root.FullSpan.End)
            {
                return document;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            while (node is not null && (node.Span != span || node is not ExpressionSyntax))
            {
                node = node.Parent;
                if (node is not null && !node.Span.Contains(span))
                {
                    node = null;
                }
            }

            if (node is null)
            {
                return document;
            }

            var replacement = SyntaxFactory.ParseExpression(text);

            // A property name in Flurl's WithHeaders(new { x_simulated_trading = … }) is a name, not a read.
            if (node.Parent is not NameEqualsSyntax && !ReadsOnlyWhatIsInScope(replacement, model, node.SpanStart, cancellationToken))
            {
                replacement = SyntaxFactory.ParseExpression(EnvironmentFallback(model, node.SpanStart));
            }

            replacements[node] = replacement.WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
        }

        if (replacements.Count == 0 && FallbackTarget(root, model, diagnostic, cancellationToken) is { } fallback)
        {
            replacements[fallback] = SyntaxFactory.ParseExpression(EnvironmentFallback(model, fallback.SpanStart)).WithTriviaFrom(fallback).WithAdditionalAnnotations(Formatter.Annotation);
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>
    /// Every name the replacement starts a read with (<c>flag</c>, <c>this.flag</c>; a type's static member is fine) is a
    /// value readable at the position.
    /// </summary>
    private static bool ReadsOnlyWhatIsInScope(ExpressionSyntax replacement, SemanticModel model, int position, CancellationToken cancellationToken)
    {
        HashSet<string>? names = null;
        foreach (var node in replacement.DescendantNodesAndSelf())
        {
            string? name = null;
            switch (node)
            {
                case ThisExpressionSyntax when InScope.IsStaticContext(model, position, cancellationToken):
                    return false;
                case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member }:
                    name = member.Identifier.ValueText;
                    break;
                case IdentifierNameSyntax identifier when identifier.Parent is not MemberAccessExpressionSyntax { Name: var right } || right != identifier:
                    name = identifier.Identifier.ValueText;
                    if (!model.LookupNamespacesAndTypes(position, name: name).IsEmpty)
                    {
                        // A type's name (Settings.IsDemo): static members need no instance.
                        name = null;
                    }

                    break;
            }

            if (name is null)
            {
                continue;
            }

            if (names is null)
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var symbol in InScope.Values(model, position, cancellationToken))
                {
                    names.Add(symbol.Name);
                }
            }

            if (!names.Contains(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No flag is readable here: the environment says demo ("1", the default) or live ("0").</summary>
    private static string EnvironmentFallback(SemanticModel model, int position) =>
        $"{SystemNames.TypeName(model, position, "System.Environment")}.GetEnvironmentVariable(\"{FallbackVariable}\") == \"0\" ? \"0\" : \"1\"";

    private static bool TryParseSpan(string text, out TextSpan span)
    {
        span = default;
        var colon = text.IndexOf(':');
        if (colon < 0
            || !int.TryParse(text.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }
}
