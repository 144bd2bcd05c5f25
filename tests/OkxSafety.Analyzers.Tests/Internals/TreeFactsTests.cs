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

    [Fact]
    public void Nodes_are_found_once_per_tree_and_fact_and_belong_to_that_tree()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { S a = new(); S b = new(1); }");
        var edited = tree.WithChangedText(tree.GetText().Replace(0, 0, "// edited\n"));
        var calls = 0;
        List<Microsoft.CodeAnalysis.SyntaxNode> Find(Microsoft.CodeAnalysis.SyntaxTree t, CancellationToken c)
        {
            calls++;
            return SyntaxByName.ImplicitCreations(t, c).Cast<Microsoft.CodeAnalysis.SyntaxNode>().ToList();
        }

        var first = TreeFacts.Nodes(tree, "test:nodes", Find, CancellationToken.None);
        Assert.Same(first, TreeFacts.Nodes(tree, "test:nodes", Find, CancellationToken.None));
        Assert.Equal(2, first.Count);
        Assert.Equal(1, calls);

        var again = TreeFacts.Nodes(edited, "test:nodes", Find, CancellationToken.None);
        Assert.Equal(2, calls);
        Assert.All(again, node => Assert.Same(edited, node.SyntaxTree));
    }
}
