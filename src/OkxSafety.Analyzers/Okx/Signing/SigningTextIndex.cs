using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// <see cref="SigningCode.MayBeSigningCode"/> for many spans of one tree: the tree's text is scanned once for the
/// markers (sign, timestamp, hmac) and each code block asks whether one lies inside it, instead of each block copying
/// and scanning its own text. One instance per compilation (the OKX006 rule's state).
/// </summary>
internal sealed class SigningTextIndex
{
    private readonly ConcurrentDictionary<SyntaxTree, TextSpan[]> _byTree = new();

    /// <summary>A marker lies wholly inside <paramref name="span"/> of the tree's text.</summary>
    public bool MayBeSigningCode(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        if (!_byTree.TryGetValue(tree, out var markers))
        {
            markers = _byTree.GetOrAdd(tree, Scan(tree.GetText(cancellationToken)));
        }

        // The first marker starting at or after the span's start, then those that start before its end.
        int low = 0, high = markers.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (markers[middle].Start < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < markers.Length && markers[i].Start < span.End; i++)
        {
            if (markers[i].End <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan[] Scan(SourceText text)
    {
        var found = new List<TextSpan>();
        SigningCode.FindMarkers(text, new TextSpan(0, text.Length), found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found.ToArray();
    }
}
