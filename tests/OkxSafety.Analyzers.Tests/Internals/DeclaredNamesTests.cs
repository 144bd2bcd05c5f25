using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Tests.Internals;

public class DeclaredNamesTests
{
    private const string Declarations = """
        namespace Bot.Okx
        {
            public static class Headers { public const string Key = "K"; }
            public static class SigningExtensions
            {
                public static void SignRequest(this object request) { }
                public static void NotAnExtension(object request) { }
            }
            public sealed record Order(string Id);
            public delegate void OnTick(string symbol);
            public class Outer { public class Nested { } }
        }
        namespace Bot.Scoped;
        public interface IGateway { }
        """;

    private static DeclaredNames Names(Func<string, bool>? include = null)
    {
        var names = new DeclaredNames();
        var tree = CSharpSyntaxTree.ParseText(Declarations);
        names.AddDeclaredIn(tree, declaration => include is null || include(declaration.ToString()), CancellationToken.None);
        return names;
    }

    [Theory]
    [InlineData("request.Headers.Add(Headers.Key, key);")]
    [InlineData("request.SignRequest();")]
    [InlineData("var o = new Order(\"1\");")]
    [InlineData("OnTick handler = null;")]
    [InlineData("class Impl : IGateway { }")]
    [InlineData("var x = Outer.Nested;")]
    public void A_text_naming_a_declared_type_or_extension_method_mentions_it(string text) =>
        Assert.True(Names().MentionedIn(SourceText.From(text), CancellationToken.None));

    [Theory]
    [InlineData("")]
    [InlineData("var h = RequestHeaders; var o = Orders; var g = IGatewayFactory;")]
    [InlineData("NotAnExtension(request); var n = new Nested();")]
    [InlineData("var key = HeadersKey; var s = SignRequestAsync;")]
    public void A_text_with_the_names_only_inside_other_identifiers_does_not(string text) =>
        Assert.False(Names().MentionedIn(SourceText.From(text), CancellationToken.None));

    [Fact]
    public void Only_the_declarations_the_filter_accepts_give_names()
    {
        var names = Names(declaration => declaration.Contains("Headers", StringComparison.Ordinal));
        Assert.Equal(1, names.Count);
        Assert.True(names.MentionedIn(SourceText.From("Headers.Key"), CancellationToken.None));
        Assert.False(names.MentionedIn(SourceText.From("new Order(\"1\")"), CancellationToken.None));
    }

    [Fact]
    public void A_name_across_chunk_boundaries_is_found_whole()
    {
        var names = Names();
        for (var offset = 4096 - 12; offset <= 4096 + 12; offset++)
        {
            var text = new string(' ', offset) + "Headers" + new string(' ', 5000);
            Assert.True(names.MentionedIn(SourceText.From(text), CancellationToken.None), "at " + offset);

            // Inside a longer identifier that straddles the boundary, it is not a mention.
            var inside = new string(' ', offset) + "RequestHeadersValue" + new string(' ', 5000);
            Assert.False(names.MentionedIn(SourceText.From(inside), CancellationToken.None), "inside, at " + offset);
        }
    }
}
