using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class ValueOriginsTests
{
    private const string Usings = "using System; using System.IO; using System.Linq; using System.Text; using Microsoft.Extensions.Configuration;\n";

    private static ValueSource Single(params string[] sources)
    {
        var compilation = ModelCompilation.Create(sources);
        var traced = new ValueOrigins(compilation.Types).Trace(compilation.UsedValue(), CancellationToken.None);
        return Assert.Single(traced);
    }

    /// <summary>OKX001 and OKX002 share the compilation's instance: a value the one traced is answered from memory for the other.</summary>
    [Fact]
    public void The_compilation_instance_is_shared_and_remembers_what_it_traced()
    {
        var compilation = ModelCompilation.Create(Usings + """
            class C { void Use(string v) { } void M() => Use(Environment.GetEnvironmentVariable("OKX_API_KEY")!); }
            """);
        var shared = ValueOrigins.For(compilation.Types);
        Assert.Same(shared, ValueOrigins.For(compilation.Types));
        Assert.NotSame(shared, ValueOrigins.For(ModelCompilation.Create("class D { }").Types));

        var value = compilation.UsedValue();
        var first = shared.Trace(value, CancellationToken.None);
        var again = shared.Trace(value, CancellationToken.None);
        Assert.Equal(ValueSourceKind.ExternalText, Assert.Single(first).Kind);
        Assert.True(first == again, "the second trace is the remembered answer");
        Assert.Equal(first.Select(s => (s.Kind, s.Trimmed, s.Node)), new ValueOrigins(compilation.Types).Trace(value, CancellationToken.None).Select(s => (s.Kind, s.Trimmed, s.Node)));
    }

    [Fact]
    public void Environment_variable_is_external_text_and_untrimmed()
    {
        var source = Single(Usings + """
            class C { void Use(string v) { } void M() => Use(Environment.GetEnvironmentVariable("OKX_API_KEY")!); }
            """);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
        Assert.Equal("an environment variable", source.Description);
        Assert.False(source.Trimmed);
        Assert.Equal("Environment.GetEnvironmentVariable(\"OKX_API_KEY\")", source.Node.ToString());
    }

    [Fact]
    public void Trim_marks_trimmed_but_trim_end_does_not()
    {
        Assert.True(Single(Usings + """
            class C { void Use(string v) { } void M() => Use(Environment.GetEnvironmentVariable("K")?.Trim() ?? ""); }
            """.Replace("?? \"\"", "?? throw new Exception()")).Trimmed);
        Assert.False(Single(Usings + """
            class C { void Use(string v) { } void M() => Use(Environment.GetEnvironmentVariable("K")!.TrimEnd()); }
            """).Trimmed);
    }

    [Fact]
    public void Locals_are_followed_flow_sensitively()
    {
        var trimmedLater = Single(Usings + """
            class C
            {
                void Use(string v) { }
                void M()
                {
                    var key = Environment.GetEnvironmentVariable("K");
                    key = key?.Trim();
                    Use(key!);
                }
            }
            """);
        Assert.Equal(ValueSourceKind.ExternalText, trimmedLater.Kind);
        Assert.True(trimmedLater.Trimmed);

        var compilation = ModelCompilation.Create(Usings + """
            class C
            {
                void Use(string v) { }
                void M(bool b)
                {
                    var key = Console.ReadLine();
                    if (b) { key = key?.Trim(); }
                    Use(key!);
                }
            }
            """);
        var both = new ValueOrigins(compilation.Types).Trace(compilation.UsedValue(), CancellationToken.None);
        Assert.Equal(2, both.Length);
        Assert.Contains(both, s => !s.Trimmed && s.Description == "the console");
        Assert.Contains(both, s => s.Trimmed);
    }

    [Fact]
    public void Configuration_files_and_json_are_external_text()
    {
        Assert.Equal("configuration", Single(Usings + """
            class C { void Use(string v) { } void M(IConfiguration c) => Use(c["Okx:ApiKey"]!); }
            """).Description);
        Assert.Equal("configuration", Single(Usings + """
            class C { void Use(string v) { } void M(IConfiguration c) => Use(c.GetSection("Okx:ApiKey").Value!); }
            """).Description);
        Assert.Equal("configuration", Single(Usings + """
            class C { void Use(string v) { } void M(IConfiguration c) => Use(c.GetValue<string>("Okx:ApiKey")!); }
            """).Description);
        var line = Single(Usings + """
            class C { void Use(string v) { } void M() { var lines = File.ReadAllLines("k.txt"); Use(lines[0]); } }
            """);
        Assert.Equal("a file", line.Description);
        Assert.Equal("lines[0]", line.Node.ToString());
        Assert.Equal("JSON", Single(Usings + """
            class C { void Use(string v) { } void M(System.Text.Json.JsonElement e) => Use(e.GetProperty("k").GetString()!); }
            """).Description);
    }

    [Fact]
    public void Constants_are_found_at_their_declaration_across_files()
    {
        var source = Single(
            "static class Keys { public static readonly string Api = \"abc\" + \"def\"; }",
            "class C { void Use(string v) { } void M() => Use(Keys.Api); }");
        Assert.Equal(ValueSourceKind.Constant, source.Kind);
        Assert.Equal("abcdef", source.ConstantValue);
        Assert.Equal("/0/Test0.cs", source.Node.SyntaxTree.FilePath);

        var constant = Single("class C { const string Key = \"k1\"; void Use(string v) { } void M() => Use(Key); }");
        Assert.Equal("\"k1\"", constant.Node.ToString());
    }

    [Fact]
    public void Fields_assigned_in_the_constructor_are_followed()
    {
        var source = Single(Usings + """
            class C
            {
                private readonly string _secret;
                public C() { _secret = Environment.GetEnvironmentVariable("S")!; }
                void Use(byte[] v) { }
                void M() => Use(Encoding.UTF8.GetBytes(_secret));
            }
            """);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
    }

    [Fact]
    public void Parameters_and_unknown_calls_are_reported_as_such()
    {
        Assert.Equal(ValueSourceKind.Parameter, Single("class C { void Use(string v) { } void M(string p) => Use(p); }").Kind);
        Assert.Equal(ValueSourceKind.Unknown, Single("class C { void Use(string v) { } protected virtual string Get() => \"\"; void M() => Use(Get()); }").Kind);
        Assert.Equal(ValueSourceKind.Unknown, Single("class C { void Use(string v) { } void M() => Use(System.Guid.NewGuid().ToString()); }").Kind);

        // Issue 18: the project's own (non-virtual) helper methods are followed through their return values.
        Assert.Equal(ValueSourceKind.Constant, Single("class C { void Use(string v) { } string Get() => \"\"; void M() => Use(Get()); }").Kind);
    }
}
