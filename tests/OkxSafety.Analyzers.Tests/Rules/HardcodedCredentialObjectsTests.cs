using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;
using VerifyFix = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, "credentials in objects" for OKX001: a constant that reaches a credential sink through the members of the
/// project's own types (a record whose member names do not say credential, an initializer, a helper method) is reported
/// at the constant; a set whose API key is a placeholder stays fake through the object too, and members written with
/// different origins stay quiet. Also the fake-set test of a positional record, with its control.
/// </summary>
public sealed class HardcodedCredentialObjectsTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using CryptoExchange.Net.Authentication;

        """;

    /// <summary>A record whose member names say nothing about credentials, handed to the SDK by a client.</summary>
    private const string Account = """
        public sealed record Account(string Id, string Code, string Word);

        public sealed class OkxClient
        {
            private readonly Account _account;
            public OkxClient(Account account) => _account = account;
            public ApiCredentials Credentials() => new ApiCredentials(_account.Id, _account.Code, _account.Word);
        }

        """;

    private static DiagnosticResult Hardcoded(int markup, string kind) =>
        VerifyCS.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(markup).WithArguments(kind);

    // ---------------------------------------------------------------- fires

    [Fact]
    public Task Constants_in_a_record_reach_the_sdk_credentials_through_a_client_field() => VerifyCS.VerifyAnalyzerAsync(
        Usings + Account + """
        static class Program
        {
            static OkxClient Create() => new OkxClient(new Account({|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|}, {|#1:"A1B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#2:"Tr4d1ng!Acc"|}));
        }
        """,
        Hardcoded(0, "API key"),
        Hardcoded(1, "secret key"),
        Hardcoded(2, "passphrase"));

    [Fact]
    public Task Constants_in_an_initializer_and_a_helper_method_reach_the_headers() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class Access
        {
            public string Id { get; init; } = "";
        }

        public static class OkxSigner
        {
            private static Access Make() => new Access { Id = {|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|} };
            private static string Word() => {|#1:"Tr4d1ng!Helper"|};

            public static void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", Make().Id);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Word());
            }
        }
        """,
        Hardcoded(0, "API key"),
        Hardcoded(1, "passphrase"));

    [Fact]
    public Task The_fix_replaces_the_constants_where_the_object_is_made() => VerifyFix.VerifyCodeFixAsync(
        Usings + Account + """
        static class Program
        {
            static OkxClient Create() => new OkxClient(new Account({|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|}, {|#1:"A1B2C3D4E5F60718293A4B5C6D7E8F90"|}, {|#2:"Tr4d1ng!Acc"|}));
        }
        """,
        new[]
        {
            VerifyFix.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(0).WithArguments("API key"),
            VerifyFix.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(1).WithArguments("secret key"),
            VerifyFix.Diagnostic(Descriptors.HardcodedCredentialId).WithLocation(2).WithArguments("passphrase"),
        },
        Usings + Account + """
        static class Program
        {
            static OkxClient Create() => new OkxClient(new Account(Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable."), Environment.GetEnvironmentVariable("OKX_SECRET_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_SECRET_KEY environment variable."), Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? throw new InvalidOperationException("Set the OKX_PASSPHRASE environment variable.")));
        }
        """);

    // ---------------------------------------------------------------- stays quiet

    [Fact]
    public Task A_record_whose_api_key_is_a_placeholder_is_a_fake_set_through_the_object() => VerifyCS.VerifyAnalyzerAsync(
        Usings + Account + """
        static class Program
        {
            static OkxClient Create() => new OkxClient(new Account("XXX", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "Tr4d1ng!Acc"));
        }
        """);

    [Fact]
    public Task Records_written_with_different_origins_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + Account + """
        static class Program
        {
            static OkxClient Sample() => new OkxClient(new Account("3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "Tr4d1ng!Acc"));
            static OkxClient Live() => new OkxClient(new Account(
                Environment.GetEnvironmentVariable("OKX_API_KEY")!,
                Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!,
                Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!));
        }
        """);

    [Fact]
    public Task Constants_in_objects_that_go_to_no_sink_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed record Account(string Id, string Code, string Word);

        public static class OkxReport
        {
            private static readonly Account Sample = new Account("3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "Tr4d1ng!Acc");

            public static void Print(HttpRequestMessage request)
            {
                Console.WriteLine(Sample.Id);
                request.Headers.Add("X-Report-Code", Sample.Code);
                request.Headers.Add("x-simulated-trading", Sample.Word.Length > 3 ? "1" : "0");
            }
        }
        """);

    // ---------------------------------------------------------------- the fake-set test of a positional record, with its control

    /// <summary>
    /// The record line of HardcodedCredentialPrecisionTests' fake-set test on its own, in the same class, with the API key
    /// given by name in another position: quiet with a placeholder key, and (the control below) reported at the secret
    /// and the passphrase with a real-looking key. Only the fake-set check separates the two.
    /// </summary>
    [Theory]
    [InlineData("your-api-key")]
    [InlineData("API_KEY")]
    [InlineData("")]
    public Task A_positional_record_with_a_placeholder_api_key_is_fake(string apiKey) => VerifyCS.VerifyAnalyzerAsync($$"""
        public record OkxKeys(string ApiKey, string SecretKey, string Passphrase);
        class OkxSigningTests
        {
            void Vectors()
            {
                var d = new OkxKeys(Passphrase: "Tr4d1ng!Rec", SecretKey: "D1B2C3D4E5F60718293A4B5C6D7E8F90", ApiKey: "{{apiKey}}");
            }
        }
        """);

    [Fact]
    public Task The_same_record_with_a_real_looking_api_key_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
        public record OkxKeys(string ApiKey, string SecretKey, string Passphrase);
        class OkxSigningTests
        {
            void Vectors()
            {
                var d = new OkxKeys(Passphrase: {|#0:"Tr4d1ng!Rec"|}, SecretKey: {|#1:"D1B2C3D4E5F60718293A4B5C6D7E8F90"|}, ApiKey: {|#2:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|});
            }
        }
        """,
        Hardcoded(0, "passphrase"),
        Hardcoded(1, "secret key"),
        Hardcoded(2, "API key"));
}
