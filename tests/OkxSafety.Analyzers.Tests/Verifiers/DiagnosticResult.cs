using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>Options for how an expected diagnostic is compared (same names as Microsoft.CodeAnalysis.Testing).</summary>
[Flags]
public enum DiagnosticOptions
{
    None = 0,

    /// <summary>Do not compare <see cref="Diagnostic.AdditionalLocations"/>.</summary>
    IgnoreAdditionalLocations = 1,

    /// <summary>Do not compare the severity.</summary>
    IgnoreSeverity = 2,
}

/// <summary>Options for one expected location.</summary>
[Flags]
public enum DiagnosticLocationOptions
{
    None = 0,

    /// <summary>Only the start of the span is compared (set by <c>WithLocation(line, column)</c>).</summary>
    IgnoreLength = 1,

    /// <summary>The location is the markup key <c>{|#n:…|}</c> (set by <c>WithLocation(int)</c>).</summary>
    InterpretAsMarkupKey = 2,
}

/// <summary>One expected location of a diagnostic.</summary>
public readonly struct DiagnosticLocation
{
    public DiagnosticLocation(FileLinePositionSpan span, DiagnosticLocationOptions options)
    {
        Span = span;
        Options = options;
    }

    public FileLinePositionSpan Span { get; }

    public DiagnosticLocationOptions Options { get; }

    /// <summary>For markup-key locations: the key (<c>{|#0:…|}</c> has key 0).</summary>
    internal int MarkupKey => Span.StartLinePosition.Character;

    public override string ToString()
        => Options.HasFlag(DiagnosticLocationOptions.InterpretAsMarkupKey)
            ? $"{{|#{MarkupKey}:…|}}"
            : DiagnosticFormatting.FormatSpan(Span, !Options.HasFlag(DiagnosticLocationOptions.IgnoreLength));
}

/// <summary>
/// An expected diagnostic. Shaped like Microsoft.CodeAnalysis.Testing's DiagnosticResult: immutable, built with
/// <c>WithSpan</c> / <c>WithLocation</c> / <c>WithArguments</c> / <c>WithMessage</c> / <c>WithSeverity</c>.
/// Lines and columns are 1-based; a span without a path means "/0/Test0.cs".
/// The message is compared exactly when <see cref="WithMessage"/> was given, or when the result has a message
/// format (created from a descriptor) — then the format is filled with <see cref="WithArguments"/> and the
/// number of arguments must match the placeholders. <c>WithMessage(null)</c> turns the message check off.
/// </summary>
public readonly struct DiagnosticResult
{
    private readonly ImmutableArray<DiagnosticLocation> _spans;
    private readonly bool _suppressMessage;
    private readonly string? _message;

    public DiagnosticResult(string id, DiagnosticSeverity severity)
        : this()
    {
        Id = id;
        Severity = severity;
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this()
    {
        Id = descriptor.Id;
        Severity = descriptor.DefaultSeverity;
        MessageFormat = descriptor.MessageFormat;
    }

    private DiagnosticResult(
        DiagnosticResult copy,
        ImmutableArray<DiagnosticLocation>? spans = null,
        (bool Suppress, string? Message)? message = null,
        DiagnosticSeverity? severity = null,
        DiagnosticOptions? options = null,
        LocalizableString? messageFormat = null,
        object?[]? messageArguments = null)
    {
        Id = copy.Id;
        _spans = spans ?? copy._spans;
        _suppressMessage = message?.Suppress ?? copy._suppressMessage;
        _message = message is { } m ? m.Message : copy._message;
        Severity = severity ?? copy.Severity;
        Options = options ?? copy.Options;
        MessageFormat = messageFormat ?? copy.MessageFormat;
        MessageArguments = messageArguments ?? copy.MessageArguments;
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    public DiagnosticOptions Options { get; }

    public LocalizableString? MessageFormat { get; }

    public object?[]? MessageArguments { get; }

    /// <summary>First: the diagnostic's location; the rest: its additional locations. Empty: no location.</summary>
    public ImmutableArray<DiagnosticLocation> Spans => _spans.IsDefault ? ImmutableArray<DiagnosticLocation>.Empty : _spans;

    public bool HasLocation => !Spans.IsEmpty;

    /// <summary>The exact expected message, or null when the message is not checked.</summary>
    public string? Message
    {
        get
        {
            if (_suppressMessage)
            {
                return null;
            }

            if (_message is not null)
            {
                return _message;
            }

            if (MessageFormat is null)
            {
                return null;
            }

            var format = MessageFormat.ToString(CultureInfo.InvariantCulture);
            var arguments = MessageArguments ?? Array.Empty<object?>();
            var placeholders = CountPlaceholders(format);
            if (placeholders != arguments.Length)
            {
                throw new InvalidOperationException(
                    $"Expected diagnostic {Id}: the message format \"{format}\" has {placeholders} placeholder(s) but {arguments.Length} argument(s) were given. " +
                    "Use WithArguments(...) with every argument, WithMessage(\"exact text\"), or WithMessage(null) to skip the message check.");
            }

            return string.Format(CultureInfo.InvariantCulture, format, arguments);
        }
    }

    public static DiagnosticResult CompilerError(string identifier) => new(identifier, DiagnosticSeverity.Error);

    public static DiagnosticResult CompilerWarning(string identifier) => new(identifier, DiagnosticSeverity.Warning);

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => new(this, severity: severity);

    public DiagnosticResult WithOptions(DiagnosticOptions options) => new(this, options: options);

    public DiagnosticResult WithArguments(params object[] arguments) => new(this, messageArguments: arguments);

    /// <summary>The exact message; <c>null</c> switches the message check off.</summary>
    public DiagnosticResult WithMessage(string? message) => new(this, message: (message is null, message));

    public DiagnosticResult WithMessageFormat(LocalizableString messageFormat) => new(this, messageFormat: messageFormat);

    public DiagnosticResult WithNoLocation() => new(this, spans: ImmutableArray<DiagnosticLocation>.Empty);

    /// <summary>Start position only (1-based), in "/0/Test0.cs".</summary>
    public DiagnosticResult WithLocation(int line, int column) => WithLocation(string.Empty, line, column);

    public DiagnosticResult WithLocation(string path, int line, int column)
    {
        var position = new LinePosition(line - 1, column - 1);
        return AppendSpan(new FileLinePositionSpan(path, position, position), DiagnosticLocationOptions.IgnoreLength);
    }

    /// <summary>The span marked <c>{|#markupKey:…|}</c> in the sources of the same state.</summary>
    public DiagnosticResult WithLocation(int markupKey)
    {
        var position = new LinePosition(0, markupKey);
        return AppendSpan(new FileLinePositionSpan(string.Empty, position, position), DiagnosticLocationOptions.InterpretAsMarkupKey);
    }

    /// <summary>An exact span (1-based lines and columns, end exclusive) in "/0/Test0.cs".</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
        => WithSpan(string.Empty, startLine, startColumn, endLine, endColumn);

    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn)
        => AppendSpan(
            new FileLinePositionSpan(path, new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1)),
            DiagnosticLocationOptions.None);

    public DiagnosticResult WithSpan(FileLinePositionSpan span) => AppendSpan(span, DiagnosticLocationOptions.None);

    public DiagnosticResult WithSpan(FileLinePositionSpan span, DiagnosticLocationOptions options) => AppendSpan(span, options);

    public DiagnosticResult WithDefaultPath(string path)
    {
        if (Spans.IsEmpty)
        {
            return this;
        }

        var builder = Spans.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            var location = builder[i];
            if (!location.Options.HasFlag(DiagnosticLocationOptions.InterpretAsMarkupKey) && location.Span.Path.Length == 0)
            {
                builder[i] = new DiagnosticLocation(new FileLinePositionSpan(path, location.Span.Span), location.Options);
            }
        }

        return new DiagnosticResult(this, spans: builder.ToImmutable());
    }

    internal DiagnosticResult WithSpans(ImmutableArray<DiagnosticLocation> spans) => new(this, spans: spans);

    private DiagnosticResult AppendSpan(FileLinePositionSpan span, DiagnosticLocationOptions options)
        => new(this, spans: Spans.Add(new DiagnosticLocation(span, options)));

    private static int CountPlaceholders(string format)
    {
        var max = -1;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            var j = i + 1;
            var value = 0;
            var digits = 0;
            while (j < format.Length && char.IsDigit(format[j]))
            {
                value = (value * 10) + (format[j] - '0');
                digits++;
                j++;
            }

            if (digits > 0 && j < format.Length && (format[j] == '}' || format[j] == ':' || format[j] == ','))
            {
                max = Math.Max(max, value);
            }
        }

        return max + 1;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Id).Append(' ').Append(Options.HasFlag(DiagnosticOptions.IgnoreSeverity) ? "(any severity)" : Severity.ToString());
        if (Spans.IsEmpty)
        {
            builder.Append(" without location");
        }
        else
        {
            builder.Append(" at ").Append(string.Join(" + ", Spans.Select(s => s.ToString())));
        }

        string? message;
        try
        {
            message = Message;
        }
        catch (InvalidOperationException)
        {
            message = "<invalid message arguments>";
        }

        builder.Append(message is null ? " (message not checked)" : $": \"{message}\"");
        return builder.ToString();
    }
}
