using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// OKX001's primary fix (the environment read) across kinds and contexts in one FixAll pass; the IConfiguration
/// alternative keeps its own key and reads only a configuration the edited member can reach.
/// </summary>
public sealed class HardcodedCredentialFixAllTests
{
    private static string Env(string variable) =>
        $"Environment.GetEnvironmentVariable(\"{variable}\")?.Trim() ?? throw new InvalidOperationException(\"Set the {variable} environment variable.\")";

    [Fact]
    public async Task One_FixAll_pass_fixes_every_kind_and_context_in_one_document()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System.Net.Http;

                static class OkxKeys
                {
                    private const string SecretKey = [|"A1B2C3D4E5F60718293A4B5C6D7E8F90"|];

                    public static byte[] HmacKey() => System.Text.Encoding.UTF8.GetBytes(SecretKey);

                    public static void Configure(HttpClient http)
                    {
                        const string apiKey = [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"|];
                        http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                        http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", [|"MyPassphrase123!"|]); // keep this comment
                    }

                    public static System.Func<HttpRequestMessage, HttpRequestMessage> Signer => static request =>
                    {
                        request.Headers.Add("OK-ACCESS-KEY", [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7c"|]);
                        return request;
                    };
                }
                """,
            FixedCode = """
                using System;
                using System.Net.Http;

                static class OkxKeys
                {
                    private static readonly string SecretKey = @SECRET@;

                    public static byte[] HmacKey() => System.Text.Encoding.UTF8.GetBytes(SecretKey);

                    public static void Configure(HttpClient http)
                    {
                        string apiKey = @KEY@;
                        http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", apiKey);
                        http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", @PASS@); // keep this comment
                    }

                    public static System.Func<HttpRequestMessage, HttpRequestMessage> Signer => static request =>
                    {
                        request.Headers.Add("OK-ACCESS-KEY", @KEY@);
                        return request;
                    };
                }
                """.Replace("@SECRET@", Env("OKX_SECRET_KEY")).Replace("@KEY@", Env("OKX_API_KEY")).Replace("@PASS@", Env("OKX_PASSPHRASE")),
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = HardcodedCredentialCodeFixProvider.EnvironmentVariableKey,
        }.RunAsync();
    }

    // ---------------------------------------------------------------- scope of the IConfiguration alternative

    [Fact]
    public async Task Configuration_alternative_is_not_offered_from_a_static_lambda_over_an_instance_configuration()
    {
        // Only the environment read is offered: the instance field is out of reach of the static lambda.
        const string Source = """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Configuration;

            class OkxClient
            {
                private readonly IConfiguration _configuration;

                public OkxClient(IConfiguration configuration) => _configuration = configuration;

                public IConfiguration Configuration => _configuration;

                public Func<HttpRequestMessage, HttpRequestMessage> Signer => static request =>
                {
                    request.Headers.Add("OK-ACCESS-KEY", [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"|]);
                    return request;
                };
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = Source,
            FixedCode = Source,
            CodeActionEquivalenceKey = HardcodedCredentialCodeFixProvider.ConfigurationKey,
        }.RunAsync();
    }

    [Fact]
    public async Task Configuration_parameter_of_an_enclosing_method_is_not_read_inside_a_static_local_function()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;

                class OkxClient
                {
                    public void Configure(HttpClient http, IConfiguration configuration)
                    {
                        Add(http);

                        static void Add(HttpClient client) => client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"|]);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;

                class OkxClient
                {
                    public void Configure(HttpClient http, IConfiguration configuration)
                    {
                        Add(http);

                        static void Add(HttpClient client) => client.DefaultRequestHeaders.Add("OK-ACCESS-KEY", @KEY@);
                    }
                }
                """.Replace("@KEY@", Env("OKX_API_KEY")),
            CodeActionEquivalenceKey = HardcodedCredentialCodeFixProvider.EnvironmentVariableKey,
        }.RunAsync();
    }

    [Fact]
    public async Task Configuration_parameter_of_an_enclosing_method_is_read_inside_a_nested_lambda()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;

                class OkxClient
                {
                    public Action<HttpClient> Configure(IConfiguration configuration) =>
                        http => Run(() => http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"|]));

                    private static void Run(Action action) => action();
                }
                """,
            FixedCode = """
                using System;
                using System.Net.Http;
                using Microsoft.Extensions.Configuration;

                class OkxClient
                {
                    public Action<HttpClient> Configure(IConfiguration configuration) =>
                        http => Run(() => http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", configuration["Okx:ApiKey"]?.Trim() ?? throw new InvalidOperationException("Set Okx:ApiKey in the configuration.")));

                    private static void Run(Action action) => action();
                }
                """,
            CodeActionEquivalenceKey = HardcodedCredentialCodeFixProvider.ConfigurationKey,
        }.RunAsync();
    }

    [Fact]
    public async Task Top_level_statements_with_a_class_in_another_file()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using System.Net.Http;
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", [|"Tr4d1ng!TopLevel"|]);
                    new Signer().Sign(request);
                    """,
                    """
                    using System.Net.Http;
                    class Signer
                    {
                        public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", [|"5f8a3c2e-1b4d-4e6f-9a7b-2c3d4e5f6a7b"|]);
                    }
                    """,
                },
                OutputKind = OutputKind.ConsoleApplication,
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using System;
                    using System.Net.Http;
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", @PASS@);
                    new Signer().Sign(request);
                    """.Replace("@PASS@", Env("OKX_PASSPHRASE")),
                    """
                    using System;
                    using System.Net.Http;
                    class Signer
                    {
                        public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", @KEY@);
                    }
                    """.Replace("@KEY@", Env("OKX_API_KEY")),
                },
            },
            CodeActionEquivalenceKey = HardcodedCredentialCodeFixProvider.EnvironmentVariableKey,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        await test.RunAsync();
    }
}
