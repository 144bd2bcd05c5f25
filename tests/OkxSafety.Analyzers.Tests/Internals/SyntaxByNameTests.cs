using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Tests.Internals;

public class SyntaxByNameTests
{
    [Fact]
    public void Target_typed_creations_are_found_whatever_lies_between_new_and_its_arguments()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                S a = new();
                S b = new ();
                S c = new
                    (1);
                S d = new /* a comment */ () { X = 1 };
                S e = new S();
                int[] f = new[] { 1 };
                object g = new { X = 1 };
                string renew = "new()"; // new() in a comment
            }
            """);

        var found = SyntaxByName.ImplicitCreations(tree, CancellationToken.None)
            .Select(creation => tree.GetLineSpan(creation.Span).StartLinePosition.Line)
            .ToList();

        Assert.Equal(new[] { 2, 3, 4, 6 }, found);
    }
}
