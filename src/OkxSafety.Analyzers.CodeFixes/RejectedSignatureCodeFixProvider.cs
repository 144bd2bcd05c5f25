using System;
using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Okx.Signing;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX006: writes what OKX checks. One clock read into a local used for both timestamps; <c>UtcNow</c> for
/// <c>Now</c>; the ISO 8601 UTC timestamp with milliseconds (invariant culture) for a Unix or culture-formatted REST
/// timestamp; <c>ToUnixTimeSeconds()</c> for a login timestamp; <c>PathAndQuery</c>; the method upper case;
/// <c>Convert.ToBase64String</c>; <c>Encoding.UTF8.GetBytes(secret)</c>; <c>HMACSHA256</c>; the login's
/// <c>GET/users/self/verify</c>. Every kind has the same equivalence key, so FixAll fixes them all in one run.
/// Edits are syntax only (the semantic model is read first), in C# 7.3 syntax.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RejectedSignatureCodeFixProvider))]
public sealed class RejectedSignatureCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "OKX006.SignAsOkxChecks";
    private const string Title = "Sign the request the way OKX checks it";
    internal const string AnnotationKind = "OKX006";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RejectedSignatureId);

    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await FixDocument.LoadAsync(document, context.CancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(diagnostic, root, model, context.CancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixDocumentAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => Title;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await FixDocumentAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One edit: the nodes it needs (annotated on the original tree, so edits applied before it are seen), and how it
    /// changes the root once those nodes are found again.
    /// </summary>
    private sealed class Edit
    {
        public Edit(int order, SyntaxNode[] nodes, Func<SyntaxNode, SyntaxNode[], SyntaxNode?> apply)
        {
            Order = order;
            Nodes = nodes;
            Apply = apply;
        }

        public int Order { get; }

        public SyntaxNode[] Nodes { get; }

        public Func<SyntaxNode, SyntaxNode[], SyntaxNode?> Apply { get; }

        public SyntaxAnnotation[] Annotations { get; set; } = Array.Empty<SyntaxAnnotation>();
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return document;
        }

        var edits = new List<Edit>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan(diagnostic, root, model, cancellationToken) is { } edit)
            {
                edits.Add(edit);
            }
        }

        if (edits.Count == 0)
        {
            return document;
        }

        // Annotate every node an edit needs, then apply the edits inner first (a hex encoding around a renamed hash
        // keeps the rename), the clock-read edits (which move expressions) last.
        var annotations = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
        foreach (var edit in edits)
        {
            edit.Annotations = new SyntaxAnnotation[edit.Nodes.Length];
            for (var i = 0; i < edit.Nodes.Length; i++)
            {
                var annotation = new SyntaxAnnotation(AnnotationKind);
                edit.Annotations[i] = annotation;
                if (!annotations.TryGetValue(edit.Nodes[i], out var list))
                {
                    annotations[edit.Nodes[i]] = list = new List<SyntaxAnnotation>();
                }

                list.Add(annotation);
            }
        }

        root = root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original]));
        foreach (var edit in edits.OrderBy(e => e.Order).ThenBy(e => e.Nodes[0].Span.Length))
        {
            var nodes = new SyntaxNode[edit.Annotations.Length];
            var found = true;
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = root.GetAnnotatedNodes(edit.Annotations[i]).FirstOrDefault();
                if (node is null)
                {
                    found = false;
                    break;
                }

                nodes[i] = node;
            }

            if (found && edit.Apply(root, nodes) is { } changed)
            {
                root = changed;
            }
        }

        var fixedDocument = document.WithSyntaxRoot(root);
        fixedDocument = await Simplifier.ReduceAsync(fixedDocument, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(fixedDocument, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the fix of one diagnostic does, or null when it cannot be fixed here.</summary>
    private static Edit? Plan(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(RejectedSignatureAnalyzer.MistakeProperty, out var name)
            || !Enum.TryParse<SigningMistake>(name, out var mistake)
            || Find(root, diagnostic.Location.SourceSpan) is not { } node)
        {
            return null;
        }

        properties.TryGetValue(RejectedSignatureAnalyzer.DetailProperty, out var detail);
        var related = Related(root, properties);
        switch (mistake)
        {
            case SigningMistake.TwoClockReads:
                return related is ExpressionSyntax other && node is ExpressionSyntax expression ? OneClockRead(expression, other, sentIsNode: detail != "related", model, cancellationToken) : null;

            case SigningMistake.LocalTime:
                return Rename(node, "Now", "UtcNow");

            case SigningMistake.UnixTimestamp or SigningMistake.CultureTimestamp when node is ExpressionSyntax timestamp:
                return IsolatedTimestamp(timestamp, model, cancellationToken);

            case SigningMistake.LoginDateTimestamp:
                return UnixSeconds(node);

            case SigningMistake.LoginMillisecondsTimestamp:
                return Rename(node, "ToUnixTimeMilliseconds", "ToUnixTimeSeconds");

            case SigningMistake.PathWithoutQuery:
                return Rename(node, "AbsolutePath", "PathAndQuery") ?? Rename(node, "LocalPath", "PathAndQuery");

            case SigningMistake.LowerCaseMethod:
                return related is not null
                    ? Rename(node, "ToLowerInvariant", "ToUpperInvariant") ?? Rename(node, "ToLower", node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } ? "ToUpper" : "ToUpperInvariant")
                    : UpperCaseMethod(node, detail);

            case SigningMistake.HexSignature when node is ExpressionSyntax && related is ExpressionSyntax:
                return new Edit(0, new[] { node, related }, (current, nodes) =>
                    current.ReplaceNode(nodes[0], Call("System.Convert.ToBase64String", (ExpressionSyntax)nodes[1]).WithTriviaAndMarksFrom(nodes[0])));

            case SigningMistake.DecodedSecret when node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } decode:
                return new Edit(0, new[] { node, decode.ArgumentList.Arguments[0].Expression }, (current, nodes) =>
                    current.ReplaceNode(nodes[0], Call("System.Text.Encoding.UTF8.GetBytes", (ExpressionSyntax)nodes[1]).WithTriviaAndMarksFrom(nodes[0])));

            case SigningMistake.WrongHmac:
                return Hmac256(node, model, cancellationToken);

            case SigningMistake.PlainHash:
                return KeyedHash(node, model, cancellationToken);

            case SigningMistake.LoginPrehash when detail is not null:
                return ReplaceText(node, detail);

            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ the edits

    /// <summary>Both timestamps from one read: a local already holding one is used for the other; otherwise a new local before the first.</summary>
    private static Edit? OneClockRead(ExpressionSyntax node, ExpressionSyntax related, bool sentIsNode, SemanticModel model, CancellationToken cancellationToken)
    {
        var (sent, signed) = sentIsNode ? (node, related) : (related, node);
        foreach (var (local, other) in new[] { (sent, signed), (signed, sent) })
        {
            if (local is IdentifierNameSyntax identifier
                && model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol symbol
                && symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is { } declaration
                && declaration.Span.End <= other.SpanStart
                && model.LookupSymbols(other.SpanStart, name: symbol.Name).Contains(symbol, SymbolEqualityComparer.Default))
            {
                return new Edit(1, new SyntaxNode[] { other }, (current, nodes) =>
                    current.ReplaceNode(nodes[0], SyntaxFactory.IdentifierName(symbol.Name).WithTriviaAndMarksFrom(nodes[0])));
            }
        }

        var first = sent.SpanStart <= signed.SpanStart ? sent : signed;
        var second = first == sent ? signed : sent;
        if (first.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax) is not { } statement
            || !(statement.Parent is GlobalStatementSyntax ? statement.Parent.Parent! : statement.Parent!).Span.Contains(second.Span)
            || InsideFunction(first, statement) || InsideFunction(second, statement.Parent!))
        {
            return null;
        }

        var name = FreeName(model, statement, "timestamp");
        return new Edit(1, new SyntaxNode[] { sent, signed, statement }, (current, nodes) =>
        {
            var declaration = SyntaxFactory.LocalDeclarationStatement(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var"),
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name))
                            .WithInitializer(SyntaxFactory.EqualsValueClause(((ExpressionSyntax)nodes[0]).WithoutTrivia())))))
                .WithAdditionalAnnotations(Formatter.Annotation);
            var tracked = current.TrackNodes(nodes);
            tracked = tracked.ReplaceNodes(
                new[] { tracked.GetCurrentNode(nodes[0])!, tracked.GetCurrentNode(nodes[1])! },
                (original, _) => SyntaxFactory.IdentifierName(name).WithTriviaAndMarksFrom(original));
            var target = tracked.GetCurrentNode(nodes[2])!;
            var endOfLine = target.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.ElasticLineFeed;
            if (target.Parent is GlobalStatementSyntax global)
            {
                var added = SyntaxFactory.GlobalStatement(declaration.WithLeadingTrivia(IndentationOf(global)).WithTrailingTrivia(newLine));
                return tracked.InsertNodesBefore(global, new[] { added });
            }

            return tracked.InsertNodesBefore(target, new[] { declaration.WithLeadingTrivia(IndentationOf(target)).WithTrailingTrivia(newLine) });
        });
    }

    /// <summary>The ISO 8601 UTC timestamp with milliseconds, invariant culture; an explicit <c>long</c> local holding it becomes a string.</summary>
    private static Edit? IsolatedTimestamp(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
    {
        var isString = model.GetTypeInfo(node, cancellationToken).ConvertedType?.SpecialType == SpecialType.System_String
                       || model.GetTypeInfo(node, cancellationToken).Type?.SpecialType == SpecialType.System_String;
        var declared = node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } ? declaration : null;
        if (!isString && declared is null)
        {
            return null;
        }

        var nodes = declared is { Type.IsVar: false } ? new SyntaxNode[] { node, declared.Type } : new SyntaxNode[] { node };
        return new Edit(0, nodes, (current, found) =>
        {
            var replacement = Qualified(
                "System.DateTime.UtcNow.ToString(\"" + OkxHeaderNames.TimestampFormat + "\", System.Globalization.CultureInfo.InvariantCulture)");
            if (found.Length == 1)
            {
                return current.ReplaceNode(found[0], replacement.WithTriviaAndMarksFrom(found[0]));
            }

            return current.ReplaceNodes(found, (original, _) => original == found[0]
                ? replacement.WithTriviaAndMarksFrom(original)
                : SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)).WithTriviaAndMarksFrom(original));
        });
    }

    /// <summary>Unix seconds as a string (or, inside an interpolation, as the interpolated value).</summary>
    private static Edit UnixSeconds(SyntaxNode node) => new(0, new[] { node }, (current, nodes) =>
    {
        var seconds = Qualified("System.DateTimeOffset.UtcNow.ToUnixTimeSeconds()");
        if (nodes[0] is InterpolationSyntax interpolation)
        {
            return current.ReplaceNode(interpolation, SyntaxFactory.Interpolation(seconds).WithTriviaAndMarksFrom(interpolation));
        }

        var text = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, seconds, SyntaxFactory.IdentifierName("ToString")));
        return current.ReplaceNode(nodes[0], text.WithTriviaAndMarksFrom(nodes[0]));
    });

    /// <summary>Renames the member <paramref name="from"/> accessed by the node (a.From, ?.From, a.From(…), a using-static From).</summary>
    private static Edit? Rename(SyntaxNode node, string from, string to)
    {
        var name = NameOf(node is InvocationExpressionSyntax invocation ? invocation.Expression : node);
        return name is null || name.Identifier.ValueText != from
            ? null
            : new Edit(0, new SyntaxNode[] { name }, (current, nodes) =>
                current.ReplaceNode(nodes[0], SyntaxFactory.IdentifierName(to).WithTriviaAndMarksFrom(nodes[0])));
    }

    private static SimpleNameSyntax? NameOf(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    private static Edit? UpperCaseMethod(SyntaxNode node, string? detail)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return new Edit(0, new SyntaxNode[] { node }, (current, nodes) =>
                {
                    var token = ((LiteralExpressionSyntax)nodes[0]).Token;
                    var text = UpperMethodIn(token.Text, token.ValueText);
                    return current.ReplaceNode(nodes[0], ((LiteralExpressionSyntax)nodes[0]).WithToken(SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.StringLiteralToken, text, UpperMethodIn(token.ValueText, token.ValueText), token.TrailingTrivia)));
                });
            case InterpolatedStringTextSyntax:
                return new Edit(0, new SyntaxNode[] { node }, (current, nodes) =>
                {
                    var token = ((InterpolatedStringTextSyntax)nodes[0]).TextToken;
                    var text = UpperMethodIn(token.Text, token.ValueText);
                    return current.ReplaceNode(nodes[0], SyntaxFactory.InterpolatedStringText(
                        SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, UpperMethodIn(token.ValueText, token.ValueText), token.TrailingTrivia)));
                });
            case ExpressionSyntax when detail is not null:
                return ReplaceText(node, detail);
            default:
                return null;
        }
    }

    /// <summary>The method word the value starts with, upper case where it is written in <paramref name="text"/>.</summary>
    private static string UpperMethodIn(string text, string value)
    {
        if (PrehashParts.LeadingMethod(value) is not { } method)
        {
            return text;
        }

        var at = text.IndexOf(method, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + method.ToUpperInvariant() + text.Substring(at + method.Length);
    }

    /// <summary>A constant part replaced by <paramref name="value"/> (a literal, or the text of an interpolation).</summary>
    private static Edit? ReplaceText(SyntaxNode node, string value) => node switch
    {
        InterpolatedStringTextSyntax => new Edit(0, new[] { node }, (current, nodes) =>
            current.ReplaceNode(nodes[0], SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, value, value, default)))),
        ExpressionSyntax => new Edit(0, new[] { node }, (current, nodes) =>
            current.ReplaceNode(nodes[0], SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaAndMarksFrom(nodes[0]))),
        _ => null,
    };

    /// <summary>HMACSHA256 for the other HMAC: the created (or called) type, and the declared type of what holds it.</summary>
    private static Edit? Hmac256(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (NameOf(node is QualifiedNameSyntax qualified ? qualified.Right : node) is not { } name)
        {
            return null;
        }

        var nodes = new List<SyntaxNode> { name };
        if (node.Parent is ObjectCreationExpressionSyntax creation && DeclaredTypeOf(creation, name.Identifier.ValueText, model, cancellationToken) is { } declared)
        {
            nodes.Add(declared);
        }

        return new Edit(0, nodes.ToArray(), (current, found) =>
            current.ReplaceNodes(found, (original, _) => SyntaxFactory.IdentifierName("HMACSHA256").WithTriviaAndMarksFrom(original)));
    }

    /// <summary>
    /// A plain hash becomes an HMAC-SHA256 keyed with the UTF-8 bytes of the secret key in scope (a local, parameter,
    /// field or property named for the secret); no fix without one.
    /// </summary>
    private static Edit? KeyedHash(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (SecretInScope(model, node.SpanStart) is not { } secret)
        {
            return null;
        }

        var key = "System.Text.Encoding.UTF8.GetBytes(" + secret + ")";
        switch (node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HashData" }, ArgumentList.Arguments.Count: 1 } hashData:
                return new Edit(0, new SyntaxNode[] { node, hashData.ArgumentList.Arguments[0].Expression }, (current, nodes) =>
                    current.ReplaceNode(nodes[0], SyntaxFactory.InvocationExpression(
                            Qualified("System.Security.Cryptography.HMACSHA256.HashData"),
                            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                            {
                                SyntaxFactory.Argument(Qualified(key)),
                                SyntaxFactory.Argument((ExpressionSyntax)nodes[1]),
                            })))
                        .WithTriviaAndMarksFrom(nodes[0])));

            case InvocationExpressionSyntax or ObjectCreationExpressionSyntax:
                var nodes = new List<SyntaxNode> { node };
                if (DeclaredTypeOf((ExpressionSyntax)node, null, model, cancellationToken) is { } declared)
                {
                    nodes.Add(declared);
                }

                return new Edit(0, nodes.ToArray(), (current, found) => current.ReplaceNodes(found, (original, _) => original == found[0]
                    ? Qualified("new System.Security.Cryptography.HMACSHA256(" + key + ")").WithTriviaAndMarksFrom(original)
                    : SyntaxFactory.IdentifierName("HMACSHA256").WithTriviaAndMarksFrom(original)));

            default:
                return null;
        }
    }

    /// <summary>
    /// The written type of the local, field or property a created hash is stored in, when it names a hash type other
    /// than HMACSHA256 (<paramref name="typeName"/>, or any when null): it must change with the creation.
    /// </summary>
    private static TypeSyntax? DeclaredTypeOf(ExpressionSyntax creation, string? typeName, SemanticModel model, CancellationToken cancellationToken)
    {
        TypeSyntax? type = null;
        var parent = creation.Parent;
        if (parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } })
        {
            type = declaration.Type;
        }
        else if (parent is AssignmentExpressionSyntax assignment && assignment.Right == creation
                 && model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is { } target
                 && target.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is { } declared
                 && declared.SyntaxTree == creation.SyntaxTree)
        {
            type = declared switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            };
        }

        if (type is null || type.IsVar)
        {
            return null;
        }

        var written = (type is QualifiedNameSyntax qualified ? qualified.Right : type) as SimpleNameSyntax;
        return written is not null && (typeName is null ? written.Identifier.ValueText != "HMACSHA256" : written.Identifier.ValueText == typeName) ? type : null;
    }

    private static string? SecretInScope(SemanticModel model, int position)
    {
        foreach (var symbol in model.LookupSymbols(position))
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (type?.SpecialType == SpecialType.System_String && CredentialNames.FromName(symbol.Name) == CredentialKind.SecretKey)
            {
                return symbol.Name;
            }
        }

        return null;
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>An expression written with qualified names, each marked for the simplifier (which shortens it where usings allow).</summary>
    private static ExpressionSyntax Qualified(string text)
    {
        var parsed = SyntaxFactory.ParseExpression(text);
        return parsed.ReplaceNodes(
                parsed.DescendantNodes().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    private static InvocationExpressionSyntax Call(string method, ExpressionSyntax argument) =>
        SyntaxFactory.InvocationExpression(
            Qualified(method),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument.WithoutTrivia()))));

    private static SyntaxNode? Find(SyntaxNode root, TextSpan span)
    {
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        for (SyntaxNode? node = root.FindNode(span, findInsideTrivia: false, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node.Span == span)
            {
                return node is ArgumentSyntax argument ? argument.Expression : node;
            }

            if (node.Span.Length > span.Length)
            {
                break;
            }
        }

        return null;
    }

    private static SyntaxNode? Related(SyntaxNode root, ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(RejectedSignatureAnalyzer.RelatedStartProperty, out var start)
        && properties.TryGetValue(RejectedSignatureAnalyzer.RelatedLengthProperty, out var length)
        && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
        && int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            ? Find(root, new TextSpan(s, l))
            : null;

    /// <summary>The whitespace a statement's line starts with (not the comments or blank lines above it).</summary>
    private static SyntaxTriviaList IndentationOf(SyntaxNode statement)
    {
        var leading = statement.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    private static bool InsideFunction(SyntaxNode node, SyntaxNode container)
    {
        for (var current = node.Parent; current is not null && current != container; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static string FreeName(SemanticModel model, SyntaxNode at, string name)
    {
        var member = at.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)at.SyntaxTree.GetRoot();
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? name : name + i.ToString(CultureInfo.InvariantCulture);
            var taken = !model.LookupSymbols(at.SpanStart, name: candidate).IsEmpty;
            foreach (var token in member.DescendantTokens())
            {
                if (taken)
                {
                    break;
                }

                taken = token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == candidate;
            }

            if (!taken)
            {
                return candidate;
            }
        }
    }
}

/// <summary>
/// A replacement keeps the trivia and the fix's own marks of the node it replaces, so an edit applied later (the
/// clock-read edit after a timestamp-format edit on the same expression) still finds its node.
/// </summary>
internal static class RejectedSignatureFixMarks
{
    public static T WithTriviaAndMarksFrom<T>(this T replacement, SyntaxNode original)
        where T : SyntaxNode =>
        replacement.WithTriviaFrom(original).WithAdditionalAnnotations(original.GetAnnotations(RejectedSignatureCodeFixProvider.AnnotationKind));
}
