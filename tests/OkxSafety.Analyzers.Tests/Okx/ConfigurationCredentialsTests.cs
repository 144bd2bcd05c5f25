using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Internals;
using OkxSafety.Analyzers.Okx;
using Xunit;

namespace OkxSafety.Analyzers.Tests.Okx;

public class ConfigurationCredentialsTests
{
    private static List<(CredentialKind Kind, string Value, string Key, string Variable)> Find(string json) =>
        ConfigurationCredentials.Find(TolerantJson.TryParse(json, CancellationToken.None)!, CancellationToken.None)
            .Select(c => (c.Kind, c.Value.StringValue!, c.ConfigurationKey, c.EnvironmentVariable))
            .ToList();

    [Theory]
    [InlineData("okx", true)]
    [InlineData("OKX_API_KEY", true)]
    [InlineData("\"Okex\"", true)]
    [InlineData("OKEX", true)]
    [InlineData("x okx", true)]
    [InlineData("ok", false)]
    [InlineData("oke", false)]
    [InlineData("okay, o-k-x", false)]
    [InlineData("", false)]
    public void The_text_scan_finds_okx_and_okex_in_any_case(string text, bool expected)
    {
        Assert.Equal(expected, ConfigurationCredentials.MayMentionOkx(SourceText.From(text)));
    }

    [Theory]
    [InlineData("#{Okx.ApiKey}#", true)]
    [InlineData("#{OKX_API_KEY}", true)]
    [InlineData("__OKX_API_KEY__", true)]
    [InlineData(" {{okx_api_key}} ", true)]
    [InlineData("@@OKX_KEY@@", true)]
    [InlineData("____", false)]
    [InlineData("#3f6b1c2e-8a4d", false)]
    [InlineData("3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", false)]
    [InlineData("Tr4d1ng!Pass__", false)]
    public void Deployment_substitution_tokens_are_recognised(string value, bool expected)
    {
        Assert.Equal(expected, ConfigurationCredentials.IsSubstitutionToken(value));
    }

    [Fact]
    public void Finds_kind_configuration_key_and_variable_in_document_order()
    {
        var found = Find("""
            {
              "Okx": { "ApiKey": "a1", "Live": { "SecretKey": "s1" }, "Accounts": [ { "Pass": "p1" } ], "BaseUrl": "u" },
              "Exchanges": { "OKX": { "Key": "a2" } },
              "Okx__Passphrase": "p2",
              "profiles": { "Bot": { "environmentVariables": { "OKX_SECRET_KEY": "s2", "Okx__ApiKey": "a3" } } }
            }
            """);

        Assert.Equal(
            new[]
            {
                (CredentialKind.ApiKey, "a1", "Okx:ApiKey", "Okx__ApiKey"),
                (CredentialKind.SecretKey, "s1", "Okx:Live:SecretKey", "Okx__Live__SecretKey"),
                (CredentialKind.Passphrase, "p1", "Okx:Accounts:0:Pass", "Okx__Accounts__0__Pass"),
                (CredentialKind.ApiKey, "a2", "Exchanges:OKX:Key", "Exchanges__OKX__Key"),
                (CredentialKind.Passphrase, "p2", "Okx:Passphrase", "Okx__Passphrase"),
                (CredentialKind.SecretKey, "s2", "OKX_SECRET_KEY", "OKX_SECRET_KEY"),
                (CredentialKind.ApiKey, "a3", "Okx:ApiKey", "Okx__ApiKey"),
            },
            found);
    }

    [Fact]
    public void Finds_nothing_outside_okx_scope_or_under_other_names()
    {
        Assert.Empty(Find("""
            {
              "ApiKey": "a", "Key": "k", "Secret": "s",
              "Binance": { "ApiKey": "a" },
              "Okx": { "Key": 1, "ApiKeys": [ "a", "b" ], "Proxy": { "Password": "p" }, "ProxyPassword": "p", "ApiKeyHeader": "h" },
              "Exchanges": { "Okx": "not an object" }
            }
            """));
        Assert.Empty(Find("""[ "Okx", { "Binance": { "OkxSection": 1 } } ]"""));
        Assert.Empty(Find("\"Okx\""));
    }
}
