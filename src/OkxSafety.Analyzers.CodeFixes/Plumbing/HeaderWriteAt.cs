using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.CodeFixes.Plumbing;

/// <summary>Finds the header write a diagnostic points at again, from its span.</summary>
internal static class HeaderWriteAt
{
    public static HeaderWrite? Find(SyntaxNode root, SemanticModel model, TextSpan span, OkxTypes types, CancellationToken cancellationToken)
    {
        for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
        {
            var operation = model.GetOperation(node, cancellationToken);
            if (operation is not null && HeaderWrites.TryGetHeaderWrite(operation, types, cancellationToken, out var write))
            {
                return write;
            }

            // Collection initializer elements ({ "name", value }) have no operation of their own: find it from an ancestor.
            for (var ancestor = node.Parent; operation is null && ancestor is not null; ancestor = ancestor.Parent)
            {
                if (model.GetOperation(ancestor, cancellationToken) is { } found)
                {
                    foreach (var descendant in found.DescendantsAndSelf())
                    {
                        if (descendant.Syntax == node && HeaderWrites.TryGetHeaderWrite(descendant, types, cancellationToken, out write))
                        {
                            return write;
                        }
                    }

                    break;
                }
            }
        }

        return null;
    }
}
