using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// OKX005's flow analysis over one control-flow graph (a method, lambda or local function): finds the reads of a
/// parsed OKX response's payload, groups them by response, finds the branches that test the response's code (folding
/// constants and following locals, captures and out arguments), and reports each read no success edge of such a test
/// guards, each test of code against a wrong success value, and order-endpoint items whose sCode is never read.
/// Findings go to an <see cref="IResponseCheckReport"/>; the rule turns them into diagnostics.
/// </summary>
internal sealed partial class ResponseCheckFlow
{
    private readonly ControlFlowGraph _graph;
    private readonly OkxTypes _types;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(IOperation Operation, int Block)> _operations = new();
    private readonly Dictionary<CaptureId, List<IOperation>> _captures = new();
    private readonly Dictionary<ILocalSymbol, List<IOperation>> _assignments = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<(IOperation Operation, int Block)>> _uses = new(SymbolEqualityComparer.Default);
    private readonly bool[] _terminal;
    private readonly ResponseHelpers? _helpers;

    public ResponseCheckFlow(ControlFlowGraph graph, OkxTypes types, ResponseHelpers? helpers, CancellationToken cancellationToken)
    {
        _graph = graph;
        _types = types;
        _helpers = helpers;
        _cancellationToken = cancellationToken;
        _terminal = new bool[graph.Blocks.Length];
        foreach (var block in graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                Collect(operation, block.Ordinal);
            }

            if (block.BranchValue is { } branch)
            {
                Collect(branch, block.Ordinal);
            }
        }
    }

    public List<IFlowAnonymousFunctionOperation> AnonymousFunctions { get; } = new();

    private bool[]? _endsInThrow;

    /// <summary>
    /// Blocks from which every path ends in a throw (error handling: reading data there to build the exception
    /// message is fine). Least fixed point, so loops without an exit do not count.
    /// </summary>
    private bool AlwaysEndsInThrow(int ordinal)
    {
        if (_endsInThrow is null)
        {
            var endsInThrow = new bool[_graph.Blocks.Length];
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var block in _graph.Blocks)
                {
                    if (endsInThrow[block.Ordinal] || block.Kind != BasicBlockKind.Block)
                    {
                        continue;
                    }

                    var fallThrough = block.FallThroughSuccessor;
                    bool now;
                    if (_terminal[block.Ordinal] || fallThrough?.Semantics is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow)
                    {
                        now = true;
                    }
                    else
                    {
                        var conditional = block.ConditionalSuccessor?.Destination;
                        var next = fallThrough?.Destination;
                        now = fallThrough?.Semantics == ControlFlowBranchSemantics.Regular
                              && next is not null && endsInThrow[next.Ordinal]
                              && (block.ConditionalSuccessor is null || (conditional is not null && endsInThrow[conditional.Ordinal]));
                    }

                    if (now)
                    {
                        endsInThrow[block.Ordinal] = true;
                        changed = true;
                    }
                }
            }

            _endsInThrow = endsInThrow;
        }

        return _endsInThrow[ordinal];
    }

    private void Collect(IOperation root, int block)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _operations.Add((operation, block));
            switch (operation)
            {
                case IFlowCaptureOperation capture:
                    Add(_captures, capture.Id, capture.Value);
                    break;
                case IFlowAnonymousFunctionOperation lambda:
                    AnonymousFunctions.Add(lambda);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(_assignments, target.Local, assignment.Value);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation call } outArgument
                    when OutLocal(outArgument) is { } outLocal:
                    Add(_assignments, outLocal.Local, call);
                    break;
                case ILocalReferenceOperation use when !IsAssignmentTarget(use):
                    if (!_uses.TryGetValue(use.Local, out var list))
                    {
                        _uses[use.Local] = list = new List<(IOperation, int)>();
                    }

                    list.Add((use, block));
                    break;
                case IInvocationOperation invocation when NeverReturns(invocation.TargetMethod):
                    _terminal[block] = true;
                    break;
                case IThrowOperation:
                    _terminal[block] = true;
                    break;
            }
        }
    }

    private static bool IsAssignmentTarget(ILocalReferenceOperation use) =>
        use.Parent is ISimpleAssignmentOperation assignment && assignment.Target == use
        || use.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Out }
        || use.Parent is IDeclarationExpressionOperation { Parent: IArgumentOperation { Parameter.RefKind: RefKind.Out } };

    /// <summary>The local an out argument writes: <c>out code</c> or <c>out var code</c>.</summary>
    private static ILocalReferenceOperation? OutLocal(IArgumentOperation argument) => argument.Value switch
    {
        ILocalReferenceOperation local => local,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared,
        _ => null,
    };

    private static bool NeverReturns(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "DoesNotReturnAttribute")
            {
                return true;
            }
        }

        return method.Name.StartsWith("Throw", StringComparison.Ordinal)
               || (method.ContainingType?.Name == "Environment" && method.Name is "Exit" or "FailFast");
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<TValue>();
        }

        list.Add(value);
    }

    public void Run(ResponseMethodContext methodContext, HashSet<SyntaxNode> reported, IResponseCheckReport report)
    {
        var reads = FindPayloadReads();
        if (reads.Count == 0)
        {
            return;
        }

        // Group reads of the same response (their parse calls overlap), in source order.
        var groups = new List<(ResponseOrigins Identity, List<PayloadRead> Reads)>();
        foreach (var read in reads)
        {
            var placed = false;
            foreach (var group in groups)
            {
                if (group.Identity.Intersects(read.ResponseOrigins))
                {
                    group.Identity.UnionWith(read.ResponseOrigins);
                    group.Reads.Add(read);
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                var identity = new ResponseOrigins();
                identity.UnionWith(read.ResponseOrigins);
                groups.Add((identity, new List<PayloadRead> { read }));
            }
        }

        foreach (var (identity, groupReads) in groups)
        {
            if (IsOkxResponse(identity, groupReads, methodContext))
            {
                AnalyzeResponse(identity, groupReads, methodContext, reported, report);
            }
        }
    }

    private List<PayloadRead> FindPayloadReads()
    {
        var reads = new List<PayloadRead>();
        var seen = new HashSet<SyntaxNode>();
        foreach (var (operation, block) in _operations)
        {
            if (!OkxResponses.TryGetPayloadRead(operation, _types, _cancellationToken, out var receiver, out var shape)
                || !seen.Add(operation.Syntax))
            {
                continue;
            }

            var origins = OriginsOf(receiver);
            if (!origins.IsResponse)
            {
                continue;
            }

            var read = new PayloadRead(operation, receiver, shape, block, origins);
            AddCheckPoints(read, block);
            reads.Add(read);
        }

        reads.Sort((a, b) => a.Operation.Syntax.SpanStart.CompareTo(b.Operation.Syntax.SpanStart));
        return reads;
    }

    /// <summary>
    /// Decides per parsed value whether it is an OKX REST response, from where its text comes from: an HTTP call to
    /// an OKX URL (host or /api/v5/ path) is one; an HTTP call to another host is not; an HTTP call to an unknown
    /// URL, or text from a parameter, a field or a helper, is one in OKX context unless its payload is read as an
    /// object (OKX's <c>data</c> is always an array); text from a file or configuration only when the method itself
    /// calls OKX (an /api/v5/ path, an okx.com host, OK-ACCESS-* headers).
    /// </summary>
    private bool IsOkxResponse(ResponseOrigins identity, List<PayloadRead> reads, ResponseMethodContext methodContext)
    {
        if (reads[0].Shape == ResponseShape.SdkResult)
        {
            return true;
        }

        var source = ResponseSourceKind.None;
        foreach (var parse in identity.Parses)
        {
            var kind = methodContext.SourceOf(parse);
            source = kind > source ? kind : source;
        }

        switch (source)
        {
            case ResponseSourceKind.Okx:
                return true;
            case ResponseSourceKind.HttpUnknown:
                return !IsReadAsObject(reads);
            case ResponseSourceKind.Other:
                return methodContext.CallsOkx || !IsReadAsObject(reads);
            case ResponseSourceKind.ExternalText:
                return methodContext.CallsOkx;
            case ResponseSourceKind.OtherHost:
                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// The payload is used as a JSON object (<c>data.GetProperty("side")</c>, <c>node["data"]?["directory"]</c>) or is
    /// a typed member that is not a collection: OKX's REST <c>data</c> is always an array, so this is not an OKX response.
    /// </summary>
    private bool IsReadAsObject(List<PayloadRead> reads)
    {
        foreach (var read in reads)
        {
            if (read.Shape == ResponseShape.Typed)
            {
                if (read.Operation is IMemberReferenceOperation member && !IsCollectionLike(OkxResponses.MemberType(member.Member)))
                {
                    return true;
                }

                continue;
            }

            if (IsObjectAccess(read.Operation.Syntax))
            {
                return true;
            }

            if (StoredLocal(read) is { } stored && _uses.TryGetValue(stored, out var uses))
            {
                foreach (var (use, _) in uses)
                {
                    if (IsObjectAccess(use.Syntax))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsCollectionLike(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.Array or TypeKind.TypeParameter or TypeKind.Dynamic)
        {
            return true;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (type.Name is "JsonElement" or "JsonNode" or "JsonArray" or "JToken" or "JArray")
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expression is read by a property name: <c>x.GetProperty("b")</c>, <c>x["b"]</c>, <c>x?["b"]</c>, <c>x.Value&lt;T&gt;("b")</c>, <c>x.EnumerateObject()</c>.</summary>
    private static bool IsObjectAccess(SyntaxNode expression)
    {
        var node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case MemberAccessExpressionSyntax memberAccess when memberAccess.Expression == node:
                return IsObjectMember(memberAccess.Name, memberAccess.Parent as InvocationExpressionSyntax);
            case ElementAccessExpressionSyntax elementAccess when elementAccess.Expression == node:
                return IsNameArgument(elementAccess.ArgumentList.Arguments);
            case ConditionalAccessExpressionSyntax conditional when conditional.Expression == node:
            {
                var first = conditional.WhenNotNull;
                while (true)
                {
                    var inner = first switch
                    {
                        ConditionalAccessExpressionSyntax access => access.Expression,
                        InvocationExpressionSyntax invocation => invocation.Expression,
                        MemberAccessExpressionSyntax access => access.Expression,
                        ElementAccessExpressionSyntax access => access.Expression,
                        PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                        _ => null,
                    };

                    if (inner is null)
                    {
                        break;
                    }

                    first = inner;
                }

                return first switch
                {
                    ElementBindingExpressionSyntax binding => IsNameArgument(binding.ArgumentList.Arguments),
                    MemberBindingExpressionSyntax binding => IsObjectMember(binding.Name, binding.Parent as InvocationExpressionSyntax),
                    _ => false,
                };
            }

            default:
                return false;
        }
    }

    private static bool IsObjectMember(SimpleNameSyntax name, InvocationExpressionSyntax? invocation)
    {
        switch (name.Identifier.ValueText)
        {
            case "EnumerateObject" or "AsObject":
                return true;
            case "GetProperty" or "TryGetProperty" or "Value" or "GetValue" or "TryGetPropertyValue" or "Property":
                return invocation is not null && IsNameArgument(invocation.ArgumentList.Arguments);
            default:
                return false;
        }
    }

    /// <summary>The first argument is a string literal (a property name).</summary>
    private static bool IsNameArgument(SeparatedSyntaxList<ArgumentSyntax> arguments) =>
        arguments.Count >= 1 && arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression };

    /// <summary>
    /// Where a read counts: the read itself, or, when it only stores the payload in a local
    /// (<c>var data = root.GetProperty("data")</c>, <c>TryGetProperty("data", out var data)</c>), the uses of that local.
    /// </summary>
    private void AddCheckPoints(PayloadRead read, int block)
    {
        var stored = StoredLocal(read);
        if (stored is not null)
        {
            if (_uses.TryGetValue(stored, out var uses))
            {
                foreach (var (use, useBlock) in uses)
                {
                    read.CheckPoints.Add((useBlock, use.Syntax.SpanStart));
                }
            }

            return;
        }

        read.CheckPoints.Add((block, read.Operation.Syntax.SpanStart));
    }

    /// <summary>The local the payload is only stored in (<c>var data = root.GetProperty("data")</c>, <c>TryGetProperty("data", out var data)</c>), or null.</summary>
    private static ILocalSymbol? StoredLocal(PayloadRead read)
    {
        ILocalSymbol? stored = null;
        var parent = read.Operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment && assignment.Target != read.Operation)
        {
            stored = target.Local;
        }
        else if (read.Operation is IInvocationOperation { TargetMethod.Name: "TryGetProperty" or "TryGetValue" or "TryGetPropertyValue" } tryGet)
        {
            foreach (var argument in tryGet.Arguments)
            {
                if (argument.Parameter?.RefKind == RefKind.Out && OutLocal(argument) is { } outLocal)
                {
                    stored = outLocal.Local;
                }
            }
        }

        return stored;
    }
}
