using System.Collections.Generic;

namespace OkxSafety.Analyzers.Internals;

/// <summary>The words of an identifier, for rules that read meaning from names (credential kinds, demo/live intent).</summary>
internal static class IdentifierWords
{
    /// <summary>Splits camelCase, PascalCase, snake_case, kebab-case and dotted names into lower-case words; "OKXDemo" is okx, demo.</summary>
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                if (start >= 0)
                {
                    words.Add(name.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var previous = name[i - 1];
            var boundary = (char.IsUpper(c) && char.IsLower(previous))
                || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
            if (boundary)
            {
                words.Add(name.Substring(start, i - start).ToLowerInvariant());
                start = i;
            }
        }

        if (start >= 0)
        {
            words.Add(name.Substring(start).ToLowerInvariant());
        }

        return words;
    }
}
