using OkxSafety.Analyzers.Tests.Verifiers;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// Issue 18, "configuration binding" (OKX002): options bound from configuration (<c>Configure&lt;T&gt;(section)</c>,
/// <c>AddOptions&lt;T&gt;().Bind / BindConfiguration</c>, <c>Get&lt;T&gt;()</c>, <c>Bind(obj)</c>) and typed JSON settings
/// (System.Text.Json, Newtonsoft) whose credential members reach a sink untrimmed. The finding is at the read of the
/// bound member that reaches the sink (<c>_options.Value.SecretKey</c>), and the fix trims there.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private const string Usings = """
        #nullable enable
        using System;
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        """;

    private const string KeyError = "50111 (invalid OK-ACCESS-KEY)";
    private const string SecretError = "50113 (invalid signature)";
    private const string PassphraseError = "50105 (OK-ACCESS-PASSPHRASE incorrect)";

    private const string Options = """
        public sealed class OkxOptions
        {
            public string ApiKey { get; set; } = "";
            public string SecretKey { get; set; } = string.Empty;
            public string? Passphrase { get; set; }
            public string BaseUrl { get; set; } = "https://www.okx.com";
            public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
        }

        """;

    private static DiagnosticResult Untrimmed(int markup, string kind, string error) =>
        VerifyCS.Diagnostic(Descriptors.UntrimmedCredential).WithLocation(markup).WithArguments(kind, "configuration", error);

    private static DiagnosticResult UntrimmedJson(int markup, string kind, string error) =>
        VerifyCS.Diagnostic(Descriptors.UntrimmedCredential).WithLocation(markup).WithArguments(kind, "JSON", error);

    // ---------------------------------------------------------------- fires (with the fix)

    [Fact]
    public Task Configure_section_and_IOptions_value() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services, IConfiguration config) => services.Configure<OkxOptions>(config.GetSection("Okx"));
        }

        public sealed class OkxSigner
        {
            private readonly IOptions<OkxOptions> _options;
            public OkxSigner(IOptions<OkxOptions> options) => _options = options;

            public void Sign(HttpRequestMessage request, string prehash)
            {
                request.Headers.Add("OK-ACCESS-KEY", {|#0:_options.Value.ApiKey|});
                request.Headers.Add("OK-ACCESS-PASSPHRASE", {|#1:_options.Value.Passphrase|});
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes({|#2:_options.Value.SecretKey|}));
                request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))));
            }
        }
        """,
        new[]
        {
            Untrimmed(0, "API key", KeyError),
            Untrimmed(1, "passphrase", PassphraseError),
            Untrimmed(2, "secret key", SecretError),
        },
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services, IConfiguration config) => services.Configure<OkxOptions>(config.GetSection("Okx"));
        }

        public sealed class OkxSigner
        {
            private readonly IOptions<OkxOptions> _options;
            public OkxSigner(IOptions<OkxOptions> options) => _options = options;

            public void Sign(HttpRequestMessage request, string prehash)
            {
                request.Headers.Add("OK-ACCESS-KEY", _options.Value.ApiKey.Trim());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _options.Value.Passphrase?.Trim());
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_options.Value.SecretKey.Trim()));
                request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))));
            }
        }
        """);

    [Fact]
    public Task BindConfiguration_and_IOptionsMonitor_current_value_kept_in_a_field() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services) => services.AddOptions<OkxOptions>().BindConfiguration("Okx");
        }

        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(IOptionsMonitor<OkxOptions> monitor) => _apiKey = {|#0:monitor.CurrentValue.ApiKey|};
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }
        """,
        Untrimmed(0, "API key", KeyError),
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services) => services.AddOptions<OkxOptions>().BindConfiguration("Okx");
        }

        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(IOptionsMonitor<OkxOptions> monitor) => _apiKey = monitor.CurrentValue.ApiKey.Trim();
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }
        """);

    [Fact]
    public Task OptionsBuilder_Bind_and_IOptionsSnapshot_through_a_local() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services, IConfiguration config) => services.AddOptions<OkxOptions>().Bind(config.GetSection("Okx"));
        }

        public sealed class OkxSigner
        {
            public void Sign(HttpRequestMessage request, IOptionsSnapshot<OkxOptions> snapshot)
            {
                var options = snapshot.Value;
                request.Headers.Add("OK-ACCESS-PASSPHRASE", {|#0:options.Passphrase|} ?? "");
            }
        }
        """,
        Untrimmed(0, "passphrase", PassphraseError),
        Usings + Options + """
        public static class Setup
        {
            public static void Add(IServiceCollection services, IConfiguration config) => services.AddOptions<OkxOptions>().Bind(config.GetSection("Okx"));
        }

        public sealed class OkxSigner
        {
            public void Sign(HttpRequestMessage request, IOptionsSnapshot<OkxOptions> snapshot)
            {
                var options = snapshot.Value;
                request.Headers.Add("OK-ACCESS-PASSPHRASE", options.Passphrase?.Trim() ?? "");
            }
        }
        """);

    [Fact]
    public Task GetSection_Get_and_section_Bind() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public sealed record OkxKeys(string ApiKey, string SecretKey);

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, IConfiguration config)
            {
                var keys = config.GetSection("Okx").Get<OkxKeys>()!;
                request.Headers.Add("OK-ACCESS-KEY", {|#0:keys.ApiKey|});

                var options = new OkxOptions();
                config.GetSection("Okx").Bind(options);
                request.Headers.Add("OK-ACCESS-KEY", {|#1:options.ApiKey|});
            }
        }
        """,
        new[] { Untrimmed(0, "API key", KeyError), Untrimmed(1, "API key", KeyError) },
        Usings + Options + """
        public sealed record OkxKeys(string ApiKey, string SecretKey);

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request, IConfiguration config)
            {
                var keys = config.GetSection("Okx").Get<OkxKeys>()!;
                request.Headers.Add("OK-ACCESS-KEY", keys.ApiKey.Trim());

                var options = new OkxOptions();
                config.GetSection("Okx").Bind(options);
                request.Headers.Add("OK-ACCESS-KEY", options.ApiKey.Trim());
            }
        }
        """);

    [Fact]
    public Task Typed_json_settings_System_Text_Json_and_Newtonsoft() => VerifyCS.VerifyCodeFixAsync(
        Usings + """
        public sealed class OkxSettings
        {
            public string ApiKey { get; set; } = "";
            public string? Passphrase { get; init; }
        }

        public sealed class OkxFileKeys
        {
            public string SecretKey { get; set; } = "";
        }

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request)
            {
                var settings = System.Text.Json.JsonSerializer.Deserialize<OkxSettings>(File.ReadAllText("okx.json"))!;
                request.Headers.Add("OK-ACCESS-KEY", {|#0:settings.ApiKey|});
                request.Headers.Add("OK-ACCESS-PASSPHRASE", {|#1:settings.Passphrase|});

                var keys = Newtonsoft.Json.JsonConvert.DeserializeObject<OkxFileKeys>(File.ReadAllText("keys.json"))!;
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes({|#2:keys.SecretKey|}));
            }
        }
        """,
        new[]
        {
            UntrimmedJson(0, "API key", KeyError),
            UntrimmedJson(1, "passphrase", PassphraseError),
            UntrimmedJson(2, "secret key", SecretError),
        },
        Usings + """
        public sealed class OkxSettings
        {
            public string ApiKey { get; set; } = "";
            public string? Passphrase { get; init; }
        }

        public sealed class OkxFileKeys
        {
            public string SecretKey { get; set; } = "";
        }

        public static class OkxSigner
        {
            public static void Sign(HttpRequestMessage request)
            {
                var settings = System.Text.Json.JsonSerializer.Deserialize<OkxSettings>(File.ReadAllText("okx.json"))!;
                request.Headers.Add("OK-ACCESS-KEY", settings.ApiKey.Trim());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", settings.Passphrase?.Trim());

                var keys = Newtonsoft.Json.JsonConvert.DeserializeObject<OkxFileKeys>(File.ReadAllText("keys.json"))!;
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(keys.SecretKey.Trim()));
            }
        }
        """);

    [Fact]
    public Task Bound_members_passed_to_a_client_constructor_and_to_the_sdk() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Setup
        {
            public static OkxClient Create(IConfiguration config)
            {
                var okx = config.GetSection("Okx").Get<OkxOptions>()!;
                var credentials = new CryptoExchange.Net.Authentication.ApiCredentials(okx.ApiKey.Trim(), {|#0:okx.SecretKey|}, okx.Passphrase!.Trim());
                return new OkxClient({|#1:okx.ApiKey|});
            }
        }
        """,
        new[] { Untrimmed(0, "secret key", SecretError), Untrimmed(1, "API key", KeyError) },
        Usings + Options + """
        public sealed class OkxClient
        {
            private readonly string _apiKey;
            public OkxClient(string apiKey) => _apiKey = apiKey;
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        }

        public static class Setup
        {
            public static OkxClient Create(IConfiguration config)
            {
                var okx = config.GetSection("Okx").Get<OkxOptions>()!;
                var credentials = new CryptoExchange.Net.Authentication.ApiCredentials(okx.ApiKey.Trim(), okx.SecretKey.Trim(), okx.Passphrase!.Trim());
                return new OkxClient(okx.ApiKey.Trim());
            }
        }
        """);

    [Fact]
    public Task A_nested_section_of_bound_application_settings() => VerifyCS.VerifyCodeFixAsync(
        Usings + Options + """
        public sealed class AppSettings
        {
            public OkxOptions Okx { get; set; } = new();
            public string Environment { get; set; } = "";
        }

        public sealed class OkxSigner
        {
            private readonly IOptions<AppSettings> _settings;
            public OkxSigner(IOptions<AppSettings> settings) => _settings = settings;
            public static void Add(IServiceCollection services, IConfiguration config) => services.Configure<AppSettings>(config);
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", {|#0:_settings.Value.Okx.ApiKey|});
        }
        """,
        Untrimmed(0, "API key", KeyError),
        Usings + Options + """
        public sealed class AppSettings
        {
            public OkxOptions Okx { get; set; } = new();
            public string Environment { get; set; } = "";
        }

        public sealed class OkxSigner
        {
            private readonly IOptions<AppSettings> _settings;
            public OkxSigner(IOptions<AppSettings> settings) => _settings = settings;
            public static void Add(IServiceCollection services, IConfiguration config) => services.Configure<AppSettings>(config);
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _settings.Value.Okx.ApiKey.Trim());
        }
        """);

    [Fact]
    public Task A_nested_object_of_settings_that_are_not_bound_stays_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + Options + """
        public sealed class AppSettings
        {
            public OkxOptions Okx { get; set; } = new();
        }

        public sealed class OkxSigner
        {
            private readonly IOptions<AppSettings> _settings;
            public OkxSigner(IOptions<AppSettings> settings) => _settings = settings;
            public static void Add(IServiceCollection services) => services.Configure<AppSettings>(s => s.Okx = new OkxOptions());
            public void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", _settings.Value.Okx.ApiKey);
        }
        """);

    // ---------------------------------------------------------------- stays quiet

    [Fact]
    public Task Other_services_options_bound_from_configuration_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + Options + """
        public sealed class SmtpOptions
        {
            public string User { get; set; } = "";
            public string Password { get; set; } = "";
        }

        public sealed class OkxAlertMailer
        {
            private readonly IOptions<SmtpOptions> _smtp;
            public OkxAlertMailer(IOptions<SmtpOptions> smtp) => _smtp = smtp;
            public NetworkCredential Credential() => new NetworkCredential(_smtp.Value.User, _smtp.Value.Password);

            public static void Add(IServiceCollection services, IConfiguration config)
            {
                services.Configure<SmtpOptions>(config.GetSection("Smtp"));
                services.Configure<OkxOptions>(config.GetSection("Okx"));
            }

            public void Send(HttpRequestMessage request, IOptions<OkxOptions> okx)
            {
                request.Headers.Add("X-Mail-Password", _smtp.Value.Password);
                request.Headers.Add("x-simulated-trading", okx.Value.BaseUrl.Contains("demo") ? "1" : "0");
            }
        }
        """);

    [Fact]
    public Task Non_credential_members_of_bound_options_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + Options + """
        public sealed class OkxClient
        {
            private readonly HttpClient _http;

            public OkxClient(IOptions<OkxOptions> options)
            {
                _http = new HttpClient { BaseAddress = new Uri(options.Value.BaseUrl), Timeout = options.Value.Timeout };
                _http.DefaultRequestHeaders.Add("X-Okx-Base", options.Value.BaseUrl);
            }

            public static void Add(IServiceCollection services, IConfiguration config) => services.Configure<OkxOptions>(config.GetSection("Okx"));
        }
        """);

    [Fact]
    public Task Bound_members_trimmed_at_the_use_in_PostConfigure_or_in_the_type_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class OkxOptions
        {
            private string _secretKey = "";
            public string ApiKey { get; set; } = "";
            public string SecretKey { get => _secretKey; init => _secretKey = value.Trim(); }
            public string Passphrase { get; set; } = "";
        }

        public sealed class OkxSigner
        {
            private readonly OkxOptions _options;
            public OkxSigner(IOptions<OkxOptions> options) => _options = options.Value;

            public static void Add(IServiceCollection services, IConfiguration config)
            {
                services.Configure<OkxOptions>(config.GetSection("Okx"));
                services.PostConfigure<OkxOptions>(o => o.Passphrase = o.Passphrase?.Trim() ?? "");
            }

            public void Sign(HttpRequestMessage request)
            {
                request.Headers.Add("OK-ACCESS-KEY", _options.ApiKey.Trim());
                request.Headers.Add("OK-ACCESS-PASSPHRASE", _options.Passphrase);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_options.SecretKey));
            }
        }
        """);

    [Fact]
    public Task Options_that_are_not_bound_or_are_also_set_in_code_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class OkxOptions
        {
            public string ApiKey { get; set; } = "";
        }

        public sealed class VaultOptions
        {
            public string ApiKey { get; set; } = "";
        }

        public sealed class OkxSigner
        {
            public static void Add(IServiceCollection services, IConfiguration config, Func<string, string> vault)
            {
                services.Configure<OkxOptions>(config.GetSection("Okx"));
                services.Configure<OkxOptions>(o => o.ApiKey = vault("okx-api-key"));
                services.Configure<VaultOptions>(o => o.ApiKey = vault("okx-api-key"));
            }

            public void Sign(HttpRequestMessage request, IOptions<OkxOptions> okx, IOptions<VaultOptions> fromVault)
            {
                request.Headers.Add("OK-ACCESS-KEY", okx.Value.ApiKey);
                request.Headers.Add("OK-ACCESS-KEY", fromVault.Value.ApiKey);
            }
        }
        """);

    [Fact]
    public Task Fake_settings_made_in_code_for_tests_stay_quiet() => VerifyCS.VerifyAnalyzerAsync(Usings + Options + """
        public sealed class OkxSignerTests
        {
            public void Signs()
            {
                var options = Options.Create(new OkxOptions { ApiKey = "test-api-key", SecretKey = "test-secret", Passphrase = "test-pass" });
                var request = new HttpRequestMessage();
                request.Headers.Add("OK-ACCESS-KEY", options.Value.ApiKey);
                request.Headers.Add("OK-ACCESS-PASSPHRASE", options.Value.Passphrase);
            }
        }
        """);

    [Fact]
    public Task A_key_deserialized_from_an_okx_response_is_not_a_settings_file() => VerifyCS.VerifyAnalyzerAsync(Usings + """
        public sealed class SubAccountKey
        {
            public string ApiKey { get; set; } = "";
            public string Passphrase { get; set; } = "";
        }

        public sealed class OkxSubAccounts
        {
            public async System.Threading.Tasks.Task UseAsync(HttpClient http, HttpRequestMessage next)
            {
                var text = await http.GetStringAsync("https://www.okx.com/api/v5/users/subaccount/apikey");
                var created = System.Text.Json.JsonSerializer.Deserialize<SubAccountKey>(text)!;
                next.Headers.Add("OK-ACCESS-KEY", created.ApiKey);
                next.Headers.Add("OK-ACCESS-PASSPHRASE", Newtonsoft.Json.JsonConvert.DeserializeObject<SubAccountKey>(text)!.Passphrase);
            }
        }
        """);
}
