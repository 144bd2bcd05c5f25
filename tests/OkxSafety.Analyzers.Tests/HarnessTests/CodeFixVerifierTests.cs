using OkxSafety.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyFix = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Tests.HarnessTests.BadStringAnalyzer,
    OkxSafety.Analyzers.Tests.HarnessTests.BadToGoodFix>;

namespace OkxSafety.Analyzers.Tests.HarnessTests;

public class CodeFixVerifierTests
{
    private const string Source = """
        class C
        {
            string s = [|"bad"|];
            string t = "fine";
        }
        """;

    private const string FixedGood = """
        class C
        {
            string s = "good";
            string t = "fine";
        }
        """;

    private const string FixedBetter = """
        class C
        {
            string s = "better";
            string t = "fine";
        }
        """;

    [Fact]
    public async Task First_code_action_is_applied_by_default()
    {
        await VerifyFix.VerifyCodeFixAsync(Source, FixedGood);
    }

    [Fact]
    public async Task Expected_diagnostics_can_be_passed_explicitly()
    {
        await VerifyFix.VerifyCodeFixAsync(
            Source.Replace("[|\"bad\"|]", "\"bad\"", StringComparison.Ordinal),
            VerifyFix.Diagnostic("TST001").WithSpan(3, 16, 3, 21).WithArguments("bad"),
            FixedGood);
    }

    [Fact]
    public async Task Equivalence_key_chooses_the_action()
    {
        await new VerifyFix.Test
        {
            TestCode = Source,
            FixedCode = FixedBetter,
            CodeActionEquivalenceKey = "UseBetter",
        }.RunAsync();
    }

    [Fact]
    public async Task Index_chooses_the_action()
    {
        await new VerifyFix.Test
        {
            TestCode = Source,
            FixedCode = FixedBetter,
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "UseBetter",
        }.RunAsync();
    }

    [Fact]
    public async Task Index_and_key_that_disagree_fail()
    {
        var test = new VerifyFix.Test
        {
            TestCode = Source,
            FixedCode = FixedBetter,
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = "UseBetter",
        };
        var ex = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());
        Assert.Contains("CodeActionIndex 0", ex.Message);
    }

    [Fact]
    public async Task Nested_code_actions_are_flattened()
    {
        await new CSharpCodeFixVerifier<BadStringAnalyzer, NestedBadFix>.Test
        {
            TestCode = Source,
            FixedCode = FixedBetter,
            CodeActionEquivalenceKey = "UseBetter",
        }.RunAsync();
    }

    [Fact]
    public async Task Wrong_fixed_text_fails_with_a_diff()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyFix.VerifyCodeFixAsync(Source, FixedBetter));
        Assert.Contains("one diagnostic at a time: the fixed code is not as expected", ex.Message);
        Assert.Contains("-     string s = \"better\";", ex.Message);
        Assert.Contains("+     string s = \"good\";", ex.Message);
    }

    [Fact]
    public async Task Whitespace_difference_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => VerifyFix.VerifyCodeFixAsync(Source, FixedGood.Replace("\"good\";", "\"good\"; ", StringComparison.Ordinal)));
        Assert.Contains("\"good\";·", ex.Message);
    }

    [Fact]
    public async Task Fix_that_introduces_a_compiler_error_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(
            () => CSharpCodeFixVerifier<BadStringAnalyzer, BrokenFix>.VerifyCodeFixAsync(
                Source,
                """
                class C
                {
                    string s = undefinedName;
                    string t = "fine";
                }
                """));
        Assert.Contains("the fixed code (it must compile", ex.Message);
        Assert.Contains("error CS0103", ex.Message);
    }

    [Fact]
    public async Task Fix_expected_but_not_offered_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => new VerifyFix.Test
        {
            TestCode = Source,
            FixedCode = FixedGood,
            CodeActionEquivalenceKey = "NoSuchKey",
        }.RunAsync());
        Assert.Contains("No code action was applied", ex.Message);
        Assert.Contains("(equivalence key: UseBetter)", ex.Message);
    }

    [Fact]
    public async Task Remaining_diagnostics_are_marked_in_the_fixed_source()
    {
        await VerifyFix.VerifyCodeFixAsync(
            """
            class C
            {
                string s = [|"bad"|];
                string t = {|TST005:"ugly"|};
            }
            """,
            """
            class C
            {
                string s = "good";
                string t = {|TST005:"ugly"|};
            }
            """);
    }

    [Fact]
    public async Task Unmarked_remaining_diagnostic_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => VerifyFix.VerifyCodeFixAsync(
            """
            class C
            {
                string s = [|"bad"|];
                string t = {|TST005:"ugly"|};
            }
            """,
            """
            class C
            {
                string s = "good";
                string t = "ugly";
            }
            """));
        Assert.Contains("TST005", ex.Message);
        Assert.Contains("Reported but not expected (1)", ex.Message);
    }

    [Fact]
    public async Task Simplifier_and_formatter_annotations_are_processed()
    {
        await CSharpCodeFixVerifier<BadStringAnalyzer, EnvironmentFix>.VerifyCodeFixAsync(
            """
            using System;

            namespace N
            {
                class C
                {
                    string s = [|"bad"|];
                }
            }
            """,
            """
            using System;

            namespace N
            {
                class C
                {
                    string s = Environment.GetEnvironmentVariable("GOOD") ?? "";
                }
            }
            """);
    }

    [Fact]
    public async Task No_diagnostic_and_no_change_passes()
    {
        await VerifyFix.VerifyCodeFixAsync(FixedGood, FixedGood);
    }

    [Fact]
    public async Task FixAll_in_document_project_and_solution_over_two_documents()
    {
        await new VerifyFix.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    class A
                    {
                        string a = [|"bad"|];
                        string b = [|"bad"|];
                    }
                    """,
                    """
                    class B
                    {
                        string c = [|"bad"|] + [|"bad"|];
                    }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    class A
                    {
                        string a = "better";
                        string b = "better";
                    }
                    """,
                    """
                    class B
                    {
                        string c = "better" + "better";
                    }
                    """,
                },
            },
            CodeActionEquivalenceKey = "UseBetter",
            NumberOfIncrementalIterations = 4,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_scopes_can_be_skipped_and_batch_result_can_differ()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                class A
                {
                    string a = [|"bad"|];
                    string b = [|"bad"|];
                }
                """,
            FixedCode = """
                class A
                {
                    string a = "good";
                    string b = {|#0:"bad"|};
                }
                """,
            FixedState = { ExpectedDiagnostics = { VerifyFix.Diagnostic("TST001").WithLocation(0).WithArguments("bad") } },
            BatchFixedCode = """
                class A
                {
                    string a = "good";
                    string b = "good";
                }
                """,
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        }.RunAsync();
    }

    [Fact]
    public async Task Too_few_iterations_fail()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => new VerifyFix.Test
        {
            TestCode = """
                class A
                {
                    string a = [|"bad"|];
                    string b = [|"bad"|];
                }
                """,
            FixedCode = """
                class A
                {
                    string a = "good";
                    string b = "good";
                }
                """,
            NumberOfIncrementalIterations = 1,
        }.RunAsync());
        Assert.Contains("still fixable after 1 iteration(s)", ex.Message);
    }

    [Fact]
    public async Task FixAll_with_a_wrong_iteration_count_fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => new VerifyFix.Test
        {
            TestState = { Sources = { "class A { string a = [|\"bad\"|]; }", "class B { string b = [|\"bad\"|]; }" } },
            FixedState = { Sources = { "class A { string a = \"good\"; }", "class B { string b = \"good\"; }" } },
            NumberOfFixAllIterations = 2,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
        }.RunAsync());
        Assert.Contains("FixAll in Project scope: expected exactly 2 iteration(s)", ex.Message);
    }

    [Fact]
    public async Task Editorconfig_is_inherited_by_the_fixed_state()
    {
        // A fixed source that still has "ugly" passes when TST005 is off in .editorconfig.
        await new CSharpCodeFixVerifier<BadStringAnalyzer, BadToGoodFix>.Test
        {
            TestState =
            {
                Sources = { Source.Replace("\"fine\"", "\"ugly\"", StringComparison.Ordinal) },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST005.severity = none\n") },
            },
            FixedState = { Sources = { FixedGood.Replace("\"fine\"", "\"ugly\"", StringComparison.Ordinal) } },
        }.RunAsync();
    }
}
