using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Internals;
using Xunit;

namespace OkxSafety.Analyzers.Tests.Internals;

public class TolerantJsonTests
{
    private static JsonNode Parse(string text) => TolerantJson.TryParse(text, CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException("expected valid JSON: " + text);

    [Fact]
    public void Reads_objects_arrays_and_scalars_with_their_spans()
    {
        var text = """{ "a": "x\"y", "b": [1, -2.5e3, true, false, null], "c": {} }""";
        var root = Parse(text);

        Assert.Equal(JsonNodeKind.Object, root.Kind);
        Assert.Equal(new TextSpan(0, text.Length), root.Span);
        Assert.Equal(new[] { "a", "b", "c" }, root.Members.Select(m => m.Name));

        var a = root.Members[0];
        Assert.Equal("x\"y", a.Value.StringValue);
        Assert.Equal("\"x\\\"y\"", text.Substring(a.Value.Span.Start, a.Value.Span.Length));
        Assert.Equal("\"a\"", text.Substring(a.NameSpan.Start, a.NameSpan.Length));

        var items = root.Members[1].Value.Items;
        Assert.Equal(new[] { JsonNodeKind.Number, JsonNodeKind.Number, JsonNodeKind.True, JsonNodeKind.False, JsonNodeKind.Null }, items.Select(i => i.Kind));
        Assert.Equal("-2.5e3", text.Substring(items[1].Span.Start, items[1].Span.Length));
        Assert.Empty(root.Members[2].Value.Members);
    }

    [Fact]
    public void Reads_comments_and_trailing_commas_as_configuration_files_allow()
    {
        var root = Parse("""
            // leading
            {
              /* block
                 comment */ "a": 1, // after
              "b": [ "x", "y", ],
              "c": { "d": "e", },
            }
            /* trailing */
            """);

        Assert.Equal(new[] { "a", "b", "c" }, root.Members.Select(m => m.Name));
        Assert.Equal(new[] { "x", "y" }, root.Members[1].Value.Items.Select(i => i.StringValue));
        Assert.Equal("e", root.Members[2].Value.Members[0].Value.StringValue);
    }

    [Fact]
    public void Unescapes_every_escape()
    {
        var root = Parse("""["\"\\\/\b\f\n\r\t\u0041\u00e9"]""");
        Assert.Equal("\"\\/\b\f\n\r\tA\u00e9", root.Items[0].StringValue);
    }

    [Fact]
    public void Keeps_duplicate_names_in_order()
    {
        var root = Parse("""{ "k": "1", "k": "2" }""");
        Assert.Equal(new[] { "1", "2" }, root.Members.Select(m => m.Value.StringValue));
    }

    [Fact]
    public void A_byte_order_mark_and_any_top_level_value_are_read()
    {
        Assert.Equal(JsonNodeKind.Object, Parse("\uFEFF{}").Kind);
        Assert.Equal("s", Parse(" \"s\" ").StringValue);
        Assert.Equal(JsonNodeKind.Number, Parse("0").Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// only a comment")]
    [InlineData("{")]
    [InlineData("{ \"a\": 1 ")]
    [InlineData("{ \"a\" 1 }")]
    [InlineData("{ \"a\": }")]
    [InlineData("{ a: 1 }")]
    [InlineData("{ 'a': 1 }")]
    [InlineData("{ \"a\": 1 } }")]
    [InlineData("{} {}")]
    [InlineData("[1 2]")]
    [InlineData("[,]")]
    [InlineData("{,}")]
    [InlineData("[1,,2]")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("\"bad \\u12G4\"")]
    [InlineData("\"line\nbreak\"")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("tru")]
    [InlineData("truex")]
    [InlineData("nul")]
    [InlineData("{ \"a\": 1 } /* unterminated")]
    [InlineData("{ \"a\": 1 } /")]
    [InlineData("NaN")]
    public void Invalid_text_gives_null_and_never_throws(string text)
    {
        Assert.Null(TolerantJson.TryParse(text, CancellationToken.None));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_invalid_and_does_not_overflow_the_stack()
    {
        var atLimit = new string('[', TolerantJson.MaxDepth) + new string(']', TolerantJson.MaxDepth);
        Assert.NotNull(TolerantJson.TryParse(atLimit, CancellationToken.None));

        var tooDeep = new string('[', TolerantJson.MaxDepth + 1) + new string(']', TolerantJson.MaxDepth + 1);
        Assert.Null(TolerantJson.TryParse(tooDeep, CancellationToken.None));

        var huge = new string('{', 200_000);
        Assert.Null(TolerantJson.TryParse(huge, CancellationToken.None));
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_is_handled_without_an_exception()
    {
        const string text = """
            { "Okx": { "ApiKey": "3f6b\u0031c2e", "Live": [ 1, 2.5, true, null ], /* c */ "S": "x", }, // e
            }
            """;
        Assert.NotNull(TolerantJson.TryParse(text, CancellationToken.None));
        for (var length = 0; length < text.Length; length++)
        {
            _ = TolerantJson.TryParse(text.Substring(0, length), CancellationToken.None);
            _ = TolerantJson.TryParse(text.Remove(length, 1), CancellationToken.None);
        }
    }

    [Fact]
    public void A_cancelled_read_stops_with_OperationCanceledException()
    {
        var big = "[" + string.Join(",", Enumerable.Repeat("{ \"a\": [1, 2, 3] }", 5_000)) + "]";
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => TolerantJson.TryParse(SourceText.From(big), cancellation.Token));
    }
}
