using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>
/// The rules across the shapes C# code comes in: generated files, partial types, top-level statements, records
/// with primary constructors, file-scoped namespaces, nullable on and off, and old language versions. The test
/// host parses with Roslyn 4.5 (C# 11); primary constructors on classes (C# 12) are covered by the
/// pack-and-consume test, which builds with the SDK's own compiler.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class LanguageCoverageTests
{
    private static readonly string[] AllIds = { "OKX001", "OKX002", "OKX003", "OKX004", "OKX005", "OKX006", "OKX007" };

    /// <summary>One body that trips every rule once: a hard-coded key and no passphrase on one request; an untrimmed
    /// passphrase and a wrong demo header on another; a payload read with no code check; a passphrase printed; a culture-formatted timestamp.</summary>
    private const string Body = """
                var unsigned = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                unsigned.Headers.Add("OK-ACCESS-KEY", "4f9c2d1e-8a7b-4c3d-9e2f-1a2b3c4d5e6f");
                unsigned.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                unsigned.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.Now.ToString());
                var signed = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                signed.Headers.Add("OK-ACCESS-KEY", Environment.GetEnvironmentVariable("OKX_API_KEY")?.Trim() ?? "");
                signed.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE") ?? "");
                signed.Headers.Add("x-simulated-trading", "true");
                var response = await http.SendAsync(signed);
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Console.WriteLine(document.RootElement.GetProperty("data"));
                Console.WriteLine("passphrase: " + Environment.GetEnvironmentVariable("OKX_PASSPHRASE"));
    """;

    private const string Usings = "using System; using System.Net.Http; using System.Text.Json; using System.Threading.Tasks;\n";

    public static TheoryData<string, string> Shapes() => new()
    {
        { "top-level statements", Usings + "var http = new HttpClient();\n" + Body },
        { "file-scoped namespace", Usings + "namespace Bots.Okx;\npublic sealed class OkxBot\n{\n    private readonly HttpClient http = new();\n    public async Task RunAsync()\n    {\n" + Body + "\n    }\n}\n" },
        { "record with primary constructor", Usings + "public sealed record OkxBot(HttpClient Http)\n{\n    public async Task RunAsync()\n    {\n        var http = Http;\n" + Body + "\n    }\n}\n" },
        { "nested and generic", Usings + "namespace Bots { public static class Outer { public sealed class OkxBot<T> where T : class { private readonly HttpClient http = new HttpClient(); public async Task RunAsync(T state) {\n" + Body + "\n} } } }\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_rule_fires_in_every_shape_with_nullable_on_and_off(string shape, string source)
    {
        foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
        {
            var outputKind = shape == "top-level statements" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            var project = RuleRunner.CreateProject(new[] { ("/0/Bot.cs", source) }, new RuleRunner.Options(Nullable: nullable), outputKind: outputKind);
            var analysis = await RuleRunner.AnalyzeAsync(project);
            Assert.True(analysis.CompilerErrors.IsEmpty, shape + ": " + string.Join("\n", analysis.CompilerErrors));
            Assert.Empty(analysis.Exceptions);
            Assert.Equal(AllIds, analysis.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));

            foreach (var outcome in await RuleRunner.ApplyEveryFixAsync(analysis))
            {
                Assert.True(outcome.Problem is null, $"{shape}, nullable {nullable}: {outcome.Id} fix '{outcome.Title}': {outcome.Problem}");
                if (outcome.After is not null)
                {
                    var after = await RuleRunner.AnalyzeAsync(outcome.After.Project);
                    Assert.True(after.CompilerErrors.IsEmpty, $"{shape}, nullable {nullable}: fix '{outcome.Title}' breaks the code: {string.Join("; ", after.CompilerErrors)}\n{await outcome.After.GetTextAsync()}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Without_an_OKX_SDK_reference_the_text_opens_the_gate(string shape, string source)
    {
        // The test stubs are assemblies named OKX.Net, CryptoExchange.Net, ccxt…, which open OkxGate for every tree;
        // here the only references are the framework's, so the rules run because the code itself talks to OKX.
        var outputKind = shape == "top-level statements" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var project = RuleRunner.CreateProject(new[] { ("/0/Bot.cs", source) }, new RuleRunner.Options(IncludeStubs: false), outputKind: outputKind);
        var analysis = await RuleRunner.AnalyzeAsync(project);
        Assert.Equal(AllIds, analysis.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));

        var unrelated = source.Replace("okx", "example", StringComparison.OrdinalIgnoreCase).Replace("OK-ACCESS-", "X-ACCESS-").Replace("/api/v5/", "/api/v3/");
        var quiet = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/Bot.cs", unrelated) }, new RuleRunner.Options(IncludeStubs: false), outputKind: outputKind));
        Assert.Empty(quiet.Diagnostics);
    }

    [Fact]
    public async Task Generated_code_is_not_analysed()
    {
        var plain = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(Corpora.SampleWithImplicitUsings));
        Assert.NotEmpty(plain.Diagnostics);

        var marked = Corpora.SampleWithImplicitUsings.Select(s => (s.Path, "// <auto-generated/>\n" + s.Text));
        Assert.Empty((await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(marked))).Diagnostics);

        var named = Corpora.SampleWithImplicitUsings.Select(s => (s.Path.Replace(".cs", ".g.cs"), s.Text));
        Assert.Empty((await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(named))).Diagnostics);
    }

    /// <summary>The rules skip generated code themselves (not the driver): every way of marking it, and the
    /// .editorconfig override that un-marks a generated-looking file.</summary>
    [Fact]
    public async Task Generated_code_is_not_reported_however_it_is_marked()
    {
        static string Bot(string attribute) => Usings + attribute + "\npublic sealed class OkxBot\n{\n    private readonly HttpClient http = new();\n    public async Task RunAsync()\n    {\n" + Body + "\n    }\n}\n";

        var plain = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/Bot.cs", Bot("")) }));
        Assert.Equal(AllIds, plain.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));

        var attributed = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/Bot.cs", Bot("[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]")) }));
        Assert.Empty(attributed.Exceptions);
        Assert.Empty(attributed.Diagnostics);

        var hidden = Bot("").Replace("    public async Task RunAsync()", "#line hidden\n    public async Task RunAsync()");
        Assert.Empty((await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/Bot.cs", hidden) }))).Diagnostics);

        var markedInConfig = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(
            new[] { ("/0/Bot.cs", Bot("")) }, new RuleRunner.Options(EditorConfig: "root = true\n[*.cs]\ngenerated_code = true\n")));
        Assert.Empty(markedInConfig.Diagnostics);

        var unmarkedInConfig = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(
            new[] { ("/0/Bot.g.cs", Bot("")) }, new RuleRunner.Options(EditorConfig: "root = true\n[*.cs]\ngenerated_code = false\n")));
        Assert.Equal(AllIds, unmarkedInConfig.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));
    }

    /// <summary>A partial type with a generated part: the generated part's headers count for the type (the rules read
    /// generated code for facts), and nothing is reported inside it.</summary>
    [Fact]
    public async Task The_generated_part_of_a_partial_type_counts_but_is_never_reported_in()
    {
        const string user = Usings + """
            public sealed partial class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                public void SignIn(string key) => _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", key);
            }
            """;
        const string generatedPassphrase = "// <auto-generated/>\n" + Usings + """
            public sealed partial class OkxClient
            {
                public void SignInPassphrase(string passphrase) => _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
            """;
        var withGeneratedPassphrase = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/OkxClient.cs", user), ("/0/OkxClient.Api.cs", generatedPassphrase) }));
        Assert.Empty(withGeneratedPassphrase.Exceptions);
        Assert.DoesNotContain(withGeneratedPassphrase.Diagnostics, d => d.Id == "OKX003");

        // The key written only in the generated part, no passphrase anywhere: the finding would be in generated code.
        const string generatedKey = "// <auto-generated/>\n" + Usings + """
            public sealed partial class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                public void SignIn(string key) => _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", key);
            }
            """;
        var keyInGenerated = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/OkxClient.Api.cs", generatedKey), ("/0/OkxClient.cs", Usings + "public sealed partial class OkxClient { public void Ping() { } }") }));
        Assert.Empty(keyInGenerated.Diagnostics);

        // The same key in the user's part is reported there.
        var keyInUser = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/OkxClient.cs", user), ("/0/OkxClient.Api.cs", "// <auto-generated/>\n" + Usings + "public sealed partial class OkxClient { public void Ping() { } }") }));
        Assert.Equal("/0/OkxClient.cs", Assert.Single(keyInUser.Diagnostics, d => d.Id == "OKX003").Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task Partial_types_across_files_are_one_type()
    {
        const string first = Usings + """
            public sealed partial class OkxClient
            {
                private readonly HttpClient _http = new HttpClient();
                public void SignIn(string key) => _http.DefaultRequestHeaders.Add("OK-ACCESS-KEY", key);
            }
            """;
        const string second = Usings + """
            public sealed partial class OkxClient
            {
                public void SignInPassphrase(string passphrase) => _http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase);
            }
            """;
        var both = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/A.cs", first), ("/0/B.cs", second) }));
        Assert.Empty(both.Exceptions);
        Assert.DoesNotContain(both.Diagnostics, d => d.Id == "OKX003");

        var onlyFirst = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/A.cs", first), ("/0/B.cs", Usings + "public sealed partial class OkxClient { }") }));
        Assert.Contains(onlyFirst.Diagnostics, d => d.Id == "OKX003");
    }

    [Fact]
    public async Task Fixes_in_a_CSharp_7_3_project_use_no_newer_syntax()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;

            namespace Bots
            {
                public sealed class OkxBot
                {
                    public sealed class OkxKeys
                    {
                        public string ApiKey { get; set; }
                        public string SecretKey { get; set; }
                        public int Timeout { get; set; }
                    }

                    private const string ApiKey = "4f9c2d1e-8a7b-4c3d-9e2f-1a2b3c4d5e6f";
                    private readonly HttpClient http = new HttpClient();

                    public async Task RunAsync()
                    {
                        var unsigned = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                        unsigned.Headers.Add("OK-ACCESS-KEY", ApiKey);
                        unsigned.Headers.Add("OK-ACCESS-SIGN", "c2lnbg==");
                        unsigned.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.Now.ToString());
                        var signed = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance");
                        signed.Headers.Add("OK-ACCESS-PASSPHRASE", Environment.GetEnvironmentVariable("OKX_PASSPHRASE"));
                        signed.Headers.Add("x-simulated-trading", "true");
                        var response = await http.SendAsync(signed);
                        using (var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
                        {
                            Console.WriteLine(document.RootElement.GetProperty("data"));
                        }

                        Console.WriteLine("passphrase: " + Environment.GetEnvironmentVariable("OKX_PASSPHRASE"));
                        Console.WriteLine(signed.Headers);
                        foreach (var header in signed.Headers)
                        {
                            Console.WriteLine(header.Key + ": " + string.Join(",", header.Value));
                        }

                        var keys = new OkxKeys();
                        Console.WriteLine(JsonSerializer.Serialize(keys));
                    }
                }
            }
            """;
        // A C# 7.3 project is a .NET Framework one: net472 reference assemblies with the packages it would reference.
        var options = new RuleRunner.Options(LanguageVersion: LanguageVersion.CSharp7_3, Framework: TestReferences.Net472);
        var analysis = await RuleRunner.AnalyzeAsync(RuleRunner.CreateProject(new[] { ("/0/Bot.cs", source) }, options));
        Assert.True(analysis.CompilerErrors.IsEmpty, string.Join("\n", analysis.CompilerErrors));
        Assert.Equal(AllIds, analysis.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));

        var applied = 0;
        foreach (var outcome in await RuleRunner.ApplyEveryFixAsync(analysis))
        {
            Assert.True(outcome.Problem is null, $"{outcome.Id} fix '{outcome.Title}': {outcome.Problem}");
            if (outcome.After is null)
            {
                continue;
            }

            applied++;
            var after = await RuleRunner.AnalyzeAsync(outcome.After.Project);
            Assert.True(after.CompilerErrors.IsEmpty, $"fix '{outcome.Title}' needs a newer C#: {string.Join("; ", after.CompilerErrors)}\n{await outcome.After.GetTextAsync()}");
        }

        Assert.True(applied >= AllIds.Length);
    }
}
