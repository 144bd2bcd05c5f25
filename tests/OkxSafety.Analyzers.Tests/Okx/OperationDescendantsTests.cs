using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Internals;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>The rules' body walk must visit what IOperation.Descendants() visits, in the same order.</summary>
public sealed class OperationDescendantsTests
{
    [Fact]
    public void Visits_the_same_operations_in_the_same_order_as_Descendants()
    {
        var compilation = ModelCompilation.Create("""
            using System;
            using System.Linq;
            using System.Text.Json;

            class C
            {
                int M(string json, int[] values)
                {
                    using var document = JsonDocument.Parse(json);
                    var code = document.RootElement.GetProperty("code").GetString();
                    if (code != "0") { throw new InvalidOperationException($"OKX error {code}"); }
                    Func<int, int> twice = x => x * 2;
                    int Local(int y) => y + values.Sum(v => twice(v));
                    try { return Local(values.Length) switch { 0 => 1, var n when n > 3 => n, _ => -1 }; }
                    catch (Exception e) when (e is ArgumentException) { return 0; }
                    finally { Console.WriteLine(code ?? "none"); }
                }
            }
            """);
        var body = MethodBody(compilation);

        var expected = body.Descendants().ToList();
        var actual = new List<IOperation>();
        foreach (var operation in new OperationDescendants(body))
        {
            actual.Add(operation);
        }

        Assert.True(expected.Count > 50);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Walks_deeply_nested_expressions_and_nested_walks_without_sharing_state()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 3000).Select(i => "a" + (i % 10)));
        var compilation = ModelCompilation.Create("class C { string M(string a0, string a1, string a2, string a3, string a4, string a5, string a6, string a7, string a8, string a9) { return " + terms + "; } }");
        var body = MethodBody(compilation);

        var outer = 0;
        var inner = 0;
        foreach (var operation in new OperationDescendants(body))
        {
            outer++;
            if (outer == 10)
            {
                // A walk started inside another one (as the rules' model questions do) must not disturb it.
                foreach (var _ in new OperationDescendants(operation))
                {
                    inner++;
                }
            }
        }

        Assert.Equal(body.Descendants().Count(), outer);
        Assert.True(inner > 0);
    }

    private static IOperation MethodBody(ModelCompilation compilation)
    {
        var tree = compilation.Compilation.SyntaxTrees.Single();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
        return compilation.Compilation.GetSemanticModel(tree).GetOperation(method)!;
    }
}
