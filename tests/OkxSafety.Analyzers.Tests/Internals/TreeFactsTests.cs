using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Tests.Internals;

public class TreeFactsTests
{
    [Fact]
    public void A_fact_is_computed_once_per_tree_and_again_for_a_new_tree()
    {
        var tree = CSharpSyntaxTree.ParseText("class OkxSettings { }  class Other { class Nested { } }");
        var edited = tree.WithChangedText(tree.GetText().Replace(0, 0, "// edited\n"));
        var calls = 0;
        bool Compute(Microsoft.CodeAnalysis.SyntaxTree t, CancellationToken c)
        {
            calls++;
            return true;
        }

        Assert.True(TreeFacts.Flag(tree, "test:fact", Compute, CancellationToken.None));
        Assert.True(TreeFacts.Flag(tree, "test:fact", Compute, CancellationToken.None));
        Assert.Equal(1, calls);
        Assert.True(TreeFacts.Flag(edited, "test:fact", Compute, CancellationToken.None));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Declared_type_names_and_mentions_are_read_from_the_tree()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace N { class OkxSettings { } record Other { enum Nested { A } } }  // OkxSettingsFactory");
        Assert.Equal(new[] { "Nested", "OkxSettings", "Other" }, TreeFacts.DeclaredTypeNames(tree, CancellationToken.None).OrderBy(n => n, StringComparer.Ordinal));
        Assert.True(TreeFacts.MentionsIdentifier(tree, "OkxSettings", CancellationToken.None));
        Assert.False(TreeFacts.MentionsIdentifier(tree, "Settings", CancellationToken.None));
    }
}
