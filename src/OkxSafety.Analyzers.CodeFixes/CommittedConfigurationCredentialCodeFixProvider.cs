using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX001 in a configuration file: replaces the committed value with <c>""</c>, so configuration takes it from a later
/// source (environment variable, user secrets, a secret store). A fix on an additional document: offered by hosts that
/// support them (Visual Studio 2022 17.5+, through <see cref="ExportCodeFixProviderAttribute.DocumentKinds"/>); Fix All
/// in project and solution scope. Diagnostics in C# documents are left to <see cref="HardcodedCredentialCodeFixProvider"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CommittedConfigurationCredentialCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
public sealed class CommittedConfigurationCredentialCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "OKX001.EmptyConfigurationValue";

    private const string EmptyValue = "\"\"";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedCredentialId);

    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        if (document.Project.GetAdditionalDocument(document.Id) is null)
        {
            return;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!IsFixable(diagnostic, document, text, out var kind))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Empty the OKX {kind.DisplayName()} in {document.Name} (supply it from the environment or a secret store)",
                    ct => Task.FromResult(Empty(document.Project.Solution, document.Id, text, new[] { diagnostic.Location.SourceSpan })),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// A diagnostic of the configuration analyzer in this additional document, whose span still holds a non-empty JSON
    /// string (the fix is not offered again once the value is "").
    /// </summary>
    private static bool IsFixable(Diagnostic diagnostic, TextDocument document, SourceText text, out CredentialKind kind)
    {
        kind = default;
        if (diagnostic.Id != Descriptors.HardcodedCredentialId
            || diagnostic.Location.Kind != LocationKind.ExternalFile
            || !string.Equals(diagnostic.Location.GetLineSpan().Path, document.FilePath, StringComparison.Ordinal)
            || !diagnostic.Properties.TryGetValue(HardcodedCredentialAnalyzer.KindProperty, out var kindName)
            || !Enum.TryParse(kindName, out kind))
        {
            return false;
        }

        return IsNonEmptyString(text, diagnostic.Location.SourceSpan);
    }

    /// <summary>Whether the span is exactly one JSON string token with at least one character inside the quotes.</summary>
    private static bool IsNonEmptyString(SourceText text, TextSpan span)
    {
        if (span.End > text.Length || span.Length <= 2 || text[span.Start] != '"' || text[span.End - 1] != '"')
        {
            return false;
        }

        var i = span.Start + 1;
        while (i < span.End - 1)
        {
            var c = text[i];
            if (c is '"' or '\r' or '\n')
            {
                return false;
            }

            i += c == '\\' ? 2 : 1;
        }

        // An escape just before the closing quote would have swallowed it.
        return i == span.End - 1;
    }

    private static Solution Empty(Solution solution, DocumentId documentId, SourceText text, IEnumerable<TextSpan> spans)
    {
        var changes = new List<TextChange>();
        foreach (var span in spans)
        {
            changes.Add(new TextChange(span, EmptyValue));
        }

        changes.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = changes.Count - 1; i > 0; i--)
        {
            if (changes[i].Span.Start < changes[i - 1].Span.End)
            {
                changes.RemoveAt(i);
            }
        }

        return solution.WithAdditionalDocumentText(documentId, text.WithChanges(changes));
    }

    /// <summary>
    /// Fix All for diagnostics in additional documents, which have no syntax tree: the diagnostics of each project in
    /// scope, grouped by the additional document they are in. Document scope has no additional document to start from
    /// in Roslyn 4.5 (a FixAllContext holds a Document), so only project and solution scope are offered.
    /// </summary>
    private sealed class FixAll : FixAllProvider
    {
        public static readonly FixAll Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.CodeActionEquivalenceKey is { } key && key != EquivalenceKey)
            {
                return null;
            }

            var projects = fixAllContext.Scope switch
            {
                FixAllScope.Project => new[] { fixAllContext.Project },
                FixAllScope.Solution => ToArray(fixAllContext.Solution.Projects),
                _ => Array.Empty<Project>(),
            };

            var solution = fixAllContext.Solution;
            var changed = false;
            foreach (var project in projects)
            {
                var diagnostics = await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var (updated, any) = await FixProjectAsync(solution, project, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
                solution = updated;
                changed |= any;
            }

            // Nothing to empty (dotnet format asks every OKX001 provider, and hands this one only C# findings): an
            // action that changes nothing, so the run does not report this provider as unable to fix OKX001.
            var fixedSolution = changed ? solution : fixAllContext.Solution;
            return CodeAction.Create("Empty the OKX credentials in configuration files", _ => Task.FromResult(fixedSolution), EquivalenceKey);
        }

        private static async Task<(Solution Solution, bool Changed)> FixProjectAsync(
            Solution solution, Project project, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var changed = false;
            foreach (var document in project.AdditionalDocuments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SourceText? text = null;
                List<TextSpan>? spans = null;
                foreach (var diagnostic in diagnostics)
                {
                    if (diagnostic.Location.Kind != LocationKind.ExternalFile)
                    {
                        continue;
                    }

                    text ??= await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    if (IsFixable(diagnostic, document, text, out _))
                    {
                        (spans ??= new List<TextSpan>()).Add(diagnostic.Location.SourceSpan);
                    }
                }

                if (spans is not null)
                {
                    solution = Empty(solution, document.Id, text!, spans);
                    changed = true;
                }
            }

            return (solution, changed);
        }

        private static Project[] ToArray(IEnumerable<Project> projects)
        {
            var list = new List<Project>(projects);
            return list.ToArray();
        }
    }
}
