using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.MissingPassphraseHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.MissingPassphraseHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// OKX003's fix across kinds and scopes: one FixAll pass (document, project, solution) fixes every kind of finding,
/// each with its own edit; values come only from what the edited member can read; a second run changes nothing.
/// </summary>
public sealed class MissingPassphraseHeaderFixAllTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;

        """;

    private const string Env = "Environment.GetEnvironmentVariable(\"OKX_PASSPHRASE\")?.Trim() ?? throw new InvalidOperationException(\"Set the OKX_PASSPHRASE environment variable.\")";

    [Fact]
    public async Task One_FixAll_pass_fixes_every_kind_in_one_document()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class OkxHeaders
                {
                    private const string PassphraseHeader = "OK-ACCESS-PASSPRASE";

                    public void Conditional(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        if (!string.IsNullOrEmpty(passphrase))
                        {
                            [|request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase)|];
                        }
                    }

                    public bool ConditionalExpression(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        return signed && [|request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase)|];
                    }

                    public void Empty(HttpRequestMessage request, string apiKey)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        [|request.Headers.Add("OK-ACCESS-PASSPHRASE", "")|];
                    }

                    public void Misspelled(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        [|request.Headers.Add(PassphraseHeader, passphrase)|];
                    }

                    public object Login(string apiKey, string timestamp, string sign) =>
                        new { op = "login", args = new[] { [|new { apiKey, timestamp, sign }|] } };

                    public object LoginEmpty(string apiKey, string timestamp, string sign) =>
                        new { op = "login", args = new[] { new { apiKey = apiKey, [|passphrase = ""|], timestamp = timestamp, sign = sign } } };
                }

                class OkxSigner
                {
                    public void Sign(HttpRequestMessage request, string apiKey, string sign)
                    {
                        [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|]; // the key
                        request.Headers.Add("OK-ACCESS-SIGN", sign);
                    }
                }
                """,
            FixedCode = Usings + """
                class OkxHeaders
                {
                    private const string PassphraseHeader = "OK-ACCESS-PASSPHRASE";

                    public void Conditional(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    }

                    public bool ConditionalExpression(HttpRequestMessage request, string apiKey, string passphrase, bool signed)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase);
                        return signed && true;
                    }

                    public void Empty(HttpRequestMessage request, string apiKey)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                    }

                    public void Misspelled(HttpRequestMessage request, string apiKey, string passphrase)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add(PassphraseHeader, passphrase);
                    }

                    public object Login(string apiKey, string timestamp, string sign) =>
                        new { op = "login", args = new[] { new { apiKey, passphrase = ENV, timestamp, sign } } };

                    public object LoginEmpty(string apiKey, string timestamp, string sign) =>
                        new { op = "login", args = new[] { new { apiKey = apiKey, passphrase = ENV, timestamp = timestamp, sign = sign } } };
                }

                class OkxSigner
                {
                    public void Sign(HttpRequestMessage request, string apiKey, string sign)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey); // the key
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                        request.Headers.Add("OK-ACCESS-SIGN", sign);
                    }
                }
                """.Replace("ENV", Env),
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = MissingPassphraseHeaderCodeFixProvider.AddKey,
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_started_from_a_rename_fixes_the_other_kinds_across_documents()
    {
        await new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                        class A
                        {
                            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                            {
                                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                                [|request.Headers.Add("OK-ACCESS-PASSWORD", passphrase)|];
                            }
                        }
                        """,
                    Usings + """
                        class B
                        {
                            public void Sign(HttpRequestMessage request, string apiKey, string okxPassphrase)
                            {
                                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                                request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                            }
                        }
                        """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    Usings + """
                        class A
                        {
                            public void Sign(HttpRequestMessage request, string apiKey, string passphrase)
                            {
                                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                                request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                            }
                        }
                        """,
                    Usings + """
                        class B
                        {
                            public void Sign(HttpRequestMessage request, string apiKey, string okxPassphrase)
                            {
                                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                                request.Headers.Add("OK-ACCESS-PASSPHRASE", okxPassphrase);
                                request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                            }
                        }
                        """,
                },
            },
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        }.RunAsync();
    }

    // ---------------------------------------------------------------- scope

    [Fact]
    public async Task Top_level_local_is_not_read_from_a_class_in_the_same_file()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Usings + """
                var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE") ?? "";
                Console.WriteLine(passphrase.Length);

                class Signer
                {
                    public void Sign(HttpRequestMessage request, string apiKey)
                    {
                        [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                    }
                }
                """,
            FixedCode = Usings + """
                var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE") ?? "";
                Console.WriteLine(passphrase.Length);

                class Signer
                {
                    public void Sign(HttpRequestMessage request, string apiKey)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                    }
                }
                """.Replace("ENV", Env),
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Top_level_local_is_not_read_from_a_class_in_another_file_but_is_in_the_top_level_code()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                        var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                        var request = new HttpRequestMessage();
                        [|request.Headers.Add("OK-ACCESS-KEY", "k")|];
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        new Signer().Sign(request, "k");
                        """,
                    Usings + """
                        class Signer
                        {
                            public void Sign(HttpRequestMessage request, string apiKey)
                            {
                                [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                                request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
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
                    Usings + """
                        var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                        var request = new HttpRequestMessage();
                        request.Headers.Add("OK-ACCESS-KEY", "k");
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        new Signer().Sign(request, "k");
                        """,
                    Usings + """
                        class Signer
                        {
                            public void Sign(HttpRequestMessage request, string apiKey)
                            {
                                request.Headers.Add("OK-ACCESS-KEY", apiKey);
                                request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                                request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                            }
                        }
                        """.Replace("ENV", Env),
                },
            },
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Static_lambda_and_static_method_do_not_read_instance_members_or_captured_locals()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class OkxClient
                {
                    private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

                    public Func<HttpRequestMessage, HttpRequestMessage> Signer(string passphrase) => static request =>
                    {
                        [|request.Headers.Add("OK-ACCESS-KEY", "k")|];
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        return request;
                    };

                    public string Passphrase => _passphrase;
                }

                class OkxStaticClient
                {
                    private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

                    public static void Sign(HttpRequestMessage request)
                    {
                        [|request.Headers.Add("OK-ACCESS-KEY", "k")|];
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                    }

                    public string Passphrase => _passphrase;
                }
                """,
            FixedCode = Usings + """
                class OkxClient
                {
                    private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

                    public Func<HttpRequestMessage, HttpRequestMessage> Signer(string passphrase) => static request =>
                    {
                        request.Headers.Add("OK-ACCESS-KEY", "k");
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        return request;
                    };

                    public string Passphrase => _passphrase;
                }

                class OkxStaticClient
                {
                    private readonly string _passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";

                    public static void Sign(HttpRequestMessage request)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", "k");
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                        request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                    }

                    public string Passphrase => _passphrase;
                }
                """.Replace("ENV", Env),
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task Nested_lambdas_and_local_functions_read_what_encloses_them_but_not_an_ended_lambda()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class OkxClient
                {
                    public void Configure(Action<Action<HttpRequestMessage>> register)
                    {
                        Func<string, int> first = secretPassphrase => secretPassphrase.Length;
                        register(request =>
                        {
                            var okxPassphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                            Sign(request);

                            void Sign(HttpRequestMessage r)
                            {
                                [|r.Headers.Add("OK-ACCESS-KEY", "k")|];
                                r.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                            }
                        });
                    }
                }

                class OkxOtherClient
                {
                    public void Configure(Action<Action<HttpRequestMessage>> register)
                    {
                        register(request =>
                        {
                            var okxPassphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                        });
                        register(request =>
                        {
                            [|request.Headers.Add("OK-ACCESS-KEY", "k")|];
                            request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        });
                    }
                }
                """,
            FixedCode = Usings + """
                class OkxClient
                {
                    public void Configure(Action<Action<HttpRequestMessage>> register)
                    {
                        Func<string, int> first = secretPassphrase => secretPassphrase.Length;
                        register(request =>
                        {
                            var okxPassphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                            Sign(request);

                            void Sign(HttpRequestMessage r)
                            {
                                r.Headers.Add("OK-ACCESS-KEY", "k");
                                r.Headers.Add("OK-ACCESS-PASSPHRASE", okxPassphrase);
                                r.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                            }
                        });
                    }
                }

                class OkxOtherClient
                {
                    public void Configure(Action<Action<HttpRequestMessage>> register)
                    {
                        register(request =>
                        {
                            var okxPassphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                        });
                        register(request =>
                        {
                            request.Headers.Add("OK-ACCESS-KEY", "k");
                            request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                            request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        });
                    }
                }
                """.Replace("ENV", Env),
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    // ---------------------------------------------------------------- idempotent

    [Fact]
    public async Task A_trailing_comment_stays_on_the_key_line_in_an_initializer()
    {
        await VerifyCS.VerifyCodeFixAsync(Usings + """
            using System.Collections.Generic;

            class OkxClient
            {
                public Dictionary<string, string> Headers(string apiKey, string okxPassphrase) => new()
                {
                    [|{ "OK-ACCESS-KEY", apiKey }|], // the key
                    { "OK-ACCESS-SIGN", "c2lnbg==" },
                };
            }
            """, Usings + """
            using System.Collections.Generic;

            class OkxClient
            {
                public Dictionary<string, string> Headers(string apiKey, string okxPassphrase) => new()
                {
                    { "OK-ACCESS-KEY", apiKey }, // the key
                    { "OK-ACCESS-PASSPHRASE", okxPassphrase },
                    { "OK-ACCESS-SIGN", "c2lnbg==" },
                };
            }
            """);
    }
    [Fact]
    public async Task Expression_bodied_key_writes_become_blocks_with_both_writes()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class OkxMethod
                {
                    public void Sign(HttpRequestMessage request, string apiKey) => [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                }

                class OkxLambda
                {
                    public Action<HttpRequestMessage> Signer(string apiKey, string passphrase) => request => [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|];
                }
                """,
            FixedCode = Usings + """
                class OkxMethod
                {
                    public void Sign(HttpRequestMessage request, string apiKey)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", ENV);
                    }
                }

                class OkxLambda
                {
                    public Action<HttpRequestMessage> Signer(string apiKey, string passphrase) => request =>
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
                    };
                }
                """.Replace("ENV", Env),
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }
    [Fact]
    public async Task A_key_write_under_an_if_without_braces_gets_a_block_with_both_writes()
    {
        await VerifyCS.VerifyCodeFixAsync(Usings + """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string okxPassphrase, bool signed)
                {
                    if (signed) [|request.Headers.Add("OK-ACCESS-KEY", apiKey)|]; // signed only
                    request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                }
            }
            """, Usings + """
            class OkxClient
            {
                public void Sign(HttpRequestMessage request, string apiKey, string okxPassphrase, bool signed)
                {
                    if (signed)
                    {
                        request.Headers.Add("OK-ACCESS-KEY", apiKey);
                        request.Headers.Add("OK-ACCESS-PASSPHRASE", okxPassphrase);
                    } // signed only
                    request.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                }
            }
            """);
    }
}
