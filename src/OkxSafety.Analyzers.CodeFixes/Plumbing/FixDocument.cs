using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.CodeFixes.Plumbing;

/// <summary>The prologue every fix starts with: the document's root and semantic model, and its own line ending.</summary>
internal static class FixDocument
{
    /// <summary>The root and the model, or null when the document has none (not C#, not parsed).</summary>
    public static async Task<(SyntaxNode Root, SemanticModel Model)?> LoadAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : (root, model);
    }

    /// <summary>The document's own line ending (the workspace default may differ): the first one it has, else "\n".</summary>
    public static string EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    /// <summary>
    /// The trailing trivia of a line that ends where <paramref name="node"/> ends, without what belongs to that line
    /// only (a trailing comment): the line break, or nothing when the node does not end a line.
    /// </summary>
    public static SyntaxTriviaList LineEnd(SyntaxNode node)
    {
        foreach (var trivia in node.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(trivia);
            }
        }

        return SyntaxFactory.TriviaList();
    }
}
