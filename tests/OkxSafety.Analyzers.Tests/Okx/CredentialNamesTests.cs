using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class CredentialNamesTests
{
    [Theory]
    [InlineData("ApiKey", CredentialKind.ApiKey)]
    [InlineData("api_key", CredentialKind.ApiKey)]
    [InlineData("_apiKey", CredentialKind.ApiKey)]
    [InlineData("OKX_API_KEY", CredentialKind.ApiKey)]
    [InlineData("AccessKey", CredentialKind.ApiKey)]
    [InlineData("SecretKey", CredentialKind.SecretKey)]
    [InlineData("Secret", CredentialKind.SecretKey)]
    [InlineData("ApiSecret", CredentialKind.SecretKey)]
    [InlineData("API_SECRET", CredentialKind.SecretKey)]
    [InlineData("Passphrase", CredentialKind.Passphrase)]
    [InlineData("PassPhrase", CredentialKind.Passphrase)]
    [InlineData("m_passphrase", CredentialKind.Passphrase)]
    [InlineData("Password", CredentialKind.Passphrase)]
    public void Names_that_hold_a_credential(string name, object expected) =>
        Assert.Equal((CredentialKind)expected, CredentialNames.FromName(name));

    [Theory]
    [InlineData("ApiKeyPrompt")]
    [InlineData("PassphraseHeaderName")]
    [InlineData("SecretKeyPlaceholder")]
    [InlineData("ApiKeyEnvVar")]
    [InlineData("ApiKeyLabel")]
    [InlineData("PassphraseHint")]
    [InlineData("ApiKeyUrl")]
    [InlineData("SecretKeyPath")]
    [InlineData("Key")]
    [InlineData("InstrumentId")]
    [InlineData("Monkey")]
    [InlineData("Passenger")]
    [InlineData("")]
    public void Names_that_do_not(string name) =>
        Assert.Null(CredentialNames.FromName(name));

    [Fact]
    public void Extra_names_from_configuration_win()
    {
        var extra = new Dictionary<string, CredentialKind> { ["Token"] = CredentialKind.SecretKey };
        Assert.Equal(CredentialKind.SecretKey, CredentialNames.FromName("Token", extra));
    }
}
