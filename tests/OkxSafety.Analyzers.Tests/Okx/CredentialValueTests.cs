using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;
using Xunit;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>The value test OKX001 shares between C# constants and configuration files.</summary>
public class CredentialValueTests
{
    private static readonly System.Text.RegularExpressions.Regex Default =
        CredentialValues.CreatePlaceholderPattern(CredentialValues.DefaultPlaceholderPattern);

    [Theory]
    [InlineData("3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", "ApiKey", true)]
    [InlineData("A1B2C3D4E5F60718293A4B5C6D7E8F90", "SecretKey", true)]
    [InlineData("Tr4d1ng!Pass", "Passphrase", true)]
    [InlineData("$(OKX_API_KEY)", "ApiKey", false)]
    [InlineData("$(OkxSecret)", "SecretKey", false)]
    [InlineData("${OKX_API_KEY}", "ApiKey", false)]
    [InlineData("", "Passphrase", false)]
    [InlineData("YOUR_API_KEY", "ApiKey", false)]
    [InlineData("Okx__ApiKey", "ApiKey", false)]
    public void Values_and_stand_ins(string value, string kind, bool isCredential)
    {
        Assert.Equal(isCredential, CredentialValues.LooksLikeCredentialValue(value, Enum.Parse<CredentialKind>(kind), Default));
    }

    [Fact]
    public void An_invalid_configured_pattern_falls_back_to_the_default()
    {
        var pattern = CredentialValues.CreatePlaceholderPattern("(unclosed");
        Assert.Equal(CredentialValues.DefaultPlaceholderPattern, pattern.ToString());
    }

    [Fact]
    public async Task An_msbuild_style_property_is_a_placeholder_in_csharp_too()
    {
        await VerifyAnalyzer.VerifyAnalyzerAsync("""
            using System.Net.Http;
            class OkxClient
            {
                const string ApiKey = "$(OKX_API_KEY)";
                void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", ApiKey);
            }
            """);
    }
}
