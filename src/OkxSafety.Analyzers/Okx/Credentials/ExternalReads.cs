using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>What a call reads from outside the program.</summary>
internal enum ExternalReadKind
{
    /// <summary>Not a read from outside the program (as far as the model knows).</summary>
    None,

    /// <summary><c>Environment.GetEnvironmentVariable</c>.</summary>
    EnvironmentVariable,

    /// <summary><c>GetValue</c> / <c>GetConnectionString</c> / <c>Get</c> returning text, on IConfiguration (members or extensions).</summary>
    Configuration,

    /// <summary>Text from a file: <c>File.ReadAllText(Async)</c>, <c>ReadAllLines(Async)</c>, <c>ReadLines</c>.</summary>
    FileText,

    /// <summary>Bytes or a stream from a file: <c>File.ReadAllBytes(Async)</c>, <c>File.OpenRead</c>.</summary>
    FileBytes,

    /// <summary><c>Console.ReadLine</c>.</summary>
    Console,

    /// <summary>A <c>TextReader</c> read (<c>ReadLine(Async)</c>, <c>ReadToEnd(Async)</c>): the reader's source decides (<see cref="ExternalReads.IsConsoleIn"/>).</summary>
    Reader,

    /// <summary>A value read out of parsed JSON (JsonElement, JsonNode, JToken).</summary>
    Json,
}

/// <summary>
/// The one recogniser of reads from outside the program, shared by the tracers that ask "where does this value come
/// from": <see cref="ValueOrigins"/> (credentials: is it external text, and was it trimmed) and
/// <see cref="ResponseSources"/> (parsed text: an OKX response, or a file / configuration / the console).
/// </summary>
internal static class ExternalReads
{
    /// <summary>What <paramref name="invocation"/> reads from outside the program.</summary>
    /// <param name="receiver">The instance, or the first argument of an extension method.</param>
    public static ExternalReadKind OfCall(IInvocationOperation invocation, IOperation? receiver, OkxTypes types)
    {
        var method = invocation.TargetMethod;
        var containingType = method.ContainingType;
        switch (method.Name)
        {
            case "GetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(containingType, types.Environment):
                return ExternalReadKind.EnvironmentVariable;
            case "GetValue" or "GetConnectionString" when IsConfigurationType(containingType) || containingType.Name == "ConfigurationBinder"
                                                          || (method.IsExtensionMethod && IsConfigurationType(receiver?.Type)):
                return ExternalReadKind.Configuration;
            case "ReadAllText" or "ReadAllTextAsync" or "ReadAllLines" or "ReadAllLinesAsync" or "ReadLines"
                when SymbolEqualityComparer.Default.Equals(containingType, types.File):
                return ExternalReadKind.FileText;
            case "ReadAllBytes" or "ReadAllBytesAsync" or "OpenRead" when SymbolEqualityComparer.Default.Equals(containingType, types.File):
                return ExternalReadKind.FileBytes;
            case "ReadLine" when SymbolEqualityComparer.Default.Equals(containingType, types.Console):
                return ExternalReadKind.Console;
            case "ReadLine" or "ReadLineAsync" or "ReadToEnd" or "ReadToEndAsync" when OkxTypes.IsOrDerivesFrom(containingType, types.TextReader):
                return ExternalReadKind.Reader;
            case "GetString" or "GetRawText" when SymbolEqualityComparer.Default.Equals(containingType, types.JsonElement):
                return ExternalReadKind.Json;
            case "GetValue" or "ToString" or "ToJsonString" when OkxTypes.IsOrDerivesFrom(containingType, types.JsonNode)
                                                               || OkxTypes.IsOrDerivesFrom(receiver?.Type, types.JsonNode):
                return ExternalReadKind.Json;
            case "Value" or "Values" or "ToString" or "ToObject" when OkxTypes.IsOrDerivesFrom(containingType, types.JToken)
                                                                      || OkxTypes.IsOrDerivesFrom(receiver?.Type, types.JToken)
                                                                      || (method.IsExtensionMethod && OkxTypes.IsInNamespace(containingType, "Newtonsoft.Json.Linq")):
                return ExternalReadKind.Json;
            default:
                return invocation.Type?.SpecialType == SpecialType.System_String && IsConfigurationType(receiver?.Type) && method.Name == "Get"
                    ? ExternalReadKind.Configuration
                    : ExternalReadKind.None;
        }
    }

    /// <summary>The reader of a <see cref="ExternalReadKind.Reader"/> read is <c>Console.In</c>.</summary>
    public static bool IsConsoleIn(IOperation? reader, OkxTypes types) =>
        reader is IPropertyReferenceOperation { Property.Name: "In" } input
        && SymbolEqualityComparer.Default.Equals(input.Property.ContainingType, types.Console);

    /// <summary><c>configuration["Okx:ApiKey"]</c>, <c>section.Value</c>.</summary>
    public static bool IsConfigurationRead(IPropertyReferenceOperation property) =>
        (property.Property.IsIndexer || property.Property.Name == "Value")
        && property.Type?.SpecialType == SpecialType.System_String
        && IsConfigurationType(property.Property.ContainingType);

    /// <summary>IConfiguration, IConfigurationSection, IConfigurationRoot, or a type implementing one of them.</summary>
    public static bool IsConfigurationType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsConfigurationInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsConfigurationInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConfigurationInterface(ITypeSymbol type) =>
        type.Name is "IConfiguration" or "IConfigurationSection" or "IConfigurationRoot"
        && OkxTypes.IsInNamespace(type, "Microsoft.Extensions.Configuration");
}
