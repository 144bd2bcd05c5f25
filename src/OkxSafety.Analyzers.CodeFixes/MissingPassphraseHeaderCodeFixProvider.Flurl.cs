using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>OKX003's fix on Flurl's <c>WithHeaders(new { OK_ACCESS_KEY = … })</c>: the property to add or rename.</summary>
public sealed partial class MissingPassphraseHeaderCodeFixProvider
{
    /// <summary>The anonymous-object property name Flurl's WithHeaders sends as <paramref name="header"/> ('-' written as '_').</summary>
    private static string AnonymousPropertyName(string header) => header.Replace('-', '_');

    /// <summary>Inserts <paramref name="added"/> right after <paramref name="property"/> in an anonymous object, on its own line when the object is multi-line.</summary>
    private static AnonymousObjectCreationExpressionSyntax InsertAfter(AnonymousObjectCreationExpressionSyntax headersObject, AnonymousObjectMemberDeclaratorSyntax property, AnonymousObjectMemberDeclaratorSyntax added)
    {
        var nodesAndTokens = headersObject.Initializers.GetWithSeparators();
        var position = nodesAndTokens.IndexOf(property);
        var multiLine = headersObject.Initializers.Count > 1
                        && headersObject.Initializers[0].GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.WhitespaceTrivia))
                        && headersObject.Initializers.ToString().IndexOf('\n') >= 0;
        var addedNode = added.WithLeadingTrivia(multiLine ? Indentation(property) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        if (position + 1 < nodesAndTokens.Count)
        {
            // property, separator, next… => property, separator, added, separator', next…
            var separator = nodesAndTokens[position + 1].AsToken();
            var newList = nodesAndTokens
                .Insert(position + 2, addedNode)
                .Insert(position + 3, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineEndOrSpace(separator.TrailingTrivia)));
            return headersObject.WithInitializers(SyntaxFactory.SeparatedList<AnonymousObjectMemberDeclaratorSyntax>(newList));
        }

        // property is last (no trailing comma): property, ",", added, which takes the property's trailing trivia.
        var trailing = property.GetTrailingTrivia();
        var replaced = nodesAndTokens
            .Replace(property, property.WithoutTrailingTrivia())
            .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? LineEndOrSpace(trailing) : SyntaxFactory.TriviaList()))
            .Add(addedNode.WithTrailingTrivia(trailing));
        return headersObject.WithInitializers(SyntaxFactory.SeparatedList<AnonymousObjectMemberDeclaratorSyntax>(replaced));
    }
}
