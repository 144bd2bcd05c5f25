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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using OkxSafety.Analyzers.CodeFixes.Plumbing;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.CodeFixes;

/// <summary>
/// OKX001 fixes: replace the hard-coded credential with a trimmed, fail-fast read of an environment variable, or of
/// an <c>IConfiguration</c> in scope. A const becomes static readonly (a const local a plain local); no fix where only
/// constants are allowed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedCredentialCodeFixProvider))]
public sealed class HardcodedCredentialCodeFixProvider : CodeFixProvider
{
    public const string EnvironmentVariableKey = "OKX001.EnvironmentVariable";
    public const string ConfigurationKey = "OKX001.Configuration";

    private const string ConfigurationMetadataName = "Microsoft.Extensions.Configuration.IConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedCredentialId);

    /// <summary>Fixes a document's diagnostics in one pass: a batch merge would drop the repeated "using System;" insertions.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var cancellationToken = context.CancellationToken;
        var document = context.Document;
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!TryGetKind(diagnostic, out var kind))
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            if (await GetReadAsync(document, model, root, diagnostic, EnvironmentVariableKey, cancellationToken).ConfigureAwait(false) is not { } environmentRead)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    environmentRead.Read.Length == 0
                        ? $"Remove the hard-coded OKX {kind.DisplayName()} (only a constant fits here: pass the value at run time)"
                        : $"Read the OKX {kind.DisplayName()} from environment variable {EnvironmentVariable(diagnostic, kind)}",
                    ct => FixDocumentAsync(document, new[] { (span, environmentRead) }, ct),
                    EnvironmentVariableKey),
                diagnostic);

            if (await GetReadAsync(document, model, root, diagnostic, ConfigurationKey, cancellationToken).ConfigureAwait(false) is { } configurationRead)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the OKX {kind.DisplayName()} from configuration key {ConfigurationKeyOf(diagnostic, kind)}",
                        ct => FixDocumentAsync(document, new[] { (span, configurationRead) }, ct),
                        ConfigurationKey),
                    diagnostic);
            }
        }
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) =>
            fixAllContext.CodeActionEquivalenceKey == ConfigurationKey
                ? "Read the OKX credentials from configuration"
                : "Read the OKX credentials from environment variables";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var cancellationToken = fixAllContext.CancellationToken;
            if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model) || fixAllContext.CodeActionEquivalenceKey is not { } key)
            {
                return document;
            }

            var items = new List<(Microsoft.CodeAnalysis.Text.TextSpan, (string, string))>();
            foreach (var diagnostic in diagnostics)
            {
                if (await GetReadAsync(document, model, root, diagnostic, key, cancellationToken).ConfigureAwait(false) is { } read)
                {
                    items.Add((diagnostic.Location.SourceSpan, read));
                }
            }

            return items.Count == 0 ? document : await FixDocumentAsync(document, items, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What the constant is replaced with for this fix, or null when the fix is not offered for it.</summary>
    private static async Task<(string Read, string Missing)?> GetReadAsync(
        Document document, SemanticModel model, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
            || !TryGetKind(diagnostic, out var kind))
        {
            return null;
        }

        var plan = await PlanAsync(document, model, expression, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            // Only a constant fits here (an attribute, a case label, a parameter default, a const other constants use):
            // the safe part is to take the secret out of the source; the primary fix does that with a TODO.
            return equivalenceKey == EnvironmentVariableKey && expression is LiteralExpressionSyntax { Token.ValueText.Length: > 0 } literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? (string.Empty, string.Empty)
                : null;
        }

        if (equivalenceKey == EnvironmentVariableKey)
        {
            return EnvironmentRead(EnvironmentVariable(diagnostic, kind));
        }

        return equivalenceKey == ConfigurationKey && FindConfiguration(model, expression, plan.Value.StaticContext, cancellationToken) is { } configuration
            ? ConfigurationRead(configuration, ConfigurationKeyOf(diagnostic, kind))
            : null;
    }

    private static string EnvironmentVariable(Diagnostic diagnostic, CredentialKind kind) =>
        Property(diagnostic, HardcodedCredentialAnalyzer.EnvironmentVariableProperty) ?? kind.DefaultEnvironmentVariable();

    private static string ConfigurationKeyOf(Diagnostic diagnostic, CredentialKind kind) =>
        Property(diagnostic, HardcodedCredentialAnalyzer.ConfigurationKeyProperty)
        ?? HardcodedCredentialAnalyzer.DefaultConfigSection + ":" + kind.ConfigurationKey();

    private static string? Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static bool TryGetKind(Diagnostic diagnostic, out CredentialKind kind)
    {
        kind = CredentialKind.ApiKey;
        return Property(diagnostic, HardcodedCredentialAnalyzer.KindProperty) is { } text && Enum.TryParse(text, out kind);
    }

    /// <summary>The read, before trimming: <c>System.Environment.GetEnvironmentVariable("OKX_API_KEY")</c>.</summary>
    private static (string Read, string Missing) EnvironmentRead(string variable)
    {
        var literal = SymbolDisplay.FormatLiteral(variable, quote: true);
        return ($"System.Environment.GetEnvironmentVariable({literal})",
                SymbolDisplay.FormatLiteral($"Set the {variable} environment variable.", quote: true));
    }

    /// <summary>The read, before trimming: <c>configuration["Okx:ApiKey"]</c>.</summary>
    private static (string Read, string Missing) ConfigurationRead(string configuration, string key) =>
        ($"{configuration}[{SymbolDisplay.FormatLiteral(key, quote: true)}]",
         SymbolDisplay.FormatLiteral($"Set {key} in the configuration.", quote: true));

    private readonly struct Plan
    {
        public Plan(bool staticContext)
        {
            StaticContext = staticContext;
        }

        /// <summary>The value is read where only static members are reachable (static member, field initializer, former const).</summary>
        public bool StaticContext { get; }
    }

    /// <summary>Whether the fix can be offered, and in which context the new read runs.</summary>
    private static async Task<Plan?> PlanAsync(Document document, SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (IsInConstantOnlyContext(expression, stopAtDeclarator: true))
        {
            return null;
        }

        var staticContext = false;
        if (ConstDeclaration(expression) is { } declaration)
        {
            foreach (var declarator in declaration.Variables)
            {
                if (model.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol)
                {
                    return null;
                }

                var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
                foreach (var referenced in references)
                {
                    foreach (var location in referenced.Locations)
                    {
                        if (location.IsImplicit || location.Location.SourceTree is not { } tree)
                        {
                            continue;
                        }

                        var referenceRoot = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                        if (IsInConstantOnlyContext(referenceRoot.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true), stopAtDeclarator: false))
                        {
                            return null;
                        }
                    }
                }
            }

            staticContext = declaration.Parent is FieldDeclarationSyntax;
        }

        return new Plan(staticContext || IsStaticContext(expression, model, cancellationToken));
    }

    /// <summary>The const declaration whose initializer holds the expression, if any.</summary>
    private static VariableDeclarationSyntax? ConstDeclaration(ExpressionSyntax expression)
    {
        if (expression.FirstAncestorOrSelf<VariableDeclaratorSyntax>() is { Parent: VariableDeclarationSyntax declaration } declarator
            && declarator.Initializer is { } initializer
            && initializer.Span.Contains(expression.Span))
        {
            return declaration.Parent switch
            {
                FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => declaration,
                LocalDeclarationStatementSyntax local when local.IsConst => declaration,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>Attribute arguments, case labels and patterns, parameter defaults, enum members, and (for references) const initializers.</summary>
    private static bool IsInConstantOnlyContext(SyntaxNode node, bool stopAtDeclarator)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax or AttributeSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or RelationalPatternSyntax
                    or ParameterSyntax or EnumMemberDeclarationSyntax:
                    return true;
                case VariableDeclaratorSyntax when stopAtDeclarator:
                    return false;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case StatementSyntax or MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Only static members are reachable: a static member, or any field or property initializer.</summary>
    private static bool IsStaticContext(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in expression.Ancestors())
        {
            switch (ancestor)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                case ConstructorInitializerSyntax:
                case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                case AnonymousFunctionExpressionSyntax lambda when lambda.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return true;
                case MemberDeclarationSyntax member:
                    var symbol = model.GetDeclaredSymbol(member, cancellationToken);
                    return symbol is null || symbol.IsStatic;
            }
        }

        return true;
    }

    /// <summary>An IConfiguration parameter, field or property reachable where the expression is: the name to read it by.</summary>
    private static string? FindConfiguration(SemanticModel model, ExpressionSyntax expression, bool staticContext, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(ConfigurationMetadataName);
        if (configurationType is null)
        {
            return null;
        }

        bool IsConfiguration(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, configurationType) || type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default));

        // Parameters of the enclosing lambdas, local functions and methods (not in field or property initializers).
        if (!IsInInitializer(expression))
        {
            foreach (var ancestor in expression.Ancestors())
            {
                var parameters = ancestor switch
                {
                    BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
                    LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
                    ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
                    SimpleLambdaExpressionSyntax lambda => SyntaxFactory.SingletonSeparatedList(lambda.Parameter),
                    _ => default,
                };

                foreach (var parameter in parameters)
                {
                    if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } symbol && IsConfiguration(symbol.Type))
                    {
                        return symbol.Name;
                    }
                }

                // Nothing outside a static lambda or local function can be captured; a type ends the walk.
                if (ancestor is BaseTypeDeclarationSyntax
                    || (ancestor is LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax && IsStaticFunction(ancestor)))
                {
                    break;
                }
            }
        }

        var enclosing = model.GetEnclosingSymbol(expression.SpanStart, cancellationToken);
        var type = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var memberType = member switch
                {
                    IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                    _ => null,
                };

                if (memberType is null || !IsConfiguration(memberType) || (staticContext && !member.IsStatic)
                    || !model.IsAccessible(expression.SpanStart, member)
                    || (!member.IsStatic && InScope.IsStaticContext(model, expression.SpanStart, cancellationToken)))
                {
                    continue;
                }

                return member.Name;
            }
        }

        return null;
    }

    private static bool IsStaticFunction(SyntaxNode function) => function switch
    {
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.StaticKeyword),
        AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers.Any(SyntaxKind.StaticKeyword),
        _ => false,
    };

    private static bool IsInInitializer(ExpressionSyntax expression)
    {
        foreach (var ancestor in expression.Ancestors())
        {
            switch (ancestor)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return true;
                case StatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static async Task<Document> FixDocumentAsync(
        Document document, IReadOnlyList<(Microsoft.CodeAnalysis.Text.TextSpan Span, (string Read, string Missing) Read)> items, CancellationToken cancellationToken)
    {
        if (await FixDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not var (root, model))
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
        var reads = new List<SyntaxNode>();
        var declarations = new HashSet<SyntaxNode>();
        foreach (var (span, read) in items)
        {
            if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            if (read.Read.Length == 0)
            {
                // The secret leaves the source; what replaces it at run time is the author's decision.
                var comment = SyntaxFactory.Comment("/* TODO(OKX001): credential removed; only a constant fits here, pass the real value at run time */");
                replacements[expression] = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(string.Empty))
                    .WithLeadingTrivia(expression.GetLeadingTrivia())
                    .WithTrailingTrivia(SyntaxFactory.TriviaList(SyntaxFactory.Space, comment).AddRange(expression.GetTrailingTrivia()));
                continue;
            }

            // "…"u8.ToArray() and "…"u8: the bytes of the string read.
            ExpressionSyntax target = expression;
            var isUtf8 = expression.IsKind(SyntaxKind.Utf8StringLiteralExpression);
            if (isUtf8 && expression.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" } toArray
                && toArray.Expression == expression && toArray.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } invocation)
            {
                target = invocation;
            }

            var text = read.Read + "?.Trim()";
            if (isUtf8 || !TargetIsNullable(expression, model, cancellationToken))
            {
                text += $" ?? throw new System.InvalidOperationException({read.Missing})";
            }

            if (isUtf8)
            {
                text = $"System.Text.Encoding.UTF8.GetBytes({text})";
            }

            var parsed = SyntaxFactory.ParseExpression(text);
            parsed = parsed.ReplaceNodes(
                parsed.DescendantNodes().Where(node => node is MemberAccessExpressionSyntax or QualifiedNameSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
            ExpressionSyntax replacement = SyntaxFactory.ParenthesizedExpression(parsed).WithAdditionalAnnotations(Simplifier.Annotation);
            replacements[target] = replacement.WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation);
            reads.Add(target);
            if (ConstDeclaration(expression)?.Parent is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var newRoot = root.TrackNodes(replacements.Keys.Concat(declarations));
        foreach (var pair in replacements)
        {
            if (newRoot.GetCurrentNode(pair.Key) is { } current)
            {
                newRoot = newRoot.ReplaceNode(current, pair.Value);
            }
        }

        foreach (var declaration in declarations)
        {
            if (newRoot.GetCurrentNode(declaration) is { } current)
            {
                newRoot = newRoot.ReplaceNode(current, WithoutConst(current));
            }
        }

        var firstTarget = reads.Count == 0 ? null : reads.OrderBy(node => node.SpanStart).First();
        if (firstTarget is not null && NeedsUsingSystem(model, firstTarget.SpanStart, cancellationToken) && newRoot is CompilationUnitSyntax unit)
        {
            newRoot = SystemNames.AddUsingSystem(unit, FixDocument.EndOfLine(root));
        }

        var newDocument = document.WithSyntaxRoot(newRoot);
        newDocument = await Simplifier.ReduceAsync(newDocument, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(newDocument, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Environment and InvalidOperationException do not bind to System's yet, and would with <c>using System;</c>.</summary>
    private static bool NeedsUsingSystem(SemanticModel model, int position, CancellationToken cancellationToken) =>
        !SystemNames.AllBind(model, position, "System.Environment", "System.InvalidOperationException")
        // Something else named Environment is in scope: keep the qualified names rather than add an ambiguous using.
        && SystemNames.CanAddUsingSystem(model, position, cancellationToken, "System.Environment", "System.InvalidOperationException");

    /// <summary>A const field becomes static readonly; a const local a plain local. Trivia stays.</summary>
    private static SyntaxNode WithoutConst(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case FieldDeclarationSyntax field:
            {
                var index = field.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
                var constToken = field.Modifiers[index];
                var staticToken = SyntaxFactory.Token(constToken.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                var readonlyToken = SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constToken.TrailingTrivia);
                return field.WithModifiers(field.Modifiers.RemoveAt(index).Insert(index, readonlyToken).Insert(index, staticToken));
            }

            case LocalDeclarationStatementSyntax local:
            {
                var index = local.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
                var constToken = local.Modifiers[index];
                var withoutConst = local.WithModifiers(local.Modifiers.RemoveAt(index));
                if (index == 0)
                {
                    var first = withoutConst.GetFirstToken();
                    withoutConst = withoutConst.ReplaceToken(first, first.WithLeadingTrivia(constToken.LeadingTrivia));
                }

                return withoutConst;
            }

            default:
                return declaration;
        }
    }

    /// <summary>
    /// The value goes into a field, property or local the code declares nullable (string?): no fail-fast there.
    /// Arguments always fail fast: an SDK or header API that accepts null still cannot sign with it.
    /// </summary>
    private static bool TargetIsNullable(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                if (declarator.Parent is VariableDeclarationSyntax { Type.IsVar: true })
                {
                    return false;
                }

                return model.GetDeclaredSymbol(declarator, cancellationToken) switch
                {
                    IFieldSymbol field => field.NullableAnnotation == NullableAnnotation.Annotated,
                    ILocalSymbol local => local.NullableAnnotation == NullableAnnotation.Annotated,
                    _ => false,
                };
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return model.GetDeclaredSymbol(property, cancellationToken) is { NullableAnnotation: NullableAnnotation.Annotated };
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return model.GetDeclaredSymbol(property, cancellationToken) is { NullableAnnotation: NullableAnnotation.Annotated };
            case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                return model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol switch
                {
                    IFieldSymbol field => field.NullableAnnotation == NullableAnnotation.Annotated,
                    IPropertySymbol property => property.NullableAnnotation == NullableAnnotation.Annotated,
                    ILocalSymbol local => local.NullableAnnotation == NullableAnnotation.Annotated,
                    _ => false,
                };
            default:
                return false;
        }
    }
}
