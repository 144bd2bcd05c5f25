using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX001: a compile-time constant (literal, const, readonly member or local declared with one, constant interpolation
/// or concatenation, UTF-8 literal) reaches an OKX credential sink. Reported once, at the constant, even when it is
/// declared in another file or reaches several sinks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : OkxAnalyzer
{
    /// <summary>Diagnostic property: the credential kind (<see cref="CredentialKind"/> name).</summary>
    public const string KindProperty = "Kind";

    /// <summary>Diagnostic property: the environment variable the fix reads.</summary>
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <summary>Diagnostic property: the configuration key the second fix reads (Okx:ApiKey).</summary>
    public const string ConfigurationKeyProperty = "ConfigurationKey";

    public const string PlaceholderPatternOption = "okx_safety.placeholder_pattern";
    public const string CredentialNamesOption = "okx_safety.credential_names";
    public const string ConfigSectionOption = "okx_safety.config_section";
    public const string DefaultConfigSection = "Okx";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardcodedCredential);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var state = new CompilationState(okx);
        context.RegisterOperationAction(state.AnalyzeOperation, CredentialSinks.OperationKinds);
    }

    private sealed class CompilationState
    {
        private readonly OkxTypes _types;
        private readonly OkxContext _context;
        private readonly ValueOrigins _origins;
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly GeneratedCode _generated;
        private readonly ConcurrentDictionary<Location, bool> _reported = new();
        private readonly ConcurrentDictionary<string, Regex?> _placeholderPatterns = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, CredentialKind>> _extraNames = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<SyntaxTree, StrongBox<IReadOnlyDictionary<string, CredentialKind>?>> _extraNamesByTree = new();

        public CompilationState(OkxCompilation okx)
        {
            _types = okx.Types;
            _context = okx.Context;
            _origins = okx.Origins;
            _options = okx.Options.AnalyzerConfigOptionsProvider;
            _generated = okx.Generated;
        }

        public void AnalyzeOperation(OperationAnalysisContext context)
        {
            var cancellationToken = context.CancellationToken;
            var operation = context.Operation;

            // Cheap checks first (names, shapes, types on the operation); the OKX model only after them.
            var extraNames = operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation ? null : ExtraNames(operation.Syntax.SyntaxTree);
            if (!CredentialSinks.MayBeSink(operation, context.ContainingSymbol, includeNamedMembers: true, extraNames)
                || _generated.IsGeneratedFile(operation.Syntax.SyntaxTree, cancellationToken))
            {
                return;
            }

            var sinks = new List<CredentialSink>();
            CredentialSinks.Collect(operation, context.ContainingSymbol, _types, _context, includeNamedMembers: true, extraNames, sinks, cancellationToken);
            if (sinks.Count == 0)
            {
                return;
            }

            List<ValueSource>? candidates = null;
            foreach (var sink in sinks)
            {
                candidates?.Clear();
                foreach (var source in _origins.Trace(sink.Value, cancellationToken))
                {
                    if (source.Kind == ValueSourceKind.Constant && LooksLikeCredential(source, sink.Kind))
                    {
                        (candidates ??= new List<ValueSource>()).Add(source);
                    }
                }

                // The lookup-key test scans the declaring type: only when a constant would be reported.
                if (candidates is not { Count: > 0 }
                    || (sink.SinkKind == CredentialSinkKind.NamedMember && NamedTarget(sink.Operation) is { } named
                        && LookupKeys.IsUsedAsLookupKey(named, cancellationToken))
                    || IsFakeSet(sink, cancellationToken))
                {
                    continue;
                }

                foreach (var source in candidates)
                {
                    var location = source.Node.GetLocation();
                    if (!_reported.TryAdd(location, true))
                    {
                        continue;
                    }

                    _generated.Report(
                        context.ReportDiagnostic,
                        Diagnostic.Create(Descriptors.HardcodedCredential, location, Properties(sink.Kind, source.Node.SyntaxTree), sink.Kind.DisplayName()),
                        cancellationToken);
                }
            }
        }

        /// <summary>
        /// A part of a credential set whose API key is a placeholder or empty constant (a test vector, a fake key set):
        /// the whole set is fake. An API key read from outside, or a real-looking constant, makes the set real.
        /// </summary>
        private bool IsFakeSet(in CredentialSink sink, CancellationToken cancellationToken)
        {
            if (CredentialSets.ApiKeyPart(sink) is not { } apiKey)
            {
                return false;
            }

            var any = false;
            foreach (var source in _origins.Trace(apiKey, cancellationToken))
            {
                if (source.Kind != ValueSourceKind.Constant || source.ConstantValue is null || LooksLikeCredential(source, CredentialKind.ApiKey))
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        private bool LooksLikeCredential(ValueSource source, CredentialKind kind)
        {
            var value = source.ConstantValue;
            if (value is null)
            {
                return false;
            }

            return CredentialValues.LooksLikeCredentialValue(value, kind, PlaceholderPattern(source.Node.SyntaxTree));
        }

        private ImmutableDictionary<string, string?> Properties(CredentialKind kind, SyntaxTree tree)
        {
            var options = _options.GetOptions(tree);
            var environmentVariable = kind.EnvironmentVariable(options);
            var section = options.TryGetValue(ConfigSectionOption, out var configuredSection) && configuredSection.Trim().Length > 0
                ? configuredSection.Trim()
                : DefaultConfigSection;
            return ImmutableDictionary<string, string?>.Empty
                .Add(KindProperty, kind.ToString())
                .Add(EnvironmentVariableProperty, environmentVariable)
                .Add(ConfigurationKeyProperty, section + ":" + kind.ConfigurationKey());
        }

        private Regex? PlaceholderPattern(SyntaxTree tree) =>
            _placeholderPatterns.GetOrAdd(CredentialValues.PlaceholderPatternText(_options.GetOptions(tree)), CredentialValues.CreatePlaceholderPattern);

        /// <summary>The tree's okx_safety.credential_names (asked once per tree: most callbacks are assignments and declarations).</summary>
        private IReadOnlyDictionary<string, CredentialKind>? ExtraNames(SyntaxTree tree)
        {
            if (_extraNamesByTree.TryGetValue(tree, out var known))
            {
                return known.Value;
            }

            IReadOnlyDictionary<string, CredentialKind>? names = null;
            if (_options.GetOptions(tree).TryGetValue(CredentialNamesOption, out var configured) && configured.Trim().Length > 0)
            {
                names = _extraNames.GetOrAdd(configured, CredentialValues.ParseCredentialNames);
            }

            return _extraNamesByTree.GetOrAdd(tree, new StrongBox<IReadOnlyDictionary<string, CredentialKind>?>(names)).Value;
        }
    }

    /// <summary>The member a named-member sink writes.</summary>
    private static ISymbol? NamedTarget(IOperation operation) => operation switch
    {
        IVariableDeclaratorOperation declarator => declarator.Symbol,
        IFieldInitializerOperation { InitializedFields.Length: > 0 } field => field.InitializedFields[0],
        IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property => property.InitializedProperties[0],
        ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
        IArgumentOperation { Parameter: { } parameter } => parameter,
        IReturnOperation { SemanticModel: { } model } returned => model.GetEnclosingSymbol(returned.Syntax.SpanStart) is { } enclosing ? CredentialSinks.ReturnedMember(enclosing) : null,
        _ => null,
    };
}
