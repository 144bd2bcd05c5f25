using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Tests.HarnessTests;

// Small analyzers and fixes that exist only to test the harness.

/// <summary>TST001 on every string literal "bad" ({0} = the value); TST005 on every "ugly".</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadStringAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Bad = new(
        "TST001", "Bad string", "String literal '{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Ugly = new(
        "TST005", "Ugly string", "String literal is ugly", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Bad, Ugly);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c =>
            {
                var literal = (ILiteralOperation)c.Operation;
                if (literal.ConstantValue is { HasValue: true, Value: string value })
                {
                    if (value == "bad")
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Bad, literal.Syntax.GetLocation(), value));
                    }
                    else if (value == "ugly")
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Ugly, literal.Syntax.GetLocation()));
                    }
                }
            },
            OperationKind.Literal);
    }
}

/// <summary>Offers "good" (key UseGood) and "better" (key UseBetter) for TST001; FixAll through the BatchFixer.</summary>
public sealed class BadToGoodFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(Replace(context.Document, diagnostic, "good", "UseGood"), diagnostic);
            context.RegisterCodeFix(Replace(context.Document, diagnostic, "better", "UseBetter"), diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static CodeAction Replace(Document document, Diagnostic diagnostic, string replacement, string key)
        => CodeAction.Create(
            $"Replace with \"{replacement}\"",
            async ct =>
            {
                var root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement))
                    .WithTriviaFrom(node);
                return document.WithSyntaxRoot(root.ReplaceNode(node, literal));
            },
            key);
}

/// <summary>Offers the two replacements nested under one group action.</summary>
public sealed class NestedBadFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST001");

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        context.RegisterCodeFix(
            CodeAction.Create(
                "Replace the bad string",
                ImmutableArray.Create(
                    BadToGoodFix.Replace(context.Document, diagnostic, "good", "UseGood"),
                    BadToGoodFix.Replace(context.Document, diagnostic, "better", "UseBetter")),
                isInlinable: false),
            diagnostic);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Replaces the literal with global::System.Environment.GetEnvironmentVariable("GOOD") ?? "" marked for simplification
/// and formatting. (Roslyn 4.5's CodeAction cleanup does not add a missing using for AddImportsAnnotation here.)
/// </summary>
public sealed class EnvironmentFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        context.RegisterCodeFix(
            CodeAction.Create(
                "Read it from the environment",
                async ct =>
                {
                    var root = (await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    var model = (await context.Document.GetSemanticModelAsync(ct).ConfigureAwait(false))!;
                    var environment = model.Compilation.GetTypeByMetadataName("System.Environment")!;
                    var generator = SyntaxGenerator.GetGenerator(context.Document);
                    var read = generator.InvocationExpression(
                        generator.MemberAccessExpression(generator.TypeExpression(environment, addImport: true), "GetEnvironmentVariable"),
                        generator.LiteralExpression("GOOD"));
                    var call = generator.CoalesceExpression(read, generator.LiteralExpression(""))
                        .WithTriviaFrom(node)
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    return context.Document.WithSyntaxRoot(root.ReplaceNode(node, call));
                },
                "UseEnvironment"),
            diagnostic);
        return Task.CompletedTask;
    }
}

/// <summary>A wrong fix: replaces the literal with an undefined identifier (CS0103).</summary>
public sealed class BrokenFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        context.RegisterCodeFix(
            CodeAction.Create(
                "Break it",
                async ct =>
                {
                    var root = (await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    return context.Document.WithSyntaxRoot(root.ReplaceNode(node, SyntaxFactory.IdentifierName("undefinedName").WithTriviaFrom(node)));
                },
                "Break"),
            diagnostic);
        return Task.CompletedTask;
    }
}

/// <summary>Throws for every named type.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "TST002", "Never reported", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom from the test analyzer"), SymbolKind.NamedType);
    }
}

/// <summary>TST003 at each class name: "Option okx_safety.placeholder_pattern is '{0}'" (or "&lt;unset&gt;").</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionReadingAnalyzer : DiagnosticAnalyzer
{
    public const string Key = "okx_safety.placeholder_pattern";

    public static readonly DiagnosticDescriptor Rule = new(
        "TST003", "Option", "Option " + Key + " is '{0}'", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declaration = (ClassDeclarationSyntax)c.Node;
                var options = c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.Node.SyntaxTree);
                var value = options.TryGetValue(Key, out var v) ? v : "<unset>";
                c.ReportDiagnostic(Diagnostic.Create(Rule, declaration.Identifier.GetLocation(), value));
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>TST004 at each class name: "C# {0}" with the tree's language version.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LanguageVersionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST004", "Language version", "C# {0}, nullable {1}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declaration = (ClassDeclarationSyntax)c.Node;
                var version = ((CSharpParseOptions)c.Node.SyntaxTree.Options).LanguageVersion.ToDisplayString();
                var nullable = c.Compilation.Options.NullableContextOptions;
                c.ReportDiagnostic(Diagnostic.Create(Rule, declaration.Identifier.GetLocation(), version, nullable));
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Reports nothing: for tests of the compilation itself.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SilentAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "TST009", "Never reported", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
