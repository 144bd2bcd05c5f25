using System;
using System.Text;

namespace OkxSafety.Analyzers.Okx;

/// <summary>The headers OKX reads, as the rules need to tell them apart.</summary>
internal enum OkxHeader
{
    None,
    AccessKey,
    AccessSign,
    AccessTimestamp,
    AccessPassphrase,
    SimulatedTrading,

    /// <summary>Any other header starting with OK-ACCESS- (a typo or an unknown one).</summary>
    OtherAccess,
}

internal static class OkxHeaderNames
{
    public const string AccessKey = OkxVocabulary.AccessKeyHeader;
    public const string AccessSign = OkxVocabulary.AccessSignHeader;
    public const string AccessTimestamp = OkxVocabulary.AccessTimestampHeader;
    public const string AccessPassphrase = OkxVocabulary.AccessPassphraseHeader;
    public const string SimulatedTrading = OkxVocabulary.SimulatedTradingHeader;

    /// <summary>The OK-ACCESS-TIMESTAMP format: UTC, ISO 8601 with milliseconds (a .NET custom format string).</summary>
    public const string TimestampFormat = OkxVocabulary.RestTimestampFormat;

    /// <summary>The request path a WebSocket login signs: timestamp + "GET" + this.</summary>
    public const string LoginVerifyPath = OkxVocabulary.LoginVerifyPath;

    private const string AccessPrefix = OkxVocabulary.AccessHeaderPrefix;

    // The header names as the near-miss tests compare them (Normalize: lower case, no separators).

    /// <summary>How names that start like an OKX signed header begin once normalized ("okaccess").</summary>
    private static readonly string NormalizedAccessStem = Normalize(OkxVocabulary.AccessHeaderStem);

    private static readonly string NormalizedPassphrase = Normalize(AccessPassphrase);
    private static readonly string NormalizedPassphrasePrefix = Normalize(AccessPrefix + "PASS");
    internal static readonly string NormalizedSimulatedTrading = Normalize(SimulatedTrading);

    /// <summary>Header names are case-insensitive on the wire, so is this.</summary>
    public static OkxHeader Classify(string? name)
    {
        if (name is null)
        {
            return OkxHeader.None;
        }

        if (Is(name, AccessKey)) return OkxHeader.AccessKey;
        if (Is(name, AccessSign)) return OkxHeader.AccessSign;
        if (Is(name, AccessTimestamp)) return OkxHeader.AccessTimestamp;
        if (Is(name, AccessPassphrase)) return OkxHeader.AccessPassphrase;
        if (Is(name, SimulatedTrading)) return OkxHeader.SimulatedTrading;
        return name.StartsWith(AccessPrefix, StringComparison.OrdinalIgnoreCase) ? OkxHeader.OtherAccess : OkxHeader.None;
    }

    /// <summary>True for the credential headers and their companions (OK-ACCESS-*).</summary>
    public static bool IsAccessHeader(OkxHeader header) =>
        header is OkxHeader.AccessKey or OkxHeader.AccessSign or OkxHeader.AccessTimestamp or OkxHeader.AccessPassphrase or OkxHeader.OtherAccess;

    /// <summary>The credential a header carries, if any (OK-ACCESS-KEY and OK-ACCESS-PASSPHRASE).</summary>
    public static CredentialKind? CredentialOf(OkxHeader header) => header switch
    {
        OkxHeader.AccessKey => CredentialKind.ApiKey,
        OkxHeader.AccessPassphrase => CredentialKind.Passphrase,
        _ => null,
    };

    /// <summary>
    /// A name that is meant to be OK-ACCESS-PASSPHRASE but is not: separators ignored, edit distance at most 3,
    /// or starting OK-ACCESS-PASS (OK-ACCESS-PASSWORD, OK-ACCESS-PASS).
    /// </summary>
    public static bool IsPassphraseNearMiss(string? name)
    {
        // Both tests need at least 12 characters after normalizing (which only removes characters): short names never match.
        if (name is null || name.Length < 12 || Is(name, AccessPassphrase))
        {
            return false;
        }

        var normalized = Normalize(name);
        return normalized.StartsWith(NormalizedPassphrasePrefix, StringComparison.Ordinal)
            || EditDistance.Bounded(normalized, NormalizedPassphrase, 3) <= 3;
    }

    /// <summary>
    /// A name that is meant to be x-simulated-trading but is not: separators and case ignored, edit distance
    /// at most 3, or containing both "simulat" and "trad". Letter case alone is fine.
    /// </summary>
    public static bool IsSimulatedTradingNearMiss(string? name)
    {
        // Both tests need at least 10 characters after normalizing ("simulatrad"; normalizing only removes characters).
        if (name is null || name.Length < 10 || Is(name, SimulatedTrading))
        {
            return false;
        }

        var normalized = Normalize(name);
        return (normalized.Contains("simulat") && normalized.Contains("trad"))
            || EditDistance.Bounded(normalized, NormalizedSimulatedTrading, 3) <= 3;
    }

    /// <summary>
    /// The name starts like an OKX signed header, '-' and '_' ignored, any case: OK-ACCESS-…, OK_ACCESS_… (a Flurl
    /// property name), okaccess…. Without allocating: asked of every name written into a dictionary.
    /// </summary>
    public static bool StartsLikeAccessHeader(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var matched = 0;
        foreach (var c in name)
        {
            if (c is '-' or '_')
            {
                continue;
            }

            if (char.ToLowerInvariant(c) != NormalizedAccessStem[matched])
            {
                return false;
            }

            if (++matched == NormalizedAccessStem.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string name, string header) => string.Equals(name, header, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower case with '-', '_', '.' and spaces removed.</summary>
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is '-' or '_' or ' ' or '.')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
