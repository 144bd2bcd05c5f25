using System;

namespace OkxSafety.Analyzers.Internals;

/// <summary>URL text helpers with no OKX meaning.</summary>
internal static class Urls
{
    /// <summary>The host of an absolute URL (http, https, ws, wss), or null.</summary>
    public static string? HostOf(string text)
    {
        var trimmed = text.TrimStart();
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || scheme > 5)
        {
            return null;
        }

        var start = scheme + 3;
        var end = start;
        while (end < trimmed.Length && trimmed[end] is not ('/' or '?' or ':' or '#'))
        {
            end++;
        }

        return end > start ? trimmed.Substring(start, end - start) : null;
    }

    /// <summary>
    /// A URL, a path or a route template in any spelling: "https://…", "/api/v5/…", "api/v5/users/subaccount/modify-apikey"
    /// (no leading '/'), "~/orders/{id}", "orders/:ordId?instId=x", "www.okx.com/api/v5", "C:\\keys\\okx.txt". Every
    /// segment of a path is a word (lower-case letters, digits, '-', '_', '.'; PascalCase words only in a rooted path) or a template
    /// ({id}, :id, &lt;id&gt;): random text that only happens to hold a '/', such as a Base64 secret, is not a path.
    /// </summary>
    public static bool IsPathOrUrl(string text)
    {
        if (text.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var end = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '?' or '#')
            {
                end = i;
                break;
            }
        }

        var windows = end > 2 && char.IsLetter(text[0]) && text[1] == ':' && text[2] == '\\';
        var start = windows ? 3 : 0;
        var rooted = windows || text[0] == '/' || text.StartsWith("~/", StringComparison.Ordinal) || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal);
        var separators = 0;
        var wordSegments = 0;
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !(text[i] == '/' || (windows && text[i] == '\\')))
            {
                continue;
            }

            if (i < end)
            {
                separators++;
            }

            if (i > segmentStart)
            {
                if (!IsPathSegment(text, segmentStart, i, allowCapital: rooted, out var hasLetter))
                {
                    return false;
                }

                if (hasLetter)
                {
                    wordSegments++;
                }
            }
            else if (i < end && segmentStart > start && !windows)
            {
                // "a//b": an empty segment inside the text is not a path.
                return false;
            }

            segmentStart = i + 1;
        }

        return separators > 0 && wordSegments > 0 && (rooted || wordSegments > 1);
    }

    private static bool IsPathSegment(string text, int start, int end, bool allowCapital, out bool hasLetter)
    {
        hasLetter = false;
        var first = text[start];
        var last = text[end - 1];
        if ((first == '{' && last == '}') || (first == '<' && last == '>') || (first == ':' && end - start > 1) || (first == '[' && last == ']'))
        {
            hasLetter = true;
            return true;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                // PascalCase (ApiKey) in a rooted route only: each capital starts a word of lower-case letters.
                if (!allowCapital || (i != start && text[i - 1] is not (>= 'a' and <= 'z')) || i + 1 >= end || text[i + 1] is not (>= 'a' and <= 'z'))
                {
                    return false;
                }

                hasLetter = true;
            }
            else if (!(c is (>= '0' and <= '9') or '-' or '_' or '.' or '~' or '=' or '&' or '%'))
            {
                return false;
            }
        }

        return true;
    }
}
