using System;
using System.Collections.Generic;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Which credential a member name says it holds (ApiKey, api_key, AccessKey, SecretKey, Secret, ApiSecret,
/// Passphrase, PassPhrase, Password…), and names that only look like one (ApiKeyPrompt, PassphraseHeaderName,
/// SecretKeyPlaceholder, ApiKeyEnvVar…).
/// </summary>
internal static class CredentialNames
{
    /// <summary>Words that say the member holds something about a credential, not the credential.</summary>
    private static readonly HashSet<string> NotTheValueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "label", "prompt", "hint", "message", "msg", "name", "header", "env", "environment", "var", "variable",
        "url", "uri", "path", "file", "format", "placeholder", "length", "len", "size", "count",
        "id", "section", "config", "setting", "settings", "description", "title", "text", "error", "regex",
        "pattern", "field", "column", "param", "parameter", "option", "options", "hash", "salt", "hashed",
        "mask", "masked", "type", "kind", "is", "has", "provider", "store", "vault", "validator", "policy",
    };

    public static CredentialKind? FromName(string? name) => FromName(name, extraNames: null);

    /// <param name="extraNames">Extra member names from .editorconfig (okx_safety.credential_names), each "Name=kind" or "Name".</param>
    public static CredentialKind? FromName(string? name, IReadOnlyDictionary<string, CredentialKind>? extraNames)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (extraNames is not null && extraNames.TryGetValue(name!, out var configured))
        {
            return configured;
        }

        if (!MayBeCredentialName(name!))
        {
            return null;
        }

        var words = SplitWords(name!);
        if (words.Count == 0)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (NotTheValueWords.Contains(word))
            {
                return null;
            }
        }

        var joined = string.Concat(words).ToLowerInvariant();
        var last = words[words.Count - 1].ToLowerInvariant();
        if (last is "passphrase" || joined.EndsWith("passphrase", StringComparison.Ordinal) || (last is "phrase" && joined.EndsWith("passphrase", StringComparison.Ordinal)))
        {
            return CredentialKind.Passphrase;
        }

        if (last is "password" or "passwd" or "pwd" or "pass")
        {
            return CredentialKind.Passphrase;
        }

        if (last is "secret" || joined.EndsWith("secretkey", StringComparison.Ordinal) || joined.EndsWith("apisecret", StringComparison.Ordinal)
            || joined.EndsWith("privatekey", StringComparison.Ordinal) || joined.EndsWith("signingkey", StringComparison.Ordinal))
        {
            return CredentialKind.SecretKey;
        }

        if (joined.EndsWith("apikey", StringComparison.Ordinal) || joined.EndsWith("accesskey", StringComparison.Ordinal)
            || joined.EndsWith(OkxVocabulary.Okx + "key", StringComparison.Ordinal))
        {
            return CredentialKind.ApiKey;
        }

        return null;
    }

    /// <summary>
    /// Cheap, allocation-free necessary condition for <see cref="FromName(string?)"/> (without extra names): the
    /// name's letters, lower-cased, end with one of the endings every credential name has (key, secret, pass, pwd,
    /// phrase, password, passwd). Non-letters are skipped, as <see cref="SplitWords"/> drops them.
    /// </summary>
    public static bool MayBeCredentialName(string name) =>
        LettersEndWith(name, "key")
        || LettersEndWith(name, "secret")
        || LettersEndWith(name, "pass")
        || LettersEndWith(name, "pwd")
        || LettersEndWith(name, "phrase")
        || LettersEndWith(name, "password")
        || LettersEndWith(name, "passwd");

    private static bool LettersEndWith(string name, string lowerSuffix)
    {
        var j = lowerSuffix.Length - 1;
        for (var i = name.Length - 1; i >= 0 && j >= 0; i--)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (char.ToLowerInvariant(c) != lowerSuffix[j])
            {
                return false;
            }

            j--;
        }

        return j < 0;
    }

    /// <summary>The lower-case words of a name, without a leading "m_" (m_passphrase is passphrase).</summary>
    public static List<string> SplitWords(string name)
    {
        var words = IdentifierWords.Split(name);
        if (words.Count > 1 && words[0] == "m")
        {
            words.RemoveAt(0);
        }

        return words;
    }
}
