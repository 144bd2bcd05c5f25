using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>The exception every failed verification throws (an xunit assertion failure).</summary>
public sealed class VerificationException : Xunit.Sdk.XunitException
{
    public VerificationException(string message)
        : base(message)
    {
    }
}

/// <summary>Readable texts for failures: diagnostics, spans, source lines and text diffs.</summary>
internal static class DiagnosticFormatting
{
    public const string DefaultFilePath = SourceFileList.DefaultFilePathPrefix + "0.cs";

    private static readonly PropertyInfo? s_argumentsProperty =
        typeof(Diagnostic).GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    public static string FormatSpan(FileLinePositionSpan span, bool withEnd)
    {
        var path = span.Path.Length == 0 ? DefaultFilePath : span.Path;
        var start = span.StartLinePosition;
        var end = span.EndLinePosition;
        return withEnd
            ? $"{path}({start.Line + 1},{start.Character + 1},{end.Line + 1},{end.Character + 1})"
            : $"{path}({start.Line + 1},{start.Character + 1})";
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>"/0/Test0.cs(3,5,3,10): warning TST001: message".</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var location = diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile
            ? FormatSpan(diagnostic.Location.GetLineSpan(), withEnd: true)
            : "(no location)";
        return $"{location}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {Message(diagnostic)}";
    }

    /// <summary>The expression that expects this diagnostic, ready to paste into a test.</summary>
    public static string ToExpectation(Diagnostic diagnostic, IReadOnlyCollection<string> analyzerIds)
    {
        var builder = new StringBuilder();
        builder.Append(analyzerIds.Contains(diagnostic.Id)
            ? $"Diagnostic(\"{diagnostic.Id}\")"
            : $"DiagnosticResult.Compiler{(diagnostic.Severity == DiagnosticSeverity.Error ? "Error" : "Warning")}(\"{diagnostic.Id}\")");

        if (diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile)
        {
            var span = diagnostic.Location.GetLineSpan();
            var path = span.Path == DefaultFilePath ? string.Empty : Quote(span.Path) + ", ";
            builder.Append($".WithSpan({path}{span.StartLinePosition.Line + 1}, {span.StartLinePosition.Character + 1}, {span.EndLinePosition.Line + 1}, {span.EndLinePosition.Character + 1})");
            foreach (var additional in diagnostic.AdditionalLocations)
            {
                var extra = additional.GetLineSpan();
                builder.Append($".WithSpan({Quote(extra.Path)}, {extra.StartLinePosition.Line + 1}, {extra.StartLinePosition.Character + 1}, {extra.EndLinePosition.Line + 1}, {extra.EndLinePosition.Character + 1})");
            }
        }

        if (analyzerIds.Contains(diagnostic.Id))
        {
            var arguments = Arguments(diagnostic);
            if (arguments is { Count: > 0 })
            {
                builder.Append(".WithArguments(").Append(string.Join(", ", arguments.Select(a => Quote(Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")))).Append(')');
            }
            else
            {
                builder.Append(".WithMessage(").Append(Quote(Message(diagnostic))).Append(')');
            }
        }

        return builder.ToString();
    }

    public static IReadOnlyList<object?>? Arguments(Diagnostic diagnostic)
    {
        try
        {
            return s_argumentsProperty?.GetValue(diagnostic) as IReadOnlyList<object?>;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>The source line(s) of a location with the span marked by [| |].</summary>
    public static string? SourceExcerpt(FileLinePositionSpan span, IReadOnlyDictionary<string, SourceText> texts)
    {
        var path = span.Path.Length == 0 ? DefaultFilePath : span.Path;
        if (!texts.TryGetValue(path, out var text) || span.StartLinePosition.Line >= text.Lines.Count)
        {
            return null;
        }

        var startLine = text.Lines[span.StartLinePosition.Line];
        var endLineIndex = Math.Min(span.EndLinePosition.Line, text.Lines.Count - 1);
        var endLine = text.Lines[endLineIndex];
        var start = Math.Min(startLine.Start + span.StartLinePosition.Character, startLine.End);
        var end = Math.Min(endLine.Start + span.EndLinePosition.Character, endLine.End);
        if (end < start)
        {
            end = start;
        }

        var excerpt = text.ToString(TextSpan.FromBounds(startLine.Start, start))
            + "[|" + text.ToString(TextSpan.FromBounds(start, end)) + "|]"
            + text.ToString(TextSpan.FromBounds(end, endLine.End));
        return excerpt.Trim().Replace("\r", "", StringComparison.Ordinal).Replace("\n", "⏎", StringComparison.Ordinal);
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A line diff ("-" expected only, "+" actual only) with a few lines of context.</summary>
    public static string Diff(string expected, string actual)
    {
        if (expected.Replace("\r\n", "\n", StringComparison.Ordinal) == actual.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            return $"The texts differ only in line endings (expected {CountCrLf(expected)} CRLF, actual {CountCrLf(actual)} CRLF).";
        }

        var a = SplitLines(expected);
        var b = SplitLines(actual);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Kind, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(('+', b[y]));
                y++;
            }
            else
            {
                lines.Add(('-', a[x]));
                x++;
            }
        }

        const int context = 3;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != ' ')
            {
                for (var k = Math.Max(0, i - context); k <= Math.Min(lines.Count - 1, i + context); k++)
                {
                    show[k] = true;
                }
            }
        }

        var builder = new StringBuilder("Diff (- expected, + actual):").AppendLine();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                builder.AppendLine("  …");
                skipped = false;
            }

            var text = lines[i].Kind == ' ' ? lines[i].Text : Visible(lines[i].Text);
            builder.Append(lines[i].Kind).Append(' ').AppendLine(text);
        }

        return builder.ToString();
    }

    private static int CountCrLf(string text)
    {
        var count = 0;
        for (var i = text.IndexOf("\r\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\r\n", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>Makes trailing spaces and tabs visible in changed lines.</summary>
    private static string Visible(string line)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        var tail = line.Substring(trimmed.Length).Replace(" ", "·", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal);
        return trimmed.Replace("\t", "→", StringComparison.Ordinal) + tail;
    }
}
