using Microsoft.CodeAnalysis;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>OKX002's fix (trim where read) in one FixAll pass, in top-level statements, static lambdas and local functions.</summary>
public sealed class UntrimmedCredentialFixAllTests
{
    [Fact]
    public async Task One_FixAll_pass_trims_every_read_in_every_context()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using System;
                    using System.Net.Http;
                    var request = new HttpRequestMessage();
                    request.Headers.Add("OK-ACCESS-KEY", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]!); // the key
                    Okx.Sign(request);
                    """,
                    """
                    using System;
                    using System.Net.Http;
                    static class Okx
                    {
                        public static Action<HttpRequestMessage> Signer => static request =>
                            request.Headers.Add("OK-ACCESS-PASSPHRASE", [|Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|]);

                        public static void Sign(HttpRequestMessage request)
                        {
                            Add();

                            void Add() => request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", [|Environment.GetEnvironmentVariable("OKX_API_KEY")|]);
                        }
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
                    var request = new HttpRequestMessage();
                    request.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim()); // the key
                    Okx.Sign(request);
                    """,
                    """
                    using System;
                    using System.Net.Http;
                    static class Okx
                    {
                        public static Action<HttpRequestMessage> Signer => static request =>
                            request.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim());

                        public static void Sign(HttpRequestMessage request)
                        {
                            Add();

                            void Add() => request.Headers.TryAddWithoutValidation("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim());
                        }
                    }
                    """,
                },
            },
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        await test.RunAsync();
    }
}
