using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Okx;

/// <summary>A string value of a configuration file that sits where an OKX credential goes.</summary>
internal readonly struct ConfigurationCredential
{
    public ConfigurationCredential(CredentialKind kind, JsonNode value, string configurationKey, string environmentVariable)
    {
        Kind = kind;
        Value = value;
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
    }

    public CredentialKind Kind { get; }

    /// <summary>The JSON string node (its span includes the quotes).</summary>
    public JsonNode Value { get; }

    /// <summary>The .NET configuration key of the value: Okx:ApiKey, Exchanges:Okx:SecretKey; a launch profile's OKX_API_KEY or Okx:ApiKey.</summary>
    public string ConfigurationKey { get; }

    /// <summary>
    /// The environment variable that supplies the value instead: the configuration key with "__" for ":" (Okx__ApiKey),
    /// or, in launchSettings.json's environmentVariables, the variable itself.
    /// </summary>
    public string EnvironmentVariable { get; }
}

/// <summary>
/// Where an OKX key set sits in .NET configuration files (appsettings*.json, launchSettings.json): a string value
/// whose name says credential (<see cref="CredentialNames"/>) under an OKX section (Okx, OKX, Okex, OkxSettings, nested
/// such as Exchanges:Okx, flattened as Okx:ApiKey or Okx__ApiKey), or whose own name says OKX (OKX_API_KEY,
/// OkxSecretKey). Between the OKX section and the value only neutral levels are crossed (Credentials, Live, Demo,
/// Accounts, array items…): another service's section inside it (Proxy, Binance, Database) ends OKX's scope. Names
/// with other words than credential words (ProxyPassword, DbPassword) are another secret, not OKX's.
/// </summary>
internal static class ConfigurationCredentials
{
    /// <summary>Words that name OKX.</summary>
    private static readonly HashSet<string> OkxWords = new(StringComparer.OrdinalIgnoreCase) { OkxVocabulary.Okx, OkxVocabulary.Okex };

    /// <summary>Levels between an OKX section and its keys that keep OKX's scope.</summary>
    private static readonly HashSet<string> NeutralWords = new(StringComparer.OrdinalIgnoreCase)
    {
        OkxVocabulary.Okx, OkxVocabulary.Okex, "api", "apis", "credential", "credentials", "creds", "key", "keys", "auth", "authentication",
        "account", "accounts", "sub", "subaccount", "subaccounts", "live", "demo", "real", "production", "prod",
        "sandbox", "paper", "simulated", "testnet", "test", "trading", "trade", "trader", "main", "default", "primary",
        "secondary", "settings", "setting", "options", "option", "config", "configuration", "rest", "ws", "websocket",
        "private", "exchange", "client", "bot", "profile", "profiles", "my", "v", "unified", "environment", "env",
    };

    /// <summary>
    /// What the words of a credential's name may be made of in a configuration file (glued or not: ApiKey, apikey,
    /// API_KEY, Passphrase, password): credential words, OKX, and the neutral qualifiers of a key set.
    /// </summary>
    private static readonly string[] NameParts =
    {
        "api", "key", "secret", "pass", "phrase", "word", "wd", "pwd", "access", "private", "signing", OkxVocabulary.Okx, OkxVocabulary.Okex,
        "live", "demo", "real", "prod", "production", "sandbox", "paper", "simulated", "trading", "trade", "main",
        "default", "primary", "account", "sub", "my", "bot", "client", "rest", "ws", "v",
    };

    /// <summary>Additional files the rule reads: JSON (appsettings*.json, launchSettings.json and any other .json listed).</summary>
    public static bool IsConfigurationFile(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Cheap necessary condition, before reading the JSON: every finding has "okx" or "okex" (any case) in a name.
    /// </summary>
    public static bool MayMentionOkx(SourceText text)
    {
        var length = text.Length;
        for (var i = 0; i + 3 <= length; i++)
        {
            if ((text[i] | 0x20) != 'o' || (text[i + 1] | 0x20) != 'k')
            {
                continue;
            }

            var third = (char)(text[i + 2] | 0x20);
            if (third == 'x' || (third == 'e' && i + 4 <= length && (text[i + 3] | 0x20) == 'x'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Values that a deployment pipeline substitutes (#{Okx.ApiKey}#, #{OKX_API_KEY}, __OkxApiKey__, {{okx_key}},
    /// @@OKX_KEY@@): tokens in place of the value, not a value.
    /// </summary>
    public static bool IsSubstitutionToken(string value)
    {
        var trimmed = value.Trim();
        return (trimmed.StartsWith("#{", StringComparison.Ordinal) && (trimmed.EndsWith("}", StringComparison.Ordinal) || trimmed.EndsWith("}#", StringComparison.Ordinal)))
            || (trimmed.Length > 4 && trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal))
            || (trimmed.StartsWith("{{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal))
            || (trimmed.Length > 4 && trimmed.StartsWith("@@", StringComparison.Ordinal) && trimmed.EndsWith("@@", StringComparison.Ordinal));
    }

    /// <summary>The string values of the document that sit where an OKX credential goes, in document order.</summary>
    public static List<ConfigurationCredential> Find(JsonNode root, CancellationToken cancellationToken)
    {
        var found = new List<ConfigurationCredential>();
        if (root.Kind is JsonNodeKind.Object or JsonNodeKind.Array)
        {
            Walk(root, new List<string>(), okxScope: false, environmentVariables: false, found, cancellationToken);
        }

        return found;
    }

    private static void Walk(JsonNode node, List<string> path, bool okxScope, bool environmentVariables, List<ConfigurationCredential> found, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (node.Kind == JsonNodeKind.Array)
        {
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (item.Kind is JsonNodeKind.Object or JsonNodeKind.Array)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Walk(item, path, okxScope, environmentVariables, found, cancellationToken);
                    path.RemoveAt(path.Count - 1);
                }
            }

            return;
        }

        foreach (var member in node.Members)
        {
            var segments = SplitKey(member.Name);
            var value = member.Value;
            if (value.Kind is JsonNodeKind.Object or JsonNodeKind.Array)
            {
                var scope = okxScope;
                foreach (var segment in segments)
                {
                    scope = Enter(scope, segment);
                }

                var count = path.Count;
                path.AddRange(segments);
                Walk(value, path, scope, environmentVariables || IsEnvironmentVariablesSection(member.Name), found, cancellationToken);
                path.RemoveRange(count, path.Count - count);
                continue;
            }

            if (value.Kind != JsonNodeKind.String || segments.Count == 0)
            {
                continue;
            }

            var valueScope = okxScope;
            for (var i = 0; i < segments.Count - 1; i++)
            {
                valueScope = Enter(valueScope, segments[i]);
            }

            var name = segments[segments.Count - 1];
            if (KindOf(name, valueScope) is not { } kind)
            {
                continue;
            }

            // A launch profile's variable is a configuration source of its own: its key is the variable's, not the file path's.
            var configurationKey = Join(environmentVariables ? null : path, segments, ":");
            var environmentVariable = environmentVariables ? member.Name : Join(path, segments, "__");
            found.Add(new ConfigurationCredential(kind, value, configurationKey, environmentVariable));
        }
    }

    /// <summary>The credential a value's name says it is, where OKX's scope or the name itself makes it OKX's.</summary>
    private static CredentialKind? KindOf(string name, bool okxScope)
    {
        var words = CredentialNames.SplitWords(name);
        if (words.Count == 0)
        {
            return null;
        }

        var saysOkx = false;
        foreach (var word in words)
        {
            if (OkxWords.Contains(word))
            {
                saysOkx = true;
            }
            else if (!IsMadeOfNameParts(word))
            {
                return null;
            }
        }

        if (!okxScope && !saysOkx)
        {
            return null;
        }

        // OKX.Net's credentials are Key / Secret / Pass: a bare "Key" in OKX's scope is the API key.
        if (okxScope && words.Count == 1 && words[0] == "key")
        {
            return CredentialKind.ApiKey;
        }

        return CredentialNames.FromName(name);
    }

    /// <summary>The scope after entering a level named <paramref name="segment"/>.</summary>
    private static bool Enter(bool okxScope, string segment)
    {
        var words = CredentialNames.SplitWords(segment);
        var neutral = true;
        foreach (var word in words)
        {
            if (OkxWords.Contains(word))
            {
                return true;
            }

            if (!NeutralWords.Contains(word))
            {
                neutral = false;
            }
        }

        return okxScope && neutral;
    }

    private static bool IsEnvironmentVariablesSection(string name) =>
        string.Equals(name, "environmentVariables", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a lower-case word is a concatenation of <see cref="NameParts"/> (apikey, passphrase, secretkey).</summary>
    private static bool IsMadeOfNameParts(string word)
    {
        // reachable[i]: word[0..i) splits into parts.
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < word.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            foreach (var part in NameParts)
            {
                if (i + part.Length <= word.Length && string.CompareOrdinal(word, i, part, 0, part.Length) == 0)
                {
                    reachable[i + part.Length] = true;
                }
            }
        }

        return reachable[word.Length];
    }

    /// <summary>A configuration key's segments: "Okx:ApiKey" and "Okx__ApiKey" are Okx, ApiKey.</summary>
    private static List<string> SplitKey(string name)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var separator = name[i] == ':' ? 1 : name[i] == '_' && i + 1 < name.Length && name[i + 1] == '_' ? 2 : 0;
            if (separator == 0)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add(name.Substring(start, i - start));
            }

            i += separator - 1;
            start = i + 1;
        }

        if (start < name.Length)
        {
            segments.Add(name.Substring(start));
        }

        return segments;
    }

    private static string Join(List<string>? path, List<string> segments, string separator)
    {
        var builder = new StringBuilder();
        if (path is not null)
        {
            foreach (var part in path)
            {
                builder.Append(part).Append(separator);
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            builder.Append(segments[i]);
            if (i < segments.Count - 1)
            {
                builder.Append(separator);
            }
        }

        return builder.ToString();
    }
}
