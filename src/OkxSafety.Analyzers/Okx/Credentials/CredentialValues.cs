using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Whether a constant text is an OKX credential or a stand-in for one (placeholders, environment-variable names,
/// configuration keys, header names, paths), and the okx_safety.credential_names list: asked by OKX001 in C# and in
/// configuration files, and by the options check (OKX000).
/// </summary>
internal static class CredentialValues
{
    /// <summary>
    /// Values that only stand in for a credential: empty markers (&lt;api-key&gt;, {apiKey}, ${OKX_KEY}, $(OKX_KEY), %KEY%, xxx, ***,
    /// ...), and texts made only of placeholder words (your-api-key-here, YOUR_API_KEY, API_SECRET, PHRASE, SECRET, changeme, replace-me, test,
    /// demo, example, dummy, sample, placeholder…), optionally followed by digits. Matched against the trimmed value.
    /// </summary>
    public const string DefaultPlaceholderPattern =
        @"^(?:<[^<>]*>|\{[^{}]*\}|\$\{[^{}]*\}|\$\([^()]*\)|%[^%]*%|\[[^\[\]]*\]|[0x*#.?_-]+|(?:(?>credentials|placeholder|credential|passphrase|signature|replaceme|changeme|password|redacted|required|default|example|missing|replace|testing|access|passwd|phrase|change|hidden|insert|masked|sample|secret|string|dummy|empty|enter|fixme|paste|token|unset|value|demo|fake|fill|here|mock|none|null|okex|pass|sign|test|this|todo|user|with|your|abc|add|api|bar|foo|key|okx|put|pwd|set|tbd|the|an|in|me|my|to|a|x+)[\s\W_]*)+\d*)$";

    /// <summary>Shorter values are never a key, a secret or an OKX passphrase (8 to 32 characters).</summary>
    private const int MinimumLength = 4;

    /// <summary>
    /// Whether a constant text is a credential of this kind rather than a stand-in: long enough, not an environment
    /// variable name or configuration key, not an OKX header name / URL / path / sentence, and not matched by the
    /// placeholder pattern. Asked by OKX001 in C# and in configuration files.
    /// </summary>
    internal static bool LooksLikeCredentialValue(string value, CredentialKind kind, Regex? placeholderPattern)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < MinimumLength || IsEnvironmentVariableOrConfigurationKey(trimmed) || IsNotAValue(trimmed, kind))
        {
            return false;
        }

        if (placeholderPattern is null)
        {
            return true;
        }

        try
        {
            return !placeholderPattern.IsMatch(trimmed);
        }
        catch (RegexMatchTimeoutException)
        {
            // Precision first: a value the pattern could not decide in time (a loaded build machine) is not reported.
            return false;
        }
    }

    /// <summary>The placeholder pattern these options configure (<see cref="Rules.HardcodedCredentialAnalyzer.PlaceholderPatternOption"/>), else the default.</summary>
    internal static string PlaceholderPatternText(AnalyzerConfigOptions options) =>
        options.TryGetValue(Rules.HardcodedCredentialAnalyzer.PlaceholderPatternOption, out var configured) && configured.Trim().Length > 0
            ? configured.Trim()
            : DefaultPlaceholderPattern;

    /// <summary>The placeholder regular expression; an invalid configured pattern falls back to the default rather than to no exclusions.</summary>
    internal static Regex CreatePlaceholderPattern(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return new Regex(DefaultPlaceholderPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>
    /// Text that is something else: an OKX header name, a URL, path or route template in any spelling, or (for keys and secrets, whose real shapes
    /// are a UUID and hex) text with spaces, a sentence such as a prompt.
    /// </summary>
    internal static bool IsNotAValue(string value, CredentialKind kind)
    {
        if (OkxHeaderNames.Classify(value) != OkxHeader.None
            || value.StartsWith(OkxVocabulary.AccessHeaderStem, StringComparison.OrdinalIgnoreCase)
            || value.StartsWith(OkxVocabulary.ApiPathPrefix, StringComparison.OrdinalIgnoreCase)
            || Urls.IsPathOrUrl(value))
        {
            return true;
        }

        if (kind != CredentialKind.Passphrase)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Parses <c>okx_safety.credential_names</c>: comma-separated <c>Name</c> or <c>Name=api_key|secret_key|passphrase</c>.
    /// A name without a kind takes the kind its words say, else API key.
    /// </summary>
    internal static IReadOnlyDictionary<string, CredentialKind> ParseCredentialNames(string text)
    {
        var names = new Dictionary<string, CredentialKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = entry.IndexOf('=');
            var name = (separator < 0 ? entry : entry.Substring(0, separator)).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            CredentialKind? kind = separator < 0 ? null : ParseKind(entry.Substring(separator + 1).Trim());
            names[name] = kind ?? CredentialNames.FromName(name) ?? CredentialKind.ApiKey;
        }

        return names;
    }

    internal static CredentialKind? ParseKind(string text) => text.Replace("-", "_").ToLowerInvariant() switch
    {
        "api_key" or "apikey" or "key" => CredentialKind.ApiKey,
        "secret_key" or "secretkey" or "secret" => CredentialKind.SecretKey,
        "passphrase" or "password" or "pass" => CredentialKind.Passphrase,
        _ => null,
    };

    /// <summary>
    /// An environment-variable name (OKX_API_KEY) or configuration key (Okx:ApiKey, Okx__ApiKey): what code passes to
    /// GetEnvironmentVariable or the configuration indexer, never a credential itself.
    /// </summary>
    internal static bool IsEnvironmentVariableOrConfigurationKey(string value)
    {
        if (value.IndexOf(':') > 0 || value.IndexOf("__", StringComparison.Ordinal) > 0)
        {
            foreach (var segment in value.Split(new[] { ":", "__" }, StringSplitOptions.None))
            {
                if (!IsIdentifier(segment))
                {
                    return false;
                }
            }

            return true;
        }

        return value.IndexOf('_') > 0 && CredentialKindExtensions.IsEnvironmentVariableName(value) && value.ToUpperInvariant() == value && !IsHex(value.Replace("_", string.Empty));
    }

    private static bool IsIdentifier(string segment)
    {
        if (segment.Length == 0 || !(char.IsLetter(segment[0]) || segment[0] == '_'))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
