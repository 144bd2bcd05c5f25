using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// Reads <c>[|…|]</c> (a diagnostic of the default descriptor), <c>{|ID:…|}</c> (a diagnostic with that id) and
/// <c>{|#0:…|}</c> (a location referenced by <c>DiagnosticResult.WithLocation(0)</c>). Spans may nest.
/// A closing token that does not close an open span of its kind is ordinary text.
/// </summary>
internal static class TestFileMarkupParser
{
    internal readonly record struct MarkedSpan(string? Name, TextSpan Span);

    public static (string Text, ImmutableArray<MarkedSpan> Spans) Parse(string input)
    {
        var output = new StringBuilder(input.Length);
        var open = new Stack<(string? Name, int Start, bool Brace, int SourceOffset)>();
        var spans = ImmutableArray.CreateBuilder<MarkedSpan>();
        var i = 0;
        while (i < input.Length)
        {
            if (At(input, i, "[|"))
            {
                open.Push((null, output.Length, false, i));
                i += 2;
                continue;
            }

            if (At(input, i, "|]") && open.Count > 0 && !open.Peek().Brace)
            {
                var span = open.Pop();
                spans.Add(new MarkedSpan(null, TextSpan.FromBounds(span.Start, output.Length)));
                i += 2;
                continue;
            }

            if (At(input, i, "{|"))
            {
                var j = i + 2;
                while (j < input.Length && IsNameChar(input[j]))
                {
                    j++;
                }

                if (j > i + 2 && j < input.Length && input[j] == ':')
                {
                    open.Push((input.Substring(i + 2, j - i - 2), output.Length, true, i));
                    i = j + 1;
                    continue;
                }
            }

            if (At(input, i, "|}") && open.Count > 0 && open.Peek().Brace)
            {
                var span = open.Pop();
                spans.Add(new MarkedSpan(span.Name, TextSpan.FromBounds(span.Start, output.Length)));
                i += 2;
                continue;
            }

            output.Append(input[i]);
            i++;
        }

        if (open.Count > 0)
        {
            var unclosed = open.Peek();
            var token = unclosed.Brace ? "{|" + unclosed.Name + ":" : "[|";
            throw new InvalidOperationException(
                $"Markup '{token}' at offset {unclosed.SourceOffset} is never closed (expected '{(unclosed.Brace ? "|}" : "|]")}'). " +
                "Set MarkupHandling = MarkupMode.None on the state if the text is meant literally.");
        }

        return (output.ToString(), spans.ToImmutable());
    }

    private static bool At(string text, int index, string token)
        => index + token.Length <= text.Length && string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '#' || c == '.' || c == '-';
}
