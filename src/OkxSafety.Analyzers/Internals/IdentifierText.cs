using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Internals;

/// <summary>Whether a part of a text contains a name as a whole identifier: a syntax-first test before binding code.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// <paramref name="name"/> occurs in <paramref name="span"/> with no identifier character on either side (in code,
    /// a string or a comment alike: a superset of the identifier's uses, which is all a pre-test needs).
    /// </summary>
    public static bool Mentions(SourceText text, TextSpan span, string name, CancellationToken cancellationToken) =>
        name.Length == 0 || Scan(text, span, name, positions: null, cancellationToken);

    /// <summary>
    /// The positions where <paramref name="name"/> occurs in <paramref name="span"/> as a whole identifier (as
    /// <see cref="Mentions"/> finds them), in order: where a syntax-first search starts, instead of walking every node.
    /// </summary>
    public static List<int> Occurrences(SourceText text, TextSpan span, string name, CancellationToken cancellationToken)
    {
        var positions = new List<int>();
        if (name.Length > 0)
        {
            Scan(text, span, name, positions, cancellationToken);
        }

        return positions;
    }

    /// <summary>Finds the occurrences: stops at the first when <paramref name="positions"/> is null, else adds each.</summary>
    private static bool Scan(SourceText text, TextSpan span, string name, List<int>? positions, CancellationToken cancellationToken)
    {
        if (span.Length < name.Length)
        {
            return false;
        }

        // Read in chunks that overlap by the name's length less one, so each occurrence lies whole in one chunk, and
        // a whole file is never copied at once; the characters around an occurrence are read from the text.
        var found = false;
        var buffer = new char[Math.Min(span.Length, ChunkSize + name.Length - 1)];
        var nextAllowed = span.Start;
        for (var start = span.Start; start + name.Length <= span.End; start += buffer.Length - (name.Length - 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            var offset = 0;
            while (offset <= count - name.Length)
            {
                // The whole name, not its first character: on .NET the runtime's vectorised substring search, which
                // skips the many places where only the first character matches ('n' of "new", '_' of a field name).
                var hit = new ReadOnlySpan<char>(buffer, offset, count - offset).IndexOf(name.AsSpan());
                if (hit < 0)
                {
                    break;
                }

                var i = offset + hit;
                var at = start + i;
                if (at >= nextAllowed
                    && (at == span.Start || !IsIdentifierChar(text[at - 1]))
                    && (at + name.Length == span.End || !IsIdentifierChar(text[at + name.Length])))
                {
                    if (positions is null)
                    {
                        return true;
                    }

                    // The chunks overlap: an occurrence in the overlap is seen twice.
                    positions.Add(at);
                    nextAllowed = at + name.Length;
                    found = true;
                }

                offset = i + 1;
            }

            if (start + count >= span.End)
            {
                break;
            }
        }

        return found;
    }

    private const int ChunkSize = 4096;

    /// <summary>A character an identifier can contain (ASCII letters, digits, '_', any other letter or digit).</summary>
    public static bool IsIdentifierChar(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);
}
