using Xunit;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>Issue 18, false alarms to end: OKX003 says nothing where binding failed around a finding.</summary>
public class MissingPassphraseHeaderPrecisionTests
{
    [Fact]
    public async Task Unbound_fluent_chain_that_adds_the_passphrase_further_down_does_not_report()
    {
        // WithRetry comes from a package the compiler could not resolve: the rest of the chain is unbound.
        await VerifyCS.VerifyAnalyzerAsync("""
            using RestSharp;
            class OkxRestClient
            {
                void Sign(RestRequest request, string key, string sign, string timestamp, string passphrase)
                {
                    request.AddHeader("OK-ACCESS-KEY", key)
                        .AddHeader("OK-ACCESS-SIGN", sign)
                        .{|CS1061:WithRetry|}(3)
                        .AddHeader("OK-ACCESS-TIMESTAMP", timestamp)
                        .AddHeader("OK-ACCESS-PASSPHRASE", passphrase);
                }

                void SignWithNamedHeader(RestRequest request, string key, string passphrase)
                {
                    request.AddHeader("OK-ACCESS-KEY", key);
                    {|CS0246:UnresolvedRequest|} other = null!;
                    other.AddHeader(Names.Passphrase, passphrase);
                }
            }
            static class Names
            {
                public const string Passphrase = "OK-ACCESS-PASSPHRASE";
            }
            """);
    }

    [Fact]
    public async Task Bound_chains_and_unrelated_binding_failures_still_report()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using RestSharp;
            class OkxRestClient
            {
                void Sign(RestRequest request, string key, string sign, string timestamp)
                {
                    {|#0:request.AddHeader("OK-ACCESS-KEY", key)|}
                        .AddHeader("OK-ACCESS-SIGN", sign)
                        .AddHeader("OK-ACCESS-TIMESTAMP", timestamp);
                }

                void SignAndLog(RestRequest request, string key, string sign)
                {
                    {|#1:request.AddHeader("OK-ACCESS-KEY", key)|};
                    request.AddHeader("OK-ACCESS-SIGN", sign);
                    {|CS0103:Log|}("signed " + key);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.MissingPassphraseHeaderId).WithLocation(0)
                .WithMessage("The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header: OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)"),
            VerifyCS.Diagnostic(Descriptors.MissingPassphraseHeaderId).WithLocation(1)
                .WithMessage("The request sends OK-ACCESS-KEY but no OK-ACCESS-PASSPHRASE header: OKX rejects the request with 50104 (OK-ACCESS-PASSPHRASE cannot be empty)"));
    }
}
