using Microsoft.CodeAnalysis;
using OkxSafety.Analyzers.CodeFixes;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>OKX004's fix across kinds and scopes: one FixAll pass fixes every kind; a flag is read only where it is in scope.</summary>
public sealed class SimulatedTradingHeaderFixAllTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;

        """;

    private const string Env = "Environment.GetEnvironmentVariable(\"OKX_SIMULATED_TRADING\") == \"0\" ? \"0\" : \"1\"";

    [Fact]
    public async Task One_FixAll_pass_fixes_every_kind_in_one_document()
    {
        await new VerifyCS.Test
        {
            TestCode = Usings + """
                class OkxDemoHeaders
                {
                    public void Value(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trading", "true")|];

                    public void Contradiction(HttpRequestMessage request, bool isLive)
                    {
                        if (isLive) [|request.Headers.Add("x-simulated-trading", "1")|];
                    }

                    public void Name(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trade", "1")|];
                }

                class OkxDemoSocketBot
                {
                    private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
                    private readonly HttpClient _http = new();

                    public void Configure() => [|_http.DefaultRequestHeaders.Add("x-simulated-trading", "0")|];

                    public override string ToString() => PrivateSocket;
                }

                class OkxFlagBot
                {
                    private readonly bool _useDemo;

                    public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                    public bool UseDemo => _useDemo;

                    public void Send(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trading", "1")|];

                    public static void SendStatic(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trading", "1")|];
                }
                """,
            FixedCode = Usings + """
                class OkxDemoHeaders
                {
                    public void Value(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");

                    public void Contradiction(HttpRequestMessage request, bool isLive)
                    {
                        if (isLive) request.Headers.Add("x-simulated-trading", "0");
                    }

                    public void Name(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
                }

                class OkxDemoSocketBot
                {
                    private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
                    private readonly HttpClient _http = new();

                    public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");

                    public override string ToString() => PrivateSocket;
                }

                class OkxFlagBot
                {
                    private readonly bool _useDemo;

                    public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                    public bool UseDemo => _useDemo;

                    public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", _useDemo ? "1" : "0");

                    public static void SendStatic(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", ENV);
                }
                """.Replace("ENV", Env),
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = SimulatedTradingHeaderCodeFixProvider.EquivalenceKey,
        }.RunAsync();
    }

    [Fact]
    public async Task A_live_socket_with_a_demo_header_sends_live()
    {
        await VerifyCS.VerifyCodeFixAsync(Usings + """
            class OkxBot
            {
                private readonly Uri _socket = new("wss://ws.okx.com:8443/ws/v5/public");
                private readonly HttpClient _http = new();

                public void Configure() => [|_http.DefaultRequestHeaders.Add("x-simulated-trading", "1")|];
            }
            """, Usings + """
            class OkxBot
            {
                private readonly Uri _socket = new("wss://ws.okx.com:8443/ws/v5/public");
                private readonly HttpClient _http = new();

                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");
            }
            """);
    }

    // ---------------------------------------------------------------- scope

    [Fact]
    public async Task Static_lambda_in_an_instance_method_does_not_read_the_instance_flag()
    {
        await VerifyCS.VerifyCodeFixAsync(Usings + """
            class OkxFlagBot
            {
                private readonly bool _useDemo;

                public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                public bool UseDemo => _useDemo;

                public Action<HttpRequestMessage> Sender() => static request => [|request.Headers.Add("x-simulated-trading", "1")|];
            }
            """, Usings + """
            class OkxFlagBot
            {
                private readonly bool _useDemo;

                public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                public bool UseDemo => _useDemo;

                public Action<HttpRequestMessage> Sender() => static request => request.Headers.Add("x-simulated-trading", ENV);
            }
            """.Replace("ENV", Env));
    }

    [Fact]
    public async Task Nested_lambda_and_local_function_read_the_enclosing_flag()
    {
        await VerifyCS.VerifyCodeFixAsync(Usings + """
            class OkxFlagBot
            {
                private readonly bool _useDemo;

                public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                public bool UseDemo => _useDemo;

                public Action<HttpRequestMessage> Sender()
                {
                    return request => Add(request);

                    void Add(HttpRequestMessage r) => [|r.Headers.Add("x-simulated-trading", "1")|];
                }
            }
            """, Usings + """
            class OkxFlagBot
            {
                private readonly bool _useDemo;

                public OkxFlagBot(bool useDemo) => _useDemo = useDemo;

                public bool UseDemo => _useDemo;

                public Action<HttpRequestMessage> Sender()
                {
                    return request => Add(request);

                    void Add(HttpRequestMessage r) => r.Headers.Add("x-simulated-trading", _useDemo ? "1" : "0");
                }
            }
            """);
    }

    [Fact]
    public async Task Top_level_statements_with_the_class_in_another_file()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                        var useDemo = args.Length > 0;
                        var request = new HttpRequestMessage();
                        if (useDemo) [|request.Headers.Add("x-simulated-trading", "0")|];
                        new OkxBot().Send(request);
                        """,
                    Usings + """
                        class OkxBot
                        {
                            public void Send(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trading", "yes")|];
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
                        var useDemo = args.Length > 0;
                        var request = new HttpRequestMessage();
                        if (useDemo) request.Headers.Add("x-simulated-trading", "1");
                        new OkxBot().Send(request);
                        """,
                    Usings + """
                        class OkxBot
                        {
                            public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
                        }
                        """,
                },
            },
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        await test.RunAsync();
    }
}
