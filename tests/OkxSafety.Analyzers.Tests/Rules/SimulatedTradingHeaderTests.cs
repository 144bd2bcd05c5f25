using OkxSafety.Analyzers.CodeFixes;
using OkxSafety.Analyzers.Rules;
using VerifyAnalyzer = OkxSafety.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer>;
using VerifyCS = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.SimulatedTradingHeaderAnalyzer,
    OkxSafety.Analyzers.CodeFixes.SimulatedTradingHeaderCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

public class SimulatedTradingHeaderTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;

        """;

    private const string Suffix = ": OKX answers 50101 (APIKey does not match current environment)";

    private static string InMethod(string parameters, string body) => Usings + $$"""
        class OkxRequests
        {
            void Send(HttpRequestMessage request{{parameters}})
            {
                {{body}}
            }
        }
        """;

    // ---------------------------------------------------------------- value

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("\"True\"")]
    [InlineData("\"yes\"")]
    [InlineData("\"demo\"")]
    [InlineData("\"on\"")]
    [InlineData("\" 1\"")]
    public async Task Value_DemoMeaningWords_FixedToOne(string value)
    {
        var source = InMethod("", $$"""[|request.Headers.Add("x-simulated-trading", {{value}})|];""");
        var fixedSource = InMethod("", """request.Headers.Add("x-simulated-trading", "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Theory]
    [InlineData("\"false\"")]
    [InlineData("\"no\"")]
    [InlineData("\"live\"")]
    public async Task Value_LiveMeaningWords_FixedToZero(string value)
    {
        var source = InMethod("", $$"""[|request.Headers.Add("x-simulated-trading", {{value}})|];""");
        var fixedSource = InMethod("", """request.Headers.Add("x-simulated-trading", "0");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Theory]
    [InlineData("useDemo.ToString()")]
    [InlineData("$\"{useDemo}\"")]
    [InlineData("Convert.ToString(useDemo)")]
    [InlineData("useDemo.ToString().ToLowerInvariant()")]
    [InlineData("\"\" + useDemo")]
    public async Task Value_FormattedFromBool_BecomesTernary(string value)
    {
        var source = InMethod(", bool useDemo", $$"""[|request.Headers.Add("x-simulated-trading", {{value}})|];""");
        var fixedSource = InMethod(", bool useDemo", """request.Headers.Add("x-simulated-trading", useDemo ? "1" : "0");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_FormattedFromLiveFlag_TernaryIsTurnedAround()
    {
        var source = InMethod(", bool isLive", """[|request.Headers.Add("x-simulated-trading", isLive.ToString())|];""");
        var fixedSource = InMethod(", bool isLive", """request.Headers.Add("x-simulated-trading", isLive ? "0" : "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_FormattedFromNullableBool_ComparesWithTrue()
    {
        var source = InMethod(", bool? demo", """[|request.Headers.Add("x-simulated-trading", demo.ToString())|];""");
        var fixedSource = InMethod(", bool? demo", """request.Headers.Add("x-simulated-trading", demo == true ? "1" : "0");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_TernaryOfWords_EachBranchFixed()
    {
        var source = InMethod(", bool useDemo", """[|request.Headers.Add("x-simulated-trading", useDemo ? "true" : "false")|];""");
        var fixedSource = InMethod(", bool useDemo", """request.Headers.Add("x-simulated-trading", useDemo ? "1" : "0");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_FromConstant_FixedAtTheWrite()
    {
        var source = Usings + """
            class OkxRequests
            {
                private const string Demo = "true";
                void Send(HttpRequestMessage request) => [|request.Headers.Add("x-simulated-trading", Demo)|];
            }
            """;
        var fixedSource = Usings + """
            class OkxRequests
            {
                private const string Demo = "true";
                void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_BoolInHeaderDictionary_FixedToString()
    {
        var source = Usings + """
            class OkxRequests
            {
                Dictionary<string, object> Headers() => new() { [|{ "x-simulated-trading", true }|] };
            }
            """;
        var fixedSource = Usings + """
            class OkxRequests
            {
                Dictionary<string, object> Headers() => new() { { "x-simulated-trading", "1" } };
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_that_may_be_a_key_is_not_shown()
    {
        // An API key pasted into the wrong header line: reported, never quoted.
        const string key = "3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d";
        var source = InMethod("", "{|#0:request.Headers.Add(\"x-simulated-trading\", \"" + key + "\")|};");
        var expected = VerifyAnalyzer.Diagnostic().WithLocation(0)
            .WithMessage("x-simulated-trading is a value with no meaning to OKX, but OKX reads only \"1\" (demo) or \"0\" (live)" + Suffix);
        await VerifyAnalyzer.VerifyAnalyzerAsync(source, expected);
    }

    [Fact]
    public async Task Value_UnknownWord_ReadsTheEnvironment()
    {
        var source = InMethod("", """{|#0:request.Headers.Add("x-simulated-trading", "abc")|};""");
        var expected = VerifyAnalyzer.Diagnostic().WithLocation(0)
            .WithMessage("x-simulated-trading is a value with no meaning to OKX, but OKX reads only \"1\" (demo) or \"0\" (live)" + Suffix);
        await VerifyAnalyzer.VerifyAnalyzerAsync(source, expected);

        // Which environment is meant is unknown: the fix lets the environment decide (demo unless it says "0").
        var marked = InMethod("", """[|request.Headers.Add("x-simulated-trading", "abc")|];""");
        var fixedSource = InMethod("", """request.Headers.Add("x-simulated-trading", Environment.GetEnvironmentVariable("OKX_SIMULATED_TRADING") == "0" ? "0" : "1");""");
        await VerifyCS.VerifyCodeFixAsync(marked, fixedSource);
    }

    [Fact]
    public async Task Value_UnknownWordInDemoBranch_FixedByTheBranch()
    {
        var source = InMethod(", bool isDemo", """if (isDemo) [|request.Headers.Add("x-simulated-trading", "enabled!")|];""");
        var fixedSource = InMethod(", bool isDemo", """if (isDemo) request.Headers.Add("x-simulated-trading", "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_UnconditionalInTypeWithFlag_FixUsesTheFlag()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _useDemo;
                public OkxClient(bool useDemo) { _useDemo = useDemo; }
                public void Configure() => [|_http.DefaultRequestHeaders.Add("x-simulated-trading", "true")|];
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _useDemo;
                public OkxClient(bool useDemo) { _useDemo = useDemo; }
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", _useDemo ? "1" : "0");
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_OtherHeaderApis()
    {
        var source = """
            using RestSharp;
            using Flurl.Http;

            class OkxRequests
            {
                void Rest(RestRequest request) => [|request.AddHeader("x-simulated-trading", "true")|];
                IFlurlRequest Flurl(string url) => [|url.WithHeader("x-simulated-trading", "yes")|];
                void Indexer(System.Collections.Generic.Dictionary<string, string> headers) => [|headers["x-simulated-trading"] = "True"|];
            }
            """;
        var fixedSource = """
            using RestSharp;
            using Flurl.Http;

            class OkxRequests
            {
                void Rest(RestRequest request) => request.AddHeader("x-simulated-trading", "1");
                IFlurlRequest Flurl(string url) => url.WithHeader("x-simulated-trading", "1");
                void Indexer(System.Collections.Generic.Dictionary<string, string> headers) => headers["x-simulated-trading"] = "1";
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Value_Messages()
    {
        var source = InMethod(", bool useDemo, bool isLive", """
            {|#0:request.Headers.Add("x-simulated-trading", "true")|};
                    {|#1:request.Headers.Add("x-simulated-trading", useDemo.ToString())|};
                    if (isLive) {|#2:request.Headers.Add("x-simulated-trading", "yes")|};
                    {|#3:request.Headers.Add("x-simulated-trading", "")|};
            """);
        await VerifyAnalyzer.VerifyAnalyzerAsync(
            source,
            VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage("x-simulated-trading is \"true\", but OKX reads only \"1\" (demo) or \"0\" (live); for demo trading send \"1\"" + Suffix),
            VerifyAnalyzer.Diagnostic().WithLocation(1).WithMessage("x-simulated-trading is formatted from the bool 'useDemo', which sends \"True\" or \"False\" instead of \"1\" (demo) or \"0\" (live)" + Suffix),
            VerifyAnalyzer.Diagnostic().WithLocation(2).WithMessage("x-simulated-trading is \"yes\", but OKX reads only \"1\" (demo) or \"0\" (live); the code means live trading here, which needs \"0\"" + Suffix),
            VerifyAnalyzer.Diagnostic().WithLocation(3).WithMessage("x-simulated-trading is empty, but OKX reads only \"1\" (demo) or \"0\" (live)" + Suffix));
    }

    // ---------------------------------------------------------------- name

    [Theory]
    [InlineData("x-simulated-trade")]
    [InlineData("x-simulate-trading")]
    [InlineData("x-simulated_trading")]
    [InlineData("simulated-trading")]
    [InlineData("x-simulation-trading")]
    [InlineData("X-Simulated-Tradng")]
    [InlineData("x_simulated_trading")]
    public async Task Name_NearMiss_FixedToHeaderName(string name)
    {
        var source = InMethod("", $$"""[|request.Headers.Add("{{name}}", "1")|];""");
        var fixedSource = InMethod("", """request.Headers.Add("x-simulated-trading", "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Name_ContainsSimulatAndTrad_InOkxCode()
    {
        var source = InMethod("", """[|request.Headers.TryAddWithoutValidation("X-Simulated-Trading-Mode", "1")|];""");
        var fixedSource = InMethod("", """request.Headers.TryAddWithoutValidation("x-simulated-trading", "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Name_ContainsSimulatAndTrad_OutsideOkxCode_NotReported()
    {
        var source = Usings + """
            class BrokerRequests
            {
                void Send(HttpRequestMessage request) => request.Headers.TryAddWithoutValidation("X-Simulated-Trading-Mode", "1");
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Name_Message()
    {
        var source = InMethod("", """
            {|#0:request.Headers.Add("x-simulated-trade", "1")|};
                    {|#1:request.Headers.Add("x-simulate-trading", "0")|};
            """);
        await VerifyAnalyzer.VerifyAnalyzerAsync(
            source,
            VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage("The code means demo trading, but the header name \"x-simulated-trade\" is not x-simulated-trading and OKX ignores it" + Suffix),
            VerifyAnalyzer.Diagnostic().WithLocation(1).WithMessage("The header name \"x-simulate-trading\" is not x-simulated-trading and OKX ignores it" + Suffix));
    }

    [Fact]
    public async Task Name_InHeaderDictionaryInitializer()
    {
        var source = Usings + """
            class OkxRequests
            {
                Dictionary<string, string> Headers() => new() { [|{ "x-simulated-trade", "1" }|] };
            }
            """;
        var fixedSource = Usings + """
            class OkxRequests
            {
                Dictionary<string, string> Headers() => new() { { "x-simulated-trading", "1" } };
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    // ---------------------------------------------------------------- contradiction

    [Theory]
    [InlineData(", bool isLive", "if (isLive)")]
    [InlineData(", bool isDemo", "if (!isDemo)")]
    [InlineData(", bool isDemo", "if (isDemo == false)")]
    [InlineData(", bool useDemo", "if (useDemo != true)")]
    [InlineData(", bool isProduction", "if (isProduction)")]
    [InlineData(", bool useRealMoney", "if (useRealMoney)")]
    [InlineData(", bool isMainnet", "if (isMainnet)")]
    [InlineData(", string mode", "if (mode == \"live\")")]
    [InlineData(", bool isDemo, bool hasKey", "if (!isDemo && hasKey)")]
    public async Task Contradiction_DemoHeaderUnderLiveCondition(string parameters, string condition)
    {
        var source = InMethod(parameters, $$"""{{condition}} [|request.Headers.Add("x-simulated-trading", "1")|];""");
        var fixedSource = InMethod(parameters, $$"""{{condition}} request.Headers.Add("x-simulated-trading", "0");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Theory]
    [InlineData(", bool isDemo", "if (isDemo)")]
    [InlineData(", bool useDemo", "if (useDemo)")]
    [InlineData(", bool simulated", "if (simulated)")]
    [InlineData(", bool paperTrading", "if (paperTrading)")]
    [InlineData(", bool useSandbox", "if (useSandbox)")]
    [InlineData(", bool isTestnet", "if (isTestnet)")]
    [InlineData(", bool use_test_net", "if (use_test_net)")]
    [InlineData(", bool IsDemoAccount", "if (IsDemoAccount)")]
    [InlineData(", bool isLive", "if (!isLive)")]
    [InlineData(", bool? useDemo", "if (useDemo == true)")]
    [InlineData(", bool useDemo", "if (useDemo is true)")]
    [InlineData(", string mode", "if (string.Equals(mode, \"paper\", StringComparison.OrdinalIgnoreCase))")]
    public async Task Contradiction_LiveHeaderUnderDemoCondition(string parameters, string condition)
    {
        var source = InMethod(parameters, $$"""{{condition}} [|request.Headers.Add("x-simulated-trading", "0")|];""");
        var fixedSource = InMethod(parameters, $$"""{{condition}} request.Headers.Add("x-simulated-trading", "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_ElseBranchOfDemoTest()
    {
        var source = InMethod(", bool isDemo", """
            if (isDemo)
                    {
                        request.Headers.Add("x-simulated-trading", "1");
                    }
                    else
                    {
                        [|request.Headers.Add("x-simulated-trading", "1")|];
                    }
            """);
        var fixedSource = InMethod(", bool isDemo", """
            if (isDemo)
                    {
                        request.Headers.Add("x-simulated-trading", "1");
                    }
                    else
                    {
                        request.Headers.Add("x-simulated-trading", "0");
                    }
            """);
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_OkxNetEnvironmentComparisons()
    {
        var source = """
            using System.Net.Http;
            using OKX.Net.Objects;
            using OKX.Net.Objects.Options;

            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.Live) [|request.Headers.Add("x-simulated-trading", "1")|];
                    if (options.Environment == OKXEnvironment.Demo) [|request.Headers.Add("x-simulated-trading", "0")|];
                    if (options.Environment != OKXEnvironment.Demo) [|request.Headers.Add("x-simulated-trading", "1")|];
                }
            }
            """;
        var fixedSource = """
            using System.Net.Http;
            using OKX.Net.Objects;
            using OKX.Net.Objects.Options;

            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options)
                {
                    if (options.Environment == OKXEnvironment.Live) request.Headers.Add("x-simulated-trading", "0");
                    if (options.Environment == OKXEnvironment.Demo) request.Headers.Add("x-simulated-trading", "1");
                    if (options.Environment != OKXEnvironment.Demo) request.Headers.Add("x-simulated-trading", "0");
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_TernaryTurnedAround_BothBranchesFixed()
    {
        var source = InMethod(", bool isLive", """[|request.Headers.Add("x-simulated-trading", isLive ? "1" : "0")|];""");
        var fixedSource = InMethod(", bool isLive", """request.Headers.Add("x-simulated-trading", isLive ? "0" : "1");""");
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_SwitchStatementAndExpression()
    {
        var source = Usings + """
            enum TradingMode { Live, Paper }

            class OkxRequests
            {
                void Send(HttpRequestMessage request, TradingMode mode)
                {
                    switch (mode)
                    {
                        case TradingMode.Live:
                            [|request.Headers.Add("x-simulated-trading", "1")|];
                            break;
                        case TradingMode.Paper:
                            request.Headers.Add("x-simulated-trading", "1");
                            break;
                    }

                    [|request.Headers.Add("x-simulated-trading", mode switch { TradingMode.Paper => "0", _ => "0" })|];
                }
            }
            """;
        var fixedSource = Usings + """
            enum TradingMode { Live, Paper }

            class OkxRequests
            {
                void Send(HttpRequestMessage request, TradingMode mode)
                {
                    switch (mode)
                    {
                        case TradingMode.Live:
                            request.Headers.Add("x-simulated-trading", "0");
                            break;
                        case TradingMode.Paper:
                            request.Headers.Add("x-simulated-trading", "1");
                            break;
                    }

                    request.Headers.Add("x-simulated-trading", mode switch { TradingMode.Paper => "1", _ => "0" });
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_AfterGuardClause()
    {
        var source = InMethod(", bool isDemo", """
            if (isDemo)
                    {
                        return;
                    }

                    [|request.Headers.Add("x-simulated-trading", "1")|];
            """);
        var fixedSource = InMethod(", bool isDemo", """
            if (isDemo)
                    {
                        return;
                    }

                    request.Headers.Add("x-simulated-trading", "0");
            """);
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Contradiction_Messages()
    {
        var source = InMethod(", bool isLive, bool isDemo", """
            if (isLive) {|#0:request.Headers.Add("x-simulated-trading", "1")|};
                    if (isDemo) {|#1:request.Headers.Add("x-simulated-trading", "0")|};
            """);
        await VerifyAnalyzer.VerifyAnalyzerAsync(
            source,
            VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage("The code means live trading here, but x-simulated-trading is \"1\" (demo)" + Suffix),
            VerifyAnalyzer.Diagnostic().WithLocation(1).WithMessage("The code means demo trading here, but x-simulated-trading is \"0\" (live)" + Suffix));
    }

    // ---------------------------------------------------------------- ignored flag

    [Fact]
    public async Task IgnoredFlag_ConstructorParameter()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();

                public OkxClient(bool useDemo)
                {
                    [|_http.DefaultRequestHeaders.Add("x-simulated-trading", "1")|];
                }
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();

                public OkxClient(bool useDemo)
                {
                    _http.DefaultRequestHeaders.Add("x-simulated-trading", useDemo ? "1" : "0");
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task IgnoredFlag_Property()
    {
        var source = Usings + """
            class OkxClient
            {
                public bool UseTestnet { get; set; }

                public HttpRequestMessage Create(string path)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    [|request.Headers.Add("x-simulated-trading", "1")|];
                    return request;
                }
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                public bool UseTestnet { get; set; }

                public HttpRequestMessage Create(string path)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.Add("x-simulated-trading", UseTestnet ? "1" : "0");
                    return request;
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task IgnoredFlag_LiveField_TernaryTurnedAround_AndMessage()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly bool _isLive;
                private readonly Dictionary<string, string> _headers = new();

                public OkxClient(bool isLive) { _isLive = isLive; }

                public void Prepare() { {|#0:_headers["x-simulated-trading"] = "1"|}; }
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private readonly bool _isLive;
                private readonly Dictionary<string, string> _headers = new();

                public OkxClient(bool isLive) { _isLive = isLive; }

                public void Prepare() { _headers["x-simulated-trading"] = _isLive ? "0" : "1"; }
            }
            """;
        var expected = VerifyCS.Diagnostic().WithLocation(0)
            .WithMessage("x-simulated-trading is always \"1\" (demo), ignoring '_isLive' that chooses between demo and live trading" + Suffix);
        await VerifyCS.VerifyCodeFixAsync(source, expected, fixedSource);
    }

    [Fact]
    public async Task IgnoredFlag_HiddenByLocal_QualifiedWithThis()
    {
        var source = Usings + """
            class OkxClient
            {
                private bool isDemo;

                public void Send(HttpRequestMessage request)
                {
                    var isDemo = "unused";
                    [|request.Headers.Add("x-simulated-trading", "1")|];
                }
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private bool isDemo;

                public void Send(HttpRequestMessage request)
                {
                    var isDemo = "unused";
                    request.Headers.Add("x-simulated-trading", this.isDemo ? "1" : "0");
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task IgnoredFlag_FlagNotReachable_ReadsTheEnvironment()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly Dictionary<string, string> _headers = new() { [|{ "x-simulated-trading", "1" }|] };

                public OkxClient(bool useDemo) { }
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private readonly Dictionary<string, string> _headers = new() { { "x-simulated-trading", Environment.GetEnvironmentVariable("OKX_SIMULATED_TRADING") == "0" ? "0" : "1" } };

                public OkxClient(bool useDemo) { }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task IgnoredFlag_PrivateHelperCalledUnconditionally()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _useDemo;

                public OkxClient(bool useDemo) { _useDemo = useDemo; AddHeaders(); }

                private void AddHeaders() => [|_http.DefaultRequestHeaders.Add("x-simulated-trading", "1")|];
            }
            """;
        var fixedSource = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _useDemo;

                public OkxClient(bool useDemo) { _useDemo = useDemo; AddHeaders(); }

                private void AddHeaders() => _http.DefaultRequestHeaders.Add("x-simulated-trading", _useDemo ? "1" : "0");
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    // ---------------------------------------------------------------- mixed hosts

    [Fact]
    public async Task MixedHosts_DemoSocketWithLiveRestHeader()
    {
        var source = Usings + """
            class OkxBot
            {
                private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();

                public void Configure() => {|#0:_http.DefaultRequestHeaders.Add("x-simulated-trading", "0")|};
            }
            """;
        await VerifyAnalyzer.VerifyAnalyzerAsync(
            source,
            VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage("This type connects to the demo WebSocket host wspap.okx.com, but x-simulated-trading is \"0\" (live)" + Suffix));

        // The fix makes the header follow the WebSocket host (the rule page says to check which one is meant).
        await VerifyCS.VerifyCodeFixAsync(source.Replace("{|#0:", "[|").Replace(")|}", ")|]"), source.Replace("{|#0:", "").Replace("\"0\")|}", "\"1\")"));
    }

    [Fact]
    public async Task MixedHosts_LiveSocketWithDemoRestHeader()
    {
        var source = Usings + """
            class OkxBot
            {
                private readonly Uri _socket = new($"wss://ws.okx.com:8443/ws/v5/{"public"}");
                private readonly HttpClient _http = new();

                public void Configure() => {|#0:_http.DefaultRequestHeaders.Add("x-simulated-trading", "1")|};
            }
            """;
        await VerifyAnalyzer.VerifyAnalyzerAsync(
            source,
            VerifyAnalyzer.Diagnostic().WithLocation(0).WithMessage("This type connects to the live WebSocket host ws.okx.com, but x-simulated-trading is always \"1\" (demo)" + Suffix));
    }

    [Fact]
    public async Task MixedHosts_MatchingHostsOrBoth_NotReported()
    {
        var source = Usings + """
            class OkxDemoBot
            {
                private const string Socket = "wss://wspap.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }

            class OkxLiveBot
            {
                private const string Socket = "wss://ws.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");
            }

            class OkxEitherBot
            {
                private const string Demo = "wss://wspap.okx.com:8443/ws/v5/private";
                private const string Live = "wss://ws.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }

            class OkxAwsLookalike
            {
                private const string Socket = "wss://notws.okx.com.example/ws";
                private readonly HttpClient _http = new();
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // ---------------------------------------------------------------- FixAll

    [Fact]
    public async Task FixAll_MixedCasesInOneDocument()
    {
        var source = Usings + """
            class OkxRequests
            {
                void Send(HttpRequestMessage request, bool isLive, bool useDemo)
                {
                    [|request.Headers.Add("x-simulated-trading", useDemo.ToString())|];
                    [|request.Headers.Add("x-simulated-trade", useDemo ? "1" : "0")|];
                    if (isLive) [|request.Headers.Add("x-simulated-trading", "1")|];
                    if (isLive) [|request.Headers.Add("x-simulated-trading", "1")|];
                    [|request.Headers.Add("x-simulated-trading", "true")|];
                }
            }
            """;
        var fixedSource = Usings + """
            class OkxRequests
            {
                void Send(HttpRequestMessage request, bool isLive, bool useDemo)
                {
                    request.Headers.Add("x-simulated-trading", useDemo ? "1" : "0");
                    request.Headers.Add("x-simulated-trading", useDemo ? "1" : "0");
                    if (isLive) request.Headers.Add("x-simulated-trading", "0");
                    if (isLive) request.Headers.Add("x-simulated-trading", "0");
                    request.Headers.Add("x-simulated-trading", useDemo ? "1" : "0");
                }
            }
            """;

        // One FixAll pass per kind of fix (value, name, contradiction): three passes.
        await new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, NumberOfFixAllIterations = 1 }.RunAsync();
    }

    [Fact]
    public async Task FixAll_AcrossDocuments()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/A.cs", Usings + """
            class OkxA
            {
                void Send(HttpRequestMessage request, bool isLive) { if (isLive) [|request.Headers.Add("x-simulated-trading", "1")|]; }
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", Usings + """
            class OkxB
            {
                void Send(HttpRequestMessage request, bool isDemo) { if (!isDemo) [|request.Headers.Add("x-simulated-trading", "1")|]; }
            }
            """));
        test.FixedState.Sources.Add(("/0/A.cs", Usings + """
            class OkxA
            {
                void Send(HttpRequestMessage request, bool isLive) { if (isLive) request.Headers.Add("x-simulated-trading", "0"); }
            }
            """));
        test.FixedState.Sources.Add(("/0/B.cs", Usings + """
            class OkxB
            {
                void Send(HttpRequestMessage request, bool isDemo) { if (!isDemo) request.Headers.Add("x-simulated-trading", "0"); }
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fixes_HaveStableEquivalenceKeys()
    {
        var test = new VerifyCS.Test
        {
            TestCode = InMethod(", bool isLive", """
                if (isLive) [|request.Headers.Add("x-simulated-trading", "1")|];
                        [|request.Headers.Add("x-simulated-trading", "true")|];
                """),
            FixedCode = InMethod(", bool isLive", """
                if (isLive) request.Headers.Add("x-simulated-trading", "0");
                        request.Headers.Add("x-simulated-trading", isLive ? "0" : "1");
                """),
            CodeActionEquivalenceKey = SimulatedTradingHeaderCodeFixProvider.EquivalenceKey,
        };
        test.FixedState.MarkupHandling = MarkupMode.Allow; // the remaining finding is marked in FixedCode
        await test.RunAsync();
    }

    // ---------------------------------------------------------------- must not fire

    [Theory]
    [InlineData(", bool isDemo", "if (isDemo) request.Headers.Add(\"x-simulated-trading\", \"1\");")]
    [InlineData(", bool useDemo", "request.Headers.Add(\"x-simulated-trading\", useDemo ? \"1\" : \"0\");")]
    [InlineData(", bool isLive", "request.Headers.Add(\"x-simulated-trading\", isLive ? \"0\" : \"1\");")]
    [InlineData(", bool isDemo", "if (isDemo) request.Headers.Add(\"x-simulated-trading\", \"1\"); else request.Headers.Add(\"x-simulated-trading\", \"0\");")]
    [InlineData(", bool isLive", "if (isLive) request.Headers.Add(\"x-simulated-trading\", \"0\");")]
    [InlineData("", "request.Headers.Add(\"X-SIMULATED-TRADING\", \"1\");")]
    [InlineData("", "request.Headers.Add(\"X-Simulated-Trading\", \"0\");")]
    [InlineData(", bool isLiveData", "if (isLiveData) request.Headers.Add(\"x-simulated-trading\", \"1\");")]
    [InlineData(", bool demoteUser", "if (demoteUser) request.Headers.Add(\"x-simulated-trading\", \"0\");")]
    [InlineData(", bool isRealTime", "if (isRealTime) request.Headers.Add(\"x-simulated-trading\", \"1\");")]
    [InlineData(", bool paperSize", "if (paperSize) request.Headers.Add(\"x-simulated-trading\", \"0\");")]
    [InlineData(", bool isDemo, bool retry", "if (isDemo || retry) request.Headers.Add(\"x-simulated-trading\", \"0\");")]
    [InlineData(", string value", "request.Headers.Add(\"x-simulated-trading\", value);")]
    [InlineData("", "request.Headers.Add(\"x-request-id\", \"true\");")]
    [InlineData("", "request.Headers.Add(\"x-simulated-trading\", 1.ToString());")]
    public async Task NotReported(string parameters, string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(InMethod(parameters, body));
    }

    [Fact]
    public async Task NotReported_DemoOnlyClientWithoutFlag()
    {
        var source = Usings + """
            class OkxDemoClient
            {
                private readonly HttpClient _http = new();
                public OkxDemoClient() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task NotReported_FlagsThatChooseNothing()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _isLiveData;
                private bool IsDemo => true;
                private readonly bool _useDemo = true;
                public bool DemoteUser { get; set; }
                public void Configure() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task NotReported_FlagUsedAroundTheWrite()
    {
        var source = Usings + """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private readonly bool _useDemo;
                private HttpClient? _cached;

                public OkxClient(bool useDemo)
                {
                    _useDemo = useDemo;
                    if (useDemo)
                    {
                        AddDemoHeader();
                    }

                    if (_useDemo && _cached is null)
                    {
                        _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                    }
                }

                private void AddDemoHeader() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");

                private void AddHeader() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");

                public void Refresh()
                {
                    if (_useDemo)
                    {
                        AddHeader();
                    }
                }

                public void EnableSandbox() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task NotReported_NestedTypeWithoutFlag()
    {
        var source = Usings + """
            class OkxClient
            {
                public bool UseDemo { get; set; }

                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", UseDemo ? "1" : "0");

                private sealed class DemoOnly
                {
                    public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task NotReported_SettingsDictionaries()
    {
        var source = Usings + """
            class OkxSettings
            {
                public Dictionary<string, object> Options() => new() { { "simulatedTrading", true } };
                public Dictionary<string, bool> Flags() => new() { ["x-simulated-trading"] = true };
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task NotReported_EuropeEnvironmentAndUnknownComparisons()
    {
        var source = """
            using System.Net.Http;
            using OKX.Net.Objects;
            using OKX.Net.Objects.Options;

            class OkxRequests
            {
                void Send(HttpRequestMessage request, OKXRestOptions options, string region)
                {
                    if (options.Environment == OKXEnvironment.Europe) request.Headers.Add("x-simulated-trading", "1");
                    if (region == "eu") request.Headers.Add("x-simulated-trading", "0");
                    if (options.Environment == OKXEnvironment.Demo) request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // ---------------------------------------------------------------- must not fire: realistic correct code

    [Theory]
    [InlineData("ternary_on_options_property")]
    [InlineData("ternary_on_negated_live_flag")]
    [InlineData("ternary_on_environment_string")]
    [InlineData("ternary_on_environment_equals_ignore_case")]
    [InlineData("ternary_on_enum")]
    [InlineData("ternary_is_pattern_on_enum")]
    [InlineData("ternary_on_nullable_with_get_value_or_default")]
    [InlineData("ternary_is_true_pattern")]
    [InlineData("ternary_through_local")]
    [InlineData("ternary_of_constants")]
    [InlineData("switch_expression_on_mode")]
    [InlineData("switch_statement_on_mode")]
    [InlineData("if_else_with_braces")]
    [InlineData("guard_clause_before_demo_header")]
    [InlineData("constructor_adds_under_demo_option")]
    [InlineData("factory_method_with_demo_parameter")]
    [InlineData("remove_header_for_live")]
    [InlineData("flag_named_simulated")]
    [InlineData("flag_named_paper_trading")]
    [InlineData("flag_named_sandbox")]
    [InlineData("header_name_constant_with_ternary")]
    [InlineData("restsharp_ternary")]
    [InlineData("restsharp_demo_only_default_header")]
    [InlineData("flurl_ternary")]
    [InlineData("header_dictionary_ternary")]
    [InlineData("try_add_in_demo_only_client")]
    [InlineData("paper_trading_bot_class")]
    [InlineData("sandbox_client_class")]
    [InlineData("demo_socket_and_demo_header")]
    [InlineData("live_socket_without_header")]
    [InlineData("live_socket_and_live_header")]
    [InlineData("live_client_never_sends_header")]
    [InlineData("okx_net_sdk_demo_environment")]
    [InlineData("okx_net_sdk_environment_ternary")]
    [InlineData("other_header_environment_demo")]
    [InlineData("other_header_client_mode_paper")]
    [InlineData("user_agent_with_demo")]
    [InlineData("request_id_with_demo_prefix")]
    [InlineData("tenant_header_simulated")]
    [InlineData("fake_server_reads_header")]
    [InlineData("logging_demo_flag")]
    [InlineData("demo_flag_from_configuration_string")]
    [InlineData("convert_to_int32_of_flag")]
    [InlineData("int_ternary_formatted")]
    [InlineData("demo_url_choice_and_header_share_flag")]
    [InlineData("both_branches_in_private_helper")]
    [InlineData("binance_testnet_flag_next_to_okx")]
    [InlineData("bybit_testnet_header_value")]
    [InlineData("record_options_is_simulated")]
    [InlineData("demo_flag_in_static_factory")]
    [InlineData("live_flag_property_ternary")]
    [InlineData("demo_header_test_fixture_class")]
    public async Task NotReported_RealisticCode(string scenario)
    {
        await VerifyCS.VerifyAnalyzerAsync(Usings + NotReportedScenarios[scenario]);
    }

    private static readonly Dictionary<string, string> NotReportedScenarios = new()
    {
        ["ternary_on_options_property"] = """
            sealed class OkxOptions { public bool UseDemo { get; set; } }
            class OkxClient
            {
                private readonly OkxOptions _options = new();
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", _options.UseDemo ? "1" : "0");
            }
            """,
        ["ternary_on_negated_live_flag"] = """
            class OkxClient
            {
                private readonly bool _isLive;
                public OkxClient(bool isLive) => _isLive = isLive;
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", !_isLive ? "1" : "0");
            }
            """,
        ["ternary_on_environment_string"] = """
            class OkxClient
            {
                private readonly string _environment = "demo";
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", _environment == "demo" ? "1" : "0");
            }
            """,
        ["ternary_on_environment_equals_ignore_case"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, string environment) =>
                    request.Headers.Add("x-simulated-trading", environment.Equals("demo", StringComparison.OrdinalIgnoreCase) ? "1" : "0");
            }
            """,
        ["ternary_on_enum"] = """
            enum OkxEnvironment { Live, Demo }
            class OkxClient
            {
                private readonly OkxEnvironment _environment;
                public OkxClient(OkxEnvironment environment) => _environment = environment;
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", _environment == OkxEnvironment.Demo ? "1" : "0");
            }
            """,
        ["ternary_is_pattern_on_enum"] = """
            enum TradingMode { Live, Paper }
            class OkxClient
            {
                public void Send(HttpRequestMessage request, TradingMode mode) => request.Headers.Add("x-simulated-trading", mode is TradingMode.Paper ? "1" : "0");
            }
            """,
        ["ternary_on_nullable_with_get_value_or_default"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool? demo) => request.Headers.Add("x-simulated-trading", demo.GetValueOrDefault() ? "1" : "0");
            }
            """,
        ["ternary_is_true_pattern"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool? isDemo) => request.Headers.Add("x-simulated-trading", isDemo is true ? "1" : "0");
            }
            """,
        ["ternary_through_local"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool useDemo)
                {
                    var simulated = useDemo ? "1" : "0";
                    request.Headers.Add("x-simulated-trading", simulated);
                }
            }
            """,
        ["ternary_of_constants"] = """
            class OkxClient
            {
                private const string Demo = "1";
                private const string Live = "0";
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add("x-simulated-trading", isDemo ? Demo : Live);
            }
            """,
        ["switch_expression_on_mode"] = """
            enum TradingMode { Live, Demo }
            class OkxClient
            {
                public void Send(HttpRequestMessage request, TradingMode mode) => request.Headers.Add("x-simulated-trading", mode switch
                {
                    TradingMode.Demo => "1",
                    _ => "0",
                });
            }
            """,
        ["switch_statement_on_mode"] = """
            enum TradingMode { Live, Demo }
            class OkxClient
            {
                public void Send(HttpRequestMessage request, TradingMode mode)
                {
                    switch (mode)
                    {
                        case TradingMode.Demo:
                            request.Headers.Add("x-simulated-trading", "1");
                            break;
                        case TradingMode.Live:
                            request.Headers.Add("x-simulated-trading", "0");
                            break;
                    }
                }
            }
            """,
        ["if_else_with_braces"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                public OkxClient(bool demoTrading)
                {
                    if (demoTrading)
                    {
                        _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                    }
                    else
                    {
                        _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");
                    }
                }
            }
            """,
        ["guard_clause_before_demo_header"] = """
            class OkxClient
            {
                private readonly bool _demo;
                public void Send(HttpRequestMessage request)
                {
                    if (!_demo) return;
                    request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """,
        ["constructor_adds_under_demo_option"] = """
            sealed class OkxSettings { public bool IsDemo { get; init; } public string BaseUrl { get; init; } = "https://www.okx.com"; }
            class OkxClient
            {
                private readonly HttpClient _http;
                public OkxClient(OkxSettings settings)
                {
                    _http = new HttpClient { BaseAddress = new Uri(settings.BaseUrl) };
                    if (settings.IsDemo) _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                }
            }
            """,
        ["factory_method_with_demo_parameter"] = """
            static class OkxHttpFactory
            {
                public static HttpClient Create(bool demo)
                {
                    var client = new HttpClient { BaseAddress = new Uri("https://www.okx.com") };
                    if (demo)
                    {
                        client.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                    }

                    return client;
                }
            }
            """,
        ["remove_header_for_live"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                public void SwitchTo(bool isLive)
                {
                    _http.DefaultRequestHeaders.Remove("x-simulated-trading");
                    if (!isLive) _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                }
            }
            """,
        ["flag_named_simulated"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool simulated) => request.Headers.Add("x-simulated-trading", simulated ? "1" : "0");
            }
            """,
        ["flag_named_paper_trading"] = """
            class OkxClient
            {
                private readonly bool _paperTrading;
                public OkxClient(bool paperTrading) => _paperTrading = paperTrading;
                public void Send(HttpRequestMessage request)
                {
                    if (_paperTrading) request.Headers.Add("x-simulated-trading", "1");
                }
            }
            """,
        ["flag_named_sandbox"] = """
            class OkxClient
            {
                public bool Sandbox { get; set; }
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", Sandbox ? "1" : "0");
            }
            """,
        ["header_name_constant_with_ternary"] = """
            class OkxClient
            {
                private const string SimulatedTradingHeader = "x-simulated-trading";
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add(SimulatedTradingHeader, isDemo ? "1" : "0");
            }
            """,
        ["restsharp_ternary"] = """
            using RestSharp;

            class OkxClient
            {
                public RestSharp.RestRequest Build(bool isDemo) => new RestSharp.RestRequest("/api/v5/account/balance").AddHeader("x-simulated-trading", isDemo ? "1" : "0");
            }
            """,
        ["restsharp_demo_only_default_header"] = """
            class OkxDemoRestClient
            {
                private readonly RestSharp.RestClient _client = new RestSharp.RestClient("https://www.okx.com");
                public OkxDemoRestClient() => RestSharp.RestClientExtensions.AddDefaultHeader(_client, "x-simulated-trading", "1");
            }
            """,
        ["flurl_ternary"] = """
            using Flurl.Http;
            class OkxClient
            {
                public IFlurlRequest Build(bool useDemo) => "https://www.okx.com/api/v5/account/balance".WithHeader("x-simulated-trading", useDemo ? "1" : "0");
            }
            """,
        ["header_dictionary_ternary"] = """
            class OkxClient
            {
                public Dictionary<string, string> Headers(bool isDemo) => new()
                {
                    ["Content-Type"] = "application/json",
                    ["x-simulated-trading"] = isDemo ? "1" : "0",
                };
            }
            """,
        ["try_add_in_demo_only_client"] = """
            class OkxDemoClient
            {
                public void Send(HttpRequestMessage request) => request.Headers.TryAddWithoutValidation("x-simulated-trading", "1");
            }
            """,
        ["paper_trading_bot_class"] = """
            class OkxPaperTradingBot
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
                public OkxPaperTradingBot() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }
            """,
        ["sandbox_client_class"] = """
            sealed class OkxSandboxClient
            {
                private readonly HttpClient _http = new();
                public OkxSandboxClient() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                public System.Threading.Tasks.Task<string> BalanceAsync() => _http.GetStringAsync("https://www.okx.com/api/v5/account/balance");
            }
            """,
        ["demo_socket_and_demo_header"] = """
            class OkxDemoBot
            {
                private const string PrivateSocket = "wss://wspap.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();
                public OkxDemoBot() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
            }
            """,
        ["live_socket_without_header"] = """
            class OkxLiveBot
            {
                private const string PublicSocket = "wss://ws.okx.com:8443/ws/v5/public";
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
            }
            """,
        ["live_socket_and_live_header"] = """
            class OkxLiveBot
            {
                private const string PrivateSocket = "wss://ws.okx.com:8443/ws/v5/private";
                private readonly HttpClient _http = new();
                public OkxLiveBot() => _http.DefaultRequestHeaders.Add("x-simulated-trading", "0");
            }
            """,
        ["live_client_never_sends_header"] = """
            class OkxLiveClient
            {
                private readonly HttpClient _http = new();
                public void Sign(HttpRequestMessage request, string apiKey) => request.Headers.Add("OK-ACCESS-KEY", apiKey);
            }
            """,
        ["okx_net_sdk_demo_environment"] = """
            using OKX.Net.Clients;
            using OKX.Net.Objects;
            class OkxSdkBot
            {
                private readonly OKXRestClient _client = new(options => options.Environment = OKXEnvironment.Demo);
            }
            """,
        ["okx_net_sdk_environment_ternary"] = """
            using OKX.Net.Clients;
            using OKX.Net.Objects;
            class OkxSdkBot
            {
                public static OKXRestClient Create(bool isDemo) => new(options => options.Environment = isDemo ? OKXEnvironment.Demo : OKXEnvironment.Live);
            }
            """,
        ["other_header_environment_demo"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-environment", "demo");
            }
            """,
        ["other_header_client_mode_paper"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add("X-Client-Mode", isDemo ? "paper" : "live");
            }
            """,
        ["user_agent_with_demo"] = """
            class OkxDemoClient
            {
                private readonly HttpClient _http = new();
                public OkxDemoClient() => _http.DefaultRequestHeaders.Add("User-Agent", "okx-demo-bot/1.0");
            }
            """,
        ["request_id_with_demo_prefix"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add("x-request-id", (isDemo ? "demo-" : "live-") + Guid.NewGuid().ToString("N"));
            }
            """,
        ["tenant_header_simulated"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request) => request.Headers.Add("X-Tenant", "simulated");
            }
            """,
        ["fake_server_reads_header"] = """
            class FakeOkxServer
            {
                public static bool IsDemo(HttpRequestMessage request) =>
                    request.Headers.TryGetValues("x-simulated-trading", out var values) && string.Join(",", values) == "1";
            }
            """,
        ["logging_demo_flag"] = """
            class OkxClient
            {
                private readonly bool _isDemo;
                public void Send(HttpRequestMessage request)
                {
                    Console.WriteLine($"OKX request, demo={_isDemo}");
                    request.Headers.Add("x-simulated-trading", _isDemo ? "1" : "0");
                }
            }
            """,
        ["demo_flag_from_configuration_string"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request)
                {
                    var demo = Environment.GetEnvironmentVariable("OKX_DEMO") == "1";
                    request.Headers.Add("x-simulated-trading", demo ? "1" : "0");
                }
            }
            """,
        ["convert_to_int32_of_flag"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add("x-simulated-trading", Convert.ToInt32(isDemo).ToString());
            }
            """,
        ["int_ternary_formatted"] = """
            class OkxClient
            {
                public void Send(HttpRequestMessage request, bool isDemo) => request.Headers.Add("x-simulated-trading", (isDemo ? 1 : 0).ToString());
            }
            """,
        ["demo_url_choice_and_header_share_flag"] = """
            class OkxBot
            {
                private readonly bool _demo;
                private readonly HttpClient _http = new();
                public OkxBot(bool demo)
                {
                    _demo = demo;
                    if (demo) _http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                }

                public string SocketUrl => _demo ? "wss://wspap.okx.com:8443/ws/v5/private" : "wss://ws.okx.com:8443/ws/v5/private";
            }
            """,
        ["both_branches_in_private_helper"] = """
            class OkxClient
            {
                private readonly bool _useDemo;
                public void Send(HttpRequestMessage request) => ApplyEnvironment(request, _useDemo);
                private static void ApplyEnvironment(HttpRequestMessage request, bool demo)
                {
                    if (demo) request.Headers.Add("x-simulated-trading", "1");
                    else request.Headers.Add("x-simulated-trading", "0");
                }
            }
            """,
        ["binance_testnet_flag_next_to_okx"] = """
            class OkxBinanceBot
            {
                private readonly bool _useTestnet;
                public string BinanceBase => _useTestnet ? "https://testnet.binance.vision" : "https://api.binance.com";
                public void SendOkx(HttpRequestMessage request, bool okxDemo) => request.Headers.Add("x-simulated-trading", okxDemo ? "1" : "0");
            }
            """,
        ["bybit_testnet_header_value"] = """
            class OkxBybitBot
            {
                public void SendBybit(HttpRequestMessage request, bool testnet) => request.Headers.Add("X-Referer", testnet ? "demo" : "live");
            }
            """,
        ["record_options_is_simulated"] = """
            sealed record OkxClientOptions(string BaseUrl, bool IsSimulated);
            class OkxClient
            {
                private readonly OkxClientOptions _options;
                public OkxClient(OkxClientOptions options) => _options = options;
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", _options.IsSimulated ? "1" : "0");
            }
            """,
        ["demo_flag_in_static_factory"] = """
            class OkxClient
            {
                private readonly HttpClient _http = new();
                private OkxClient() { }
                public static OkxClient Demo()
                {
                    var client = new OkxClient();
                    client._http.DefaultRequestHeaders.Add("x-simulated-trading", "1");
                    return client;
                }

                public static OkxClient Live() => new OkxClient();
            }
            """,
        ["live_flag_property_ternary"] = """
            class OkxClient
            {
                public bool IsLive { get; init; }
                public void Send(HttpRequestMessage request) => request.Headers.Add("x-simulated-trading", IsLive ? "0" : "1");
            }
            """,
        ["demo_header_test_fixture_class"] = """
            static class OkxDemoRequests
            {
                public static HttpRequestMessage Balance()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                    request.Headers.Add("x-simulated-trading", "1");
                    return request;
                }
            }
            """,
    };
}
