using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.Rules;
using OptionsVerifier = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.InvalidOptionAnalyzer>;
using CredentialVerifier = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// OKX000: an okx_safety.* option the rules cannot use is reported (option, file, problem; never the value), once per
/// option and value, and the rules fall back to the default.
/// </summary>
public sealed class InvalidOptionTests
{
    private const string OkxSource = """
        internal sealed class OkxBot
        {
            private const string BaseUrl = "https://www.okx.com";
        }
        """;

    // OKX000 is about a setting, reported at the very start of a file, before any #pragma can stand: the library's
    // check that a leading #pragma suppresses every diagnostic does not apply to it.
    private const TestBehaviors OptionsNotPragma = TestBehaviors.SkipSuppressionCheck;

    private const string CutHint = ".editorconfig ends a value at the first ';' or '#'";

    private static Task Verify(string editorConfig, params (string Option, string Problem, string File)[] expected) =>
        Verify(editorConfig, new[] { OkxSource }, expected);

    private static async Task Verify(string editorConfig, string[] sources, params (string Option, string Problem, string File)[] expected)
    {
        var test = new OptionsVerifier.Test { TestBehaviors = OptionsNotPragma };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorConfig + "\n"));
        AddExpected(test, expected);
        await test.RunAsync();
    }

    /// <summary>OKX000 at the start of the file, with the exact message.</summary>
    private static void AddExpected(OptionsVerifier.Test test, params (string Option, string Problem, string File)[] expected)
    {
        foreach (var (option, problem, file) in expected)
        {
            test.TestState.ExpectedDiagnostics.Add(OptionsVerifier.Diagnostic("OKX000")
                .WithSpan("/0/" + file, 1, 1, 1, 1)
                .WithMessage($"{option}, as set for {file}: {problem}"));
        }
    }

    private static (string Option, string Problem, string File) Warning(string option, string problem, string file = "Test0.cs") => (option, problem, file);

    [Fact]
    public Task An_invalid_placeholder_pattern_is_reported_without_its_text() =>
        Verify(
            "okx_safety.placeholder_pattern = ^(sandbox-secret-[a-z+$",
            Warning("okx_safety.placeholder_pattern", "the value is not a valid .NET regular expression (" + CutHint + ": write them as \\x3B and \\x23); the default placeholder pattern is used"));

    [Fact]
    public Task A_placeholder_pattern_cut_by_a_hash_is_reported()
    {
        // "[#]+" reaches the analyzer as "[": not a pattern any more.
        return Verify(
            "okx_safety.placeholder_pattern = ^[#]+$",
            Warning("okx_safety.placeholder_pattern", "the value is not a valid .NET regular expression (" + CutHint + ": write them as \\x3B and \\x23); the default placeholder pattern is used"));
    }

    [Fact]
    public Task A_value_emptied_by_a_semicolon_is_reported() =>
        Verify(
            "okx_safety.placeholder_pattern = ;sandbox",
            Warning("okx_safety.placeholder_pattern", "the value is empty (" + CutHint + "); the default placeholder pattern is used"));

    [Fact]
    public Task An_invalid_environment_variable_name_is_reported_without_the_value() =>
        Verify(
            "okx_safety.env_var.secret_key = 4f9c2d1e-8b7a-4c3d-9e8f-7a6b5c4d3e2f",
            Warning("okx_safety.env_var.secret_key", "the value is not an environment variable name (a letter, then letters, digits or '_'); OKX_SECRET_KEY is used"));

    [Fact]
    public Task An_environment_variable_name_cut_after_a_backslash_says_so() =>
        Verify(
            "okx_safety.env_var.passphrase = BOT\\#PASS",
            Warning("okx_safety.env_var.passphrase", "the value is not an environment variable name (a letter, then letters, digits or '_'; " + CutHint + "); OKX_PASSPHRASE is used"));

    [Fact]
    public Task An_unknown_credential_kind_is_reported_by_position() =>
        Verify(
            "okx_safety.credential_names = BotKey=api_key, BotSecret=hmac, BotPass=passphrase",
            Warning("okx_safety.credential_names", "entry 2 has a kind that is not api_key, secret_key or passphrase, so it takes the kind its name says (else API key)"));

    [Fact]
    public Task A_credential_list_with_several_problems_lists_each() =>
        Verify(
            "okx_safety.credential_names = bot-key, BotSecret=, ,BotPass=pass",
            Warning("okx_safety.credential_names", "entry 1 is not a C# member name, so it matches no member; entry 2 has no kind after '=' (" + CutHint + "), so it takes the kind its name says (else API key); entry 3 has no name and is ignored"));

    [Fact]
    public Task A_credential_list_ending_in_a_comma_says_it_was_cut() =>
        Verify(
            "okx_safety.credential_names = BotKey,",
            Warning("okx_safety.credential_names", "the value ends with ',' (" + CutHint + ")"));

    [Fact]
    public Task An_empty_config_section_is_reported() =>
        Verify(
            "okx_safety.config_section = #Okx",
            Warning("okx_safety.config_section", "the value is empty (" + CutHint + "); the section Okx is used"));

    [Fact]
    public Task Valid_options_are_not_reported() =>
        Verify("""
            okx_safety.placeholder_pattern = ^(sandbox|paper)-\w+$
            okx_safety.credential_names = BotKey=api_key, BotSecret = secret_key, BotPass=passphrase, OkxToken
            okx_safety.config_section = Exchanges:Okx
            okx_safety.env_var.api_key = BOT_KEY
            okx_safety.env_var.secret_key = BOT_SECRET_2
            okx_safety.env_var.passphrase = bot_pass
            """);

    [Fact]
    public Task Unset_options_and_other_keys_are_not_reported() =>
        Verify("okx_safety.unknown_option = ^(\nindent_style = space");

    [Fact]
    public async Task A_project_without_OKX_code_is_not_reported()
    {
        // Like the rules, the check runs only where OKX code is (no OKX text, no OKX SDK referenced).
        var test = new OptionsVerifier.Test { TestCode = "internal sealed class Calculator { }", IncludeStubs = false, TestBehaviors = OptionsNotPragma };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nokx_safety.placeholder_pattern = ^(\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task One_warning_per_option_and_value_at_the_first_file()
    {
        // The same bad value applies to both files: one warning, in the first file of the compilation.
        return Verify(
            "okx_safety.env_var.api_key = 1BOT",
            new[] { OkxSource, "internal sealed class OkxOther { }" },
            Warning("okx_safety.env_var.api_key", "the value is not an environment variable name (a letter, then letters, digits or '_'); OKX_API_KEY is used"));
    }

    [Fact]
    public async Task Each_bad_option_is_reported_once()
    {
        await Verify(
            "okx_safety.placeholder_pattern = (\nokx_safety.env_var.api_key = -",
            Warning("okx_safety.placeholder_pattern", "the value is not a valid .NET regular expression (" + CutHint + ": write them as \\x3B and \\x23); the default placeholder pattern is used"),
            Warning("okx_safety.env_var.api_key", "the value is not an environment variable name (a letter, then letters, digits or '_'); OKX_API_KEY is used"));
    }

    [Fact]
    public async Task A_generated_file_is_skipped_for_the_next_source_file()
    {
        var test = new OptionsVerifier.Test { TestBehaviors = OptionsNotPragma };
        test.TestState.Sources.Add(("/0/Generated.g.cs", "// <auto-generated/>\ninternal sealed class OkxGenerated { }\n"));
        test.TestState.Sources.Add(("/0/OkxBot.cs", OkxSource));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nokx_safety.env_var.api_key = -\n"));
        AddExpected(test, Warning("okx_safety.env_var.api_key", "the value is not an environment variable name (a letter, then letters, digits or '_'); OKX_API_KEY is used", "OkxBot.cs"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_rule_falls_back_to_the_default_pattern()
    {
        // With an invalid pattern OKX001 keeps the default placeholders: "your-api-key-here" is still not a key,
        // and a real-looking key is still reported.
        var test = new CredentialVerifier.Test
        {
            TestCode = """
                using System.Net.Http;
                internal sealed class OkxSigner
                {
                    public void Sign(HttpRequestMessage request, bool live)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", live ? [|"4f9c2d1e-8b7a-4c3d-9e8f-7a6b5c4d3e2f"|] : "your-api-key-here");
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nokx_safety.placeholder_pattern = ^(\n"));
        await test.RunAsync();
    }
}
