using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>Matches expected against actual diagnostics (a best one-to-one matching) and explains mismatches.</summary>
internal static class DiagnosticComparer
{
    public static void Verify(
        IReadOnlyList<DiagnosticResult> expected,
        IReadOnlyList<Diagnostic> actualUnsorted,
        IReadOnlyCollection<string> analyzerIds,
        IReadOnlyDictionary<string, SourceText> texts,
        string stage)
    {
        var messages = expected.Select(e => e.Message).ToArray();
        var actual = actualUnsorted
            .OrderBy(d => d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile ? d.Location.GetLineSpan().Path : string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

        var candidates = new List<int>[expected.Count];
        for (var i = 0; i < expected.Count; i++)
        {
            candidates[i] = new List<int>();
            for (var j = 0; j < actual.Length; j++)
            {
                if (Differences(expected[i], messages[i], actual[j]).Count == 0)
                {
                    candidates[i].Add(j);
                }
            }
        }

        // Maximum bipartite matching (Kuhn): an expectation written loosely must not steal the only actual
        // diagnostic a stricter expectation could match.
        var expectedOfActual = Enumerable.Repeat(-1, actual.Length).ToArray();
        for (var i = 0; i < expected.Count; i++)
        {
            TryAssign(i, new bool[actual.Length]);
        }

        var matchedExpected = new HashSet<int>(expectedOfActual.Where(i => i >= 0));
        var missing = Enumerable.Range(0, expected.Count).Where(i => !matchedExpected.Contains(i)).ToList();
        var unexpected = Enumerable.Range(0, actual.Length).Where(j => expectedOfActual[j] < 0).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.AppendLine($"{stage}: the diagnostics do not match (expected {expected.Count}, actual {actual.Length}, matched {expected.Count - missing.Count}).");
        if (missing.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"Expected but not reported ({missing.Count}):");
            foreach (var i in missing)
            {
                text.AppendLine($"  - {expected[i]}");
                if (expected[i].HasLocation && SourceExcerpt(expected[i].Spans[0].Span) is { } code)
                {
                    text.AppendLine($"      code:    {code}");
                }

                var closest = Closest(expected[i], unexpected.Count > 0 ? unexpected : Enumerable.Range(0, actual.Length));
                if (closest >= 0)
                {
                    text.AppendLine($"      closest: {DiagnosticFormatting.Describe(actual[closest])}");
                    text.AppendLine($"      differs: {string.Join("; ", Differences(expected[i], messages[i], actual[closest]))}");
                }
            }
        }

        if (unexpected.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"Reported but not expected ({unexpected.Count}):");
            foreach (var j in unexpected)
            {
                text.AppendLine($"  - {DiagnosticFormatting.Describe(actual[j])}");
                if (actual[j].Location.IsInSource && SourceExcerpt(actual[j].Location.GetLineSpan()) is { } code)
                {
                    text.AppendLine($"      code:    {code}");
                }

                text.AppendLine($"      expect:  {DiagnosticFormatting.ToExpectation(actual[j], analyzerIds)},");
            }
        }

        text.AppendLine();
        text.AppendLine("All actual diagnostics:");
        if (actual.Length == 0)
        {
            text.AppendLine("    NONE.");
        }

        foreach (var diagnostic in actual)
        {
            text.AppendLine($"  // {DiagnosticFormatting.Describe(diagnostic)}");
            text.AppendLine($"  {DiagnosticFormatting.ToExpectation(diagnostic, analyzerIds)},");
        }

        throw new VerificationException(text.ToString());

        bool TryAssign(int i, bool[] visited)
        {
            foreach (var j in candidates[i])
            {
                if (visited[j])
                {
                    continue;
                }

                visited[j] = true;
                if (expectedOfActual[j] < 0 || TryAssign(expectedOfActual[j], visited))
                {
                    expectedOfActual[j] = i;
                    return true;
                }
            }

            return false;
        }

        int Closest(DiagnosticResult result, IEnumerable<int> pool)
        {
            var best = -1;
            var bestScore = 0;
            foreach (var j in pool)
            {
                var score = Score(result, actual[j]);
                if (score > bestScore)
                {
                    best = j;
                    bestScore = score;
                }
            }

            return best;
        }

        string? SourceExcerpt(FileLinePositionSpan span) => DiagnosticFormatting.SourceExcerpt(span, texts);
    }

    /// <summary>What differs between an expectation and a diagnostic; empty when they match.</summary>
    public static List<string> Differences(DiagnosticResult expected, string? expectedMessage, Diagnostic actual)
    {
        var differences = new List<string>();
        if (!string.Equals(expected.Id, actual.Id, StringComparison.Ordinal))
        {
            differences.Add($"id (expected {expected.Id}, actual {actual.Id})");
        }

        if (!expected.Options.HasFlag(DiagnosticOptions.IgnoreSeverity) && expected.Severity != actual.Severity)
        {
            differences.Add($"severity (expected {expected.Severity}, actual {actual.Severity})");
        }

        if (!expected.HasLocation)
        {
            if (actual.Location != Location.None)
            {
                differences.Add("location (expected none)");
            }
        }
        else
        {
            CompareLocation("location", expected.Spans[0], actual.Location, differences);
            if (!expected.Options.HasFlag(DiagnosticOptions.IgnoreAdditionalLocations))
            {
                if (expected.Spans.Length - 1 != actual.AdditionalLocations.Count)
                {
                    differences.Add($"additional locations (expected {expected.Spans.Length - 1}, actual {actual.AdditionalLocations.Count}; use WithOptions(DiagnosticOptions.IgnoreAdditionalLocations) to skip)");
                }
                else
                {
                    for (var k = 0; k < actual.AdditionalLocations.Count; k++)
                    {
                        CompareLocation($"additional location {k + 1}", expected.Spans[k + 1], actual.AdditionalLocations[k], differences);
                    }
                }
            }
        }

        if (expectedMessage is not null && !string.Equals(expectedMessage, DiagnosticFormatting.Message(actual), StringComparison.Ordinal))
        {
            differences.Add($"message (expected \"{expectedMessage}\", actual \"{DiagnosticFormatting.Message(actual)}\")");
        }

        return differences;
    }

    private static void CompareLocation(string what, DiagnosticLocation expected, Location actual, List<string> differences)
    {
        if (!actual.IsInSource && actual.Kind != LocationKind.ExternalFile)
        {
            differences.Add($"{what} (expected {expected}, actual none)");
            return;
        }

        var span = actual.GetLineSpan();
        var withEnd = !expected.Options.HasFlag(DiagnosticLocationOptions.IgnoreLength);
        if (!string.Equals(expected.Span.Path, span.Path, StringComparison.Ordinal))
        {
            differences.Add($"file (expected {expected.Span.Path}, actual {span.Path})");
        }

        if (expected.Span.StartLinePosition != span.StartLinePosition
            || (withEnd && expected.Span.EndLinePosition != span.EndLinePosition))
        {
            differences.Add($"{what} (expected {DiagnosticFormatting.FormatSpan(expected.Span, withEnd)}, actual {DiagnosticFormatting.FormatSpan(span, withEnd)})");
        }
    }

    private static int Score(DiagnosticResult expected, Diagnostic actual)
    {
        var score = string.Equals(expected.Id, actual.Id, StringComparison.Ordinal) ? 4 : 0;
        if (expected.HasLocation && (actual.Location.IsInSource || actual.Location.Kind == LocationKind.ExternalFile))
        {
            var span = actual.GetLineSpanSafe();
            var wanted = expected.Spans[0].Span;
            if (wanted.Path == span.Path)
            {
                score += 1;
                score += wanted.StartLinePosition == span.StartLinePosition ? 2 : wanted.StartLinePosition.Line == span.StartLinePosition.Line ? 1 : 0;
                score += wanted.EndLinePosition == span.EndLinePosition ? 1 : 0;
            }
        }

        return score;
    }

    private static FileLinePositionSpan GetLineSpanSafe(this Diagnostic diagnostic) => diagnostic.Location.GetLineSpan();
}
