using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX000: an <c>okx_safety.*</c> option the rules cannot use (see <see cref="OptionProblems"/>). The rules already
/// ignore such a value in favour of the default; this says so, once per option and value, at the start of the first
/// source file (in compilation order, generated files skipped) the value applies to, so a solution-wide .editorconfig
/// gives one warning, not one per file. Only in compilations with OKX code, like the rules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : OkxAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidOption);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var reports = Collect(okx, context.CancellationToken);
        if (reports is null)
        {
            return;
        }

        context.RegisterSyntaxTreeAction(tree =>
        {
            if (reports.TryGetValue(tree.Tree, out var diagnostics))
            {
                foreach (var diagnostic in diagnostics)
                {
                    tree.ReportDiagnostic(diagnostic);
                }
            }
        });
    }

    /// <summary>
    /// The warnings, by the tree each is reported in; null when every option is fine (the usual case: a few
    /// dictionary look-ups per tree, nothing registered).
    /// </summary>
    private static Dictionary<SyntaxTree, List<Diagnostic>>? Collect(OkxCompilation okx, CancellationToken cancellationToken)
    {
        var compilation = okx.Compilation;
        var options = okx.Options;
        Dictionary<(string Option, string Value), bool>? settled = null;
        Dictionary<(string Option, string Value), string?>? problems = null;
        Dictionary<SyntaxTree, List<Diagnostic>>? reports = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var treeOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            foreach (var option in OptionProblems.Options)
            {
                if (!treeOptions.TryGetValue(option, out var value))
                {
                    continue;
                }

                var key = (option, value);
                if (settled is not null && settled.ContainsKey(key))
                {
                    continue;
                }

                problems ??= new Dictionary<(string, string), string?>();
                if (!problems.TryGetValue(key, out var problem))
                {
                    problem = OptionProblems.Check(option, value);
                    problems.Add(key, problem);
                }

                if (problem is null)
                {
                    (settled ??= new Dictionary<(string, string), bool>())[key] = false;
                    continue;
                }

                if (okx.Generated.IsGeneratedFile(tree, cancellationToken))
                {
                    continue; // not reported there (and not settled): the next source file with this value reports it
                }

                (settled ??= new Dictionary<(string, string), bool>())[key] = true;
                var fileName = Path.GetFileName(tree.FilePath);
                var diagnostic = Diagnostic.Create(
                    Descriptors.InvalidOption,
                    Location.Create(tree, new TextSpan(0, 0)),
                    option,
                    string.IsNullOrEmpty(fileName) ? "this file" : fileName,
                    problem);
                reports ??= new Dictionary<SyntaxTree, List<Diagnostic>>();
                if (!reports.TryGetValue(tree, out var list))
                {
                    reports.Add(tree, list = new List<Diagnostic>());
                }

                list.Add(diagnostic);
            }
        }

        return reports;
    }
}
