using OkxSafety.Analyzers.Internals;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// Fixes OKX003: adds the missing OK-ACCESS-PASSPHRASE write right after the key write (same form, same bag), moves a
/// conditional write out of its condition, replaces an empty value, renames a misspelled header, and adds the
/// passphrase to WebSocket login arguments.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingPassphraseHeaderCodeFixProvider))]
public sealed partial class MissingPassphraseHeaderCodeFixProvider : CodeFixProvider
{
    /// <summary>The one key of OKX003's fix, whatever the kind of finding (add, move, replace, rename, login).</summary>
    public const string AddKey = "OKX003.AddPassphraseHeader";

    /// <summary>The same key as <see cref="AddKey"/> (each kind used to have its own).</summary>
    public const string MoveKey = AddKey;

    /// <summary>The same key as <see cref="AddKey"/>.</summary>
    public const string ReplaceEmptyKey = AddKey;

    /// <summary>The same key as <see cref="AddKey"/>.</summary>
    public const string RenameKey = AddKey;

    /// <summary>The same key as <see cref="AddKey"/>.</summary>
    public const string AddLoginKey = AddKey;

    private static readonly SequentialFixAllProvider FixAll = new(
        "Send OK-ACCESS-PASSPHRASE",
        (document, diagnostic, key, ct) => key is null or AddKey ? FixAsync(document, diagnostic, ct) : Task.FromResult<Solution?>(null),
        MapConstruct);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MissingPassphraseHeaderId);

    public override FixAllProvider GetFixAllProvider() => FixAll;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await FixDocument.LoadAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return;
        }

        var types = OkxTypes.Create(model.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Title(root, model, types, diagnostic, context.CancellationToken) is not { } title)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, async ct => await FixAsync(document, diagnostic, ct).ConfigureAwait(false) ?? document.Project.Solution, AddKey),
                diagnostic);
        }
    }

    /// <summary>The title of the fix for the diagnostic's kind, or null when there is none here.</summary>
    private static string? Title(SyntaxNode root, SemanticModel model, OkxTypes types, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(MissingPassphraseHeaderAnalyzer.CaseProperty, out var @case) || diagnostic.Location.SourceSpan.End > root.FullSpan.End)
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        switch (@case)
        {
            case MissingPassphraseHeaderAnalyzer.MissingCase when FindWrite(root, model, span, types, cancellationToken) is { } keyWrite
                                                                  && CanAdd(keyWrite, model, cancellationToken) && !AlreadyAdded(keyWrite, model, cancellationToken):
                return "Add the OK-ACCESS-PASSPHRASE header";
            case MissingPassphraseHeaderAnalyzer.ConditionalCase when ConstructSpan(diagnostic) is { } constructSpan
                                                                      && PlanMove(root, model, span, constructSpan, cancellationToken) is not null:
                return "Send OK-ACCESS-PASSPHRASE unconditionally";
            case MissingPassphraseHeaderAnalyzer.EmptyCase when FindWrite(root, model, span, types, cancellationToken) is { } emptyWrite
                                                                && PassphraseValues.ExpressionOf(emptyWrite.ValueOperation.Syntax) is not null:
                return "Send the real passphrase instead of an empty value";
            case MissingPassphraseHeaderAnalyzer.MisspelledCase when FindWrite(root, model, span, types, cancellationToken) is not null:
                return "Rename the header to OK-ACCESS-PASSPHRASE";
            case MissingPassphraseHeaderAnalyzer.LoginMissingCase or MissingPassphraseHeaderAnalyzer.LoginEmptyCase:
                return "Send the passphrase in the WebSocket login arguments";
            default:
                return null;
        }
    }

    /// <summary>The fix for the diagnostic's kind, or null when there is none or it changes nothing.</summary>
    private static async Task<Solution?> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model)
            || Title(root, model, OkxTypes.Create(model.Compilation), diagnostic, cancellationToken) is null)
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        var @case = diagnostic.Properties[MissingPassphraseHeaderAnalyzer.CaseProperty];
        Document result;
        switch (@case)
        {
            case MissingPassphraseHeaderAnalyzer.MissingCase:
                result = await AddAsync(document, span, cancellationToken).ConfigureAwait(false);
                break;
            case MissingPassphraseHeaderAnalyzer.ConditionalCase:
                result = await MoveAsync(document, span, ConstructSpan(diagnostic)!.Value, cancellationToken).ConfigureAwait(false);
                break;
            case MissingPassphraseHeaderAnalyzer.EmptyCase:
                result = await ReplaceEmptyAsync(document, span, cancellationToken).ConfigureAwait(false);
                break;
            case MissingPassphraseHeaderAnalyzer.MisspelledCase:
                return await RenameAsync(document, span, cancellationToken).ConfigureAwait(false);
            default:
                result = await FixLoginAsync(document, span, @case!, cancellationToken).ConfigureAwait(false);
                break;
        }

        return result == document ? null : result.Project.Solution;
    }

    private static TextSpan? ConstructSpan(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingPassphraseHeaderAnalyzer.ConstructStartProperty, out var start)
        && diagnostic.Properties.TryGetValue(MissingPassphraseHeaderAnalyzer.ConstructLengthProperty, out var length)
        && int.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var constructStart)
        && int.TryParse(length, NumberStyles.Integer, CultureInfo.InvariantCulture, out var constructLength)
            ? new TextSpan(constructStart, constructLength)
            : null;

    /// <summary>The construct span of a conditional finding follows the text changes of earlier fixes in a FixAll.</summary>
    private static ImmutableDictionary<string, string?>? MapConstruct(ImmutableDictionary<string, string?> properties, System.Func<TextSpan, TextSpan?> map)
    {
        if (!properties.ContainsKey(MissingPassphraseHeaderAnalyzer.ConstructStartProperty))
        {
            return properties;
        }

        var span = ConstructSpan(Diagnostic.Create(Descriptors.MissingPassphraseHeader, Location.None, properties));
        if (span is null || map(span.Value) is not { } mapped)
        {
            return null;
        }

        return properties
            .SetItem(MissingPassphraseHeaderAnalyzer.ConstructStartProperty, mapped.Start.ToString(CultureInfo.InvariantCulture))
            .SetItem(MissingPassphraseHeaderAnalyzer.ConstructLengthProperty, mapped.Length.ToString(CultureInfo.InvariantCulture));
    }

    // ---------------------------------------------------------------- finding the write again

    private static HeaderWrite? FindWrite(SyntaxNode root, SemanticModel model, TextSpan span, OkxTypes types, CancellationToken cancellationToken) =>
        HeaderWriteAt.Find(root, model, span, types, cancellationToken);

    private static async Task<(SyntaxNode Root, SemanticModel Model, HeaderWrite Write)?> LoadAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return null;
        }

        var write = FindWrite(root, model, span, OkxTypes.Create(model.Compilation), cancellationToken);
        return write is null ? null : (root, model, write);
    }

    // ---------------------------------------------------------------- missing: add a write after the key write

    private static bool CanAdd(HeaderWrite keyWrite, SemanticModel model, CancellationToken cancellationToken) =>
        keyWrite.Operation.Syntax is AnonymousObjectMemberDeclaratorSyntax { Parent: AnonymousObjectCreationExpressionSyntax }
        || IsVoidExpressionBody(keyWrite, model, cancellationToken)
        || keyWrite.Operation.Syntax is InitializerExpressionSyntax { Parent: InitializerExpressionSyntax }
        || keyWrite.Operation.Syntax is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax, Parent: InitializerExpressionSyntax }
        || IsChained(keyWrite)
        || StatementOf(keyWrite) is { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } or { Parent: StatementSyntax or ElseClauseSyntax };

    /// <summary>The statement is the embedded statement of an if, else, loop, using, lock or label (not in a block).</summary>
    private static bool IsEmbedded(StatementSyntax statement) =>
        statement.Parent is ElseClauseSyntax || (statement.Parent is StatementSyntax and not BlockSyntax);

    /// <summary>The write is the whole expression body of a void method, local function or lambda: <c>=&gt; request.Headers.Add(…)</c>.</summary>
    private static bool IsVoidExpressionBody(HeaderWrite write, SemanticModel model, CancellationToken cancellationToken)
    {
        var node = write.Operation.Syntax;
        var isBody = node.Parent switch
        {
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax } => true,
            AnonymousFunctionExpressionSyntax function => function.ExpressionBody == node,
            _ => false,
        };
        return isBody && node is ExpressionSyntax && model.GetTypeInfo(node, cancellationToken).Type?.SpecialType == SpecialType.System_Void;
    }

    /// <summary>
    /// The write the fix would add is already there, right after the key write (a second run, or a FixAll that met the
    /// key write twice): not offered again.
    /// </summary>
    private static bool AlreadyAdded(HeaderWrite keyWrite, SemanticModel model, CancellationToken cancellationToken)
    {
        var keySyntax = keyWrite.Operation.Syntax;
        SyntaxNode? next = null;
        if (keySyntax.Parent is AnonymousObjectCreationExpressionSyntax headersObject)
        {
            // WithHeaders(new { OK_ACCESS_KEY = … }): a property that Flurl sends as OK-ACCESS-PASSPHRASE is already there.
            foreach (var initializer in headersObject.Initializers)
            {
                if (initializer.NameEquals is { } nameEquals
                    && PassphraseValues.Equals(nameEquals.Name.Identifier.ValueText.Replace('_', '-'), OkxHeaderNames.AccessPassphrase))
                {
                    return true;
                }
            }

            return false;
        }

        if (keySyntax.Parent is InitializerExpressionSyntax list)
        {
            var index = list.Expressions.IndexOf((ExpressionSyntax)keySyntax);
            next = index + 1 < list.Expressions.Count ? list.Expressions[index + 1] : null;
        }
        else if (StatementOf(keyWrite) is { } statement)
        {
            SyntaxNode holder = statement.Parent is GlobalStatementSyntax global ? global : statement;
            var siblings = holder.Parent?.ChildNodes();
            var found = false;
            foreach (var sibling in siblings ?? System.Linq.Enumerable.Empty<SyntaxNode>())
            {
                if (found)
                {
                    next = sibling is GlobalStatementSyntax g ? g.Statement : sibling;
                    break;
                }

                found = sibling == holder;
            }

            next = next is ExpressionStatementSyntax expressionStatement ? Unwrap(expressionStatement.Expression) : null;
        }
        else if (keySyntax.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax chained } access && access.Expression == keySyntax)
        {
            next = chained;
        }

        if (next is null)
        {
            return false;
        }

        var root = next.SyntaxTree.GetRoot(cancellationToken);
        return FindWrite(root, model, next.Span, OkxTypes.Create(model.Compilation), cancellationToken) is { } write
               && PassphraseValues.Equals(write.Name, OkxHeaderNames.AccessPassphrase)
               && write.Bag.Equals(keyWrite.Bag);

        static SyntaxNode Unwrap(ExpressionSyntax expression) => expression switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard => discard.Right,
            AwaitExpressionSyntax awaited => awaited.Expression,
            _ => expression,
        };
    }

    /// <summary>A fluent write whose result is used (<c>url.WithHeader(…).WithHeader(…)</c>, <c>return request.AddHeader(…)</c>).</summary>
    private static bool IsChained(HeaderWrite write) =>
        write.Form is HeaderWriteForm.WithHeader or HeaderWriteForm.AddHeader
        && write.Operation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax }
        && StatementOf(write) is null;

    /// <summary>The expression statement whose expression is the write (possibly as <c>_ = write</c> or <c>await write</c>).</summary>
    private static ExpressionStatementSyntax? StatementOf(HeaderWrite write)
    {
        var node = write.Operation.Syntax;
        var parent = node.Parent;
        if (parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard && discard.Right == node)
        {
            parent = discard.Parent;
        }
        else if (parent is AwaitExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent as ExpressionStatementSyntax;
    }

    private static async Task<Document> AddAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await LoadAsync(document, span, cancellationToken).ConfigureAwait(false) is not var (root, model, keyWrite))
        {
            return document;
        }

        var keySyntax = keyWrite.Operation.Syntax;
        var name = HeaderName(model, keySyntax.SpanStart, cancellationToken);
        var value = PassphraseValues.Create(model, keySyntax.SpanStart, document, cancellationToken);
        SyntaxNode newRoot;
        switch (keySyntax)
        {
            case AnonymousObjectMemberDeclaratorSyntax property when property.Parent is AnonymousObjectCreationExpressionSyntax headersObject:
            {
                // Flurl's WithHeaders(new { … }): one more property, which Flurl sends as OK-ACCESS-PASSPHRASE.
                var added = SyntaxFactory.AnonymousObjectMemberDeclarator(
                    SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(AnonymousPropertyName(OkxHeaderNames.AccessPassphrase))),
                    value);
                newRoot = root.ReplaceNode(headersObject, InsertAfter(headersObject, property, added));
                break;
            }

            case InitializerExpressionSyntax element when element.Parent is InitializerExpressionSyntax list:
            {
                var added = SyntaxFactory.InitializerExpression(
                    SyntaxKind.ComplexElementInitializerExpression,
                    SyntaxFactory.SeparatedList(new[] { name, value }));
                newRoot = root.ReplaceNode(list, InsertAfter(list, element, added));
                break;
            }

            case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax } element when element.Parent is InitializerExpressionSyntax list:
            {
                var added = SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(name)))),
                    value);
                newRoot = root.ReplaceNode(list, InsertAfter(list, element, added));
                break;
            }

            default:
                if (IsVoidExpressionBody(keyWrite, model, cancellationToken) && keySyntax is ExpressionSyntax body
                    && PassphraseValues.ExpressionOf(keyWrite.NameOperation.Syntax) is { } bodyName
                    && PassphraseValues.ExpressionOf(keyWrite.ValueOperation.Syntax) is { } bodyValue)
                {
                    // => request.Headers.Add(key): the body becomes a block with both writes.
                    var added = body.ReplaceNodes(
                        new SyntaxNode[] { bodyName, bodyValue },
                        (original, _) => original == bodyName ? name.WithTriviaFrom(bodyName) : value.WithTriviaFrom(bodyValue));
                    var endOfLine = SyntaxFactory.ElasticEndOfLine(FixDocument.EndOfLine(root));
                    var block = SyntaxFactory.Block(
                            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(endOfLine).WithTrailingTrivia(endOfLine),
                            SyntaxFactory.List(new StatementSyntax[]
                            {
                                SyntaxFactory.ExpressionStatement(body.WithoutTrivia()).WithTrailingTrivia(endOfLine),
                                SyntaxFactory.ExpressionStatement(added.WithoutTrivia()).WithTrailingTrivia(endOfLine),
                            }),
                            SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    switch (body.Parent)
                    {
                        case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method }:
                            newRoot = root.ReplaceNode(method, method.WithExpressionBody(null).WithSemicolonToken(default)
                                .WithBody(block.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia)));
                            break;
                        case ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax local }:
                            newRoot = root.ReplaceNode(local, local.WithExpressionBody(null).WithSemicolonToken(default)
                                .WithBody(block.WithTrailingTrivia(local.SemicolonToken.TrailingTrivia)));
                            break;
                        case LambdaExpressionSyntax lambda:
                            // The brace on a line of its own, at the indentation of the line the lambda is on: the
                            // formatters of Roslyn 4.5 and 5.x place an elastic brace differently.
                            var lambdaBlock = block.WithOpenBraceToken(block.OpenBraceToken.WithLeadingTrivia(
                                SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(FixDocument.EndOfLine(root))).AddRange(LineIndentation(lambda))));
                            newRoot = root.ReplaceNode(lambda, lambda.WithArrowToken(lambda.ArrowToken.WithTrailingTrivia())
                                .WithExpressionBody(null).WithBlock(lambdaBlock.WithTrailingTrivia(body.GetTrailingTrivia())));
                            break;
                        default:
                            return document;
                    }
                }
                else if (StatementOf(keyWrite) is { } statement)
                {
                    var nameSyntax = PassphraseValues.ExpressionOf(keyWrite.NameOperation.Syntax);
                    var valueSyntax = PassphraseValues.ExpressionOf(keyWrite.ValueOperation.Syntax);
                    if (nameSyntax is null || valueSyntax is null)
                    {
                        return document;
                    }

                    var copy = statement.ReplaceNodes(
                        new SyntaxNode[] { nameSyntax, valueSyntax },
                        (original, _) => original == nameSyntax ? name.WithTriviaFrom(nameSyntax) : value.WithTriviaFrom(valueSyntax));
                    if (IsEmbedded(statement))
                    {
                        // if (signed) request.Headers.Add(key): both writes go in a block under the same condition.
                        var lineEnd = SyntaxFactory.ElasticEndOfLine(FixDocument.EndOfLine(root));
                        var block = SyntaxFactory.Block(statement.WithoutTrivia().WithTrailingTrivia(lineEnd), copy.WithoutTrivia().WithTrailingTrivia(lineEnd))
                            .WithTriviaFrom(statement)
                            .WithAdditionalAnnotations(Formatter.Annotation);
                        newRoot = root.ReplaceNode(statement, block);
                    }
                    else
                    {
                        copy = copy.WithLeadingTrivia(Indentation(statement)).WithTrailingTrivia(FixDocument.LineEnd(statement));
                        newRoot = InsertAfter(root, statement, copy);
                    }
                }
                else if (IsChained(keyWrite) && keySyntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
                {
                    var chained = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, invocation.WithoutTrailingTrivia(), access.Name.WithoutTrivia()),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(name), SyntaxFactory.Argument(value) })))
                        .WithTrailingTrivia(invocation.GetTrailingTrivia());
                    newRoot = root.ReplaceNode(invocation, chained);
                }
                else
                {
                    return document;
                }

                break;
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>A const in scope that spells OK-ACCESS-PASSPHRASE, else the literal.</summary>
    private static ExpressionSyntax HeaderName(SemanticModel model, int position, CancellationToken cancellationToken)
    {
        foreach (var symbol in model.LookupSymbols(position))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbol is IFieldSymbol { IsConst: true, ConstantValue: string text } field
                && PassphraseValues.Equals(text, OkxHeaderNames.AccessPassphrase))
            {
                return SyntaxFactory.IdentifierName(field.Name);
            }
        }

        return HeaderLiteral();
    }

    private static LiteralExpressionSyntax HeaderLiteral() =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(OkxHeaderNames.AccessPassphrase));

    /// <summary>Inserts <paramref name="added"/> right after <paramref name="element"/>, on its own line when the list is multi-line.</summary>
    private static InitializerExpressionSyntax InsertAfter(InitializerExpressionSyntax list, ExpressionSyntax element, ExpressionSyntax added)
    {
        var expressions = list.Expressions;
        var index = expressions.IndexOf(element);
        var nodesAndTokens = expressions.GetWithSeparators();
        var position = nodesAndTokens.IndexOf(element);
        var leading = element.GetLeadingTrivia();
        var multiLine = leading.Any(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia))
                        && list.ToString().IndexOf('\n') >= 0;
        var addedNode = added.WithLeadingTrivia(multiLine ? Indentation(element) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        if (index < expressions.SeparatorCount)
        {
            // element, separator, next… => element, separator, added, separator', next…
            var separator = nodesAndTokens[position + 1].AsToken();
            var newList = nodesAndTokens
                .Insert(position + 2, addedNode)
                .Insert(position + 3, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineEndOrSpace(separator.TrailingTrivia)));
            return list.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(newList));
        }

        // element is last: element, ",", added — the added element takes the element's trailing trivia.
        var trailing = element.GetTrailingTrivia();
        var replaced = nodesAndTokens
            .Replace(element, element.WithoutTrailingTrivia())
            .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? trailing : SyntaxFactory.TriviaList()))
            .Add(addedNode.WithTrailingTrivia(multiLine ? LineEndOrSpace(trailing) : element.GetTrailingTrivia()));
        return list.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(replaced));
    }

    /// <summary>Only the line break of a trailing trivia list (a comment stays on its own line), else one space.</summary>
    private static SyntaxTriviaList LineEndOrSpace(SyntaxTriviaList trailing)
    {
        foreach (var trivia in trailing)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(trivia);
            }
        }

        return SyntaxFactory.TriviaList(SyntaxFactory.Space);
    }

    /// <summary>The whitespace that indents the line a node starts on.</summary>
    /// <summary>The whitespace that starts the line <paramref name="node"/> begins on.</summary>
    private static SyntaxTriviaList LineIndentation(SyntaxNode node)
    {
        var text = node.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(node.SpanStart);
        var start = line.Start;
        var end = start;
        while (end < line.End && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return end > start ? SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start)))) : SyntaxFactory.TriviaList();
    }

    private static SyntaxTriviaList Indentation(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        var last = leading.Count > 0 ? leading[leading.Count - 1] : default;
        return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
    }

    // ---------------------------------------------------------------- empty: replace the value

    private static async Task<Document> ReplaceEmptyAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await LoadAsync(document, span, cancellationToken).ConfigureAwait(false) is not var (root, model, write)
            || PassphraseValues.ExpressionOf(write.ValueOperation.Syntax) is not { } valueSyntax)
        {
            return document;
        }

        var value = PassphraseValues.Create(model, write.Operation.Syntax.SpanStart, document, cancellationToken);
        return document.WithSyntaxRoot(root.ReplaceNode(valueSyntax, value.WithTriviaFrom(valueSyntax)));
    }

    // ---------------------------------------------------------------- misspelled: rename

    private static async Task<Solution> RenameAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        if (await LoadAsync(document, span, cancellationToken).ConfigureAwait(false) is not var (root, _, write)
            || PassphraseValues.ExpressionOf(write.NameOperation.Syntax) is not { } nameSyntax)
        {
            return solution;
        }

        // WithHeaders(new { OK_ACCESS_PASSPRASE = … }): the property name is the header name.
        if (write.Form == HeaderWriteForm.AnonymousObjectProperty && nameSyntax is IdentifierNameSyntax propertyName)
        {
            return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(
                propertyName,
                SyntaxFactory.IdentifierName(AnonymousPropertyName(OkxHeaderNames.AccessPassphrase)).WithTriviaFrom(propertyName)));
        }

        // A name that comes from a const or readonly field, or a local: fix its declaration, where the typo lives.
        var declared = NameDeclaration(write.NameOperation, cancellationToken);
        if (declared is not null && solution.GetDocument(declared.SyntaxTree) is { } declaringDocument)
        {
            var declaringRoot = await declared.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            return solution.WithDocumentSyntaxRoot(
                declaringDocument.Id,
                declaringRoot.ReplaceNode(declared, HeaderLiteral().WithTriviaFrom(declared)));
        }

        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(nameSyntax, HeaderLiteral().WithTriviaFrom(nameSyntax)));
    }

    private static ExpressionSyntax? NameDeclaration(IOperation nameOperation, CancellationToken cancellationToken)
    {
        var operation = nameOperation is IArgumentOperation argument ? argument.Value : nameOperation;
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        return symbol is null ? null : DeclaredValues.GetDeclaredExpression(symbol, cancellationToken);
    }
}
