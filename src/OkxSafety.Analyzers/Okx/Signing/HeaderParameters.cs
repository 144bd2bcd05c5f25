using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// Which parameters of a method of the project it writes, as they are, into the OK-ACCESS-SIGN and OK-ACCESS-TIMESTAMP
/// headers (<c>AddAuthHeaders(request, sign, timestamp)</c>): a call of such a method is a header write of its
/// arguments, in the caller. One instance per compilation; each method is looked at once, when a candidate body calls it.
/// </summary>
internal sealed class HeaderParameters
{
    private readonly Compilation _compilation;
    private readonly OkxTypes _types;
    private readonly ConcurrentDictionary<IMethodSymbol, (int Sign, int Timestamp)> _byMethod = new(SymbolEqualityComparer.Default);

    public HeaderParameters(Compilation compilation, OkxTypes types)
    {
        _compilation = compilation;
        _types = types;
    }

    /// <summary>
    /// The ordinals of the parameters written as the signature and as the timestamp; -1 for none. A method whose
    /// declaration is among <paramref name="knownBodies"/> (the caller's type's bodies, by declaration, as the driver
    /// gave them) is read from there instead of being asked of a semantic model, which may bind it again.
    /// </summary>
    public (int Sign, int Timestamp) Of(IMethodSymbol method, IReadOnlyDictionary<SyntaxNode, IOperation>? knownBodies, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        if (_byMethod.TryGetValue(method, out var known))
        {
            return known;
        }

        return _byMethod.GetOrAdd(method, Compute(method, knownBodies, cancellationToken));
    }

    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "The header-writing helper a signing method calls often lives in another file; its parameters are looked at "
            + "only for methods called from a candidate signing body, once per method and compilation.")]
    private (int Sign, int Timestamp) Compute(IMethodSymbol method, IReadOnlyDictionary<SyntaxNode, IOperation>? knownBodies, CancellationToken cancellationToken)
    {
        var sign = -1;
        var timestamp = -1;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
                || !_compilation.ContainsSyntaxTree(syntax.SyntaxTree)
                || !SigningCode.MayBeSigningCode(syntax.SyntaxTree.GetText(cancellationToken), syntax.Span)
                || BodyOf(syntax, knownBodies, cancellationToken) is not { } body)
            {
                continue;
            }

            foreach (var operation in new OperationDescendants(body))
            {
                if (operation is not (IInvocationOperation { Arguments.Length: >= 2 } or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } })
                    || !HeaderWrites.TryGetHeaderWrite(operation, _types, cancellationToken, out var write)
                    || OperationWrappers.Skip(write.ValueOperation) is not IParameterReferenceOperation { Parameter: var parameter }
                    || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
                {
                    continue;
                }

                if (write.Header == OkxHeader.AccessSign)
                {
                    sign = parameter.Ordinal;
                }
                else if (write.Header == OkxHeader.AccessTimestamp)
                {
                    timestamp = parameter.Ordinal;
                }
            }
        }

        return (sign, timestamp);
    }

    private IOperation? BodyOf(SyntaxNode declaration, IReadOnlyDictionary<SyntaxNode, IOperation>? knownBodies, CancellationToken cancellationToken) =>
        knownBodies is not null && knownBodies.TryGetValue(declaration, out var known)
            ? known
            : _compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
}
