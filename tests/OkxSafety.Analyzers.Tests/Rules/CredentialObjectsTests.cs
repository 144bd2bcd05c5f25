using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, "credentials in objects" (OKX002): an untrimmed read that reaches a credential sink through the members of
/// the project's own types (positional records and their named arguments, object initializers, assignments, a settings
/// object handed to a client's constructor and kept in a field) or through a helper method that returns it. Reported at
/// the read (the fix trims there); quiet where the member is written from places with different origins, trimmed on the
/// way or in the type, or goes nowhere a credential goes.
/// </summary>
public sealed class CredentialObjectsTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;

        """;

    private const string KeyError = "50111 (invalid OK-ACCESS-KEY)";
    private const string SecretError = "50113 (invalid signature)";
    private const string PassphraseError = "50105 (OK-ACCESS-PASSPHRASE incorrect)";

    /// <summary>A client that keeps the settings' credentials in fields and sends them (settings → constructor → field → header / HMAC).</summary>
    private const string Client = """
        public sealed record OkxSettings(string ApiKey, string SecretKey, string Passphrase, string BaseUrl = "https://www.okx.com");

        public sealed class OkxClient
        {
            private readonly string _apiKey;
            private readonly string _secretKey;
            private readonly OkxSettings _settings;

            public OkxClient(OkxSettings settings)
            {
                _apiKey = settings.ApiKey;
                _secretKey = settings.SecretKey;
                _settings = settings;
            }

            public void Sign(HttpRequestMessage request, string prehash)
            {
                request.Headers.Add("OK-ACCESS-KEY", _apiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _settings.Passphrase);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey));
                request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))));
            }
        }

        """;

    private static DiagnosticResult Untrimmed(int markup, string kind, string where, string error) =>
        VerifyCS.Diagnostic(Descriptors.UntrimmedCredential).WithLocation(markup).WithArguments(kind, where, error);

    private static Task Verify(string program, string? fixedProgram, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/OkxClient.cs", Usings + Client));
        test.TestState.Sources.Add(("/0/Program.cs", Usings + program));
        test.ExpectedDiagnostics.AddRange(expected);
        if (fixedProgram is not null)
        {
            test.FixedState.Sources.Add(("/0/OkxClient.cs", Usings + Client));
            test.FixedState.Sources.Add(("/0/Program.cs", Usings + fixedProgram));
        }

        return test.RunAsync();
    }

    // ---------------------------------------------------------------- fires

    [Fact]
    public Task Positional_record_from_the_environment_reaches_the_headers_through_the_client_fields() => Verify(
        """
        static class Program
        {
            static void Main()
            {
                var settings = new OkxSettings(
                    {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!,
                    {|#1:Environment.GetEnvironmentVariable("OKX_SECRET_KEY")|}!,
                    {|#2:Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|}!);
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        """
        static class Program
        {
            static void Main()
            {
                var settings = new OkxSettings(
                    Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(),
                    Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!.Trim(),
                    Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!.Trim());
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        Untrimmed(0, "API key", "an environment variable", KeyError),
        Untrimmed(1, "secret key", "an environment variable", SecretError),
        Untrimmed(2, "passphrase", "an environment variable", PassphraseError));

    [Fact]
    public Task Named_arguments_in_another_order_map_to_their_members() => Verify(
        """
        static class Program
        {
            static OkxClient Create(IConfiguration config) => new OkxClient(new OkxSettings(
                Passphrase: {|#0:config["Okx:Passphrase"]|}!,
                SecretKey: config["Okx:SecretKey"]!.Trim(),
                ApiKey: {|#1:File.ReadAllText("okx-api-key.txt")|}));
        }
        """,
        """
        static class Program
        {
            static OkxClient Create(IConfiguration config) => new OkxClient(new OkxSettings(
                Passphrase: config["Okx:Passphrase"]!.Trim(),
                SecretKey: config["Okx:SecretKey"]!.Trim(),
                ApiKey: File.ReadAllText("okx-api-key.txt").Trim()));
        }
        """,
        Untrimmed(0, "passphrase", "configuration", PassphraseError),
        Untrimmed(1, "API key", "a file", KeyError));

    [Fact]
    public Task Object_initializer_and_assignments_on_a_settings_class()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                public sealed class ExchangeKeys
                {
                    public string Access { get; set; } = "";
                    public string Signing { get; init; } = string.Empty;
                }

                public static class OkxSigner
                {
                    public static void Sign(HttpRequestMessage request, ExchangeKeys keys)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", keys.Access);
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(keys.Signing));
                    }

                    public static ExchangeKeys Load(TextReader reader)
                    {
                        var keys = new ExchangeKeys { Signing = {|#0:reader.ReadLine()|} ?? "" };
                        keys.Access = {|#1:Console.ReadLine()|}!;
                        return keys;
                    }
                }
                """,
            FixedCode = Usings + """
                public sealed class ExchangeKeys
                {
                    public string Access { get; set; } = "";
                    public string Signing { get; init; } = string.Empty;
                }

                public static class OkxSigner
                {
                    public static void Sign(HttpRequestMessage request, ExchangeKeys keys)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", keys.Access);
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(keys.Signing));
                    }

                    public static ExchangeKeys Load(TextReader reader)
                    {
                        var keys = new ExchangeKeys { Signing = reader.ReadLine()?.Trim() ?? "" };
                        keys.Access = Console.ReadLine()!.Trim();
                        return keys;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Untrimmed(0, "secret key", "a file or stream", SecretError));
        test.ExpectedDiagnostics.Add(Untrimmed(1, "API key", "the console", KeyError));
        return test.RunAsync();
    }

    [Fact]
    public Task Helper_method_that_returns_an_environment_read() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed class OkxAuth
        {
            private static string GetApiKey() => {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!;

            private static string Read(string name)
            {
                var value = {|#1:Environment.GetEnvironmentVariable(name)|};
                return value ?? throw new InvalidOperationException(name);
            }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", GetApiKey());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Read("OKX_PASSPHRASE"));
            }
        }
        """,
        new[]
        {
            Untrimmed(0, "API key", "an environment variable", KeyError),
            Untrimmed(1, "passphrase", "an environment variable", PassphraseError),
        },
        Usings + """
        public sealed class OkxAuth
        {
            private static string GetApiKey() => Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim();

            private static string Read(string name)
            {
                var value = Environment.GetEnvironmentVariable(name)?.Trim();
                return value ?? throw new InvalidOperationException(name);
            }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", GetApiKey());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Read("OKX_PASSPHRASE"));
            }
        }
        """);

    [Fact]
    public Task Helper_method_that_passes_its_argument_through_reports_the_callers_read() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed class OkxAuth
        {
            private static string Required(string? value, string name) => value ?? throw new InvalidOperationException(name);

            public void Sign(HttpRequestMessage request, IConfiguration config)
            {
                request.Headers.Add("OK-ACCESS-KEY", Required({|#0:config["Okx:ApiKey"]|}, "Okx:ApiKey"));
            }
        }
        """,
        Untrimmed(0, "API key", "configuration", KeyError),
        Usings + """
        public sealed class OkxAuth
        {
            private static string Required(string? value, string name) => value ?? throw new InvalidOperationException(name);

            public void Sign(HttpRequestMessage request, IConfiguration config)
            {
                request.Headers.Add("OK-ACCESS-KEY", Required(config["Okx:ApiKey"]?.Trim(), "Okx:ApiKey"));
            }
        }
        """);

    [Fact]
    public Task Credential_named_helper_in_a_client_constructor_argument() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Startup
        {
            private static string LoadApiKey() => {|#0:File.ReadAllText("okx.key")|};
            public static OkxClient Create() => new OkxClient(LoadApiKey());
        }
        """,
        Untrimmed(0, "API key", "a file", KeyError),
        Usings + """
        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Startup
        {
            private static string LoadApiKey() => File.ReadAllText("okx.key").Trim();
            public static OkxClient Create() => new OkxClient(LoadApiKey());
        }
        """);

    [Fact]
    public Task Record_members_passed_to_a_client_constructor() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed record OkxSettings(string ApiKey, string BaseUrl);

        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey, string baseUrl) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Startup
        {
            public static OkxClient Create(OkxSettings settings) => new OkxClient(settings.ApiKey, settings.BaseUrl);
            public static OkxSettings Load(IConfiguration config) => new OkxSettings({|#0:config["Okx:ApiKey"]|}!, config["Okx:BaseUrl"]!);
        }
        """,
        Untrimmed(0, "API key", "configuration", KeyError),
        Usings + """
        public sealed record OkxSettings(string ApiKey, string BaseUrl);

        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey, string baseUrl) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Startup
        {
            public static OkxClient Create(OkxSettings settings) => new OkxClient(settings.ApiKey, settings.BaseUrl);
            public static OkxSettings Load(IConfiguration config) => new OkxSettings(config["Okx:ApiKey"]!.Trim(), config["Okx:BaseUrl"]!);
        }
        """);

    [Fact]
    public Task A_with_expression_and_a_local_function() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed record OkxKeys(string ApiKey, string Passphrase);

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, OkxKeys keys) => request.Headers.Add("OK-ACCESS-PASSPHRASE", keys.Passphrase);

            public static OkxKeys Rotate(OkxKeys keys)
            {
                string ReadPassphrase() => {|#0:File.ReadAllText("passphrase.txt")|};
                return keys with { Passphrase = ReadPassphrase() };
            }
        }
        """,
        Untrimmed(0, "passphrase", "a file", PassphraseError),
        Usings + """
        public sealed record OkxKeys(string ApiKey, string Passphrase);

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, OkxKeys keys) => request.Headers.Add("OK-ACCESS-PASSPHRASE", keys.Passphrase);

            public static OkxKeys Rotate(OkxKeys keys)
            {
                string ReadPassphrase() => File.ReadAllText("passphrase.txt").Trim();
                return keys with { Passphrase = ReadPassphrase() };
            }
        }
        """);

    [Fact]
    public Task A_partial_client_whose_constructor_is_in_another_file()
    {
        const string Sign = """
            public sealed partial class OkxClient
            {
                public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
            }
            """;
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/OkxClient.Sign.cs", Usings + Sign));
        test.TestState.Sources.Add(("/0/OkxClient.cs", Usings + """
            public sealed partial class OkxClient
            {
                private readonly string _apiKey;
                public OkxClient(IConfiguration config) => _apiKey = {|#0:config["Okx:ApiKey"]|} ?? "";
            }
            """));
        test.FixedState.Sources.Add(("/0/OkxClient.Sign.cs", Usings + Sign));
        test.FixedState.Sources.Add(("/0/OkxClient.cs", Usings + """
            public sealed partial class OkxClient
            {
                private readonly string _apiKey;
                public OkxClient(IConfiguration config) => _apiKey = config["Okx:ApiKey"]?.Trim() ?? "";
            }
            """));
        test.ExpectedDiagnostics.Add(Untrimmed(0, "API key", "configuration", KeyError));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_property_with_an_empty_default_set_by_an_initializer() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed class OkxClient
        {
            public string ApiKey { get; set; } = "";
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", ApiKey);
            public static OkxClient Create() => new OkxClient { ApiKey = {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|} ?? "" };
        }
        """,
        Untrimmed(0, "API key", "an environment variable", KeyError),
        Usings + """
        public sealed class OkxClient
        {
            public string ApiKey { get; set; } = "";
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", ApiKey);
            public static OkxClient Create() => new OkxClient { ApiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "" };
        }
        """);

    [Fact]
    public Task A_factory_method_that_makes_the_settings_from_its_parameters() => Verify(
        """
        static class Program
        {
            static OkxSettings Make(string apiKey, string secretKey, string passphrase) => new OkxSettings(apiKey, secretKey.Trim(), passphrase);

            static void Main(string[] args)
            {
                var settings = Make({|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!, args[0]);
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        """
        static class Program
        {
            static OkxSettings Make(string apiKey, string secretKey, string passphrase) => new OkxSettings(apiKey, secretKey.Trim(), passphrase);

            static void Main(string[] args)
            {
                var settings = Make(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!, args[0]);
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        Untrimmed(0, "API key", "an environment variable", KeyError));

    // Target-typed creations: found from the text (MemberWrites' syntax-first search), kept unless the declaration or
    // method they initialise names another type.

    [Fact]
    public Task Target_typed_creations_of_the_settings_are_found_where_the_declaration_or_method_names_them() => Verify(
        """
        static class Program
        {
            static OkxSettings Load() => new(
                {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!,
                "unused",
                "unused");

            static void Main()
            {
                OkxSettings settings = new({|#1:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, Load().SecretKey, Load().Passphrase);
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        """
        static class Program
        {
            static OkxSettings Load() => new(
                Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(),
                "unused",
                "unused");

            static void Main()
            {
                OkxSettings settings = new(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), Load().SecretKey, Load().Passphrase);
                new OkxClient(settings).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        Untrimmed(0, "API key", "an environment variable", KeyError),
        Untrimmed(1, "API key", "an environment variable", KeyError));

    [Fact]
    public Task A_target_typed_creation_passed_as_an_argument_or_declared_through_an_alias_is_found() => Verify(
        """
        using Settings = OkxSettings;

        static class Program
        {
            static void Main()
            {
                Settings other = new({|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, "s", "p");
                new OkxClient(new({|#1:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!, "s", "p")).Sign(new HttpRequestMessage(), "");
                new OkxClient(other).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        """
        using Settings = OkxSettings;

        static class Program
        {
            static void Main()
            {
                Settings other = new(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "s", "p");
                new OkxClient(new(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "s", "p")).Sign(new HttpRequestMessage(), "");
                new OkxClient(other).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        Untrimmed(0, "API key", "an environment variable", KeyError),
        Untrimmed(1, "API key", "an environment variable", KeyError));

    // ---------------------------------------------------------------- stays quiet

    [Fact]
    public Task Settings_written_from_places_with_different_origins_stay_quiet() => Verify(
        """
        static class Program
        {
            static OkxClient Live() => new OkxClient(new OkxSettings(
                Environment.GetEnvironmentVariable("OKX_API_KEY")!,
                Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!,
                Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!));

            static OkxClient FromVault(Func<string, string> vault) => new OkxClient(new OkxSettings(vault("key"), vault("secret"), vault("pass")));
        }
        """,
        null);

    [Fact]
    public Task A_target_typed_creation_from_another_origin_makes_the_member_mixed() => Verify(
        """
        static class Program
        {
            static OkxSettings Live() => new OkxSettings(Environment.GetEnvironmentVariable("OKX_API_KEY")!, "s", "p");

            static OkxSettings FromVault(Func<string, string> vault) => new(vault("key"), "s", "p");

            static void Main()
            {
                OkxSettings fromVault = new(Console.ReadLine()!.Trim(), "s", "p");
                new OkxClient(Live()).Sign(new HttpRequestMessage(), "");
            }
        }
        """,
        null);

    [Fact]
    public Task Target_typed_creations_of_other_types_do_not_count_as_writes_of_the_settings() => Verify(
        """
        public sealed record MailSettings(string ApiKey, string SecretKey, string Passphrase);

        static class Program
        {
            static readonly HttpClient Http = new() { BaseAddress = new Uri("https://www.okx.com") };

            static MailSettings Mail() => new(Environment.GetEnvironmentVariable("MAIL_KEY")!, "s", "p");

            static void Main()
            {
                MailSettings mail = new(Console.ReadLine()!, "s", "p");
                new OkxClient(new OkxSettings(Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(), "s", "p")).Sign(new HttpRequestMessage(), mail.ApiKey + Mail().ApiKey);
            }
        }
        """,
        null);

    [Fact]
    public Task Settings_trimmed_where_they_are_created_stay_quiet() => Verify(
        """
        static class Program
        {
            static OkxClient Create(IConfiguration config) => new OkxClient(new OkxSettings(
                ApiKey: Environment.GetEnvironmentVariable("OKX_API_KEY")!.Trim(),
                SecretKey: (config["Okx:SecretKey"] ?? "").Trim(),
                Passphrase: File.ReadAllText("pass.txt").TrimStart().TrimEnd(),
                BaseUrl: config["Okx:BaseUrl"]!));
        }
        """,
        null);

    [Fact]
    public Task Members_trimmed_in_the_type_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class ExchangeKeys
        {
            private string _access = "";
            private readonly string _signing = "";
            public string Access { get => _access; set => _access = value.Trim(); }
            public string Signing { get => _signing; init => _signing = value.Trim(); }
        }

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, ExchangeKeys keys)
            {
                request.Headers.Add("OK-ACCESS-KEY", keys.Access);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(keys.Signing));
            }

            public static ExchangeKeys Load() => new ExchangeKeys
            {
                Access = Environment.GetEnvironmentVariable("OKX_API_KEY")!,
                Signing = Environment.GetEnvironmentVariable("OKX_SECRET_KEY")!,
            };
        }
        """);

    [Fact]
    public Task Non_credential_members_and_values_that_go_elsewhere_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed record OkxSettings(string ApiKey, string BaseUrl, string Simulated, string ProxyPassword);

        public sealed class OkxClient
        {
            private readonly OkxSettings _settings;
            public OkxClient(OkxSettings settings) => _settings = settings;

            public HttpClient Create(HttpRequestMessage request)
            {
                request.Headers.Add("x-simulated-trading", _settings.Simulated);
                request.Headers.Add("X-Client-Key", _settings.ApiKey);
                var proxy = new WebProxy("http://proxy:8080") { Credentials = new NetworkCredential("bot", _settings.ProxyPassword) };
                return new HttpClient(new HttpClientHandler { Proxy = proxy }) { BaseAddress = new Uri(_settings.BaseUrl) };
            }

            public static OkxClient Load() => new OkxClient(new OkxSettings(
                Environment.GetEnvironmentVariable("OKX_API_KEY")!,
                Environment.GetEnvironmentVariable("OKX_BASE_URL")!,
                Environment.GetEnvironmentVariable("OKX_DEMO")!,
                Environment.GetEnvironmentVariable("PROXY_PASSWORD")!));
        }
        """);

    [Fact]
    public Task Helpers_that_trim_are_virtual_or_compute_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public class OkxAuth
        {
            private static string GetApiKey() => Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "";
            private static string Clean(string? value) => (value ?? "").Trim();
            protected virtual string GetPassphrase() => Environment.GetEnvironmentVariable("OKX_PASSPHRASE")!;
            private static string Describe(string name) => "OKX " + Environment.GetEnvironmentVariable(name);

            public void Sign(HttpRequestMessage request, IConfiguration config)
            {
                request.Headers.Add("OK-ACCESS-KEY", GetApiKey());
                request.Headers.Add("OK-ACCESS-KEY", Clean(config["Okx:ApiKey"]));
                request.Headers.Add("OK-ACCESS-PASSPHRASE", GetPassphrase());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", Describe("OKX_PASSPHRASE"));
            }
        }
        """);

    [Fact]
    public Task A_member_of_the_same_name_in_another_record_is_not_mixed_up() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed record OkxSettings(string ApiKey);
        public sealed record MailgunSettings(string ApiKey);

        public sealed class OkxClient
        {
            public void Sign(HttpRequestMessage request, OkxSettings okx, MailgunSettings mail)
            {
                request.Headers.Add("OK-ACCESS-KEY", okx.ApiKey);
                request.Headers.Add("Authorization", "Basic " + mail.ApiKey);
            }

            public static OkxSettings Okx(Func<string, string> vault) => new OkxSettings(vault("okx-key"));
            public static MailgunSettings Mail() => new MailgunSettings(Environment.GetEnvironmentVariable("MAILGUN_API_KEY")!);
        }
        """);

    [Fact]
    public Task Helper_reads_that_go_to_no_credential_sink_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class OkxAuth
        {
            private static string GetDemoFlag() => Environment.GetEnvironmentVariable("OKX_DEMO")!;
            private static string GetApiKey() => Environment.GetEnvironmentVariable("OKX_API_KEY")!;

            public void Send(HttpRequestMessage request)
            {
                request.Headers.Add("x-simulated-trading", GetDemoFlag());
                request.Headers.Add("X-Request-Id", GetApiKey().GetHashCode().ToString());
                Console.WriteLine(GetApiKey().Length);
            }
        }
        """);

    [Fact]
    public Task A_settings_member_reassigned_to_its_trimmed_value_stays_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class ExchangeKeys
        {
            public string Access { get; set; } = "";
        }

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, ExchangeKeys keys) => request.Headers.Add("OK-ACCESS-KEY", keys.Access);

            public static ExchangeKeys Load()
            {
                var keys = new ExchangeKeys { Access = Environment.GetEnvironmentVariable("OKX_API_KEY")! };
                keys.Access = keys.Access.Trim();
                return keys;
            }
        }
        """);

    [Fact]
    public Task A_partial_client_whose_constructor_in_another_file_trims_stays_quiet()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/OkxClient.Sign.cs", Usings + """
            public sealed partial class OkxClient
            {
                public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
            }
            """));
        test.TestState.Sources.Add(("/0/OkxClient.cs", Usings + """
            public sealed partial class OkxClient
            {
                private readonly string _apiKey;
                public OkxClient(IConfiguration config) => _apiKey = config["Okx:ApiKey"]?.Trim() ?? "";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_key_source_called_through_an_interface_stays_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public interface IKeySource
        {
            string GetApiKey();
        }

        public sealed class EnvironmentKeys : IKeySource
        {
            public string GetApiKey() => Environment.GetEnvironmentVariable("OKX_API_KEY")!;
        }

        public sealed class OkxClient
        {
            private readonly IKeySource _keys;
            public OkxClient(IKeySource keys) => _keys = keys;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _keys.GetApiKey());
        }
        """);

    [Fact]
    public Task A_client_property_with_a_constructor_value_keeps_it_inside_the_type() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class OkxClient
        {
            public OkxClient(Func<string> vault) => ApiKey = vault();
            public string ApiKey { get; set; } = "";
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", ApiKey);
            public static void Rotate(OkxClient client) => client.ApiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")!;
        }
        """);

    [Fact]
    public Task A_factory_called_with_different_origins_stays_quiet() => Verify(
        """
        static class Program
        {
            static OkxSettings Make(string apiKey) => new OkxSettings(apiKey, "", "");
            static OkxClient Live() => new OkxClient(Make(Environment.GetEnvironmentVariable("OKX_API_KEY")!));
            static OkxClient Vault(Func<string> vault) => new OkxClient(Make(vault()));
        }
        """,
        null);
}
