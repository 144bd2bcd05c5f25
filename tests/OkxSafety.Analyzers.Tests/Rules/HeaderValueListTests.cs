using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyOkx001 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;
using VerifyOkx003 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;
using VerifyOkx004 = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// HttpHeaders.Add(name, IEnumerable&lt;string&gt;) with one value sends that value: the header model sees the element,
/// so the rules judge it as they judge Add(name, value). Lists of several values are not a known value.
/// </summary>
public class HeaderValueListTests
{
    private const string HardcodedPassphrase = "Hard-coded OKX passphrase: load it from configuration or an environment variable, and rotate the exposed key";

    [Fact]
    public Task OKX001_a_passphrase_in_a_one_element_array_fires() => VerifyOkx001.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient
        {
            void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-PASSPHRASE", new[] { {|#0:"Tr4d1ng!Pass-1"|} });
        }
        """,
        VerifyOkx001.Diagnostic().WithLocation(0).WithMessage(HardcodedPassphrase));

    [Fact]
    public Task OKX001_another_header_or_a_placeholder_in_an_array_is_quiet() => VerifyOkx001.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient
        {
            void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("Accept-Language", new[] { "Tr4d1ng!Pass-1" });
                request.Headers.Add("OK-ACCESS-PASSPHRASE", new[] { "<your-passphrase>" });
            }
        }
        """);

    [Fact]
    public async Task OKX004_a_one_element_array_value_fires_and_is_fixed_inside_the_array()
    {
        var test = new VerifyOkx004.Test
        {
            TestCode = """
                using System.Net.Http;
                class OkxDemoClient
                {
                    void Send(HttpRequestMessage request) => {|#0:request.Headers.Add("x-simulated-trading", new[] { "true" })|};
                }
                """,
            FixedCode = """
                using System.Net.Http;
                class OkxDemoClient
                {
                    void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", new[] { "1" });
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyOkx004.Diagnostic().WithLocation(0).WithMessage(
            "x-simulated-trading is \"true\", but OKX reads only \"1\" (demo) or \"0\" (live); for demo trading send \"1\": OKX answers 50101 (APIKey does not match current environment)"));
        await test.RunAsync();
    }

    [Fact]
    public Task OKX004_a_right_value_in_an_array_and_a_list_of_two_are_quiet() => VerifyOkx004.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxDemoClient
        {
            void Send(HttpRequestMessage request, HttpRequestMessage other)
            {
                request.Headers.Add("x-simulated-trading", new[] { "1" });
                other.Headers.Add("x-simulated-trading", new[] { "1", "1" });
            }
        }
        """);

    [Fact]
    public Task OKX003_a_passphrase_sent_as_a_list_still_counts() => VerifyOkx003.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient
        {
            void Sign(HttpRequestMessage request, string key, string passphrase, string other)
            {
                request.Headers.Add("OK-ACCESS-KEY", key);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", new[] { passphrase, other });
            }
        }
        """);

    [CSharpFact(12)]
    public Task OKX001_a_passphrase_in_a_one_element_collection_expression_fires() => VerifyOkx001.VerifyAnalyzerAsync("""
        using System.Net.Http;
        class OkxClient
        {
            void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-PASSPHRASE", [{|#0:"Tr4d1ng!Pass-1"|}]);
        }
        """,
        VerifyOkx001.Diagnostic().WithLocation(0).WithMessage(HardcodedPassphrase));
}
