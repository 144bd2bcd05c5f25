using Xunit;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>Issue 18, false alarms to end: what OKX001 must not take for a credential, and what it still reports.</summary>
public class HardcodedCredentialPrecisionTests
{
    // ---------------------------------------------------------------- class 1: endpoint paths, URLs, route templates

    [Fact]
    public async Task Endpoint_paths_in_credential_named_constants_do_not_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            class OkxEndpoints
            {
                public const string ModifyApiKey = "api/v5/users/subaccount/modify-apikey";
                public const string CreateApiKey = "/api/v5/users/subaccount/apikey";
                public const string DeleteApiKey = "v5/users/subaccount/delete-apikey";
                public const string ResetApiKey = "users/subaccount/apikey/{subAcct}";
                public const string QueryApiKey = "users/subaccount/apikey?subAcct=bot1&apiKey=x";
                public const string RouteApiKey = "~/Okx/ApiKey/:id";
                public const string SiteApiKey = "www.okx.com/api/v5/users/subaccount/apikey";
                public const string LocalSecretKey = @"C:\okx\keys\secret.txt";
                public const string RelativeSecret = "./okx/secret.json";
                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", ModifyApiKey);
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", "users/subaccount/passphrase");
                }
            }
            """);
    }

    [Fact]
    public async Task Credentials_that_hold_a_slash_still_report()
    {
        // Base64 secrets and passphrases may hold '/': mixed-case random segments or one segment are not a path.
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            class OkxClient
            {
                const string ApiSecret = {|#0:"q7Rk2/Zx9PwLm4Tv8Nb3Hc5Yd1Fg6Ja0"|};
                const string Passphrase = {|#1:"Tr4d1ng/Pass!"|};
                const string ApiKey = {|#2:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|};
                const string OtherPassphrase = {|#3:"trade//bot"|};
                const string SigningSecret = {|#4:"/q7Rk2Zx9PwLm4Tv8Nb3Hc5Yd1Fg6Ja0="|};
                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add("OK-ACCESS-KEY", ApiKey);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0).WithArguments("secret key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(1).WithArguments("passphrase"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(2).WithArguments("API key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(3).WithArguments("passphrase"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(4).WithArguments("secret key"));
    }
}
