using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx.Signing;

/// <summary>
/// Follows a value of signing code one step back: through conversions, conditionals and <c>??</c>, locals (the
/// definitions that reach the use), fields and auto-properties (initializer and constructor assignments), parameters
/// (the caller's argument, when the method was entered through a call), and the project's own methods and property
/// getters (their returned values). One instance per traced sink; semantic models of other files are asked only
/// when a followed call or field leads there.
/// </summary>
internal sealed class SignedValues
{
    private const int MaxFrameDepth = 5;
    private const int MaxSteps = 600;

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private int _steps;

    public SignedValues(Compilation compilation, SemanticModel model, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _models[model.SyntaxTree] = model;
    }

    public CancellationToken CancellationToken => _cancellationToken;

    /// <summary>False once the walk has taken its budget of steps (a bound on pathological code).</summary>
    public bool Budget()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        return ++_steps <= MaxSteps;
    }

    /// <summary>
    /// The values <paramref name="operation"/> stands for, one step back, with the frame each is in; false when it is
    /// not a step (a value of its own: a call of a library, a literal, an operator).
    /// </summary>
    public bool Step(IOperation operation, SigningFrame frame, List<(IOperation Value, SigningFrame Frame)> next)
    {
        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                next.Add((conversion.Operand, frame));
                return true;
            case IConversionOperation { Operand.Type.SpecialType: SpecialType.System_String } wrapped:
                // A string wrapped in a JSON node (JsonNode, JToken): the same text.
                next.Add((wrapped.Operand, frame));
                return true;
            case IParenthesizedOperation parenthesized:
                next.Add((parenthesized.Operand, frame));
                return true;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                next.Add((conditional.WhenTrue, frame));
                next.Add((whenFalse, frame));
                return true;
            case ICoalesceOperation coalesce:
                next.Add((coalesce.Value, frame));
                next.Add((coalesce.WhenNull, frame));
                return true;
            case ILocalReferenceOperation local:
                foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
                {
                    if (definition is not null)
                    {
                        next.Add((definition, frame));
                    }
                }

                return true;
            case IParameterReferenceOperation parameter:
                if (frame.Call is IInvocationOperation call
                    && frame.Parent is { } caller
                    && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, frame.Owner))
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter.Parameter.OriginalDefinition))
                        {
                            next.Add((argument.Value, caller));
                            break;
                        }
                    }
                }

                return true;
            case IFieldReferenceOperation field:
                MemberValues(field.Field, frame, next);
                return true;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property
                when property.Property.DeclaringSyntaxReferences.Length > 0:
                if (DeclaredValues.IsAutoProperty(property.Property, _cancellationToken))
                {
                    MemberValues(property.Property, frame, next);
                }
                else if (property.Property.GetMethod is { } getter)
                {
                    Returns(getter, property, frame, next);
                }

                return true;
            case IInvocationOperation invocation when invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0:
                Returns(invocation.TargetMethod, invocation, frame, next);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The values a method returns (not those of lambdas or local functions inside it), in a frame entered through <paramref name="call"/>.</summary>
    private void Returns(IMethodSymbol method, IOperation call, SigningFrame frame, List<(IOperation, SigningFrame)> next)
    {
        if (frame.Depth >= MaxFrameDepth)
        {
            return;
        }

        var inner = new SigningFrame(method.OriginalDefinition, call, frame);
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (Body(reference.GetSyntax(_cancellationToken)) is not { } body)
            {
                continue;
            }

            foreach (var operation in new OperationDescendants(body))
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned } && !IsInNestedFunction(operation, body))
                {
                    next.Add((returned, inner));
                }
            }
        }
    }

    /// <summary>A field's or auto-property's initializer and the assignments to it in its type's constructors.</summary>
    private void MemberValues(ISymbol member, SigningFrame frame, List<(IOperation, SigningFrame)> next)
    {
        if (frame.Depth >= MaxFrameDepth)
        {
            return;
        }

        member = member.OriginalDefinition;
        if (DeclaredValues.GetDeclaredExpression(member, _cancellationToken) is { } declared && Operation(declared) is { } initial)
        {
            next.Add((initial, new SigningFrame(member, null, frame)));
        }

        var type = member.ContainingType;
        foreach (var constructor in member.IsStatic ? type.StaticConstructors : type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (Body(reference.GetSyntax(_cancellationToken)) is not { } body)
                {
                    continue;
                }

                var inConstructor = new SigningFrame(constructor, null, frame);
                foreach (var operation in new OperationDescendants(body))
                {
                    if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                        && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member))
                    {
                        next.Add((assignment.Value, inConstructor));
                    }
                }
            }
        }
    }

    /// <summary>The operation of a method, accessor, local function or constructor declaration; null outside the compilation.</summary>
    public IOperation? Body(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or LocalFunctionStatementSyntax => Operation(declaration),
        _ => null,
    };

    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "An OKX client's signing helper (Sign, GetTimestamp, a field holding the HMAC) often lives in another file than the "
            + "header writes that use it; following the value there is what finds the mistake. The model is requested only for the files a "
            + "followed call or field leads to, once per traced sink.")]
    private IOperation? Operation(SyntaxNode node)
    {
        var tree = node.SyntaxTree;
        if (!_models.TryGetValue(tree, out var model))
        {
            if (!_compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

            model = _compilation.GetSemanticModel(tree);
            _models[tree] = model;
        }

        return model.GetOperation(node, _cancellationToken);
    }

    private static bool IsInNestedFunction(IOperation operation, IOperation body)
    {
        for (var parent = operation.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
