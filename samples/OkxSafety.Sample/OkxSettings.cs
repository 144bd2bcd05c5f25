namespace OkxSafety.Sample;

/// <summary>The bot's OKX key set, read from the environment, trimmed, failing fast when missing.</summary>
public sealed record OkxSettings(string ApiKey, string SecretKey, string Passphrase, bool UseDemo)
{
    public static OkxSettings FromEnvironment() => new(
        Read("OKX_API_KEY"),
        Read("OKX_SECRET_KEY"),
        Read("OKX_PASSPHRASE"),
        Environment.GetEnvironmentVariable("OKX_DEMO")?.Trim() == "1");

    private static string Read(string variable) =>
        Environment.GetEnvironmentVariable(variable)?.Trim() is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set the {variable} environment variable.");
}
