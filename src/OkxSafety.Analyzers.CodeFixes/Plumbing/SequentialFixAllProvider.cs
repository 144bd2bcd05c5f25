using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.CodeFixes.Plumbing;

/// <summary>
/// FixAll for a rule whose findings come in kinds, each with its own edit: every diagnostic in the scope gets the fix
/// that fits it (the one its provider registers under the FixAll's equivalence key), applied one after the other on
/// the changing solution. A batch merge of separately computed edits would drop edits that touch the same block (two
/// guards, a header added next to a renamed one); here each fix sees the code the previous ones wrote. Within a
/// document the findings are fixed in document order (the result is the one of fixing them one at a time), and the
/// spans of the ones still to fix follow the text changes (locations, additional locations and the spans a rule keeps
/// in its properties); a finding an earlier edit cut across is left alone.
/// </summary>
internal sealed class SequentialFixAllProvider : FixAllProvider
{
    /// <summary>Applies the fix registered under the key to the diagnostic (whose spans are valid in the document), or returns null.</summary>
    public delegate Task<Solution?> ApplyFix(Document document, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken);

    /// <summary>The diagnostic's properties with the spans they hold moved by <paramref name="map"/>; null when one no longer maps.</summary>
    public delegate ImmutableDictionary<string, string?>? MapProperties(ImmutableDictionary<string, string?> properties, Func<TextSpan, TextSpan?> map);

    private readonly ApplyFix _apply;
    private readonly MapProperties? _mapProperties;
    private readonly string _title;

    public SequentialFixAllProvider(string title, ApplyFix apply, MapProperties? mapProperties = null)
    {
        _title = title;
        _apply = apply;
        _mapProperties = mapProperties;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var cancellationToken = fixAllContext.CancellationToken;
        var documents = new List<Document>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                documents.Add(document);
                break;
            case FixAllScope.Project:
                documents.AddRange(fixAllContext.Project.Documents);
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    documents.AddRange(project.Documents);
                }

                break;
            default:
                return null;
        }

        var work = new List<(DocumentId Document, List<Diagnostic> Diagnostics)>();
        foreach (var document in documents)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
            {
                if (diagnostic.Location.IsInSource)
                {
                    diagnostics.Add(diagnostic);
                }
            }

            if (diagnostics.Count > 0)
            {
                // In document order, as one fix at a time would go (the spans of later findings follow the edits).
                diagnostics.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
                work.Add((document.Id, diagnostics));
            }
        }

        if (work.Count == 0)
        {
            return null;
        }

        var key = fixAllContext.CodeActionEquivalenceKey;
        var solution = fixAllContext.Solution;
        return CodeAction.Create(_title, ct => FixAsync(solution, work, key, ct), key);
    }

    private async Task<Solution> FixAsync(Solution solution, List<(DocumentId Document, List<Diagnostic> Diagnostics)> work, string? key, CancellationToken cancellationToken)
    {
        // Every finding still to fix, by document; each entry is replaced by its remapped diagnostic as the text changes.
        var pending = new Dictionary<DocumentId, List<Diagnostic?>>();
        foreach (var (id, diagnostics) in work)
        {
            pending[id] = new List<Diagnostic?>(diagnostics);
        }

        foreach (var (id, _) in work)
        {
            var list = pending[id];
            for (var i = 0; i < list.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var diagnostic = list[i];
                list[i] = null;
                if (diagnostic is null || solution.GetDocument(id) is not { } document)
                {
                    continue;
                }

                Solution? changed;
                try
                {
                    changed = await _apply(document, diagnostic, key, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One finding the fix cannot handle must not stop the others.
                    changed = null;
                }

                if (changed is null || changed == solution)
                {
                    continue;
                }

                await RemapAsync(solution, changed, pending, cancellationToken).ConfigureAwait(false);
                solution = changed;
            }
        }

        return solution;
    }

    private async Task RemapAsync(Solution before, Solution after, Dictionary<DocumentId, List<Diagnostic?>> pending, CancellationToken cancellationToken)
    {
        foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetChangedDocuments())
            {
                if (!pending.TryGetValue(id, out var list) || before.GetDocument(id) is not { } oldDocument || after.GetDocument(id) is not { } newDocument)
                {
                    continue;
                }

                var changes = new List<TextChange>(await newDocument.GetTextChangesAsync(oldDocument, cancellationToken).ConfigureAwait(false));
                changes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                var tree = await newDocument.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } diagnostic)
                    {
                        list[i] = tree is null ? null : Remap(diagnostic, tree, span => Map(span, changes));
                    }
                }
            }
        }
    }

    private Diagnostic? Remap(Diagnostic diagnostic, SyntaxTree tree, Func<TextSpan, TextSpan?> map)
    {
        if (map(diagnostic.Location.SourceSpan) is not { } span)
        {
            return null;
        }

        var additional = new List<Location>();
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (location.SourceTree is null || location.SourceTree.FilePath != diagnostic.Location.SourceTree?.FilePath)
            {
                additional.Add(location);
                continue;
            }

            if (map(location.SourceSpan) is not { } mapped)
            {
                return null;
            }

            additional.Add(Location.Create(tree, mapped));
        }

        var properties = diagnostic.Properties;
        if (_mapProperties is not null)
        {
            properties = _mapProperties(properties, map);
            if (properties is null)
            {
                return null;
            }
        }

        return Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree, span), additional, properties);
    }

    /// <summary>Where a span of the old text is in the new one; null when a change cuts across it.</summary>
    private static TextSpan? Map(TextSpan span, List<TextChange> changes)
    {
        var startDelta = 0;
        var endDelta = 0;
        foreach (var change in changes)
        {
            var delta = change.NewText!.Length - change.Span.Length;
            if (change.Span.End <= span.Start)
            {
                startDelta += delta;
                endDelta += delta;
            }
            else if (change.Span.Start >= span.End)
            {
                break;
            }
            else if (change.Span.Start >= span.Start && change.Span.End <= span.End)
            {
                endDelta += delta;
            }
            else
            {
                return null;
            }
        }

        return TextSpan.FromBounds(span.Start + startDelta, span.End + endDelta);
    }
}
