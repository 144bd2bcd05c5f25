using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Tests.Internals;

public class IdentifierTextTests
{
    [Theory]
    [InlineData("var s = new OkxSettings();", true)]
    [InlineData("OkxSettings", true)]
    [InlineData("Get<OkxSettings>()", true)]
    [InlineData("var f = new OkxSettingsFactory();", false)]
    [InlineData("var f = MyOkxSettings;", false)]
    [InlineData("", false)]
    public void A_name_is_found_only_as_a_whole_identifier(string text, bool expected) =>
        Assert.Equal(expected, IdentifierText.Mentions(SourceText.From(text), new TextSpan(0, text.Length), "OkxSettings", CancellationToken.None));

    [Fact]
    public void Across_chunk_boundaries_and_at_a_spans_edges()
    {
        for (var offset = 4096 - 14; offset <= 4096 + 2; offset++)
        {
            var text = new string(' ', offset) + "OkxSettings" + new string(' ', 5000);
            Assert.True(IdentifierText.Mentions(SourceText.From(text), new TextSpan(0, text.Length), "OkxSettings", CancellationToken.None), "at " + offset);

            var inside = new string(' ', offset) + "OkxSettingsFactory" + new string(' ', 5000);
            Assert.False(IdentifierText.Mentions(SourceText.From(inside), new TextSpan(0, inside.Length), "OkxSettings", CancellationToken.None), "inside, at " + offset);
        }

        // The span decides, not the text around it: "xOkxSettings" cut to "OkxSettings" is a whole identifier there.
        var cut = "xOkxSettings y";
        Assert.True(IdentifierText.Mentions(SourceText.From(cut), new TextSpan(1, 11), "OkxSettings", CancellationToken.None));
        Assert.False(IdentifierText.Mentions(SourceText.From(cut), new TextSpan(0, 12), "OkxSettings", CancellationToken.None));
    }

    [Fact]
    public void Occurrences_are_each_found_once_in_order_across_chunk_boundaries()
    {
        for (var offset = 4096 - 14; offset <= 4096 + 2; offset++)
        {
            var text = "OkxSettings " + new string(' ', offset) + "OkxSettings OkxSettingsFactory (OkxSettings)" + new string(' ', 5000) + "OkxSettings";
            var expected = new List<int> { 0 };
            for (var at = text.IndexOf("OkxSettings", 1, StringComparison.Ordinal); at >= 0; at = text.IndexOf("OkxSettings", at + 1, StringComparison.Ordinal))
            {
                if (!text.AsSpan(at).StartsWith("OkxSettingsFactory"))
                {
                    expected.Add(at);
                }
            }

            Assert.Equal(expected, IdentifierText.Occurrences(SourceText.From(text), new TextSpan(0, text.Length), "OkxSettings", CancellationToken.None));
        }
    }

    [Fact]
    public void A_match_of_the_first_character_or_of_a_part_does_not_hide_the_next_occurrence()
    {
        // The search is for the whole name: a text that repeats its first characters, or runs into it, still finds it.
        var text = "__apiKey _ap _apiKey _apiKey_ x._apiKey";
        Assert.Equal(new List<int> { 13, 32 }, IdentifierText.Occurrences(SourceText.From(text), new TextSpan(0, text.Length), "_apiKey", CancellationToken.None));
        Assert.Equal(new List<int> { 1 }, IdentifierText.Occurrences(SourceText.From(" aab aaab"), new TextSpan(0, 9), "aab", CancellationToken.None));
    }
}
