using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

internal enum ValueSourceKind
{
    /// <summary>A compile-time constant: a literal, const, or a readonly member or local declared with one.</summary>
    Constant,

    /// <summary>Text read from outside the program: environment, configuration, a file, the console, JSON.</summary>
    ExternalText,

    /// <summary>A method parameter: the caller decides.</summary>
    Parameter,

    /// <summary>Anything else (a call, a computed value): nothing is claimed about it.</summary>
    Unknown,
}

/// <summary>Where a value came from, as <see cref="ValueOrigins"/> traced it back from a use.</summary>
internal readonly struct ValueSource
{
    public ValueSource(ValueSourceKind kind, SyntaxNode node, bool trimmed, string? description = null, string? constantValue = null, IParameterSymbol? parameter = null)
    {
        Kind = kind;
        Node = node;
        Trimmed = trimmed;
        Description = description;
        ConstantValue = constantValue;
        Parameter = parameter;
    }

    public ValueSourceKind Kind { get; }

    /// <summary>
    /// Where the value starts: the literal (or constant expression) of a constant, even in another file; the read
    /// of external text (<c>Environment.GetEnvironmentVariable("…")</c>); the parameter reference.
    /// </summary>
    public SyntaxNode Node { get; }

    /// <summary>True when the value passed through Trim() (both sides) between its source and the use.</summary>
    public bool Trimmed { get; }

    /// <summary>For external text, where it was read, for messages: "an environment variable", "configuration"…</summary>
    public string? Description { get; }

    /// <summary>For a constant, its text. For rules to judge (placeholders, emptiness); never for messages.</summary>
    public string? ConstantValue { get; }

    public IParameterSymbol? Parameter { get; }

    /// <summary>The same source, with <see cref="Trimmed"/> set as given.</summary>
    public ValueSource WithTrimmed(bool trimmed) => new(Kind, Node, trimmed, Description, ConstantValue, Parameter);
}
