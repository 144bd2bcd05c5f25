namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>Broken versions of a source, as an editor sees them while someone types: truncated, lines deleted, tokens inserted.</summary>
public static class Mutations
{
    private static readonly string[] InsertedTokens = { "(", ")", "{", "}", ";", "\"", "=>", "?.", "new ", "null", "$\"{", "[", "]", ",", "!", "await ", "=", "\n#if X\n", "/*", "\"\"\"" };

    public static IEnumerable<string> Of(string source, int seed, int truncations, int deletions, int insertions)
    {
        var random = new Random(seed);
        for (var i = 1; i <= truncations; i++)
        {
            yield return source.Substring(0, source.Length * i / (truncations + 1));
        }

        var lines = source.Split('\n');
        for (var i = 0; i < deletions && lines.Length > 1; i++)
        {
            var deleted = random.Next(lines.Length);
            var count = 1 + random.Next(Math.Min(3, lines.Length - deleted));
            yield return string.Join('\n', lines.Take(deleted).Concat(lines.Skip(deleted + count)));
        }

        for (var i = 0; i < insertions; i++)
        {
            var position = random.Next(source.Length + 1);
            yield return source.Insert(position, InsertedTokens[random.Next(InsertedTokens.Length)]);
        }
    }
}
