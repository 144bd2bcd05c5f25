using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>
/// Issue 18: <see cref="ValueOrigins"/> through the members of the project's own types (<see cref="MemberWrites"/>) and
/// its helper methods, on the model alone: across files, the mixed-origins rule, the cheaper trace of call arguments,
/// recursion.
/// </summary>
public sealed class ObjectOriginsTests
{
    private const string Usings = "using System; using System.IO; using Microsoft.Extensions.Configuration;\n";

    private static System.Collections.Immutable.ImmutableArray<ValueSource> Trace(bool credentialNamesOnly, params string[] sources)
    {
        var compilation = ModelCompilation.Create(sources);
        return new ValueOrigins(compilation.Types).Trace(compilation.UsedValue(), credentialNamesOnly, CancellationToken.None);
    }

    [Fact]
    public void A_positional_record_made_in_another_file_gives_the_creations_argument()
    {
        var sources = Trace(
            false,
            Usings + "public record Keys(string ApiKey); class C { void Use(string v) { } void M(Keys k) => Use(k.ApiKey); }",
            Usings + "static class P { static Keys Make() => new Keys(Environment.GetEnvironmentVariable(\"OKX_API_KEY\")!); }");
        var source = Assert.Single(sources);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
        Assert.Equal("Environment.GetEnvironmentVariable(\"OKX_API_KEY\")", source.Node.ToString());
        Assert.False(source.Trimmed);
    }

    [Fact]
    public void A_constructor_parameter_assigned_to_the_member_gives_what_the_creations_pass()
    {
        var sources = Trace(
            false,
            Usings + "class C { void Use(string v) { } void M(Keys k) => Use(k.ApiKey); }",
            Usings + "public sealed class Keys { public Keys(string apiKey) { ApiKey = apiKey; } public string ApiKey { get; } }",
            Usings + "static class P { static Keys Make(IConfiguration c) => new Keys(c[\"Okx:ApiKey\"]!); }");
        var source = Assert.Single(sources);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
        Assert.Equal("c[\"Okx:ApiKey\"]", source.Node.ToString());

        // Read inside the type, the constructor's parameter stays (the callers of the constructor decide).
        var inside = Trace(false, Usings + """
            public sealed class Keys
            {
                public Keys(string apiKey) { ApiKey = apiKey; }
                public string ApiKey { get; }
                void Use(string v) { }
                void M() => Use(ApiKey);
                static Keys Make(IConfiguration c) => new Keys(c["Okx:ApiKey"]!);
            }
            """);
        Assert.Equal(ValueSourceKind.Parameter, Assert.Single(inside).Kind);
    }

    [Fact]
    public void Writes_of_different_origins_leave_the_member_unknown_and_empty_defaults_are_no_writes()
    {
        // The declared default ("") stays a source of its own (a constant that is no credential); the writes are Unknown.
        var mixed = Trace(
            false,
            Usings + """
                public class Keys { public string ApiKey { get; set; } = ""; }
                class C
                {
                    void Use(string v) { }
                    void M(Keys k) => Use(k.ApiKey);
                    Keys A() => new Keys { ApiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")! };
                    Keys B(Func<string> vault) => new Keys { ApiKey = vault() };
                }
                """);
        Assert.Contains(mixed, s => s.Kind == ValueSourceKind.Unknown);
        Assert.DoesNotContain(mixed, s => s.Kind == ValueSourceKind.ExternalText || (s.Kind == ValueSourceKind.Constant && s.ConstantValue != ""));

        var onlyExternal = Trace(
            false,
            Usings + """
                public class Keys { public string ApiKey { get; set; } = ""; }
                class C
                {
                    void Use(string v) { }
                    void M(Keys k) => Use(k.ApiKey);
                    Keys A() => new Keys { ApiKey = Environment.GetEnvironmentVariable("OKX_API_KEY")! };
                    Keys B(IConfiguration c) => new Keys { ApiKey = c["Okx:ApiKey"]!.Trim() };
                }
                """);
        Assert.Contains(onlyExternal, s => s is { Kind: ValueSourceKind.ExternalText, Trimmed: false });
        Assert.Contains(onlyExternal, s => s is { Kind: ValueSourceKind.ExternalText, Trimmed: true });
        Assert.DoesNotContain(onlyExternal, s => s.Kind is ValueSourceKind.Unknown or ValueSourceKind.Parameter);
    }

    [Fact]
    public void The_cheaper_trace_follows_only_members_and_helpers_named_for_a_credential()
    {
        var source = Usings + """
            public record Site(string Address);
            class C
            {
                void Use(string v) { }
                void M(Site s) => Use(s.Address);
                Site Make() => new Site(Environment.GetEnvironmentVariable("OKX_URL")!);
            }
            """;
        Assert.Equal(ValueSourceKind.ExternalText, Assert.Single(Trace(false, source)).Kind);
        Assert.Equal(ValueSourceKind.Unknown, Assert.Single(Trace(true, source)).Kind);

        var helper = Usings + """
            class C
            {
                void Use(string v) { }
                static string LoadApiKey() => File.ReadAllText("okx.key");
                static string Load() => File.ReadAllText("okx.key");
                void M(bool b) => Use(b ? LoadApiKey() : Load());
            }
            """;
        Assert.Equal(new[] { ValueSourceKind.ExternalText, ValueSourceKind.ExternalText }, Trace(false, helper).Select(s => s.Kind));
        Assert.Equal(new[] { ValueSourceKind.ExternalText, ValueSourceKind.Unknown }, Trace(true, helper).Select(s => s.Kind));
    }

    [Fact]
    public void Helpers_that_call_each_other_end()
    {
        var sources = Trace(false, Usings + """
            class C
            {
                void Use(string v) { }
                static string A(int n) => n > 0 ? B(n - 1) : Environment.GetEnvironmentVariable("OKX_API_KEY")!;
                static string B(int n) => A(n);
                void M() => Use(A(3));
            }
            """);
        Assert.Contains(sources, s => s.Kind == ValueSourceKind.ExternalText);
    }

    [Fact]
    public void A_member_set_to_its_own_trimmed_value_is_trimmed_everywhere()
    {
        var sources = Trace(false, Usings + """
            public class OkxOptions { public string ApiKey { get; set; } = ""; }
            class C
            {
                void Use(string v) { }
                void M(OkxOptions o) => Use(o.ApiKey);
                void Bind(IConfiguration c, OkxOptions o) { c.GetSection("Okx").Bind(o); o.ApiKey = o.ApiKey.Trim(); }
            }
            """);
        var source = Assert.Single(sources, s => s.Kind != ValueSourceKind.Constant);
        Assert.Equal(ValueSourceKind.ExternalText, source.Kind);
        Assert.True(source.Trimmed);
        Assert.Equal("o.ApiKey", source.Node.ToString());
    }
}
