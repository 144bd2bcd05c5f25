using Microsoft.CodeAnalysis.Diagnostics;

namespace OkxSafety.Analyzers.Okx;

/// <summary>The three parts of an OKX key set; all three are required for private endpoints.</summary>
internal enum CredentialKind
{
    ApiKey,
    SecretKey,
    Passphrase,
}

internal static class CredentialKindExtensions
{
    /// <summary>How messages name the credential. Never the value.</summary>
    public static string DisplayName(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => Descriptors.CredentialMessages.ApiKey,
        CredentialKind.SecretKey => Descriptors.CredentialMessages.SecretKey,
        _ => Descriptors.CredentialMessages.Passphrase,
    };

    /// <summary>The OKX error a malformed value of this kind produces (see okx-facts.md).</summary>
    public static string ErrorWhenMalformed(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => OkxVocabulary.ErrorCodes.InvalidAccessKey,
        CredentialKind.SecretKey => OkxVocabulary.ErrorCodes.InvalidSignature,
        _ => OkxVocabulary.ErrorCodes.PassphraseIncorrect,
    };

    /// <summary>Default environment variable the fixes read; configurable in .editorconfig.</summary>
    public static string DefaultEnvironmentVariable(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => "OKX_API_KEY",
        CredentialKind.SecretKey => "OKX_SECRET_KEY",
        _ => "OKX_PASSPHRASE",
    };

    /// <summary>The .editorconfig key that overrides <see cref="DefaultEnvironmentVariable"/>.</summary>
    public static string EnvironmentVariableOption(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => "okx_safety.env_var.api_key",
        CredentialKind.SecretKey => "okx_safety.env_var.secret_key",
        _ => "okx_safety.env_var.passphrase",
    };

    /// <summary>
    /// The environment variable the fixes read for this kind: <see cref="EnvironmentVariableOption"/> from
    /// .editorconfig when it holds a valid variable name, else <see cref="DefaultEnvironmentVariable"/>.
    /// </summary>
    public static string EnvironmentVariable(this CredentialKind kind, AnalyzerConfigOptions options) =>
        options.TryGetValue(kind.EnvironmentVariableOption(), out var configured) && IsEnvironmentVariableName(configured.Trim())
            ? configured.Trim()
            : kind.DefaultEnvironmentVariable();

    /// <summary>A portable environment variable name: a letter, then letters, digits or '_'.</summary>
    public static bool IsEnvironmentVariableName(string value)
    {
        if (value.Length == 0 || !char.IsLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Default configuration key below the OKX section (Okx:ApiKey…).</summary>
    public static string ConfigurationKey(this CredentialKind kind) => kind switch
    {
        CredentialKind.ApiKey => "ApiKey",
        CredentialKind.SecretKey => "SecretKey",
        _ => "Passphrase",
    };
}
