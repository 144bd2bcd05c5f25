using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.LoggedSecretAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// OKX007 on a field whose name says nothing, known as a secret because another member of the type gives it to a
/// credential sink (the HMAC key); the members that do not name the field are not looked at for it.
/// </summary>
public class LoggedSecretMemberSinkTests
{
    private const string Client = """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class OkxSigner
        {
            private readonly string _k;
            private readonly string _label;

            public OkxSigner(string k, string label)
            {
                _k = k;
                _label = label;
            }

            public string Sign(string prehash)
            {
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(this._k));
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
            }

            public string Describe() => "signer " + _label;

            public void Dump()
            {
                LOG;
            }
        }
        """;

    [Fact]
    public Task A_field_another_member_uses_as_the_hmac_key_is_a_secret() =>
        VerifyCS.VerifyAnalyzerAsync(
            Client.Replace("LOG", "Console.WriteLine({|#0:_k|})", StringComparison.Ordinal),
            VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(0).WithArguments("The OKX secret key", "the console"));

    [Fact]
    public Task A_field_no_member_gives_to_a_sink_is_not() =>
        VerifyCS.VerifyAnalyzerAsync(Client.Replace("LOG", "Console.WriteLine(_label)", StringComparison.Ordinal));

    [Fact]
    public Task A_field_whose_name_only_another_member_mentions_in_a_comment_is_not() =>
        VerifyCS.VerifyAnalyzerAsync(Client
            .Replace("public string Describe() => \"signer \" + _label;", "public string Describe() => \"signer \" + _label; // not _k", StringComparison.Ordinal)
            .Replace("LOG", "Console.WriteLine(_label.Length)", StringComparison.Ordinal));

    // The log calls are searched at the end of their type (the other members are bound by then): in a nested type and
    // in a partial type split over two files, the search still runs, once all the type's members are analysed.

    [Fact]
    public Task A_nested_type_and_its_container_are_each_searched_at_their_own_end() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class OkxClient
            {
                private readonly string _k = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!;

                public void Dump() => Console.WriteLine({|#0:_k|});

                public string Sign(string prehash) => Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(_k)).ComputeHash(Encoding.UTF8.GetBytes(prehash)));

                public sealed class Signer
                {
                    private readonly string _s;

                    public Signer(string s) => _s = s;

                    public void Dump()
                    {
                        Action write = () => Console.WriteLine({|#1:_s|});
                        write();
                    }

                    public string Sign(string prehash)
                    {
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_s));
                        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                    }
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(0).WithArguments("The OKX secret key", "the console"),
            VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(1).WithArguments("The OKX secret key", "the console"));

    [Fact]
    public Task A_partial_type_split_over_two_files_is_searched_once_both_parts_are_analysed()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/OkxSigner.cs", """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public sealed partial class OkxSigner
            {
                private readonly string _k;

                public string Sign(string prehash)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_k));
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }

                public void Dump() => Console.WriteLine({|#0:_k|});
            }
            """));
        test.TestState.Sources.Add(("/0/OkxSigner.Logging.cs", """
            using System;

            public sealed partial class OkxSigner
            {
                private readonly string _label = "main";

                public OkxSigner(string k) => _k = k;

                public void DumpLabel() => Console.WriteLine(_label);
            }
            """));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(Descriptors.LoggedSecretId).WithLocation(0).WithArguments("The OKX secret key", "the console"));
        return test.RunAsync();
    }
}
