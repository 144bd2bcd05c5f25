using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// The common way a response is checked, recognised without a control-flow graph: a top-level statement of the body
/// <c>if (code != "0") { …; throw …; }</c> (or <c>return</c>) that tests the code of the body's only parsed response,
/// before any read of its payload. Every path to a later statement passes that test's success edge, so every payload
/// read is guarded and OKX005 has nothing to report.
/// <para>Sound, not complete: every step it follows (locals with one definition, <c>RootElement</c>, <c>await</c>,
/// <c>?? throw</c>, value conversions) is one the graph analysis follows too, and anything it does not know (a lambda, a
/// local function, a goto, a reassigned local, a read before the guard, an SDK result) makes it answer false, and the
/// graph decides.</para>
/// </summary>
internal static class LeadingCodeGuard
{
    /// <summary>One pass over a body (its lambdas and local functions included): where its payload reads are.</summary>
    public static PayloadReadScan Scan(IOperation body, OkxTypes types, CancellationToken cancellationToken)
    {
        var notes = new BodyOperationShapes();
        foreach (var operation in new OperationDescendants(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            notes.Note(operation);
        }

        return Scan(notes, types, cancellationToken);
    }

    /// <summary>The scan from notes taken in a walk the caller does anyway (OKX005's search for parse calls).</summary>
    public static PayloadReadScan Scan(BodyOperationShapes notes, OkxTypes types, CancellationToken cancellationToken)
    {
        var firstRead = int.MaxValue;
        var sdkResultRead = false;
        if (notes.PayloadReadShapes is { } candidates)
        {
            foreach (var operation in candidates)
            {
                if (OkxResponses.TryGetPayloadRead(operation, types, cancellationToken, out _, out var shape))
                {
                    sdkResultRead |= shape == ResponseShape.SdkResult;
                    firstRead = System.Math.Min(firstRead, operation.Syntax.SpanStart);
                }
            }
        }

        return new PayloadReadScan(firstRead, sdkResultRead, notes.Unstructured, notes.Reassigned);
    }

    /// <summary>
    /// True when a top-level guard of <paramref name="body"/> tests the code of <paramref name="parse"/> (the body's only
    /// parse) against a valid success value and leaves the method on failure, and every payload read comes after it.
    /// </summary>
    public static bool GuardsEveryPayloadRead(IOperation body, IOperation parse, PayloadReadScan scan, OkxTypes types, CancellationToken cancellationToken)
    {
        var statements = TopLevelStatements(body);
        if (statements.IsDefaultOrEmpty || scan.Unstructured || scan.HasSdkResultRead)
        {
            return false;
        }

        for (var index = 0; index < statements.Length; index++)
        {
            var statement = statements[index];
            if (statement.Syntax.SpanStart >= scan.FirstRead)
            {
                return false;
            }

            if (statement is IConditionalOperation { WhenFalse: null } conditional
                && conditional.Syntax is IfStatementSyntax { Else: null } ifStatement
                && Exits(ifStatement.Statement)
                && new ParseBacktrack(parse, types, scan.Reassigned, statements, index, cancellationToken).IsFailureTestOfCode(conditional.Condition))
            {
                // FullSpan: the same answer (a read after the guard starts after its trailing trivia) without the
                // walk to the last token that Span needs.
                return ifStatement.FullSpan.End <= scan.FirstRead;
            }
        }

        return false;
    }

    private static ImmutableArray<IOperation> TopLevelStatements(IOperation body) => body switch
    {
        IMethodBodyOperation { BlockBody: { } block, ExpressionBody: null } => block.Operations,
        IConstructorBodyOperation { BlockBody: { } block, ExpressionBody: null } => block.Operations,
        IBlockOperation block => block.Operations,
        _ => default,
    };

    /// <summary>The branch leaves the method: <c>throw</c> or <c>return</c>, alone or as the last statement of a block.</summary>
    private static bool Exits(StatementSyntax statement)
    {
        if (statement is BlockSyntax { Statements.Count: > 0 } block)
        {
            statement = block.Statements[block.Statements.Count - 1];
        }

        return statement is ThrowStatementSyntax or ReturnStatementSyntax;
    }

    internal static bool IsWrite(ILocalReferenceOperation local) =>
        local.Local.IsRef
        || local.Parent is IAssignmentOperation assignment && assignment.Target == local
        || local.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None }
        || local.Parent is IIncrementOrDecrementOperation
        || local.Parent is ITupleOperation or IDeclarationExpressionOperation;

    /// <summary>Follows a value back to the parse through the top-level declarations before the guard.</summary>
    private readonly struct ParseBacktrack
    {
        private readonly IOperation _parse;
        private readonly OkxTypes _types;
        private readonly List<ILocalSymbol>? _reassigned;
        private readonly ImmutableArray<IOperation> _statements;
        private readonly int _guard;
        private readonly CancellationToken _cancellationToken;

        public ParseBacktrack(IOperation parse, OkxTypes types, List<ILocalSymbol>? reassigned, ImmutableArray<IOperation> statements, int guard, CancellationToken cancellationToken)
        {
            _parse = parse;
            _types = types;
            _reassigned = reassigned;
            _statements = statements;
            _guard = guard;
            _cancellationToken = cancellationToken;
        }

        /// <summary><c>code != "0"</c> (either side, any valid success value) on the code of the parsed response.</summary>
        public bool IsFailureTestOfCode(IOperation condition)
        {
            if (OkxResponses.Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals, OperatorMethod: null } binary)
            {
                return false;
            }

            return (IsValidSuccessConstant(binary.RightOperand) && IsCodeOfParse(binary.LeftOperand, 0))
                   || (IsValidSuccessConstant(binary.LeftOperand) && IsCodeOfParse(binary.RightOperand, 0));
        }

        private bool IsValidSuccessConstant(IOperation operation)
        {
            operation = OkxResponses.Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is not null && OkxResponses.IsValidSuccessCode(operation.ConstantValue.Value);
            }

            return operation.Type?.SpecialType == SpecialType.System_String
                   && ConstantStrings.TryResolve(operation, _cancellationToken, out var text)
                   && text is not null
                   && OkxResponses.IsValidSuccessCode(text);
        }

        private bool IsCodeOfParse(IOperation operation, int depth)
        {
            if (depth > 10)
            {
                return false;
            }

            operation = OkxResponses.Unwrap(operation);
            if (OkxResponses.TryGetEnvelopeRead(operation, OkxResponses.CodeName, _types, _cancellationToken, out var receiver, out var shape))
            {
                return shape != ResponseShape.SdkResult && ReachesParse(receiver, depth + 1);
            }

            return operation switch
            {
                IInvocationOperation { TargetMethod.Name: not "TryParse" } invocation when OkxResponses.IsValueConversion(invocation, out var inner) =>
                    IsCodeOfParse(inner, depth + 1),
                IConversionOperation conversion => IsCodeOfParse(conversion.Operand, depth + 1),
                ILocalReferenceOperation local => Definition(local) is { } value && IsCodeOfParse(value, depth + 1),
                _ => false,
            };
        }

        private bool ReachesParse(IOperation? operation, int depth)
        {
            if (operation is null || depth > 12)
            {
                return false;
            }

            operation = OkxResponses.Unwrap(operation);
            if (operation == _parse)
            {
                return true;
            }

            return operation switch
            {
                IAwaitOperation await => ReachesParse(await.Operation, depth + 1),
                ICoalesceOperation coalesce => ReachesParse(coalesce.Value, depth + 1),
                ILocalReferenceOperation local => ReachesParse(Definition(local), depth + 1),
                IPropertyReferenceOperation { Property.Name: "RootElement" or "Result" or "Root" } property => ReachesParse(property.Instance, depth + 1),
                IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "GetAwaiter" or "GetResult" or "Clone" or "AsObject" or "AsArray" } invocation =>
                    ReachesParse(invocation.Instance, depth + 1),
                _ => false,
            };
        }

        /// <summary>The initializer of a top-level declaration before the guard, when it is the local's only write.</summary>
        private IOperation? Definition(ILocalReferenceOperation local)
        {
            if (_reassigned?.Contains(local.Local) == true)
            {
                return null;
            }

            for (var index = 0; index < _guard; index++)
            {
                var group = _statements[index] switch
                {
                    IVariableDeclarationGroupOperation declarations => declarations,
                    IUsingDeclarationOperation { DeclarationGroup: var declarations } => declarations,
                    _ => null,
                };

                if (group is null)
                {
                    continue;
                }

                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                        {
                            return declarator.Initializer?.Value;
                        }
                    }
                }
            }

            return null;
        }
    }
}

/// <summary>
/// What one walk over a body notes for <see cref="LeadingCodeGuard.Scan(BodyOperationShapes, OkxTypes, CancellationToken)"/>: the
/// operations shaped like payload reads (checked afterwards, only when the body parses anything), whether statement order
/// is control flow, the locals written after their declaration, and for OKX005's order-endpoint facts the operations
/// shaped like item sCode reads and the string-typed field, property and local reads (so those facts need no walk of
/// their own). Cheap per operation; lists only when needed.
/// </summary>
internal struct BodyOperationShapes
{
    public List<IOperation>? PayloadReadShapes;
    public List<IOperation>? SCodeReadShapes;
    public List<IOperation>? StringReferences;
    public List<ILocalSymbol>? Reassigned;
    public bool Unstructured;

    /// <summary>Operations shaped like an HTTP status check (<see cref="UnreadOrderResponses.MayBeStatusCheck"/>), for order responses whose body is never read.</summary>
    public List<IOperation>? StatusCheckShapes;

    /// <summary>Some operation has the shape of a payload read (<see cref="OkxResponses.MayBePayloadRead"/>).</summary>
    public readonly bool MayReadPayload => PayloadReadShapes is not null;

    public void Note(IOperation operation)
    {
        switch (operation)
        {
            case IAnonymousFunctionOperation or ILocalFunctionOperation or ILabeledOperation or IBranchOperation { BranchKind: BranchKind.GoTo }:
                Unstructured = true;
                break;
            case ILocalReferenceOperation local when LeadingCodeGuard.IsWrite(local) && !PayloadReadScan.Contains(Reassigned, local.Local):
                (Reassigned ??= new List<ILocalSymbol>()).Add(local.Local);
                break;
        }

        if (OkxResponses.MayBePayloadRead(operation))
        {
            (PayloadReadShapes ??= new List<IOperation>()).Add(operation);
        }

        if (OkxResponses.MayBeSCodeRead(operation))
        {
            (SCodeReadShapes ??= new List<IOperation>()).Add(operation);
        }

        if (UnreadOrderResponses.MayBeStatusCheck(operation))
        {
            (StatusCheckShapes ??= new List<IOperation>()).Add(operation);
        }

        if (operation is IFieldReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation
            && operation.Type?.SpecialType == SpecialType.System_String)
        {
            (StringReferences ??= new List<IOperation>()).Add(operation);
        }
    }
}

/// <summary>What <see cref="LeadingCodeGuard.Scan"/> found in a body.</summary>
internal sealed class PayloadReadScan
{
    public PayloadReadScan(int firstRead, bool hasSdkResultRead, bool unstructured, List<ILocalSymbol>? reassigned)
    {
        FirstRead = firstRead;
        HasSdkResultRead = hasSdkResultRead;
        Unstructured = unstructured;
        Reassigned = reassigned;
    }

    /// <summary>Start of the first payload read (<see cref="OkxResponses.TryGetPayloadRead"/>), or int.MaxValue.</summary>
    public int FirstRead { get; }

    /// <summary>No operation of the body reads a payload: the graph analysis would find nothing to check.</summary>
    public bool ReadsNoPayload => FirstRead == int.MaxValue;

    /// <summary>Some payload read is the Data of an SDK result (checked with Success / Error, not code).</summary>
    public bool HasSdkResultRead { get; }

    /// <summary>A lambda, a local function, a label or a goto: statement order is not control flow.</summary>
    public bool Unstructured { get; }

    /// <summary>Locals written after their declaration (null when none; a few, so a list).</summary>
    public List<ILocalSymbol>? Reassigned { get; }

    public static bool Contains(List<ILocalSymbol>? locals, ILocalSymbol local)
    {
        if (locals is null)
        {
            return false;
        }

        foreach (var candidate in locals)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, local))
            {
                return true;
            }
        }

        return false;
    }
}
