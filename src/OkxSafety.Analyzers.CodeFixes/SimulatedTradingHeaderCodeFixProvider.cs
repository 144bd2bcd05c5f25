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
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX004 fixes. The analyzer computes what to write and passes it along in the diagnostic's properties: the
/// span of each expression to replace ("Span{N}") and its replacement ("Replacement{N}").
/// Value → "1"/"0" (or <c>flag ? "1" : "0"</c>); name → x-simulated-trading; contradiction → the branch's value;
/// ignored flag → <c>flag ? "1" : "0"</c>. Mixed hosts have no automatic fix (which side is wrong is a decision).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SimulatedTradingHeaderCodeFixProvider))]
public sealed class SimulatedTradingHeaderCodeFixProvider : CodeFixProvider
{
    private const string KeyPrefix = "OKX004.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SimulatedTradingHeaderId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.KindProperty, out var kind) || kind is null
                || !diagnostic.Properties.TryGetValue(SimulatedTradingHeaderAnalyzer.FixTitleProperty, out var title) || string.IsNullOrEmpty(title))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title!, ct => ApplyAsync(context.Document, diagnostic, ct), KeyPrefix + kind),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
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

            var replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
            replacements[node] = replacement;
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return document.WithSyntaxRoot(newRoot);
    }

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
