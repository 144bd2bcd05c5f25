using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx.Signing;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>The text gate of OKX006: a body is analysed only when it mentions sign, timestamp or HMAC (ASCII, any case).</summary>
public class SigningMarkersTests
{
    [Theory]
    [InlineData("request.Headers.Add(\"OK-ACCESS-SIGN\", s);", true)]
    [InlineData("var ts = DateTime.UtcNow;", false)]
    [InlineData("string TimeStamp() => now;", true)]
    [InlineData("using var mac = new HMACSHA256(key);", true)]
    [InlineData("var signature = Compute();", true)]
    [InlineData("var ſign = 1; var hmaç = 2;", false)] // ſ and ç are not ASCII s and c
    [InlineData("var h = http; var p = public_path; var sig = 1;", false)]
    [InlineData("", false)]
    public void A_body_is_signing_code_only_when_its_text_has_a_marker(string text, bool expected) =>
        Assert.Equal(expected, SigningCode.MayBeSigningCode(SourceText.From(text), new TextSpan(0, text.Length)));

    [Fact]
    public void The_tree_index_answers_for_markers_wholly_inside_a_span_whichever_marker_comes_first_in_the_text()
    {
        var text = "class C { void A() { var p = 1; } void B() { hmac(); } void C() { Timestamp(); Sign(); } void D() { var tim = 1; } }";
        var tree = CSharpSyntaxTree.ParseText(text);
        var index = new SigningTextIndex();
        TextSpan Body(string name) => TextSpan.FromBounds(text.IndexOf("void " + name, StringComparison.Ordinal), text.IndexOf('}', text.IndexOf("void " + name, StringComparison.Ordinal)) + 1);

        Assert.False(index.MayBeSigningCode(tree, Body("A"), CancellationToken.None));
        Assert.True(index.MayBeSigningCode(tree, Body("B"), CancellationToken.None));
        Assert.True(index.MayBeSigningCode(tree, Body("C"), CancellationToken.None));
        Assert.False(index.MayBeSigningCode(tree, Body("D"), CancellationToken.None));

        // A marker cut by the span's end does not count.
        var cut = text.IndexOf("Timestamp", StringComparison.Ordinal) + 4;
        Assert.False(index.MayBeSigningCode(tree, TextSpan.FromBounds(text.IndexOf("void C", StringComparison.Ordinal), cut), CancellationToken.None));
    }
}
