using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyBad = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Tests.HarnessTests.BadStringAnalyzer>;

namespace OkxSafety.Analyzers.Tests.HarnessTests;

public class AnalyzerVerifierTests
{
    private const string OneBad = """
        class C
        {
            string s = "bad";
        }
        """;

    [Fact]
    public async Task Markup_default_descriptor_passes()
    {
        await VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                string s = [|"bad"|];
            }
            """);
    }

    [Fact]
    public async Task Explicit_span_and_arguments_pass()
    {
        await VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithArguments("bad"));
    }

    [Fact]
    public async Task Exact_message_and_start_location_pass()
    {
        await VerifyBad.VerifyAnalyzerAsync(
            OneBad,
            VerifyBad.Diagnostic(BadStringAnalyzer.Bad).WithLocation(3, 16).WithMessage("String literal 'bad' is bad"));
    }

    [Fact]
    public async Task Location_markup_and_id_markup_pass()
    {
        await VerifyBad.VerifyAnalyzerAsync(
            """
            class C
            {
                string s = {|#0:"bad"|};
                string t = {|TST005:"ugly"|};
            }
            """,
            VerifyBad.Diagnostic("TST001").WithLocation(0).WithArguments("bad"));
    }

    [Fact]
    public async Task Wrong_span_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 20).WithArguments("bad")));
        Assert.Contains("Expected but not reported (1)", ex.Message);
        Assert.Contains("location (expected /0/Test0.cs(3,16,3,20), actual /0/Test0.cs(3,16,3,21))", ex.Message);
    }

    [Fact]
    public async Task Wrong_span_in_markup_fails()
    {
        await Assert.ThrowsAsync<VerificationException>(() => VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                string s = "[|bad|]";
            }
            """));
    }

    [Fact]
    public async Task Wrong_message_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithMessage("String literal 'bad' is BAD")));
        Assert.Contains("message (expected \"String literal 'bad' is BAD\", actual \"String literal 'bad' is bad\")", ex.Message);
    }

    [Fact]
    public async Task Wrong_arguments_fail()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithArguments("good")));
        Assert.Contains("message (expected", ex.Message);
    }

    [Fact]
    public async Task Missing_message_arguments_are_a_test_error()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21)));
    }

    [Fact]
    public async Task Wrong_severity_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyBad.VerifyAnalyzerAsync(OneBad, VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithArguments("bad").WithSeverity(DiagnosticSeverity.Error)));
        Assert.Contains("severity (expected Error, actual Warning)", ex.Message);
    }

    [Fact]
    public async Task Missing_diagnostic_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                string s = [|"good"|];
            }
            """));
        Assert.Contains("Expected but not reported (1)", ex.Message);
        Assert.Contains("NONE.", ex.Message);
    }

    [Fact]
    public async Task Unexpected_diagnostic_fails_and_shows_how_to_expect_it()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => VerifyBad.VerifyAnalyzerAsync(OneBad));
        Assert.Contains("Reported but not expected (1)", ex.Message);
        Assert.Contains("Diagnostic(\"TST001\").WithSpan(3, 16, 3, 21).WithArguments(\"bad\")", ex.Message);
        Assert.Contains("string s = [|\"bad\"|];", ex.Message);
    }

    [Fact]
    public async Task Analyzer_exception_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class C { }"));
        Assert.Contains("boom from the test analyzer", ex.Message);
    }

    [Fact]
    public async Task Compiler_error_in_test_source_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                string s = undefinedName;
            }
            """));
        Assert.Contains("error CS0103", ex.Message);
    }

    [Fact]
    public async Task Compiler_error_can_be_expected_or_ignored()
    {
        await VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                string s = {|CS0103:undefinedName|};
            }
            """);

        await VerifyBad.VerifyAnalyzerAsync(
            """
            class C
            {
                string s = undefinedName;
            }
            """,
            DiagnosticResult.CompilerError("CS0103").WithSpan(3, 16, 3, 29));

        await new VerifyBad.Test
        {
            TestCode = """
                class C
                {
                    string s = undefinedName + [|"bad"|];
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        }.RunAsync();
    }

    [Fact]
    public async Task Multiple_documents_with_default_and_explicit_names()
    {
        var test = new VerifyBad.Test
        {
            TestState =
            {
                Sources =
                {
                    "class A { string s = [|\"bad\"|]; }",
                    "class B { string s = \"bad\"; }",
                    ("/0/Named.cs", "class D { string s = {|#0:\"bad\"|}; }"),
                },
                ExpectedDiagnostics =
                {
                    VerifyBad.Diagnostic("TST001").WithSpan("/0/Test1.cs", 1, 22, 1, 27).WithArguments("bad"),
                    VerifyBad.Diagnostic("TST001").WithLocation(0).WithArguments("bad"),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Diagnostic_in_the_wrong_document_fails()
    {
        var test = new VerifyBad.Test
        {
            TestState =
            {
                Sources = { "class A { }", "class B { string s = \"bad\"; }" },
                ExpectedDiagnostics = { VerifyBad.Diagnostic("TST001").WithSpan(1, 22, 1, 27).WithArguments("bad") },
            },
        };
        var ex = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());
        Assert.Contains("file (expected /0/Test0.cs, actual /0/Test1.cs)", ex.Message);
    }

    [Fact]
    public async Task Editorconfig_option_reaches_the_analyzer()
    {
        await new CSharpAnalyzerVerifier<OptionReadingAnalyzer>.Test
        {
            TestState =
            {
                Sources = { "class {|#0:C|} { }" },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\nokx_safety.placeholder_pattern = ^<.*>$\n") },
                ExpectedDiagnostics = { CSharpAnalyzerVerifier<OptionReadingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("^<.*>$") },
            },
        }.RunAsync();

        await CSharpAnalyzerVerifier<OptionReadingAnalyzer>.VerifyAnalyzerAsync(
            "class {|#0:C|} { }",
            CSharpAnalyzerVerifier<OptionReadingAnalyzer>.Diagnostic().WithLocation(0).WithArguments("<unset>"));
    }

    [Fact]
    public async Task Editorconfig_severity_applies()
    {
        await new VerifyBad.Test
        {
            TestState =
            {
                Sources = { OneBad },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST001.severity = error\n") },
                ExpectedDiagnostics = { VerifyBad.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithArguments("bad").WithSeverity(DiagnosticSeverity.Error) },
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Language_version_and_nullable_are_honoured()
    {
        await new CSharpAnalyzerVerifier<LanguageVersionAnalyzer>.Test
        {
            TestCode = "class {|#0:C|} { }",
            LanguageVersion = LanguageVersion.CSharp7_3,
            ExpectedDiagnostics = { CSharpAnalyzerVerifier<LanguageVersionAnalyzer>.Diagnostic().WithLocation(0).WithArguments("7.3", "Disable") },
        }.RunAsync();

        await CSharpAnalyzerVerifier<LanguageVersionAnalyzer>.VerifyAnalyzerAsync(
            "class {|#0:C|} { }",
            CSharpAnalyzerVerifier<LanguageVersionAnalyzer>.Diagnostic().WithLocation(0).WithArguments(LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString(), "Enable"));
    }

    [Fact]
    public async Task Newer_syntax_under_CSharp_7_3_is_a_compiler_error()
    {
        var test = new CSharpAnalyzerVerifier<SilentAnalyzer>.Test
        {
            TestCode = """
                class C
                {
                    void M(object o) { if (o is not null) { } }
                }
                """,
            LanguageVersion = LanguageVersion.CSharp7_3,
        };
        var ex = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());
        Assert.Contains("error CS8370", ex.Message);
    }

    [Fact]
    public async Task Disabled_diagnostics_are_ignored()
    {
        await new VerifyBad.Test
        {
            TestCode = """
                class C
                {
                    string s = [|"bad"|];
                    string t = "ugly";
                }
                """,
            DisabledDiagnostics = { "TST005" },
        }.RunAsync();
    }

    [Fact]
    public async Task Unclosed_markup_is_a_test_error()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => VerifyBad.VerifyAnalyzerAsync("class C { string s = [|\"bad\"; }"));
    }

    [Fact]
    public async Task Pipes_and_brackets_in_code_are_not_markup()
    {
        await CSharpAnalyzerVerifier<SilentAnalyzer>.VerifyAnalyzerAsync("class C { int M(int a, int[] b) => b[a|1] | b[0]; }");
    }

    [Fact]
    public async Task Markup_can_be_switched_off()
    {
        await new CSharpAnalyzerVerifier<SilentAnalyzer>.Test
        {
            TestState =
            {
                Sources = { "class C { string s = \"{|x [|y\"; }" },
                MarkupHandling = MarkupMode.None,
            },
        }.RunAsync();
    }
}
