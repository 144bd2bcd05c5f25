namespace OkxSafety.Analyzers.Tests.Robustness;

/// <summary>
/// The per-type gate (OkxGate.MayBeOkxType) on whole rules, without the SDK stubs (whose assembly names open the gate
/// everywhere): code whose own text has no OKX marker is still analysed when it uses what an OKX file declares for it.
/// </summary>
public class PerTypeGateTests
{
    private const string HeaderConstants = """
        namespace Bot;

        public static class AccessHeaders
        {
            public const string Key = "OK-ACCESS-KEY";
            public const string Sign = "OK-ACCESS-SIGN";
            public const string Timestamp = "OK-ACCESS-TIMESTAMP";
        }
        """;

    private const string Sender = """
        using System.Net.Http;

        namespace Bot;

        public sealed class Sender
        {
            public HttpRequestMessage Build(string key, string sign, string timestamp)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/balance");
                request.Headers.Add(AccessHeaders.Key, key);
                request.Headers.Add(AccessHeaders.Sign, sign);
                request.Headers.Add(AccessHeaders.Timestamp, timestamp);
                return request;
            }
        }
        """;

    [Fact]
    public async Task Code_that_names_an_okx_files_header_constants_is_analysed()
    {
        var project = RuleRunner.CreateProject(new[] { ("/0/AccessHeaders.cs", HeaderConstants), ("/0/Sender.cs", Sender) }, new RuleRunner.Options(IncludeStubs: false));
        var analysis = await RuleRunner.AnalyzeAsync(project);
        Assert.Empty(analysis.CompilerErrors);
        var finding = Assert.Single(analysis.Diagnostics);
        Assert.Equal("OKX003", finding.Id);
        Assert.Equal("/0/Sender.cs", finding.Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task The_same_code_with_its_own_constants_of_another_service_stays_quiet()
    {
        var otherService = HeaderConstants.Replace("OK-ACCESS-", "X-SHOP-", StringComparison.Ordinal);
        var project = RuleRunner.CreateProject(new[] { ("/0/AccessHeaders.cs", otherService), ("/0/Sender.cs", Sender) }, new RuleRunner.Options(IncludeStubs: false));
        var analysis = await RuleRunner.AnalyzeAsync(project);
        Assert.Empty(analysis.CompilerErrors);
        Assert.Empty(analysis.Diagnostics);
    }

    [Fact]
    public async Task A_partial_part_without_markers_is_analysed_with_its_okx_part()
    {
        const string okxPart = """
            namespace Bot;
            public sealed partial class Client
            {
                private const string Host = "https://www.okx.com";
            }
            """;
        const string plainPart = """
            using System.Net.Http;
            namespace Bot;
            public sealed partial class Client
            {
                public HttpRequestMessage Build(string key, string sign, string timestamp)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, Host + "/balance");
                    request.Headers.Add("OK-ACCESS-KEY", key);
                    request.Headers.Add("OK-ACCESS-SIGN", sign);
                    request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    return request;
                }
            }
            """;
        var project = RuleRunner.CreateProject(new[] { ("/0/Client.cs", okxPart), ("/0/Client.Requests.cs", plainPart.Replace("OK-ACCESS-", "\" + Prefix + \"", StringComparison.Ordinal)), ("/0/Prefix.cs", "namespace Bot; public sealed partial class Client { private const string Prefix = \"OK-ACCESS-\"; }") }, new RuleRunner.Options(IncludeStubs: false));
        var analysis = await RuleRunner.AnalyzeAsync(project);
        Assert.Empty(analysis.CompilerErrors);
        var finding = Assert.Single(analysis.Diagnostics);
        Assert.Equal("OKX003", finding.Id);
        Assert.Equal("/0/Client.Requests.cs", finding.Location.SourceTree!.FilePath);
    }
}
