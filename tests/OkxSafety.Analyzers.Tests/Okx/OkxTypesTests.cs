using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class OkxTypesTests
{
    [Theory]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading.Tasks", true)]
    [InlineData("System.Threading.Tasks.Task`1", "Threading.Tasks", false)]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading", false)]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading.Tasks.Extra", false)]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading.Taskz", false)]
    [InlineData("System.CodeDom.Compiler.GeneratedCodeAttribute", "System.CodeDom.Compiler", true)]
    [InlineData("Microsoft.Extensions.Configuration.IConfiguration", "Microsoft.Extensions.Configuration", true)]
    [InlineData("Tools.Nested.Marker", "Tools.Nested", true)]
    [InlineData("Tools.Nested.Marker", "Nested", false)]
    [InlineData("GlobalMarker", "Tools", false)]
    public void IsInNamespace_compares_every_part_up_to_the_global_namespace(string metadataName, string dottedName, bool expected)
    {
        var compilation = ModelCompilation.Create("namespace Tools.Nested { public class Marker { } } public class GlobalMarker { }");
        var type = compilation.Compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Equal(expected, OkxTypes.IsInNamespace(type!, dottedName));
    }

    [Fact]
    public void A_global_type_is_in_no_named_namespace_and_in_the_empty_name()
    {
        var compilation = ModelCompilation.Create("public class GlobalMarker { }");
        var type = compilation.Compilation.GetTypeByMetadataName("GlobalMarker")!;
        Assert.True(OkxTypes.IsInNamespace(type, ""));
        Assert.False(OkxTypes.IsInNamespace(type, "System"));
    }
}
