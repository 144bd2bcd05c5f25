using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>Which compiler diagnostics take part in the comparison (and so fail the test when not expected).</summary>
public enum CompilerDiagnostics
{
    /// <summary>Compiler diagnostics are ignored: the source may even be invalid C#.</summary>
    None,

    /// <summary>Compiler errors must be expected (default): test sources and fixed sources must compile.</summary>
    Errors,

    /// <summary>Compiler errors and warnings.</summary>
    Warnings,

    /// <summary>Errors, warnings and info diagnostics.</summary>
    Suggestions,

    /// <summary>Everything, hidden diagnostics included.</summary>
    All,
}

/// <summary>Whether <c>[|…|]</c> / <c>{|ID:…|}</c> / <c>{|#0:…|}</c> is read as markup.</summary>
public enum MarkupMode
{
    /// <summary>Markup is parsed and removed (default).</summary>
    Allow,

    /// <summary>The text is taken literally.</summary>
    None,
}

/// <summary>What a code-fix test checks besides the one-by-one fix.</summary>
[Flags]
public enum CodeFixTestBehaviors
{
    None = 0,

    /// <summary>Apply only one code fix (the first) in the one-by-one pass; FixAll compares to BatchFixedState.</summary>
    FixOne = 1,

    SkipFixAllInDocumentCheck = 2,
    SkipFixAllInProjectCheck = 4,
    SkipFixAllInSolutionCheck = 8,

    /// <summary>No FixAll pass at all.</summary>
    SkipFixAllCheck = SkipFixAllInDocumentCheck | SkipFixAllInProjectCheck | SkipFixAllInSolutionCheck,
}

/// <summary>A list of (path, text) files, e.g. .editorconfig files or additional files.</summary>
public class SourceFileCollection : List<(string filename, SourceText content)>
{
    public void Add((string filename, string content) file) => Add((file.filename, SourceText.From(file.content)));
}

/// <summary>
/// Source documents. <c>Add(text)</c> names the document "/0/Test{n}.cs" where n is its index;
/// <c>Add((path, text))</c> keeps the path as given (use "/0/Name.cs" so that "/.editorconfig" applies to it).
/// </summary>
public class SourceFileList : SourceFileCollection
{
    public const string DefaultFilePathPrefix = "/0/Test";

    public void Add(string content) => Add(($"{DefaultFilePathPrefix}{Count}.cs", content));
}

/// <summary>One test project's inputs and expectations (TestState, FixedState, BatchFixedState).</summary>
public class SolutionState
{
    public SourceFileList Sources { get; } = new();

    /// <summary>Analyzer config documents, e.g. ("/.editorconfig", "root = true\n[*.cs]\nkey = value").</summary>
    public SourceFileCollection AnalyzerConfigFiles { get; } = new();

    public SourceFileCollection AdditionalFiles { get; } = new();

    public List<MetadataReference> AdditionalReferences { get; } = new();

    /// <summary>Expected diagnostics besides those written as markup in <see cref="Sources"/>.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>Default: DynamicallyLinkedLibrary (use ConsoleApplication for top-level statements).</summary>
    public OutputKind? OutputKind { get; set; }

    /// <summary>Default: <see cref="MarkupMode.Allow"/>.</summary>
    public MarkupMode? MarkupHandling { get; set; }
}
