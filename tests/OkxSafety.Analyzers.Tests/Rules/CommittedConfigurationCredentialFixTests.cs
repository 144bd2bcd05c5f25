using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.CodeFixes;
using OkxSafety.Analyzers.Rules;
using Xunit;

namespace OkxSafety.Analyzers.Tests.Rules;

/// <summary>
/// The OKX001 fix in configuration files. The standard verifiers (and this harness, shaped like them) apply fixes only
/// to diagnostics in C# documents, so these tests drive the fix the way a host does for an additional document: a
/// <see cref="CodeFixContext"/> on the <see cref="TextDocument"/>, and a <see cref="FixAllContext"/> on the project
/// and the solution.
/// </summary>
public class CommittedConfigurationCredentialFixTests
{
    private const string ApiKey = "3f6b1c2e-8a4d-4f1e-9b7a-2c5d8e0f1a3b";
    private const string Secret = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
    private const string Passphrase = "Tr4d1ng!Pass";

    private static readonly string AppSettings = $$"""
        {
          // bot settings
          "Okx": {
            "BaseUrl": "https://www.okx.com",
            "ApiKey": "{{ApiKey}}", /* committed */
            "SecretKey": "{{Secret}}",
            "Passphrase": "{{Passphrase}}",
          }
        }
        """;

    private static readonly string FixedAppSettings = """
        {
          // bot settings
          "Okx": {
            "BaseUrl": "https://www.okx.com",
            "ApiKey": "", /* committed */
            "SecretKey": "",
            "Passphrase": "",
          }
        }
        """;

    private static readonly string LaunchSettings = $$"""
        { "profiles": { "Bot": { "environmentVariables": { "OKX_API_KEY": "{{ApiKey}}", "DOTNET_ENVIRONMENT": "Development" } } } }
        """;

    private static readonly string FixedLaunchSettings = """
        { "profiles": { "Bot": { "environmentVariables": { "OKX_API_KEY": "", "DOTNET_ENVIRONMENT": "Development" } } } }
        """;

    [Fact]
    public async Task The_fix_empties_one_value_and_keeps_the_rest_of_the_file()
    {
        var project = CreateProject(("/0/appsettings.json", AppSettings));
        var diagnostics = await AnalyzeAsync(project);
        Assert.Equal(3, diagnostics.Length);

        var first = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        var actions = await ActionsAsync(project, first);
        var action = Assert.Single(actions);
        Assert.Equal("Empty the OKX API key in appsettings.json (supply it from the environment or a secret store)", action.Title);
        Assert.Equal(CommittedConfigurationCredentialCodeFixProvider.EquivalenceKey, action.EquivalenceKey);

        var fixedProject = await ApplyAsync(action, project);
        var text = await TextAsync(fixedProject, "/0/appsettings.json");
        Assert.Equal(AppSettings.Replace($"\"{ApiKey}\"", "\"\"", StringComparison.Ordinal), text);

        var remaining = await AnalyzeAsync(fixedProject);
        Assert.Equal(2, remaining.Length);
        Assert.DoesNotContain(remaining, d => d.Location.SourceSpan.Start == first.Location.SourceSpan.Start);
    }

    [Fact]
    public async Task Fixed_files_trip_nothing_and_the_fix_is_not_offered_again()
    {
        var project = CreateProject(("/0/appsettings.json", AppSettings));
        for (var i = 0; i < 3; i++)
        {
            var diagnostic = (await AnalyzeAsync(project)).OrderBy(d => d.Location.SourceSpan.Start).First();
            project = await ApplyAsync(Assert.Single(await ActionsAsync(project, diagnostic)), project);
        }

        Assert.Equal(FixedAppSettings, await TextAsync(project, "/0/appsettings.json"));
        Assert.Empty(await AnalyzeAsync(project));

        // A stale diagnostic (the value is "" now) is not offered a fix.
        var stale = (await AnalyzeAsync(CreateProject(("/0/appsettings.json", AppSettings)))).First();
        var reopened = project.Solution.GetProject(project.Id)!;
        Assert.Empty(await ActionsAsync(reopened, stale));
    }

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Fix_all_empties_every_value_in_every_configuration_file(FixAllScope scope)
    {
        var project = CreateProject(("/0/appsettings.json", AppSettings), ("/0/Properties/launchSettings.json", LaunchSettings));
        var diagnostics = await AnalyzeAsync(project);
        Assert.Equal(4, diagnostics.Length);

        var provider = new CommittedConfigurationCredentialCodeFixProvider();
        var fixAll = provider.GetFixAllProvider();
        Assert.Contains(scope, fixAll.GetSupportedFixAllScopes());
        var context = new FixAllContext(project, provider, scope, CommittedConfigurationCredentialCodeFixProvider.EquivalenceKey,
            provider.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        Assert.Equal("Empty the OKX credentials in configuration files", action!.Title);

        var fixedProject = await ApplyAsync(action, project);
        Assert.Equal(FixedAppSettings, await TextAsync(fixedProject, "/0/appsettings.json"));
        Assert.Equal(FixedLaunchSettings, await TextAsync(fixedProject, "/0/Properties/launchSettings.json"));
        Assert.Empty(await AnalyzeAsync(fixedProject));

        // Nothing left to fix: a second Fix All changes nothing (an action with no change, so dotnet format, which asks
        // every OKX001 provider, does not report this one as unable to fix).
        var again = new FixAllContext(fixedProject, provider, scope, CommittedConfigurationCredentialCodeFixProvider.EquivalenceKey,
            provider.FixableDiagnosticIds, new Diagnostics(await AnalyzeAsync(fixedProject)), CancellationToken.None);
        await AssertChangesNothingAsync(await fixAll.GetFixAsync(again), fixedProject);
    }

    [Fact]
    public async Task Fix_all_leaves_csharp_findings_to_the_csharp_fix()
    {
        var project = CreateProject(("/0/appsettings.json", AppSettings)).AddDocument("Keys.cs", SourceText.From($$"""
            using System.Net.Http;
            class OkxClient
            {
                void Sign(HttpRequestMessage request) => request.Headers.Add("OK-ACCESS-KEY", "{{ApiKey}}");
            }
            """), filePath: "/0/Keys.cs").Project;
        var diagnostics = await AnalyzeAsync(project, new HardcodedCredentialAnalyzer());
        var csharp = Assert.Single(diagnostics, d => d.Location.IsInSource);

        // Given the C# finding on its document (as dotnet format and the robustness run do), the fix offers nothing.
        Assert.Empty(await ActionsAsync(project, csharp));

        var provider = new CommittedConfigurationCredentialCodeFixProvider();
        var onlyCSharp = new FixAllContext(project, provider, FixAllScope.Solution, null, provider.FixableDiagnosticIds,
            new Diagnostics(ImmutableArray.Create(csharp)), CancellationToken.None);
        await AssertChangesNothingAsync(await provider.GetFixAllProvider().GetFixAsync(onlyCSharp), project);

        // With both kinds, Fix All changes the JSON file and not the C# document.
        var both = new FixAllContext(project, provider, FixAllScope.Solution, null, provider.FixableDiagnosticIds,
            new Diagnostics(diagnostics), CancellationToken.None);
        var fixedProject = await ApplyAsync((await provider.GetFixAllProvider().GetFixAsync(both))!, project);
        Assert.Equal(FixedAppSettings, await TextAsync(fixedProject, "/0/appsettings.json"));
        Assert.Equal(
            (await project.Documents.Single().GetTextAsync()).ToString(),
            (await fixedProject.Documents.Single().GetTextAsync()).ToString());
    }

    [Fact]
    public async Task Titles_and_fixed_files_never_show_the_value()
    {
        var project = CreateProject(("/0/appsettings.json", AppSettings));
        foreach (var diagnostic in await AnalyzeAsync(project))
        {
            foreach (var action in await ActionsAsync(project, diagnostic))
            {
                Assert.DoesNotContain(ApiKey, action.Title, StringComparison.Ordinal);
                Assert.DoesNotContain(Secret, action.Title, StringComparison.Ordinal);
                Assert.DoesNotContain(Passphrase, action.Title, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(diagnostic.Properties.Values, v => v is not null && (v.Contains(ApiKey) || v.Contains(Secret) || v.Contains(Passphrase)));
        }
    }

    [Fact]
    public async Task The_ide_s_per_file_analysis_reports_the_file_s_findings()
    {
        // The IDE analyzes an open additional document on its own (CompilationWithAnalyzers per AdditionalText).
        var project = CreateProject(("/0/appsettings.json", AppSettings), ("/0/Properties/launchSettings.json", LaunchSettings));
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CommittedConfigurationCredentialAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, project.AnalyzerOptions);
        var launch = project.AnalyzerOptions.AdditionalFiles.Single(f => f.Path == "/0/Properties/launchSettings.json");

        var result = await withAnalyzers.GetAnalysisResultAsync(launch, CancellationToken.None);
        var diagnostics = result.GetAllDiagnostics();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("/0/Properties/launchSettings.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("OKX API key committed in launchSettings.json: empty the value, supply it from the environment (OKX_API_KEY), user secrets or a secret store, and rotate the exposed key", diagnostic.GetMessage());
    }

    [Fact]
    public void The_fix_is_exported_for_json_additional_documents()
    {
        var export = typeof(CommittedConfigurationCredentialCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>()!;
        Assert.Equal(new[] { nameof(TextDocumentKind.AdditionalDocument) }, export.DocumentKinds);
        Assert.Equal(new[] { ".json" }, export.DocumentExtensions);
        Assert.Equal(new[] { Descriptors.HardcodedCredentialId }, new CommittedConfigurationCredentialCodeFixProvider().FixableDiagnosticIds);
    }

    private static Project CreateProject(params (string Path, string Text)[] additionalFiles)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Bot", "Bot", LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: FrameworkReferences()));
        foreach (var (path, text) in additionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>The running runtime's assemblies: enough for the C# side (HttpRequestMessage) of these tests.</summary>
    private static IEnumerable<MetadataReference> FrameworkReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path));

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, params DiagnosticAnalyzer[] extra)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CommittedConfigurationCredentialAnalyzer()).AddRange(extra);
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
        return diagnostics;
    }

    private static async Task<List<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic)
    {
        TextDocument document = diagnostic.Location.IsInSource
            ? project.GetDocument(diagnostic.Location.SourceTree)!
            : project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new CommittedConfigurationCredentialCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    private static async Task<string> TextAsync(Project project, string path) =>
        (await project.AdditionalDocuments.Single(d => d.FilePath == path).GetTextAsync()).ToString();

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Diagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => !d.Location.IsInSource));
    }

    private static async Task AssertChangesNothingAsync(CodeAction? action, Project project)
    {
        Assert.NotNull(action);
        var applied = await ApplyAsync(action!, project);
        foreach (var document in project.AdditionalDocuments)
        {
            Assert.Equal((await document.GetTextAsync()).ToString(), await TextAsync(applied, document.FilePath!));
        }

        foreach (var document in project.Documents)
        {
            Assert.Equal((await document.GetTextAsync()).ToString(), (await applied.GetDocument(document.Id)!.GetTextAsync()).ToString());
        }
    }
}
