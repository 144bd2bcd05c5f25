using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>
    /// Values that only stand in for a credential: empty markers (&lt;api-key&gt;, {apiKey}, ${OKX_KEY}, $(OKX_KEY), %KEY%, xxx, ***,
    /// ...), and texts made only of placeholder words (your-api-key-here, YOUR_API_KEY, API_SECRET, PHRASE, SECRET, changeme, replace-me, test,
    /// demo, example, dummy, sample, placeholder…), optionally followed by digits. Matched against the trimmed value.
    /// </summary>
    public const string DefaultPlaceholderPattern =
        @"^(?:<[^<>]*>|\{[^{}]*\}|\$\{[^{}]*\}|\$\([^()]*\)|%[^%]*%|\[[^\[\]]*\]|[0x*#.?_-]+|(?:(?>credentials|placeholder|credential|passphrase|signature|replaceme|changeme|password|redacted|required|default|example|missing|replace|testing|access|passwd|phrase|change|hidden|insert|masked|sample|secret|string|dummy|empty|enter|fixme|paste|token|unset|value|demo|fake|fill|here|mock|none|null|okex|pass|sign|test|this|todo|user|with|your|abc|add|api|bar|foo|key|okx|put|pwd|set|tbd|the|an|in|me|my|to|a|x+)[\s\W_]*)+\d*)$";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardcodedCredential);

    private protected override void OnOkxCompilationStart(CompilationStartAnalysisContext context, OkxCompilation okx)
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

            return LooksLikeCredentialValue(value, kind, PlaceholderPattern(source.Node.SyntaxTree));
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
            _placeholderPatterns.GetOrAdd(PlaceholderPatternText(_options.GetOptions(tree)), CreatePlaceholderPattern);

        private IReadOnlyDictionary<string, CredentialKind>? ExtraNames(SyntaxTree tree)
        {
            if (!_options.GetOptions(tree).TryGetValue(CredentialNamesOption, out var configured) || configured.Trim().Length == 0)
            {
                return null;
            }

            return _extraNames.GetOrAdd(configured, ParseCredentialNames);
        }
    }

    /// <summary>Shorter values are never a key, a secret or an OKX passphrase (8 to 32 characters).</summary>
    private const int MinimumLength = 4;

    /// <summary>
    /// Whether a constant text is a credential of this kind rather than a stand-in: long enough, not an environment
    /// variable name or configuration key, not an OKX header name / URL / path / sentence, and not matched by the
    /// placeholder pattern. Shared with OKX001's configuration-file analyzer.
    /// </summary>
    internal static bool LooksLikeCredentialValue(string value, CredentialKind kind, Regex? placeholderPattern)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < MinimumLength || IsEnvironmentVariableOrConfigurationKey(trimmed) || IsNotAValue(trimmed, kind))
        {
            return false;
        }

        if (placeholderPattern is null)
        {
            return true;
        }

        try
        {
            return !placeholderPattern.IsMatch(trimmed);
        }
        catch (RegexMatchTimeoutException)
        {
            // Precision first: a value the pattern could not decide in time (a loaded build machine) is not reported.
            return false;
        }
    }

    /// <summary>The placeholder pattern these options configure (<see cref="PlaceholderPatternOption"/>), else the default.</summary>
    internal static string PlaceholderPatternText(AnalyzerConfigOptions options) =>
        options.TryGetValue(PlaceholderPatternOption, out var configured) && configured.Trim().Length > 0
            ? configured.Trim()
            : DefaultPlaceholderPattern;

    /// <summary>The placeholder regular expression; an invalid configured pattern falls back to the default rather than to no exclusions.</summary>
    internal static Regex CreatePlaceholderPattern(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return new Regex(DefaultPlaceholderPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
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

    /// <summary>
    /// Text that is something else: an OKX header name, a URL, path or route template in any spelling, or (for keys and secrets, whose real shapes
    /// are a UUID and hex) text with spaces, a sentence such as a prompt.
    /// </summary>
    internal static bool IsNotAValue(string value, CredentialKind kind)
    {
        if (OkxHeaderNames.Classify(value) != OkxHeader.None
            || value.StartsWith(OkxVocabulary.AccessHeaderStem, StringComparison.OrdinalIgnoreCase)
            || value.StartsWith(OkxVocabulary.ApiPathPrefix, StringComparison.OrdinalIgnoreCase)
            || Urls.IsPathOrUrl(value))
        {
            return true;
        }

        if (kind != CredentialKind.Passphrase)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Parses <c>okx_safety.credential_names</c>: comma-separated <c>Name</c> or <c>Name=api_key|secret_key|passphrase</c>.
    /// A name without a kind takes the kind its words say, else API key.
    /// </summary>
    internal static IReadOnlyDictionary<string, CredentialKind> ParseCredentialNames(string text)
    {
        var names = new Dictionary<string, CredentialKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = entry.IndexOf('=');
            var name = (separator < 0 ? entry : entry.Substring(0, separator)).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            CredentialKind? kind = separator < 0 ? null : ParseKind(entry.Substring(separator + 1).Trim());
            names[name] = kind ?? CredentialNames.FromName(name) ?? CredentialKind.ApiKey;
        }

        return names;
    }

    internal static CredentialKind? ParseKind(string text) => text.Replace("-", "_").ToLowerInvariant() switch
    {
        "api_key" or "apikey" or "key" => CredentialKind.ApiKey,
        "secret_key" or "secretkey" or "secret" => CredentialKind.SecretKey,
        "passphrase" or "password" or "pass" => CredentialKind.Passphrase,
        _ => null,
    };

    /// <summary>
    /// An environment-variable name (OKX_API_KEY) or configuration key (Okx:ApiKey, Okx__ApiKey): what code passes to
    /// GetEnvironmentVariable or the configuration indexer, never a credential itself.
    /// </summary>
    internal static bool IsEnvironmentVariableOrConfigurationKey(string value)
    {
        if (value.IndexOf(':') > 0 || value.IndexOf("__", StringComparison.Ordinal) > 0)
        {
            foreach (var segment in value.Split(new[] { ":", "__" }, StringSplitOptions.None))
            {
                if (!IsIdentifier(segment))
                {
                    return false;
                }
            }

            return true;
        }

        return value.IndexOf('_') > 0 && CredentialKindExtensions.IsEnvironmentVariableName(value) && value.ToUpperInvariant() == value && !IsHex(value.Replace("_", string.Empty));
    }

    private static bool IsIdentifier(string segment)
    {
        if (segment.Length == 0 || !(char.IsLetter(segment[0]) || segment[0] == '_'))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
