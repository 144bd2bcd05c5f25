using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Internals;

/// <summary>Namespace tests on symbols that build no display strings.</summary>
internal static class Namespaces
{
    /// <summary>
    /// The symbol is declared directly in the namespace <paramref name="dottedName"/> ("System.Threading.Tasks"),
    /// compared part by part from the innermost, without building the namespace's display string.
    /// </summary>
    public static bool IsIn(ISymbol symbol, string dottedName)
    {
        var ns = symbol.ContainingNamespace;
        var end = dottedName.Length;
        while (end > 0)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return false;
            }

            var start = dottedName.LastIndexOf('.', end - 1) + 1;
            var length = end - start;
            if (ns.Name.Length != length || string.CompareOrdinal(ns.Name, 0, dottedName, start, length) != 0)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
            end = start - 1;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
