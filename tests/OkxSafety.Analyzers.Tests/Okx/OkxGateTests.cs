using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Okx;

public class OkxGateTests
{
    [Theory]
    [InlineData("var client = new OkxClient();")]
    [InlineData("// talks to OKEX")]
    [InlineData("request.Headers.Add(\"OK-ACCESS-PASSPHRASE\", p);")]
    [InlineData("var path = \"/API/V5/account/balance\";")]
    [InlineData("using CryptoExchange.Net.Authentication;")]
    [InlineData("var exchange = new ccxt.binance();")]
    [InlineData("okx")]
    [InlineData("CCXT")]
    [InlineData("cRyPtOeXcHaNgE")]
    [InlineData("\"/Api/V5/\"")]
    [InlineData("OKEX")]
    [InlineData("Ok-Access-Sign")]
    public void Text_with_an_okx_marker_may_contain_okx(string text)
    {
        Assert.True(OkxGate.TextMayContainOkx(text));
        Assert.True(OkxGate.TextMayContainOkx(SourceText.From(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("var book = new Booking(token); // ok")]
    [InlineData("request.Headers.Add(\"OK-ACCES\", \"/api/v4/x\");")]
    [InlineData("var o = \"okay\"; var k = \"ok-accessory\";")]
    [InlineData("5 x k X K 55 xx kk api/v5 /v5/ ccx cryptoxchange ok-acces")]
    public void Text_without_a_marker_cannot_contain_okx(string text)
    {
        Assert.False(OkxGate.TextMayContainOkx(text));
        Assert.False(OkxGate.TextMayContainOkx(SourceText.From(text), CancellationToken.None));
    }

    [Fact]
    public void A_marker_across_chunk_boundaries_is_found()
    {
        foreach (var marker in new[] { "okx", "OkEx", "OK-ACCESS-KEY", "/api/v5/", "CryptoExchange" })
        {
            for (var offset = 4096 - 16; offset <= 4096 + 2; offset++)
            {
                var text = new string(' ', offset) + marker + new string(' ', 9000);
                Assert.True(OkxGate.TextMayContainOkx(SourceText.From(text), CancellationToken.None), marker + " at " + offset);
                var longer = new string('x', 3 * 4096 + offset) + marker;
                Assert.True(OkxGate.TextMayContainOkx(SourceText.From(longer), CancellationToken.None), marker + " at the end, " + offset);
            }
        }

        Assert.False(OkxGate.TextMayContainOkx(SourceText.From(string.Concat(Enumerable.Repeat("book okay ok-acces /api/v4/ crypto ", 2000))), CancellationToken.None));
    }

    [Fact]
    public void Trees_are_gated_by_text_and_file_name()
    {
        var plain = Tree("class Orders { string Url = \"https://shop.test/api/v1\"; }", "/src/Orders.cs");
        var named = Tree("class Settings { }", "/src/OkxSettings.cs");
        var marked = Tree("class Client { string Url = \"https://www.okx.com\"; }", "/src/Client.cs");
        var gate = OkxGate.Create(Compile(plain, named, marked));
        Assert.False(gate.ReferencesOkxSdk);
        Assert.False(gate.MayContainOkx(plain, CancellationToken.None));
        Assert.True(gate.MayContainOkx(named, CancellationToken.None));
        Assert.True(gate.MayContainOkx(marked, CancellationToken.None));
        Assert.False(gate.MayContainOkx(plain, CancellationToken.None));
        Assert.True(gate.AnyTreeMayContainOkx(CancellationToken.None));
        Assert.False(OkxGate.Create(Compile(plain)).AnyTreeMayContainOkx(CancellationToken.None));
    }

    [Fact]
    public void A_reference_to_an_okx_sdk_opens_the_gate_everywhere()
    {
        var sdk = CSharpCompilation.Create(
                "OKX.Net",
                new[] { Tree("namespace OKX.Net.Clients { public class OKXRestClient { } }", "/sdk/Client.cs") },
                TestReferences.Framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();
        var plain = Tree("class Orders { object Client = new OKX.Net.Clients.OKXRestClient(); }", "/src/Orders.cs");
        var gate = OkxGate.Create(Compile(new[] { plain }, sdk));
        Assert.True(gate.ReferencesOkxSdk);
        Assert.True(gate.MayContainOkx(Tree("class Other { }", "/src/Other.cs"), CancellationToken.None));
        Assert.True(OkxGate.IsOkxSdkAssemblyName("CryptoExchange.Net"));
        Assert.True(OkxGate.IsOkxSdkAssemblyName("ccxt"));
        Assert.False(OkxGate.IsOkxSdkAssemblyName("System.Net.Http"));
    }

    [Fact]
    public void Types_are_gated_by_their_trees_and_by_what_okx_code_declares_for_others()
    {
        var okx = Tree("""
            static class Headers { public const string Key = "OK-ACCESS-KEY"; }
            static class Signing { public static void SignForExchange(this System.Net.Http.HttpRequestMessage r) => r.Headers.Add("OK-ACCESS-SIGN", "s"); }
            sealed record Order(string Id);
            partial class Client { string Host = "https://www.okx.com"; }
            """, "/src/Api.cs");
        var usesConstants = Tree("class Sender { void Send(System.Net.Http.HttpRequestMessage r) => r.Headers.Add(Headers.Key, \"k\"); }", "/src/Sender.cs");
        var usesExtension = Tree("class Caller { void Send(System.Net.Http.HttpRequestMessage r) => r.SignForExchange(); }", "/src/Caller.cs");
        var partialPart = Tree("partial class Client { void Send() { } }", "/src/ClientPart.cs");
        var usesDto = Tree("class Shop { Order Last = new Order(\"1\"); }", "/src/Shop.cs");
        var unrelated = Tree("class Mailer { string Header = \"X-Key\"; }", "/src/Mailer.cs");
        var compilation = Compile(okx, usesConstants, usesExtension, partialPart, usesDto, unrelated);
        var gate = OkxGate.Create(compilation);

        bool Type(string name) => gate.MayBeOkxType(compilation.GetTypeByMetadataName(name)!, CancellationToken.None);
        Assert.True(Type("Headers"));
        Assert.True(Type("Client"));
        Assert.True(Type("Sender"));
        Assert.True(Type("Caller"));

        // An OKX file's DTO names no OKX text of its own: code that uses it is not OKX code on that account.
        Assert.False(Type("Shop"));
        Assert.False(Type("Mailer"));
        Assert.False(gate.MayReachOkx(usesDto, CancellationToken.None));
        Assert.True(gate.MayReachOkx(partialPart, CancellationToken.None));
    }

    private static SyntaxTree Tree(string text, string path) => CSharpSyntaxTree.ParseText(text, path: path);

    private static Compilation Compile(params SyntaxTree[] trees) => Compile(trees, null);

    private static Compilation Compile(SyntaxTree[] trees, MetadataReference? extra) =>
        CSharpCompilation.Create(
            "GateTest",
            trees,
            extra is null ? TestReferences.Framework : TestReferences.Framework.Add(extra),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
