using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Internals;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX001 in configuration files: an OKX API key, secret key or passphrase committed as a value in a JSON additional
/// file (appsettings*.json and Properties/launchSettings.json, which the package adds to AdditionalFiles). Reported at
/// the value, once per value, with the same placeholder and shape rules as constants in C#.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CommittedConfigurationCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CommittedConfigurationCredential);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var state = new CompilationState(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterAdditionalFileAction(state.AnalyzeFile);
        });
    }

    private sealed class CompilationState
    {
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<string, Regex> _placeholderPatterns = new(StringComparer.Ordinal);

        /// <summary>Values already reported (path and position): a file listed twice is reported once.</summary>
        private readonly ConcurrentDictionary<(string Path, int Start), bool> _reported = new();

        public CompilationState(AnalyzerConfigOptionsProvider options)
        {
            _options = options;
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var cancellationToken = context.CancellationToken;
            if (!ConfigurationCredentials.IsConfigurationFile(file.Path)
                || file.GetText(cancellationToken) is not { } text
                || !ConfigurationCredentials.MayMentionOkx(text)
                || TolerantJson.TryParse(text, cancellationToken) is not { } root)
            {
                return;
            }

            var found = ConfigurationCredentials.Find(root, cancellationToken);
            if (found.Count == 0)
            {
                return;
            }

            var options = _options.GetOptions(file);
            var pattern = _placeholderPatterns.GetOrAdd(CredentialValues.PlaceholderPatternText(options), CredentialValues.CreatePlaceholderPattern);
            var fileName = Path.GetFileName(file.Path);
            foreach (var credential in found)
            {
                var value = credential.Value.StringValue!;
                if (ConfigurationCredentials.IsSubstitutionToken(value)
                    || !CredentialValues.LooksLikeCredentialValue(value, credential.Kind, pattern)
                    || !_reported.TryAdd((file.Path, credential.Value.Span.Start), true))
                {
                    continue;
                }

                var span = credential.Value.Span;
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(HardcodedCredentialAnalyzer.KindProperty, credential.Kind.ToString())
                    .Add(HardcodedCredentialAnalyzer.ConfigurationKeyProperty, credential.ConfigurationKey)
                    .Add(HardcodedCredentialAnalyzer.EnvironmentVariableProperty, credential.EnvironmentVariable);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CommittedConfigurationCredential, location, properties, credential.Kind.DisplayName(), fileName, credential.EnvironmentVariable));
            }
        }
    }
}
