using System;
using System.Collections.Generic;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Which credential a member name says it holds (ApiKey, api_key, AccessKey, SecretKey, Secret, ApiSecret,
/// Passphrase, PassPhrase, Password…), and names that only look like one (ApiKeyPrompt, PassphraseHeaderName,
/// SecretKeyPlaceholder, ApiKeyEnvVar…) or say another service's secret (SmtpPassword, RedisPassword, JwtSecret…).
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

    /// <summary>
    /// Words that say the member belongs to another service (SmtpPassword, DbPassword, RedisPassword, TelegramBotToken,
    /// BinanceApiKey…): it never holds an OKX credential, even in an OKX-named type.
    /// </summary>
    private static readonly HashSet<string> OtherServiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "smtp", "imap", "pop", "mail", "email", "mailer", "sendgrid", "mailgun", "twilio", "sms",
        "db", "database", "sql", "mysql", "mssql", "sqlserver", "postgres", "postgresql", "pg", "oracle", "sqlite",
        "mongo", "mongodb", "redis", "memcached", "elastic", "elasticsearch", "influx", "influxdb", "clickhouse",
        "connection", "conn", "rabbit", "rabbitmq", "amqp", "kafka", "mq", "nats", "ldap",
        "proxy", "socks", "ftp", "sftp", "ssh", "rdp", "vpn", "smb",
        "jwt", "oauth", "saml", "cookie", "session", "csrf", "recaptcha", "captcha",
        "webhook", "telegram", "tg", "discord", "slack", "teams", "wechat", "line", "pushover", "ntfy",
        "aws", "azure", "gcp", "google", "firebase", "github", "gitlab", "docker", "registry", "nuget", "npm",
        "sentry", "grafana", "datadog", "openai", "infura", "alchemy", "etherscan", "coingecko", "coinmarketcap", "cmc",
        "binance", "bybit", "kraken", "coinbase", "bitget", "gate", "gateio", "huobi", "htx", "kucoin", "bitfinex",
        "bitmex", "deribit", "mexc", "bitstamp", "gemini", "bitmart", "phemex",
        "certificate", "cert", "pfx", "keystore", "truststore", "tls", "ssl",
    };

    public static CredentialKind? FromName(string? name) => FromName(name, extraNames: null);

    /// <summary>A name that says another service (smtp, mail, db, sql, redis, proxy, ftp, ssh, jwt, webhook, telegram, discord, another exchange…).</summary>
    public static bool NamesOtherService(List<string> words)
    {
        foreach (var word in words)
        {
            if (OtherServiceWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

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

        if (NamesOtherService(words))
        {
            return null;
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
