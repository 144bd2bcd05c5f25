using Microsoft.CodeAnalysis.Testing;
using OkxSafety.Analyzers.Tests.Verifiers;
using Hardcoded = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.HardcodedCredentialCodeFixProvider>;
using Untrimmed = OkxSafety.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer,
    OkxSafety.Analyzers.CodeFixes.UntrimmedCredentialCodeFixProvider>;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// CCXT credentials set as properties after construction (issue 18): <c>exchange.apiKey = …; exchange.secret = …;
/// exchange.password = …</c> on ccxt.okx (and the exchanges derived from it: ccxt.myokx, ccxt.pro.okx) are credential
/// sinks for OKX001 (constants) and OKX002 (untrimmed reads); the same properties of another exchange are not.
/// </summary>
public class CcxtPropertyCredentialTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Configuration;

        """;

    private const string HardcodedKey = "Hard-coded OKX API key: load it from configuration or an environment variable, and rotate the exposed key";

    // ================================================================ OKX001

    [Fact]
    public Task OKX001_constants_assigned_to_the_okx_exchange_properties_fire_with_their_kind() => Hardcoded.VerifyAnalyzerAsync(
        Usings + """
        class Bot
        {
            ccxt.okx Create()
            {
                var exchange = new ccxt.okx();
                exchange.apiKey = {|#0:"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|};
                exchange.secret = {|#1:"A1B2C3D4E5F60718293A4B5C6D7E8F90"|};
                exchange.password = {|#2:"Tr4d1ng!Ccxt-7"|};
                return exchange;
            }

            void Pro(ccxt.pro.okx socket, ccxt.myokx eea)
            {
                socket.secret = {|#3:"B1B2C3D4E5F60718293A4B5C6D7E8F90"|};
                eea.password = {|#4:"Tr4d1ng!Eea-8"|};
            }
        }
        """,
        Hardcoded.Diagnostic().WithLocation(0).WithMessage(HardcodedKey),
        Hardcoded.Diagnostic().WithLocation(1).WithArguments("secret key"),
        Hardcoded.Diagnostic().WithLocation(2).WithArguments("passphrase"),
        Hardcoded.Diagnostic().WithLocation(3).WithArguments("secret key"),
        Hardcoded.Diagnostic().WithLocation(4).WithArguments("passphrase"));

    [Fact]
    public Task OKX001_fix_reads_the_environment_instead() => Hardcoded.VerifyCodeFixAsync(
        Usings + """
        class Bot
        {
            void Configure(ccxt.okx exchange)
            {
                exchange.apiKey = [|"3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b"|];
            }
        }
        """,
        Usings + """
        class Bot
        {
            void Configure(ccxt.okx exchange)
            {
                exchange.apiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? throw new InvalidOperationException("Set the OKX_API_KEY environment variable.");
            }
        }
        """);

    [Fact]
    public Task OKX001_quiet_on_other_exchanges_other_properties_and_stand_ins() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + """
        class Bot
        {
            void Binance(ccxt.binance binance, ccxt.pro.binance socket)
            {
                binance.apiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
                binance.secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
                socket.password = "Tr4d1ng!Binance-1";
            }

            void AnyExchange(ccxt.Exchange exchange)
            {
                // The base type may be any exchange: nothing says it is OKX.
                exchange.secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
            }

            void NotCredentials(ccxt.okx exchange)
            {
                exchange.uid = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
                exchange.apiKey = "";
                exchange.secret = "YOUR_SECRET_KEY";
                exchange.password = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
            }
        }
        """);

    [Fact]
    public Task OKX001_quiet_on_reads_of_the_properties_and_look_alike_types_outside_ccxt() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + """
        namespace MyBot
        {
            // A type of the user's own that is called okx but is not CCXT's, in code that is not about OKX otherwise.
            public class okx { public string apiKey { get; set; } = ""; }

            class Bot
            {
                void Use(ccxt.okx exchange, okx mine)
                {
                    var key = exchange.apiKey;
                    var same = exchange.secret == "A1B2C3D4E5F60718293A4B5C6D7E8F90";
                    Console.WriteLine(exchange.password.Length);
                }
            }
        }
        """);

    [Fact]
    public Task OKX001_quiet_on_a_binance_key_in_a_bot_that_also_trades_on_okx() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.HardcodedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + """
        class ArbitrageBot
        {
            private readonly ccxt.okx _okx = new ccxt.okx();
            private readonly ccxt.binance _binance = new ccxt.binance();

            public ArbitrageBot(IConfiguration config)
            {
                _okx.apiKey = config["Okx:ApiKey"]?.Trim() ?? "";
                _okx.secret = config["Okx:SecretKey"]?.Trim() ?? "";
                _okx.password = config["Okx:Passphrase"]?.Trim() ?? "";
                _binance.apiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
                _binance.secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
            }
        }
        """);

    // ================================================================ OKX002

    [Fact]
    public Task OKX002_untrimmed_reads_assigned_to_the_okx_exchange_properties_fire() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + """
        class Bot
        {
            ccxt.okx Create(IConfiguration config)
            {
                var exchange = new ccxt.pro.okx();
                exchange.apiKey = {|#0:Environment.GetEnvironmentVariable("OKX_API_KEY")|}!;
                exchange.secret = {|#1:config["Okx:SecretKey"]|}!;
                exchange.password = {|#2:Console.ReadLine()|}!;
                return exchange;
            }
        }
        """,
        Untrimmed.Diagnostic().WithLocation(0).WithArguments("API key", "an environment variable", "50111 (invalid OK-ACCESS-KEY)"),
        Untrimmed.Diagnostic().WithLocation(1).WithArguments("secret key", "configuration", "50113 (invalid signature)"),
        Untrimmed.Diagnostic().WithLocation(2).WithArguments("passphrase", "the console", "50105 (OK-ACCESS-PASSPHRASE incorrect)"));

    [Fact]
    public Task OKX002_fix_trims_where_read() => Untrimmed.VerifyCodeFixAsync(
        Usings + """
        class Bot
        {
            void Configure(ccxt.okx exchange)
            {
                var passphrase = [|Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|] ?? "";
                exchange.password = passphrase;
            }
        }
        """,
        Usings + """
        class Bot
        {
            void Configure(ccxt.okx exchange)
            {
                var passphrase = Environment.GetEnvironmentVariable("OKX_PASSPHRASE")?.Trim() ?? "";
                exchange.password = passphrase;
            }
        }
        """);

    [Fact]
    public Task OKX002_quiet_on_other_exchanges_trimmed_reads_and_other_properties() => CSharpAnalyzerVerifier<OkxSafety.Analyzers.Rules.UntrimmedCredentialAnalyzer>.VerifyAnalyzerAsync(
        Usings + """
        class Bot
        {
            void Binance(ccxt.binance binance, ccxt.pro.binance socket)
            {
                binance.apiKey = Environment.GetEnvironmentVariable("BINANCE_API_KEY")!;
                socket.secret = Environment.GetEnvironmentVariable("BINANCE_SECRET")!;
            }

            void AnyExchange(ccxt.Exchange exchange, IConfiguration config)
            {
                exchange.secret = config["Exchange:Secret"]!;
            }

            void Okx(ccxt.okx exchange, IConfiguration config)
            {
                exchange.apiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "";
                exchange.secret = config["Okx:SecretKey"]!.Trim();
                exchange.uid = Environment.GetEnvironmentVariable("OKX_UID")!;
            }
        }
        """);
}
