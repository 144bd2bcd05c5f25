namespace OkxSafety.Sample;

/// <summary>
/// The bot's first key set, pasted into source while testing against the demo account. Kept to show OKX001: each
/// constant below is a leaked credential (read them with <see cref="OkxSettings.FromEnvironment"/> instead).
/// </summary>
internal static class LegacyOkxKeys
{
    public const string ApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";        // OKX001
    public const string SecretKey = "A1B2C3D4E5F60718293A4B5C6D7E8F90";           // OKX001
    public const string Passphrase = "Tr4d1ng!Bot#2024";                           // OKX001

    /// <summary>Shown in the bot's help text: a placeholder, not a key (no warning).</summary>
    public const string ApiKeyPlaceholder = "your-api-key-here";

    public static OkxSettings Create() => new(ApiKey, SecretKey, Passphrase, UseDemo: true);

    /// <summary>The demo account's key set, pasted straight into the record's constructor.</summary>
    public static OkxSettings CreateDemo() => new(
        "9d2e4a7b-1c3f-4e5a-8b6d-0f2a4c6e8b1d",                                  // OKX001 (the ApiKey parameter)
        "C3D4E5F60718293A4B5C6D7E8F90A1B2",                                      // OKX001
        "D3mo!Pass#2024",                                                        // OKX001
        UseDemo: true);
}
