using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The well-known types the rules ask about, resolved once per compilation (in RegisterCompilationStartAction).
/// A type the compilation does not reference is null; rules then skip what depends on it.
/// </summary>
internal sealed class OkxTypes
{
    private OkxTypes(Compilation compilation)
    {
        String = compilation.GetSpecialType(SpecialType.System_String);
        HttpHeaders = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        KeyedHashAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm");
        HmacSha256 = compilation.GetTypeByMetadataName("System.Security.Cryptography.HMACSHA256");
        Encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        Convert = compilation.GetTypeByMetadataName("System.Convert");
        Environment = compilation.GetTypeByMetadataName("System.Environment");
        Console = compilation.GetTypeByMetadataName("System.Console");
        File = compilation.GetTypeByMetadataName("System.IO.File");
        TextReader = compilation.GetTypeByMetadataName("System.IO.TextReader");
        Configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        ConfigurationSection = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        ConfigurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        JsonElement = compilation.GetTypeByMetadataName("System.Text.Json.JsonElement");
        JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
        JToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
        ApiCredentials = compilation.GetTypeByMetadataName("CryptoExchange.Net.Authentication.ApiCredentials");
        WebCallResult = compilation.GetTypeByMetadataName("CryptoExchange.Net.Objects.WebCallResult`1");
        Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
    }

    public INamedTypeSymbol String { get; }
    public INamedTypeSymbol? HttpHeaders { get; }
    public INamedTypeSymbol? HttpRequestMessage { get; }
    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? KeyedHashAlgorithm { get; }
    public INamedTypeSymbol? HmacSha256 { get; }
    public INamedTypeSymbol? Encoding { get; }
    public INamedTypeSymbol? Convert { get; }
    public INamedTypeSymbol? Environment { get; }
    public INamedTypeSymbol? Console { get; }
    public INamedTypeSymbol? File { get; }
    public INamedTypeSymbol? TextReader { get; }
    public INamedTypeSymbol? Configuration { get; }
    public INamedTypeSymbol? ConfigurationSection { get; }
    public INamedTypeSymbol? ConfigurationBinder { get; }
    public INamedTypeSymbol? JsonElement { get; }
    public INamedTypeSymbol? JsonNode { get; }
    public INamedTypeSymbol? JToken { get; }
    public INamedTypeSymbol? ApiCredentials { get; }
    public INamedTypeSymbol? WebCallResult { get; }
    public INamedTypeSymbol? Dictionary { get; }

    public static OkxTypes Create(Compilation compilation) => new(compilation);

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the type is or implements IDictionary&lt;string, T&gt; (any dictionary with string keys).</summary>
    public bool IsStringKeyedDictionary(ITypeSymbol? type)
    {
        if (type is null || Dictionary is null)
        {
            return false;
        }

        if (IsStringKeyedDictionaryInterface(type))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (IsStringKeyedDictionaryInterface(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsStringKeyedDictionaryInterface(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Dictionary)
        && named.TypeArguments[0].SpecialType == SpecialType.System_String;

    /// <summary>OKXCredentials in any namespace starting with OKX.Net, or CryptoExchange.Net's ApiCredentials.</summary>
    public bool IsSdkCredentialType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ApiCredentials))
            {
                return true;
            }

            if (current.Name == "OKXCredentials" && IsInOkxNetNamespace(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CCXT's exchange class for OKX: ccxt.okx (and the older ccxt.okex).</summary>
    public static bool IsCcxtOkx(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "okx" or "okex" or "okx5" or "okex5" } named
        && named.ContainingNamespace is { Name: "ccxt", ContainingNamespace.IsGlobalNamespace: true };

    public static bool IsInOkxNetNamespace(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return false;
        }

        // Walk to the root namespace: OKX.Net.* has "OKX" at the top and "Net" below it.
        INamespaceSymbol? secondLevel = null;
        while (!ns.ContainingNamespace.IsGlobalNamespace)
        {
            secondLevel = ns;
            ns = ns.ContainingNamespace;
        }

        return ns.Name == "OKX" && secondLevel?.Name == "Net";
    }
}
