using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.CodeFixes.Plumbing;

/// <summary>
/// The one way fixes make System's types bind where they write them: the short name when it already binds to the
/// System type there, else the global name (<c>global::System.Environment</c>) so that a type or namespace the user
/// named Environment or System cannot capture it. OKX001, which rewrites many values at once, may instead add
/// <c>using System;</c> when nothing else of those names is in scope (<see cref="CanAddUsingSystem"/>).
/// </summary>
internal static class SystemNames
{
    /// <summary>The short name when it binds to the type at <paramref name="position"/>, else the global name.</summary>
    public static string TypeName(SemanticModel model, int position, string metadataName)
    {
        var type = model.Compilation.GetTypeByMetadataName(metadataName);
        var shortName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        if (type is not null)
        {
            var found = model.LookupNamespacesAndTypes(position, name: shortName);
            if (found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type))
            {
                return shortName;
            }
        }

        return "global::" + metadataName;
    }

    /// <summary>Whether every one of the System types already binds by its short name at the position.</summary>
    public static bool AllBind(SemanticModel model, int position, params string[] metadataNames)
    {
        foreach (var name in metadataNames)
        {
            if (TypeName(model, position, name).StartsWith("global::", System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>None of the short names binds to anything at the position: <c>using System;</c> makes them System's.</summary>
    public static bool CanAddUsingSystem(SemanticModel model, int position, CancellationToken cancellationToken, params string[] metadataNames)
    {
        foreach (var name in metadataNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shortName = name.Substring(name.LastIndexOf('.') + 1);
            if (!model.LookupNamespacesAndTypes(position, name: shortName).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <c>using System;</c> first among the usings (after global usings), in the document's line ending.</summary>
    public static CompilationUnitSyntax AddUsingSystem(CompilationUnitSyntax unit, string endOfLine)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("System"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)));

        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            var first = unit.GetFirstToken(includeZeroWidth: true);
            directive = directive.WithLeadingTrivia(first.LeadingTrivia)
                .WithSemicolonToken(directive.SemicolonToken.WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine), SyntaxFactory.EndOfLine(endOfLine)));
            unit = unit.ReplaceToken(first, first.WithLeadingTrivia());
            return unit.WithUsings(unit.Usings.Add(directive));
        }

        // System first, after any global usings.
        var index = 0;
        while (index < usings.Count && usings[index].GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
        {
            index++;
        }

        if (index == 0)
        {
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }
}
