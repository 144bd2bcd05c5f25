using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Tests.Verifiers;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>A compilation of test sources (with the SDK stubs) for asking the OKX model questions directly.</summary>
internal sealed class ModelCompilation
{
    private ModelCompilation(CSharpCompilation compilation)
    {
        Compilation = compilation;
        Types = OkxTypes.Create(compilation);
    }

    public CSharpCompilation Compilation { get; }

    public OkxTypes Types { get; }

    public static ModelCompilation Create(params string[] sources)
    {
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: $"/0/Test{i}.cs"));
        var compilation = CSharpCompilation.Create(
            "ModelTest",
            trees,
            TestReferences.Framework.AddRange(TestReferences.Libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "test source does not compile:\n" + string.Join("\n", errors));
        return new ModelCompilation(compilation);
    }

    /// <summary>Every operation in every tree, outermost first, once each.</summary>
    public IEnumerable<IOperation> Operations()
    {
        var seen = new HashSet<IOperation>();
        foreach (var tree in Compilation.SyntaxTrees)
        {
            var model = Compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is not { } operation || !seen.Add(operation))
                {
                    continue;
                }

                yield return operation;
                foreach (var descendant in operation.Descendants())
                {
                    if (seen.Add(descendant))
                    {
                        yield return descendant;
                    }
                }
            }
        }
    }

    public List<HeaderWrite> HeaderWrites()
    {
        var writes = new List<HeaderWrite>();
        foreach (var operation in Operations())
        {
            if (OkxSafety.Analyzers.Okx.HeaderWrites.TryGetHeaderWrite(operation, Types, CancellationToken.None, out var write))
            {
                writes.Add(write);
            }
        }

        return writes;
    }

    /// <summary>The value of the single invocation of a method named Use(value) in the sources.</summary>
    public IOperation UsedValue()
    {
        var uses = Operations().OfType<Microsoft.CodeAnalysis.Operations.IInvocationOperation>().Where(i => i.TargetMethod.Name == "Use").ToList();
        Assert.Single(uses);
        return uses[0].Arguments[0].Value;
    }

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " not found");
}
