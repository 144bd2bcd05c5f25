using System;
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
    public static bool Mentions(SourceText text, TextSpan span, string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0 || span.Length < name.Length)
        {
            return name.Length == 0;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new char[span.Length];
        text.CopyTo(span.Start, buffer, 0, span.Length);
        var first = name[0];
        var offset = 0;
        while (offset <= buffer.Length - name.Length)
        {
            var hit = new ReadOnlySpan<char>(buffer, offset, buffer.Length - offset).IndexOf(first);
            if (hit < 0)
            {
                return false;
            }

            var i = offset + hit;
            if (i + name.Length <= buffer.Length
                && (i == 0 || !IsIdentifierChar(buffer[i - 1]))
                && (i + name.Length == buffer.Length || !IsIdentifierChar(buffer[i + name.Length]))
                && new ReadOnlySpan<char>(buffer, i, name.Length).SequenceEqual(name.AsSpan()))
            {
                return true;
            }

            offset = i + 1;
        }

        return false;
    }

    /// <summary>A character an identifier can contain (ASCII letters, digits, '_', any other letter or digit).</summary>
    public static bool IsIdentifierChar(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);
}
