using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
using OkxSafety.Analyzers;
using OkxSafety.Analyzers.Rules;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using static OkxSafety.Analyzers.Rules.UncheckedResponseCodeAnalyzer;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX005 fixes, one equivalence key for every kind of finding (so FixAll and <c>dotnet format</c> fix them all in one
/// run). "Check the OKX code": inserts, before the first payload read, a guard in the same access style that throws
/// InvalidOperationException with the code and message (SDK results: a Success check). Order endpoints: a loop that
/// throws on the first item whose sCode is not "0". A wrong success value is replaced with "0".
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UncheckedResponseCodeCodeFixProvider))]
public sealed partial class UncheckedResponseCodeCodeFixProvider : CodeFixProvider
{
    /// <summary>The one key of OKX005's fix, whatever the kind of finding.</summary>
    public const string CheckCodeKey = "OKX005.CheckCode";

    /// <summary>The same key as <see cref="CheckCodeKey"/> (SDK results used to have their own).</summary>
    public const string CheckSuccessKey = CheckCodeKey;

    /// <summary>The same key as <see cref="CheckCodeKey"/> (wrong success values used to have their own).</summary>
    public const string SuccessIsZeroKey = CheckCodeKey;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UncheckedResponseCodeId);

    public override FixAllProvider GetFixAllProvider() => FixAll;

    private static readonly SequentialFixAllProvider FixAll = new(
        "Check the OKX codes",
        async (document, diagnostic, key, ct) => key is null or CheckCodeKey ? await FixAsync(document, diagnostic, ct).ConfigureAwait(false) : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await FixDocument.LoadAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(root, model, diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(plan.Title, async ct => (await FixAsync(document, diagnostic, ct).ConfigureAwait(false))?.GetDocument(document.Id) ?? document, CheckCodeKey),
                diagnostic);
        }
    }

    private sealed class FixPlan
    {
        public FixPlan(string title, string kind, ExpressionSyntax target)
        {
            Title = title;
            Kind = kind;
            Target = target;
        }

        public string Title { get; }

        public string Kind { get; }

        /// <summary>The compared value (wrong success) or the payload read.</summary>
        public ExpressionSyntax Target { get; }
    }

    private static FixPlan? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(KindProperty, out var kind) || kind is null || diagnostic.AdditionalLocations.Count == 0
            || diagnostic.AdditionalLocations[0].SourceSpan.End > root.FullSpan.End)
        {
            return null;
        }

        var target = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
        if (kind == FixKinds.WrongSuccessValue)
        {
            var numeric = diagnostic.Properties.TryGetValue(NumericProperty, out var n) && n == "true";
            return target is ExpressionSyntax compared
                ? new FixPlan(numeric ? "Compare the OKX code with 0" : "Compare the OKX code with \"0\"", kind, compared)
                : null;
        }

        if (kind == FixKinds.UnreadOrderBody)
        {
            return BodyCheckEdit(root, model, diagnostic, cancellationToken) is not null && target is ExpressionSyntax check
                ? new FixPlan("Read the OKX order response and check its code", kind, check)
                : null;
        }

        // ?["data"]: the binding's span is also its bracketed argument list's.
        if (target.FirstAncestorOrSelf<ExpressionSyntax>() is not { } read || GuardPlace(read, model, cancellationToken) is null)
        {
            return null;
        }

        if (kind == FixKinds.OrderItems)
        {
            return (IsBinding(read) && ConditionalItems(read) is null)
                   || (ItemCheck(read, model, "item", IsBinding(read), cancellationToken) is null && ItemTypeWithoutSCode(read, model, cancellationToken) is null)
                ? null
                : new FixPlan("Check each order item's sCode before reading data", kind, read);
        }

        return new FixPlan(kind == FixKinds.SdkResult ? "Check the OKX.Net result's Success" : "Check the OKX code before reading data", kind, read);
    }

    private static async Task<Solution?> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model)
            || Plan(root, model, diagnostic, cancellationToken) is not { } plan)
        {
            return null;
        }

        if (plan.Kind == FixKinds.WrongSuccessValue)
        {
            var numeric = diagnostic.Properties.TryGetValue(NumericProperty, out var n) && n == "true";
            return document.WithSyntaxRoot(root.ReplaceNode(plan.Target, SuccessLiteral(numeric).WithTriviaFrom(plan.Target))).Project.Solution;
        }

        if (plan.Kind == FixKinds.UnreadOrderBody)
        {
            return BodyCheckEdit(root, model, diagnostic, cancellationToken) is { } edited ? document.WithSyntaxRoot(edited).Project.Solution : null;
        }

        if (plan.Kind == FixKinds.OrderItems && ItemTypeWithoutSCode(plan.Target, model, cancellationToken) is { } itemType)
        {
            // Typed items without sCode: the item type gets SCode and SMsg (OKX's names), then the loop reads them.
            var annotation = new SyntaxAnnotation();
            var solution = document.WithSyntaxRoot(root.ReplaceNode(plan.Target, plan.Target.WithAdditionalAnnotations(annotation))).Project.Solution;
            var reference = itemType.DeclaringSyntaxReferences[0];
            if (document.Project.Solution.GetDocumentId(reference.SyntaxTree) is not { } declaringId
                || await solution.GetDocument(declaringId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } declaringRoot
                || declaringRoot.FindNode(reference.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return null;
            }

            var members = new[]
            {
                SyntaxFactory.ParseMemberDeclaration("public string SCode { get; set; } = \"\";")!,
                SyntaxFactory.ParseMemberDeclaration("public string SMsg { get; set; } = \"\";")!,
            };
            var endOfLine = FixDocument.EndOfLine(declaringRoot);
            var withMembers = declaration.AddMembers(members
                .Select(m => m.WithLeadingTrivia(SyntaxFactory.ElasticMarker).WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(endOfLine)).WithAdditionalAnnotations(Formatter.Annotation))
                .ToArray());
            solution = solution.WithDocumentSyntaxRoot(declaringId, declaringRoot.ReplaceNode(declaration, withMembers.WithAdditionalAnnotations(Formatter.Annotation)));
            var updated = solution.GetDocument(document.Id)!;
            if (await FixDocument.LoadAsync(updated, cancellationToken).ConfigureAwait(false) is not var (newRoot, newModel)
                || newRoot.GetAnnotatedNodes(annotation).FirstOrDefault() is not ExpressionSyntax newRead)
            {
                return null;
            }

            var guarded = await AddGuardAsync(updated, newRoot, newModel, newRead, plan.Kind, diagnostic.Properties, cancellationToken).ConfigureAwait(false);
            return guarded == updated ? null : guarded.Project.Solution;
        }

        var fixedDocument = await AddGuardAsync(document, root, model, plan.Target, plan.Kind, diagnostic.Properties, cancellationToken).ConfigureAwait(false);
        return fixedDocument == document ? null : fixedDocument.Project.Solution;
    }

    /// <summary>The read's item type, when it is a class of this solution with no sCode member (nor a member named SCode or SMsg).</summary>
    private static INamedTypeSymbol? ItemTypeWithoutSCode(ExpressionSyntax read, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(read, cancellationToken).Type;
        var element = type is IArrayTypeSymbol array ? array.ElementType : type is null ? null : ElementType(type);
        if (element is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.DeclaringSyntaxReferences.Length != 1
            || OkxResponses.FindMember(named, OkxResponses.SCodeName) is not null || OkxResponses.FindMember(named, "sMsg") is not null
            || named.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not TypeDeclarationSyntax { OpenBraceToken.IsMissing: false, OpenBraceToken.RawKind: not 0 })
        {
            return null;
        }

        return named;
    }

    /// <summary>The statement the guard goes in front of, when the read's receiver can be evaluated there.</summary>
    private static StatementSyntax? GuardPlace(ExpressionSyntax read, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!TryGetReceiver(read, out var receiver, out _))
        {
            return null;
        }

        var statement = read.FirstAncestorOrSelf<StatementSyntax>();
        return statement is null || statement is LocalFunctionStatementSyntax || HasFunctionBetween(receiver, statement)
               || !DeclaredBefore(receiver, statement, model, cancellationToken)
            ? null
            : statement;
    }

    private static LiteralExpressionSyntax SuccessLiteral(bool numeric) => numeric
        ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))
        : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("0"));

    private static Task<Document> AddGuardAsync(
        Document document, SyntaxNode root, SemanticModel model, ExpressionSyntax read, string kind, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
    {
        var orderItems = kind == FixKinds.OrderItems;
        ExpressionSyntax receiver;
        bool conditional;
        string? conditionalItems = orderItems && IsBinding(read) ? ConditionalItems(read) : null;
        if (orderItems && IsBinding(read) && conditionalItems is null)
        {
            return Task.FromResult(document);
        }

        if (orderItems)
        {
            // The items are the read itself: data is checked item by item.
            receiver = read;
            conditional = false;
        }
        else if (!TryGetReceiver(read, out receiver, out conditional))
        {
            return Task.FromResult(document);
        }

        if (GuardPlace(read, model, cancellationToken) is not { } statement)
        {
            return Task.FromResult(document);
        }

        var statements = new List<StatementSyntax>();
        var newStatement = statement;
        string receiverText;
        if (conditionalItems is not null)
        {
            // a?["data"]: the items are read again, null-conditionally, by the guard.
            receiverText = conditionalItems;
        }
        else if (IsSimple(receiver))
        {
            receiverText = receiver.WithoutTrivia().ToString();
        }
        else
        {
            // Evaluate the response once: store it in a local, check it, then read from the local.
            var name = UniqueName(orderItems ? "data" : BaseName(kind), statement, model, cancellationToken, Array.Empty<string>());
            var stored = receiver;
            while (stored is ParenthesizedExpressionSyntax parenthesized)
            {
                stored = parenthesized.Expression;
            }

            statements.Add(SyntaxFactory.ParseStatement($"var {name} = {stored.WithoutTrivia()};"));
            newStatement = statement.ReplaceNode(receiver, SyntaxFactory.IdentifierName(name).WithTriviaFrom(receiver));
            receiverText = name;
        }

        var guardText = orderItems
            ? ItemCheck(read, model, UniqueName("item", statement, model, cancellationToken, new[] { receiverText }), conditionalItems is not null, cancellationToken) is { } check
                ? check.Replace(ReceiverPlaceholder, receiverText).Replace(ItemsPlaceholder, UniqueName("items", statement, model, cancellationToken, new[] { receiverText }))
                : null
            : GuardText(kind, receiverText, conditional, properties);
        if (guardText is null)
        {
            return Task.FromResult(document);
        }

        var guard = SyntaxFactory.ParseStatement(guardText);
        guard = guard.ReplaceNodes(
            guard.DescendantNodes().OfType<QualifiedNameSyntax>(),
            (_, name) => name.ToString() == "System.InvalidOperationException" ? name.WithAdditionalAnnotations(Simplifier.Annotation) : name);
        statements.Add(guard);

        var endOfLine = FixDocument.EndOfLine(root);
        for (var i = 0; i < statements.Count; i++)
        {
            statements[i] = statements[i]
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(endOfLine))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        SyntaxNode newRoot;
        switch (statement.Parent)
        {
            case BlockSyntax block:
            {
                var index = block.Statements.IndexOf(statement);
                statements.Add(newStatement);
                var list = block.Statements.RemoveAt(index).InsertRange(index, statements);
                newRoot = root.ReplaceNode(block, block.WithStatements(list));
                break;
            }

            case SwitchSectionSyntax section:
            {
                var index = section.Statements.IndexOf(statement);
                statements.Add(newStatement);
                var list = section.Statements.RemoveAt(index).InsertRange(index, statements);
                newRoot = root.ReplaceNode(section, section.WithStatements(list));
                break;
            }

            case GlobalStatementSyntax global when global.Parent is CompilationUnitSyntax unit:
            {
                var members = new List<MemberDeclarationSyntax>();
                foreach (var added in statements)
                {
                    // Top-level statements: plain trivia, so the formatter does not separate them like members.
                    members.Add(SyntaxFactory.GlobalStatement(added.WithoutAnnotations(Formatter.Annotation).WithLeadingTrivia(global.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia))).WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine))));
                }

                members.Add(global.WithStatement(newStatement));
                var index = unit.Members.IndexOf(global);
                newRoot = root.ReplaceNode(unit, unit.WithMembers(unit.Members.RemoveAt(index).InsertRange(index, members)));
                break;
            }

            default:
            {
                // An embedded statement (if (x) return resp.Data;): wrap it in a block with the guard.
                statements.Add(newStatement.WithoutLeadingTrivia());
                var block = SyntaxFactory.Block(statements).WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation);
                newRoot = root.ReplaceNode(statement, block);
                break;
            }
        }

        return Task.FromResult(document.WithSyntaxRoot(newRoot));
    }

    private const string ReceiverPlaceholder = "__okx_items__";

    /// <summary>
    /// The loop that checks every order item's sCode, with <see cref="ReceiverPlaceholder"/> for the items; null when
    /// the items' shape has no sCode to read (a typed item without an sCode member).
    /// </summary>
    private static string? ItemCheck(ExpressionSyntax read, SemanticModel model, string item, bool conditional, CancellationToken cancellationToken)
    {
        // A null-conditional read (a?["data"]): check the items when there are any, in a pattern variable.
        var loop = ItemLoop(read, model, item, conditional ? ItemsPlaceholder : ReceiverPlaceholder, cancellationToken);
        return loop is null ? null : conditional ? $"if ({ReceiverPlaceholder} is {{ }} {ItemsPlaceholder}) {loop}" : loop;
    }

    private const string ItemsPlaceholder = "__okx_nonnull_items__";

    private static bool IsBinding(ExpressionSyntax read) => read is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax;

    /// <summary>
    /// The text of the items a null-conditional read reads (<c>node?["data"]</c> for the binding <c>["data"]</c>), when
    /// the binding is the first of its chain and its receiver holds no other binding; else null.
    /// </summary>
    private static string? ConditionalItems(ExpressionSyntax read)
    {
        if (!TryGetReceiver(read, out var receiver, out var conditional) || !conditional
            || receiver.DescendantNodesAndSelf().Any(node => node is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax)
            || receiver.Parent is not ConditionalAccessExpressionSyntax access
            || access.WhenNotNull.GetFirstToken() != read.GetFirstToken())
        {
            return null;
        }

        return receiver.WithoutTrivia().ToString() + "?" + read.WithoutTrivia().ToString();
    }

    private static string? ItemLoop(ExpressionSyntax read, SemanticModel model, string item, string R, CancellationToken cancellationToken)
    {
        const string Exception = "System.InvalidOperationException";
        var type = model.GetTypeInfo(read, cancellationToken).Type;
        if (type is null)
        {
            return null;
        }

        switch (OkxResponses.RootNamespace(type), type.Name)
        {
            case ("System", "JsonElement"):
                return $"foreach (var {item} in {R}.EnumerateArray()) if ({item}.GetProperty(\"sCode\").GetString() != \"0\") throw new {Exception}($\"OKX order error {{{item}.GetProperty(\"sCode\").GetString()}}: {{{item}.GetProperty(\"sMsg\").GetString()}}\");";
            case ("System", "JsonNode" or "JsonArray"):
                return $"foreach (var {item} in {R}{(type.Name == "JsonArray" ? "" : "!.AsArray()")}) if ({item}?[\"sCode\"]?.GetValue<string>() != \"0\") throw new {Exception}($\"OKX order error {{{item}?[\"sCode\"]}}: {{{item}?[\"sMsg\"]}}\");";
            case ("Newtonsoft", "JToken" or "JArray"):
                return $"foreach (var {item} in {R}{(type.Name == "JArray" ? "" : "!")}) if ({item}[\"sCode\"]?.ToString() != \"0\") throw new {Exception}($\"OKX order error {{{item}[\"sCode\"]}}: {{{item}[\"sMsg\"]}}\");";
        }

        // Typed items: List<OrderAck>, OrderAck[], IEnumerable<OrderAck> with an sCode member.
        var element = type is IArrayTypeSymbol array ? array.ElementType : ElementType(type);
        if (element is null || OkxResponses.FindMember(element, OkxResponses.SCodeName) is not { } code)
        {
            return null;
        }

        var zero = OkxResponses.MemberType(code)?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 ? "0" : "\"0\"";
        var message = OkxResponses.FindMember(element, "sMsg") is { } msg
            ? $"$\"OKX order error {{{item}.{code.Name}}}: {{{item}.{msg.Name}}}\""
            : $"$\"OKX order error {{{item}.{code.Name}}}\"";
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated || model.GetTypeInfo(read, cancellationToken).Nullability.FlowState == NullableFlowState.MaybeNull;
        return $"foreach (var {item} in {R}{(nullable ? "!" : "")}) if ({item}.{code.Name} != {zero}) throw new {Exception}({message});";
    }

    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && named.Name is "List" or "IList" or "IReadOnlyList" or "IEnumerable" or "ICollection" or "IReadOnlyCollection")
        {
            return named.TypeArguments[0];
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate is { Name: "IEnumerable", IsGenericType: true, TypeArguments.Length: 1 })
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    private static string? GuardText(string kind, string r, bool conditional, ImmutableDictionary<string, string?> properties)
    {
        const string Exception = "System.InvalidOperationException";
        var indexer = conditional ? r + "?" : r;
        switch (kind)
        {
            case FixKinds.JsonElement:
                return $"if ({r}.GetProperty(\"code\").GetString() != \"0\") throw new {Exception}($\"OKX error {{{r}.GetProperty(\"code\").GetString()}}: {{{r}.GetProperty(\"msg\").GetString()}}\");";
            case FixKinds.JsonNode:
                return $"if ({indexer}[\"code\"]?.GetValue<string>() != \"0\") throw new {Exception}($\"OKX error {{{indexer}[\"code\"]}}: {{{indexer}[\"msg\"]}}\");";
            case FixKinds.JToken:
                return $"if ({indexer}[\"code\"]?.ToString() != \"0\") throw new {Exception}($\"OKX error {{{indexer}[\"code\"]}}: {{{indexer}[\"msg\"]}}\");";
            case FixKinds.Typed:
            {
                if (!properties.TryGetValue(CodeMemberProperty, out var code) || code is null)
                {
                    return null;
                }

                var access = r + (conditional ? "?." : ".");
                var zero = properties.TryGetValue(NumericProperty, out var numeric) && numeric == "true" ? "0" : "\"0\"";
                var message = properties.TryGetValue(MessageMemberProperty, out var msg) && msg is not null
                    ? $"$\"OKX error {{{access}{code}}}: {{{access}{msg}}}\""
                    : $"$\"OKX error {{{access}{code}}}\"";
                return $"if ({access}{code} != {zero}) throw new {Exception}({message});";
            }

            case FixKinds.SdkResult:
                return conditional
                    ? $"if ({r}?.Success != true) throw new {Exception}({r}?.Error?.ToString());"
                    : $"if (!{r}.Success) throw new {Exception}({r}.Error?.ToString());";
            default:
                return null;
        }
    }

    private static bool TryGetReceiver(ExpressionSyntax read, out ExpressionSyntax receiver, out bool conditional)
    {
        conditional = false;
        switch (read)
        {
            case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                for (var node = read.Parent; node is not null; node = node.Parent)
                {
                    if (node is ConditionalAccessExpressionSyntax access && access.WhenNotNull.Span.Contains(read.Span))
                    {
                        receiver = access.Expression;
                        conditional = true;
                        return true;
                    }
                }

                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }:
                receiver = member.Expression;
                return true;
            case ElementAccessExpressionSyntax element:
                receiver = element.Expression;
                return true;
            case MemberAccessExpressionSyntax member:
                receiver = member.Expression;
                return true;
        }

        receiver = null!;
        return false;
    }

    private static bool IsSimple(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
        MemberAccessExpressionSyntax member => IsSimple(member.Expression),
        PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression) => IsSimple(postfix.Operand),
        ParenthesizedExpressionSyntax parenthesized => IsSimple(parenthesized.Expression),
        ElementAccessExpressionSyntax element => IsSimple(element.Expression) && AllSimpleArguments(element.ArgumentList),
        _ => false,
    };

    private static bool AllSimpleArguments(BracketedArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is not (LiteralExpressionSyntax or IdentifierNameSyntax))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFunctionBetween(SyntaxNode node, StatementSyntax statement)
    {
        for (var current = node.Parent; current is not null && current != statement; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every local the receiver uses is declared before the statement the guard goes in front of.</summary>
    private static bool DeclaredBefore(ExpressionSyntax receiver, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var identifier in receiver.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local)
            {
                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (statement.Span.Contains(reference.Span))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static string BaseName(string kind) => kind switch
    {
        FixKinds.JsonElement => "root",
        FixKinds.JsonNode => "node",
        FixKinds.JToken => "json",
        FixKinds.SdkResult => "result",
        _ => "response",
    };

    private static string UniqueName(string baseName, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken, string[] alsoTaken)
    {
        SyntaxNode scope = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? statement.SyntaxTree.GetRoot(cancellationToken);
        var taken = new HashSet<string>(alsoTaken);
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                taken.Add(token.ValueText);
            }
        }

        var name = baseName;
        for (var i = 2; taken.Contains(name) || !model.LookupSymbols(statement.SpanStart, name: name).IsEmpty; i++)
        {
            name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
