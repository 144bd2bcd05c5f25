using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The well-known types the rules ask about: one instance per compilation, shared by the rules, each type resolved on
/// first use. A type the compilation does not reference is null; rules then skip what depends on it.
/// </summary>
internal sealed class OkxTypes
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol?[] _resolved = new INamedTypeSymbol?[21];
    private readonly bool[] _known = new bool[21];
    private INamedTypeSymbol? _string;

    private OkxTypes(Compilation compilation)
    {
        _compilation = compilation;
    }

    // Looked up on first use too: at compilation start the corlib's System namespace is not loaded yet, and the first
    // GetSpecialType loads it (~0.4 ms charged to the rule that created this instance; the compiler loads it anyway).
    public INamedTypeSymbol String => _string ??= _compilation.GetSpecialType(SpecialType.System_String);
    public INamedTypeSymbol? HttpHeaders => Resolve(0, "System.Net.Http.Headers.HttpHeaders");
    public INamedTypeSymbol? HttpRequestMessage => Resolve(1, "System.Net.Http.HttpRequestMessage");
    public INamedTypeSymbol? HttpClient => Resolve(2, "System.Net.Http.HttpClient");
    public INamedTypeSymbol? KeyedHashAlgorithm => Resolve(3, "System.Security.Cryptography.KeyedHashAlgorithm");
    public INamedTypeSymbol? HmacSha256 => Resolve(4, "System.Security.Cryptography.HMACSHA256");
    public INamedTypeSymbol? Encoding => Resolve(5, "System.Text.Encoding");
    public INamedTypeSymbol? Convert => Resolve(6, "System.Convert");
    public INamedTypeSymbol? Environment => Resolve(7, "System.Environment");
    public INamedTypeSymbol? Console => Resolve(8, "System.Console");
    public INamedTypeSymbol? File => Resolve(9, "System.IO.File");
    public INamedTypeSymbol? TextReader => Resolve(10, "System.IO.TextReader");
    public INamedTypeSymbol? Configuration => Resolve(11, "Microsoft.Extensions.Configuration.IConfiguration");
    public INamedTypeSymbol? ConfigurationSection => Resolve(12, "Microsoft.Extensions.Configuration.IConfigurationSection");
    public INamedTypeSymbol? ConfigurationBinder => Resolve(13, "Microsoft.Extensions.Configuration.ConfigurationBinder");
    public INamedTypeSymbol? JsonElement => Resolve(14, "System.Text.Json.JsonElement");
    public INamedTypeSymbol? JsonNode => Resolve(15, "System.Text.Json.Nodes.JsonNode");
    public INamedTypeSymbol? JToken => Resolve(16, "Newtonsoft.Json.Linq.JToken");
    public INamedTypeSymbol? ApiCredentials => Resolve(17, "CryptoExchange.Net.Authentication.ApiCredentials");
    public INamedTypeSymbol? WebCallResult => Resolve(18, "CryptoExchange.Net.Objects.WebCallResult`1");
    public INamedTypeSymbol? Dictionary => Resolve(19, "System.Collections.Generic.IDictionary`2");

    /// <summary>CryptoExchange.Net's current REST result, the record HttpResult&lt;T&gt; (WebCallResult&lt;T&gt; before).</summary>
    public INamedTypeSymbol? HttpResult => Resolve(20, "CryptoExchange.Net.Objects.HttpResult`1");

    /// <summary>The types of a compilation, shared by the five analyzers (as <see cref="OkxGate.For"/> is).</summary>
    public static OkxTypes Create(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new OkxTypes(c));

    private static readonly ConditionalWeakTable<Compilation, OkxTypes> s_byCompilation = new();

    /// <summary>
    /// Each type is looked up on first use, not at compilation start: GetTypeByMetadataName searches every referenced
    /// assembly, and done before the compiler has bound anything it pays for loading their namespaces (the first
    /// touch), charged to the first analyzer on a framework-sized reference set. A race only looks a type up twice.
    /// </summary>
    private INamedTypeSymbol? Resolve(int slot, string metadataName)
    {
        if (Volatile.Read(ref _known[slot]))
        {
            return _resolved[slot];
        }

        var type = _compilation.GetTypeByMetadataName(metadataName);
        _resolved[slot] = type;
        Volatile.Write(ref _known[slot], true);
        return type;
    }

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
        type is INamedTypeSymbol { Name: OkxVocabulary.Okx or OkxVocabulary.Okex or "okx5" or "okex5" } named
        && IsInNamespace(named, OkxVocabulary.Ccxt);

    /// <summary>The symbol is declared directly in the namespace <paramref name="dottedName"/> (see <see cref="Namespaces.IsIn"/>).</summary>
    public static bool IsInNamespace(ISymbol symbol, string dottedName) => Namespaces.IsIn(symbol, dottedName);

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
