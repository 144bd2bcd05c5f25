using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>
/// The graph-free answer OKX005 gives for the usual shape. It must be sound: whenever it says "guarded", the graph
/// analysis must agree (the rule tests check the diagnostics; these check the answer itself).
/// </summary>
public sealed class LeadingCodeGuardTests
{
    private const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Threading.Tasks;

        public sealed record Envelope(string Code, string Msg, List<int> Data);
        public sealed record NumericEnvelope(int Code, string Msg, List<int> Data);

        class C
        {
            const string Success = "0";

        """;

    [Theory]
    [InlineData("""
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var code = root.GetProperty("code").GetString();
        if (code != "0")
        {
            throw new InvalidOperationException("OKX error " + code);
        }

        return root.GetProperty("data").GetArrayLength();
        """)]
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json) ?? throw new InvalidOperationException("empty");
        if (envelope.Code != "0") throw new InvalidOperationException(envelope.Msg);
        return envelope.Data.Count;
        """)]
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if ("0" != envelope.Code) { return -1; }
        return envelope.Data.Count;
        """)]
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<NumericEnvelope>(json)!;
        if (envelope.Code != 0) return -1;
        return envelope.Data.Count;
        """)]
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code != Success) return -1;
        return envelope.Data.Count;
        """)]
    public void Guarded(string body) => Assert.True(Ask(body));

    [Theory]
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        var count = envelope.Data.Count;
        if (envelope.Code != "0") throw new InvalidOperationException();
        return count;
        """)] // the payload is read before the check
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code != "0") Console.WriteLine("failed");
        return envelope.Data.Count;
        """)] // the failure branch does not leave
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code != "1") throw new InvalidOperationException();
        return envelope.Data.Count;
        """)] // a wrong success value
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (other.Code != "0") throw new InvalidOperationException();
        return envelope.Data.Count;
        """)] // the code of another envelope
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code == "0") { return envelope.Data.Count; }
        return -1;
        """)] // a success test (the graph decides)
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code != "0") throw new InvalidOperationException();
        Func<int> later = () => envelope.Data.Count;
        return later();
        """)] // a lambda: statement order is not control flow
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        var checkedOne = envelope;
        checkedOne = other;
        if (checkedOne.Code != "0") throw new InvalidOperationException();
        return envelope.Data.Count;
        """)] // the tested local is written again
    [InlineData("""
        var envelope = JsonSerializer.Deserialize<Envelope>(json)!;
        if (envelope.Code != "0") goto Failed;
        return envelope.Data.Count;
        Failed:
        return -1;
        """)] // a goto
    public void Not_guarded(string body) => Assert.False(Ask(body));

    [Fact]
    public void A_body_without_payload_reads_reads_no_payload()
    {
        var (body, _, model) = Body("""
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("apiKey").GetArrayLength();
            """);
        Assert.True(LeadingCodeGuard.Scan(body, model.Types, CancellationToken.None).ReadsNoPayload);

        var (withRead, _, _) = Body("""
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("data").GetArrayLength();
            """);
        Assert.False(LeadingCodeGuard.Scan(withRead, model.Types, CancellationToken.None).ReadsNoPayload);
    }

    private static bool Ask(string body)
    {
        var (operation, parse, model) = Body(body);
        var scan = LeadingCodeGuard.Scan(operation, model.Types, CancellationToken.None);
        return LeadingCodeGuard.GuardsEveryPayloadRead(operation, parse, scan, model.Types, CancellationToken.None);
    }

    private static (IOperation Body, IOperation Parse, ModelCompilation Model) Body(string body)
    {
        var source = Prelude + "    int M(string json, Envelope other)\n    {\n" + body + "\n    }\n}\n";
        var model = ModelCompilation.Create(source);
        var tree = model.Compilation.SyntaxTrees.Single();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var operation = model.Compilation.GetSemanticModel(tree).GetOperation(method)!;
        var parse = operation.Descendants().OfType<IInvocationOperation>().Single(i => OkxResponses.GetParseShape(i, model.Types) != ResponseShape.None);
        return (operation, parse, model);
    }
}
