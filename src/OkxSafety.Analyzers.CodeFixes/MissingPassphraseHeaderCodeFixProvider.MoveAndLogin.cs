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

/// <summary>OKX003's fixes that move a conditional write out of its condition, and those of WebSocket login arguments.</summary>
public sealed partial class MissingPassphraseHeaderCodeFixProvider
{
    // ---------------------------------------------------------------- conditional: move out of the condition

    private sealed class MovePlan
    {
        public MovePlan(SyntaxNode write, StatementSyntax anchor, StatementSyntax? statement, bool unwrap, ExpressionSyntax? innerValue, ExpressionSyntax? leftInPlace)
        {
            Write = write;
            Anchor = anchor;
            Statement = statement;
            Unwrap = unwrap;
            InnerValue = innerValue;
            LeftInPlace = leftInPlace;
        }

        /// <summary>The write expression.</summary>
        public SyntaxNode Write { get; }

        /// <summary>The statement the write moves in front of (the if, the loop… or the statement holding the expression).</summary>
        public StatementSyntax Anchor { get; }

        /// <summary>The expression statement of the write, when it is one; null when the write sits inside an expression.</summary>
        public StatementSyntax? Statement { get; }

        /// <summary>True when the if holds nothing else: it is replaced by the write.</summary>
        public bool Unwrap { get; }

        /// <summary>The value, when it reads locals of the construct: the moved write reads a passphrase in scope instead.</summary>
        public ExpressionSyntax? InnerValue { get; }

        /// <summary>For a write inside an expression: what stays in its place (<c>true</c>, or the fluent receiver).</summary>
        public ExpressionSyntax? LeftInPlace { get; }
    }

    private static MovePlan? PlanMove(SyntaxNode root, SemanticModel model, TextSpan writeSpan, TextSpan constructSpan, CancellationToken cancellationToken)
    {
        if (writeSpan.End > root.FullSpan.End || constructSpan.End > root.FullSpan.End)
        {
            return null;
        }

        var write = root.FindNode(writeSpan, getInnermostNodeForTie: true);
        while (write.Parent is not null && write.Parent.Span == writeSpan)
        {
            write = write.Parent;
        }

        var construct = root.FindNode(constructSpan, getInnermostNodeForTie: true);
        while (construct.Parent is not null && construct.Parent.Span == constructSpan)
        {
            construct = construct.Parent;
        }

        if (write is not ExpressionSyntax writeExpression)
        {
            return null;
        }

        // Locals declared inside the construct are out of scope once the write moves: the value can be replaced by a
        // passphrase in scope; the bag and the name cannot.
        var headerWrite = FindWrite(root, model, writeSpan, OkxTypes.Create(model.Compilation), cancellationToken);
        var valueSyntax = headerWrite is null ? null : PassphraseValues.ExpressionOf(headerWrite.ValueOperation.Syntax);
        ExpressionSyntax? innerValue = null;
        foreach (var identifier in write.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local
                && local.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == construct.SyntaxTree && construct.Span.Contains(r.Span)))
            {
                if (valueSyntax is null || !valueSyntax.Span.Contains(identifier.Span))
                {
                    return null;
                }

                innerValue = valueSyntax;
            }
        }

        var statement = write.Parent as ExpressionStatementSyntax;
        if (statement is not null && construct is StatementSyntax constructStatement)
        {
            if (constructStatement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax))
            {
                return null;
            }

            var unwrap = innerValue is null
                         && constructStatement is IfStatementSyntax { Else: null } ifStatement
                         && (ifStatement.Statement == statement
                             || (ifStatement.Statement is BlockSyntax { Statements.Count: 1 } block && block.Statements[0] == statement));
            return new MovePlan(write, constructStatement, statement, unwrap, innerValue, null);
        }

        if (statement is not null
            || write.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } holder
            || !holder.Span.Contains(construct.Span))
        {
            return null;
        }

        // Inside a conditional expression or a short-circuit: a bool-returning write (TryAdd…) leaves true in its place;
        // a fluent write that returns its receiver (request.AddHeader(…), request.WithHeader(…)) leaves the receiver.
        if (model.GetTypeInfo(write, cancellationToken).Type?.SpecialType == SpecialType.System_Boolean)
        {
            return new MovePlan(write, holder, null, unwrap: false, innerValue, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
        }

        if (writeExpression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } }
            && IsPlainReceiver(receiver)
            && model.GetTypeInfo(receiver, cancellationToken).Type is { } receiverType
            && model.GetTypeInfo(write, cancellationToken).Type is { } resultType
            && (SymbolEqualityComparer.Default.Equals(receiverType, resultType) || receiverType.AllInterfaces.Contains(resultType, SymbolEqualityComparer.Default)
                || InheritsFrom(receiverType, resultType)))
        {
            return new MovePlan(write, holder, null, unwrap: false, innerValue, receiver.WithoutTrivia());
        }

        return null;
    }

    /// <summary>A receiver that names one object and reading it twice changes nothing: <c>request</c>, <c>this.request</c>, <c>_client.Request</c>.</summary>
    private static bool IsPlainReceiver(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax { Expression: var inner } => IsPlainReceiver(inner),
        _ => false,
    };

    private static bool InheritsFrom(ITypeSymbol type, ITypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<Document> MoveAsync(Document document, TextSpan writeSpan, TextSpan constructSpan, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model) || PlanMove(root, model, writeSpan, constructSpan, cancellationToken) is not { } plan)
        {
            return document;
        }

        var indentation = Indentation(plan.Anchor);
        if (plan.InnerValue is { } innerValue)
        {
            // The value read a local of the construct: the moved write reads a passphrase in scope before it.
            var value = PassphraseValues.Create(model, plan.Anchor.SpanStart, document, cancellationToken).WithTriviaFrom(innerValue);
            var tracked = root.TrackNodes(plan.Anchor, plan.Write, innerValue);
            tracked = tracked.ReplaceNode(tracked.GetCurrentNode(innerValue)!, value);
            var newPlan = new MovePlan(tracked.GetCurrentNode(plan.Write)!, tracked.GetCurrentNode(plan.Anchor)!,
                plan.Statement is null ? null : tracked.GetCurrentNode(plan.Write)!.Parent as StatementSyntax, plan.Unwrap, null, plan.LeftInPlace);
            root = tracked;
            plan = newPlan;
        }

        if (plan.Statement is { } statement)
        {
            var moved = statement.WithoutLeadingTrivia().WithLeadingTrivia(indentation).WithTrailingTrivia(statement.GetTrailingTrivia());
            if (plan.Unwrap)
            {
                var unwrapped = moved.WithLeadingTrivia(plan.Anchor.GetLeadingTrivia()).WithTrailingTrivia(plan.Anchor.GetTrailingTrivia());
                return document.WithSyntaxRoot(root.ReplaceNode(plan.Anchor, unwrapped));
            }

            var tracked = root.TrackNodes(plan.Anchor, statement);
            var current = tracked.GetCurrentNode(statement)!;
            tracked = current.Parent switch
            {
                BlockSyntax or SwitchSectionSyntax => tracked.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)!,
                GlobalStatementSyntax global => tracked.RemoveNode(global, SyntaxRemoveOptions.KeepNoTrivia)!,
                _ => tracked.ReplaceNode(current, SyntaxFactory.Block()),
            };
            var anchor = tracked.GetCurrentNode(plan.Anchor)!;
            moved = moved.WithTrailingTrivia(statement.GetTrailingTrivia());
            return document.WithSyntaxRoot(InsertBefore(tracked, anchor, moved));
        }

        // Expression: hoist the write into its own statement before the holder; leave `true` in its place.
        var hoisted = SyntaxFactory.ExpressionStatement(((ExpressionSyntax)plan.Write).WithoutTrivia())
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(FixDocument.LineEnd(plan.Anchor));
        var trackedRoot = root.TrackNodes(plan.Anchor, plan.Write);
        trackedRoot = trackedRoot.ReplaceNode(
            trackedRoot.GetCurrentNode(plan.Write)!,
            (plan.LeftInPlace ?? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)).WithTriviaFrom(plan.Write));
        return document.WithSyntaxRoot(InsertBefore(trackedRoot, trackedRoot.GetCurrentNode(plan.Anchor)!, hoisted));
    }

    /// <summary>A top-level statement's list element is its GlobalStatementSyntax: insert next to that, wrapped the same way.</summary>
    private static SyntaxNode InsertAfter(SyntaxNode root, StatementSyntax anchor, StatementSyntax inserted) =>
        anchor.Parent is GlobalStatementSyntax global
            ? root.InsertNodesAfter(global, new[] { SyntaxFactory.GlobalStatement(inserted) })
            : root.InsertNodesAfter(anchor, new[] { inserted });

    private static SyntaxNode InsertBefore(SyntaxNode root, SyntaxNode anchor, StatementSyntax inserted) =>
        anchor.Parent is GlobalStatementSyntax global
            ? root.InsertNodesBefore(global, new[] { SyntaxFactory.GlobalStatement(inserted) })
            : root.InsertNodesBefore(anchor, new[] { inserted });

    // ---------------------------------------------------------------- WebSocket login arguments

    private static async Task<Document> FixLoginAsync(Document document, TextSpan span, string @case, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return document;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        while (node.Parent is not null && node.Parent.Span == span)
        {
            node = node.Parent;
        }

        var value = PassphraseValues.Create(model, node.SpanStart, document, cancellationToken);
        if (@case == MissingPassphraseHeaderAnalyzer.LoginEmptyCase)
        {
            ExpressionSyntax? old = node switch
            {
                AnonymousObjectMemberDeclaratorSyntax member => member.Expression,
                AssignmentExpressionSyntax assignment => assignment.Right,
                InitializerExpressionSyntax { Expressions.Count: 2 } element => element.Expressions[1],
                _ => null,
            };

            return old is null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, value.WithTriviaFrom(old)));
        }

        switch (node)
        {
            case AnonymousObjectCreationExpressionSyntax anonymous:
            {
                var key = anonymous.Initializers.FirstOrDefault(m => LoginArguments.IsApiKey(MemberName(m)));
                if (key is null)
                {
                    return document;
                }

                var added = SyntaxFactory.AnonymousObjectMemberDeclarator(
                    SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("passphrase")),
                    value);
                var list = anonymous.Initializers;
                var index = list.IndexOf(key);
                var withSeparators = list.GetWithSeparators();
                var position = withSeparators.IndexOf(key);
                var separatorTrivia = index < list.SeparatorCount
                    ? withSeparators[position + 1].AsToken().TrailingTrivia
                    : SyntaxFactory.TriviaList(SyntaxFactory.Space);
                var multiLine = separatorTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var addedNode = added.WithLeadingTrivia(multiLine ? Indentation(key) : SyntaxFactory.TriviaList());
                SyntaxNodeOrTokenList newList;
                if (index < list.SeparatorCount)
                {
                    newList = withSeparators
                        .Insert(position + 2, addedNode)
                        .Insert(position + 3, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineEndOrSpace(separatorTrivia)));
                }
                else
                {
                    newList = withSeparators
                        .Replace(key, key.WithoutTrailingTrivia())
                        .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
                        .Add(addedNode.WithTrailingTrivia(key.GetTrailingTrivia()));
                }

                return document.WithSyntaxRoot(root.ReplaceNode(anonymous, anonymous.WithInitializers(SyntaxFactory.SeparatedList<AnonymousObjectMemberDeclaratorSyntax>(newList))));
            }

            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }:
            {
                var types = OkxTypes.Create(model.Compilation);
                if (model.GetOperation(node, cancellationToken) is not { } creation)
                {
                    return document;
                }

                foreach (var member in LoginArguments.Members(creation, types, cancellationToken))
                {
                    if (!LoginArguments.IsApiKey(member.Name) || member.Syntax is not ExpressionSyntax keyElement)
                    {
                        continue;
                    }

                    var name = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("passphrase"));
                    ExpressionSyntax added = keyElement is AssignmentExpressionSyntax
                        ? SyntaxFactory.AssignmentExpression(
                            SyntaxKind.SimpleAssignmentExpression,
                            SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(name)))),
                            value)
                        : SyntaxFactory.InitializerExpression(SyntaxKind.ComplexElementInitializerExpression, SyntaxFactory.SeparatedList(new[] { (ExpressionSyntax)name, value }));
                    return document.WithSyntaxRoot(root.ReplaceNode(initializer, InsertAfter(initializer, keyElement, added)));
                }

                return document;
            }

            default:
                return document;
        }
    }

    private static string MemberName(AnonymousObjectMemberDeclaratorSyntax member) => member switch
    {
        { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
        { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
        { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
        _ => string.Empty,
    };
}
