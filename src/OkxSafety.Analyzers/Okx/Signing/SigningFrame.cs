using Microsoft.CodeAnalysis;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// Where a followed value is: the method (or field, constructor) whose operations these are, and the call that led
/// there, so a parameter of that method is read as the caller's argument.
/// </summary>
internal sealed class SigningFrame
{
    public SigningFrame(ISymbol owner, IOperation? call, SigningFrame? parent)
    {
        Owner = owner;
        Call = call;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public ISymbol Owner { get; }

    /// <summary>The invocation (or property read) of <see cref="Owner"/> that was followed into; null at the start and for field values.</summary>
    public IOperation? Call { get; }

    public SigningFrame? Parent { get; }

    public int Depth { get; }

    /// <summary>The frame the signing code was found in (the sink's method).</summary>
    public bool IsRoot => Parent is null && Call is null;
}
