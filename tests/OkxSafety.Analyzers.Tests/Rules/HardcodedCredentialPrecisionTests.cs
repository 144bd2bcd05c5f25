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

    // ---------------------------------------------------------------- class 2: test vectors and fake key sets

    [Fact]
    public async Task Credential_sets_with_a_placeholder_api_key_do_not_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Collections.Generic;
            using CryptoExchange.Net.Authentication;
            using OKX.Net.Objects;
            public record OkxKeys(string ApiKey, string SecretKey, string Passphrase);
            class OkxSigningTests
            {
                const string FakeKey = "API_KEY";
                void Vectors()
                {
                    var a = new OKXCredentials("XXX", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "PHRASE");
                    var b = new ApiCredentials(FakeKey, "B1B2C3D4E5F60718293A4B5C6D7E8F90", "Tr4d1ng!Sdk");
                    var c = new OKXCredentials(pass: "Tr4d1ng!Okx", secret: "C1B2C3D4E5F60718293A4B5C6D7E8F90", key: "");
                    // The key by name, last: the set's API key is found by parameter, not by position (control: HardcodedCredentialObjectsTests).
                    var d = new OkxKeys(Passphrase: "Tr4d1ng!Rec", SecretKey: "D1B2C3D4E5F60718293A4B5C6D7E8F90", ApiKey: "your-api-key");
                    var e = new ccxt.okx(new Dictionary<string, object>
                    {
                        { "apiKey", "KEY" },
                        { "secret", "E1B2C3D4E5F60718293A4B5C6D7E8F90" },
                        { "password", "Tr4d1ng!Ccxt" },
                    });
                }
                object Login(string timestamp, string sign) => new
                {
                    op = "login",
                    args = new[] { new { apiKey = "api-key", passphrase = "Tr4d1ng!Ws", timestamp, sign } },
                };
            }
            """);
    }

    [Fact]
    public async Task Credential_sets_with_a_real_or_external_api_key_still_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using OKX.Net.Objects;
            public record OkxKeys(string ApiKey, string SecretKey, string Passphrase);
            class OkxBot
            {
                void Connect()
                {
                    var a = new OKXCredentials({|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|}, {|#1:"A1B2C3D4E5F60718293A4B5C6D7E8F90"|}, "PHRASE");
                    var b = new OKXCredentials(Environment.GetEnvironmentVariable("OKX_API_KEY")!, {|#2:"B1B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#3:"Tr4d1ng!Okx"|});
                    var c = new OkxKeys({|#4:"4f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|}, {|#5:"C1B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#6:"Tr4d1ng!Rec"|});
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0).WithArguments("API key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(1).WithArguments("secret key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(2).WithArguments("secret key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(3).WithArguments("passphrase"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(4).WithArguments("API key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(5).WithArguments("secret key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(6).WithArguments("passphrase"));
    }

    [Theory]
    [InlineData("PHRASE")]
    [InlineData("Phrase")]
    [InlineData("my_pass_phrase")]
    [InlineData("PASSWD")]
    [InlineData("API_TOKEN")]
    [InlineData("user-passphrase")]
    [InlineData("SIGNATURE")]
    [InlineData("OKX_CREDENTIALS")]
    public async Task Placeholder_words_do_not_report(string value)
    {
        await VerifyCS.VerifyAnalyzerAsync($$"""
            using System.Net.Http;
            class OkxClient
            {
                void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-PASSPHRASE", "{{value}}");
            }
            """);
    }

    [Theory]
    [InlineData("PHRASE-7f3k")]
    [InlineData("Tr4d1ngPhrase!")]
    [InlineData("userPass#2026x")]
    public async Task Real_passphrases_with_placeholder_words_still_report(string value)
    {
        await VerifyCS.VerifyAnalyzerAsync($$"""
            using System.Net.Http;
            class OkxClient
            {
                void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-PASSPHRASE", {|#0:"{{value}}"|});
            }
            """,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0).WithArguments("passphrase"));
    }

    // ---------------------------------------------------------------- class 3: other services' secrets in OKX-named types

    [Fact]
    public async Task Other_services_secrets_in_okx_named_types_do_not_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            class OkxAlertMailer
            {
                const string SmtpPassword = "Sm7p!Relay-2026";
                const string MailPass = "M4il!Pass-2026";
                static readonly string DbPassword = "Db!Pa55w0rd";
                string RedisPassword { get; } = "R3dis!Pass";
                string ProxyPassword = "Pr0xy!Pass";
                string SshPassphrase = "Ssh!Phrase-2026";
                string JwtSecret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
                string WebhookSecret = "B1B2C3D4E5F60718293A4B5C6D7E8F90";
                string TelegramBotKey = "123456:AAE-telegram-bot-token";
                string DiscordApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
                string FtpPassword = "Ftp!Pass-2026";
                string SqlServerPassword = "Sql!Pass-2026";
                string BinanceApiKey = "4f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
            }
            """);
    }

    [Fact]
    public async Task Okx_credentials_in_the_same_type_and_other_services_values_sent_to_okx_still_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            class OkxAlertMailer
            {
                const string Passphrase = {|#0:"Tr4d1ng!Pass"|};
                const string SubAccountApiKey = {|#1:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|};
                const string DashboardSecret = {|#2:"A1B2C3D4E5F60718293A4B5C6D7E8F90"|};
                const string SmtpPassword = {|#3:"Sm7p!Relay-2026"|};
                void Send(HttpRequestMessage request)
                {
                    // A value named for another service that is sent as the OKX passphrase is the OKX passphrase.
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", SmtpPassword);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0).WithArguments("passphrase"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(1).WithArguments("API key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(2).WithArguments("secret key"),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(3).WithArguments("passphrase"));
    }
}
