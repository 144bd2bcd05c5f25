using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using static OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>OKX005's fix for an order response checked only for its HTTP status and never read: read the body and check its code.</summary>
public sealed partial class UncheckedResponseCodeCodeFixProvider
{
    /// <summary>
    /// An order response checked only for its HTTP status: after the status check (or at the start of the branch it
    /// guards, or before the statement that uses it), its body is parsed and its code checked:
    /// <c>using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());</c> and
    /// <c>if (reply.RootElement.GetProperty("code").GetString() != "0") throw …</c>. A response that is not in a local
    /// (<c>(await http.PostAsync(…)).EnsureSuccessStatusCode();</c>) is stored in one first. Null when there is no
    /// block to put the statements in.
    /// </summary>
    private static SyntaxNode? BodyCheckEdit(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.AdditionalLocations.Count < 2
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax check
            || root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax response
            || check.FirstAncestorOrSelf<StatementSyntax>() is not { } statement
            || statement.Parent is not BlockSyntax block
            || HasFunctionBetween(check, statement))
        {
            return null;
        }

        var restSharp = diagnostic.Properties.TryGetValue(ResponseKindProperty, out var responseKind) && responseKind == nameof(UnreadOrderResponseKind.RestResponse);
        var isAsync = IsInAsyncFunction(statement);
        var stored = response is IdentifierNameSyntax;
        var statements = new List<StatementSyntax>();
        StatementSyntax? replaced = null;
        StatementSyntax? declared = null;
        string responseText;
        if (stored)
        {
            responseText = ((IdentifierNameSyntax)response).Identifier.ValueText;
        }
        else if (!restSharp && statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax chained } && chained == check)
        {
            // (await http.PostAsync(…)).EnsureSuccessStatusCode(); returns the response: keep it.
            responseText = UniqueName("response", statement, model, cancellationToken, Array.Empty<string>());
            replaced = SyntaxFactory.ParseStatement($"using var {responseText} = {chained.WithoutTrivia()};").WithTriviaFrom(statement);
        }
        else if (statement is IfStatementSyntax or ReturnStatementSyntax or LocalDeclarationStatementSyntax)
        {
            // return (await http.PostAsync(…)).IsSuccessStatusCode;: the response goes into a local first, the statement reads it.
            responseText = UniqueName("response", statement, model, cancellationToken, Array.Empty<string>());
            ExpressionSyntax outer = response;
            while (outer.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                outer = parenthesized;
            }

            declared = SyntaxFactory.ParseStatement($"{(restSharp ? "var" : "using var")} {responseText} = {SkipParentheses(response).WithoutTrivia()};");
            replaced = statement.ReplaceNode(outer, SyntaxFactory.IdentifierName(responseText).WithTriviaFrom(outer));
        }
        else
        {
            return null;
        }

        var reply = UniqueName("reply", statement, model, cancellationToken, new[] { responseText });
        var body = restSharp
            ? $"{responseText}.Content ?? \"{{}}\""
            : isAsync ? $"await {responseText}.Content.ReadAsStringAsync()" : $"{responseText}.Content.ReadAsStream()";
        var code = $"{reply}.RootElement.GetProperty(\"code\").GetString()";
        statements.Add(SyntaxFactory.ParseStatement($"using var {reply} = System.Text.Json.JsonDocument.Parse({body});"));
        statements.Add(SyntaxFactory.ParseStatement($"if ({code} != \"0\") throw new System.InvalidOperationException($\"OKX order error {{{code}}}: {{{reply}.RootElement.GetProperty(\"msg\").GetString()}}\");"));

        var endOfLine = FixDocument.EndOfLine(root);
        for (var i = 0; i < statements.Count; i++)
        {
            var added = statements[i];
            added = added.ReplaceNodes(
                added.DescendantNodes().Where(n => n is QualifiedNameSyntax or MemberAccessExpressionSyntax && n.ToString() is "System.InvalidOperationException" or "System.Text.Json.JsonDocument"),
                (_, n) => n.WithAdditionalAnnotations(Simplifier.Annotation));
            statements[i] = added
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(endOfLine))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        var index = block.Statements.IndexOf(statement);
        SyntaxList<StatementSyntax> list;
        if (declared is not null)
        {
            var leading = declared.WithLeadingTrivia(SyntaxFactory.ElasticMarker).WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(endOfLine)).WithAdditionalAnnotations(Formatter.Annotation);
            list = block.Statements.RemoveAt(index).InsertRange(index, new[] { leading }.Concat(statements).Concat(new[] { replaced! }));
        }
        else if (replaced is not null)
        {
            list = block.Statements.RemoveAt(index).InsertRange(index, new[] { replaced.WithAdditionalAnnotations(Formatter.Annotation) }.Concat(statements));
        }
        else if (statement is IfStatementSyntax { Statement: BlockSyntax guarded } positive && SkipParentheses(positive.Condition) == check)
        {
            // if (response.IsSuccessStatusCode) { …done… }: check the body first thing in the branch.
            var newGuarded = guarded.WithStatements(guarded.Statements.InsertRange(0, statements));
            return root.ReplaceNode(guarded, newGuarded);
        }
        else if (statement is ExpressionStatementSyntax || (statement is IfStatementSyntax { Else: null } exiting && Exits(exiting.Statement)))
        {
            // response.EnsureSuccessStatusCode(); / if (!response.IsSuccessStatusCode) throw …;: the success path goes on after it.
            list = block.Statements.InsertRange(index + 1, statements);
        }
        else if (statement is IfStatementSyntax or ReturnStatementSyntax or LocalDeclarationStatementSyntax && stored)
        {
            // return response.IsSuccessStatusCode; / var ok = response.IsSuccessStatusCode;: check the body before.
            list = block.Statements.InsertRange(index, statements);
        }
        else
        {
            return null;
        }

        return root.ReplaceNode(block, block.WithStatements(list));
    }

    private static ExpressionSyntax SkipParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>The branch leaves: <c>throw</c> or <c>return</c>, alone or as the last statement of a block.</summary>
    private static bool Exits(StatementSyntax statement)
    {
        if (statement is BlockSyntax { Statements.Count: > 0 } block)
        {
            statement = block.Statements[block.Statements.Count - 1];
        }

        return statement is ThrowStatementSyntax or ReturnStatementSyntax;
    }

    private static bool IsInAsyncFunction(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case BaseMethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case AccessorDeclarationSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
