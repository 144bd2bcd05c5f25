using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>The one recogniser of outside reads, and the two tracers that ask it.</summary>
public sealed class ExternalReadsTests
{
    private const string Prelude = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        public sealed record Envelope(string Code, string Msg, int[] Data);

        class C
        {
            static string GetEnvironmentVariable(string name) => name;

        """;

    [Theory]
    [InlineData("Environment.GetEnvironmentVariable(\"OKX_KEY\")", (int)ExternalReadKind.EnvironmentVariable)]
    [InlineData("configuration.GetValue<string>(\"Okx:Key\")", (int)ExternalReadKind.Configuration)]
    [InlineData("configuration.GetConnectionString(\"okx\")", (int)ExternalReadKind.Configuration)]
    [InlineData("File.ReadAllText(\"key.txt\")", (int)ExternalReadKind.FileText)]
    [InlineData("File.ReadAllBytes(\"key.bin\")", (int)ExternalReadKind.FileBytes)]
    [InlineData("Console.ReadLine()", (int)ExternalReadKind.Console)]
    [InlineData("Console.In.ReadLine()", (int)ExternalReadKind.Reader)]
    [InlineData("new StreamReader(\"key.txt\").ReadToEnd()", (int)ExternalReadKind.Reader)]
    [InlineData("JsonDocument.Parse(\"{}\").RootElement.GetProperty(\"k\").GetString()", (int)ExternalReadKind.Json)]
    [InlineData("GetEnvironmentVariable(\"OKX_KEY\")", (int)ExternalReadKind.None)] // the user's own helper of that name
    [InlineData("\"key\".ToUpperInvariant()", (int)ExternalReadKind.None)]
    public void Calls(string expression, int expected)
    {
        var model = ModelCompilation.Create(Prelude + "    object? M(IConfiguration configuration) => Use(" + expression + ");\n    object? Use(object? value) => value;\n}\n");
        var call = Assert.IsAssignableFrom<IInvocationOperation>(OkxResponses.Unwrap(model.UsedValue()));
        var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod ? call.Arguments[0].Value : null);
        Assert.Equal((ExternalReadKind)expected, ExternalReads.OfCall(call, receiver, model.Types));
    }

    [Fact]
    public void Configuration_values_are_read_by_indexer_or_Value_only()
    {
        var model = ModelCompilation.Create(Prelude + """
                void M(IConfiguration configuration, IConfigurationSection section)
                {
                    Use(configuration["Okx:Key"]);
                    Use(section.Value);
                    Use(section.Key);
                }

                void Use(object? value) { }
            }
            """);
        var reads = model.Operations().OfType<IInvocationOperation>().Where(i => i.TargetMethod.Name == "Use")
            .Select(i => OkxResponses.Unwrap(i.Arguments[0].Value))
            .Select(v => v is IPropertyReferenceOperation property && ExternalReads.IsConfigurationRead(property))
            .ToList();
        Assert.Equal(new[] { true, true, false }, reads);
    }

    [Theory]
    [InlineData("JsonSerializer.Deserialize<Envelope>(File.ReadAllText(\"last.json\"))", (int)ResponseSourceKind.ExternalText)]
    [InlineData("JsonSerializer.Deserialize<Envelope>(configuration[\"Okx:Cached\"]!)", (int)ResponseSourceKind.ExternalText)]
    [InlineData("JsonSerializer.Deserialize<Envelope>(Console.In.ReadToEnd())", (int)ResponseSourceKind.ExternalText)]
    [InlineData("JsonSerializer.Deserialize<Envelope>(new StreamReader(File.OpenRead(\"last.json\")).ReadToEnd())", (int)ResponseSourceKind.ExternalText)]
    [InlineData("JsonSerializer.Deserialize<Envelope>(new StreamReader(http.GetStreamAsync(\"https://www.okx.com/api/v5/account/balance\").Result).ReadToEnd())", (int)ResponseSourceKind.Okx)]
    [InlineData("JsonSerializer.Deserialize<Envelope>(GetEnvironmentVariable(\"OKX_CACHED\"))", (int)ResponseSourceKind.Other)]
    public void Response_sources_ask_the_shared_recogniser(string parse, int expected)
    {
        var model = ModelCompilation.Create(Prelude + "    object? M(IConfiguration configuration, HttpClient http) => Use(" + parse + ");\n    object? Use(object? value) => value;\n}\n");
        var call = Assert.IsAssignableFrom<IInvocationOperation>(OkxResponses.Unwrap(model.UsedValue()));
        Assert.Equal((ResponseSourceKind)expected, ResponseSources.Classify(call, model.Types, CancellationToken.None));
    }
}
