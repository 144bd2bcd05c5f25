using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx;

/// <summary>One read of the payload, where it happens in the graph.</summary>
internal sealed class PayloadRead
{
    public PayloadRead(IOperation operation, IOperation receiver, ResponseShape shape, int block, ResponseOrigins origins)
    {
        Operation = operation;
        Receiver = receiver;
        Shape = shape;
        Block = block;
        ResponseOrigins = origins;
    }

    public IOperation Operation { get; }

    public IOperation Receiver { get; }

    public ResponseShape Shape { get; }

    public int Block { get; }

    public ResponseOrigins ResponseOrigins { get; }

    public List<(int Block, int Position)> CheckPoints { get; } = new();
}

/// <summary>Where a value comes from: the parse calls and, for the text they parse, the locals and parameters holding it.</summary>
internal sealed class ResponseOrigins
{
    public HashSet<SyntaxNode> Parses { get; } = new();

    public HashSet<ISymbol> Inputs { get; } = new(SymbolEqualityComparer.Default);

    public bool IsResponse => Parses.Count > 0;

    /// <summary>The name of the project's own helper whose call is the parse (it returns the envelope unchecked), or null.</summary>
    public string? Helper { get; set; }

    public bool Intersects(ResponseOrigins other)
    {
        foreach (var parse in other.Parses)
        {
            if (Parses.Contains(parse))
            {
                return true;
            }
        }

        return false;
    }

    public void UnionWith(ResponseOrigins other)
    {
        Parses.UnionWith(other.Parses);
        Inputs.UnionWith(other.Inputs);
        Helper ??= other.Helper;
    }
}

/// <summary>A conditional branch that tests the code (or Success / Error) of a response.</summary>
internal sealed class CodeTest
{
    public CodeTest(int block, bool successWhenTrue, bool valid, object? comparedValue, SyntaxNode comparison, SyntaxNode? comparedSyntax, bool numeric)
    {
        Block = block;
        SuccessWhenTrue = successWhenTrue;
        Valid = valid;
        ComparedValue = comparedValue;
        Comparison = comparison;
        ComparedSyntax = comparedSyntax;
        Numeric = numeric;
    }

    public int Block { get; }

    public bool SuccessWhenTrue { get; }

    public bool Valid { get; }

    public object? ComparedValue { get; }

    public SyntaxNode Comparison { get; }

    public SyntaxNode? ComparedSyntax { get; }

    public bool Numeric { get; }

    public CodeTest Flip() => new(Block, !SuccessWhenTrue, Valid, ComparedValue, Comparison, ComparedSyntax, Numeric);
}

/// <summary>Where <see cref="ResponseCheckFlow"/> sends what it finds (OKX005 turns each into a diagnostic).</summary>
internal interface IResponseCheckReport
{
    /// <summary>A payload read no check of the response's code guards.</summary>
    void UncheckedPayloadRead(PayloadRead read, bool checksHttpStatus);

    /// <summary>The response's code compared with a value other than OKX's success code, as success.</summary>
    void WrongSuccessValue(CodeTest test);

    /// <summary>An order endpoint's items used with the envelope's code checked but no item's sCode.</summary>
    void UncheckedOrderItems(PayloadRead read);
}
