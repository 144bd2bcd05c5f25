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
}
