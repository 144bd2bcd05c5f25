using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>ResponseCheckFlow: which payload reads a code test guards, and the findings.</summary>
internal sealed partial class ResponseCheckFlow
{
    private void AnalyzeResponse(ResponseOrigins identity, List<PayloadRead> reads, ResponseMethodContext methodContext, HashSet<SyntaxNode> reported, IResponseCheckReport report)
    {
        var shape = reads[0].Shape;
        if (shape != ResponseShape.SdkResult && (methodContext.IsWebSocket || ReadsWebSocketFields(identity)))
        {
            return;
        }

        var tests = FindTests(identity);
        AcceptAlternatives(tests);
        var barriers = FindBarriers(identity);

        var wrongTests = new List<CodeTest>();
        foreach (var test in tests.Values)
        {
            if (!test.Valid)
            {
                wrongTests.Add(test);
            }
        }

        PayloadRead? unguarded = null;
        var flaggedWrong = new HashSet<CodeTest>();
        foreach (var read in reads)
        {
            foreach (var point in read.CheckPoints)
            {
                if (IsGuarded(point, tests, static t => t.Valid, barriers))
                {
                    continue;
                }

                var explained = false;
                foreach (var wrong in wrongTests)
                {
                    if (IsGuarded(point, tests, t => t.Valid || t == wrong, barriers))
                    {
                        flaggedWrong.Add(wrong);
                        explained = true;
                    }
                }

                if (!explained && unguarded is null)
                {
                    unguarded = read;
                }
            }
        }

        foreach (var wrong in flaggedWrong)
        {
            if (reported.Add(wrong.Comparison))
            {
                report.WrongSuccessValue(wrong);
            }
        }

        if (unguarded is not null)
        {
            if (reported.Add(unguarded.Operation.Syntax))
            {
                report.UncheckedPayloadRead(unguarded, methodContext.ChecksHttpStatus);
            }

            return;
        }

        if (flaggedWrong.Count > 0 || shape == ResponseShape.SdkResult || barriers.Count > 0 || !methodContext.IsOrderEndpoint || methodContext.ReadsSCode)
        {
            return;
        }

        // Order endpoint, top-level code checked, no item's sCode read anywhere in the method.
        foreach (var read in reads)
        {
            if (read.CheckPoints.Count == 0 || IsReturnedDirectly(read))
            {
                continue;
            }

            if (reported.Add(read.Operation.Syntax))
            {
                report.UncheckedOrderItems(read);
            }

            return;
        }
    }

    /// <summary>The payload is handed to the caller as is (<c>return root.GetProperty("data").Clone();</c>): the caller can check the items.</summary>
    private bool IsReturnedDirectly(PayloadRead read)
    {
        var current = read.Operation;
        while (current.Parent is { } parent
               && (parent is IConversionOperation or IParenthesizedOperation or IAwaitOperation
                   || (parent is IInvocationOperation { TargetMethod.Name: "Clone" or "ToList" or "ToArray" or "AsEnumerable" } call && call.Instance == current)))
        {
            current = parent;
        }

        if (current.Parent is IReturnOperation)
        {
            return true;
        }

        var block = _graph.Blocks[read.Block];
        return current.Parent is null && block.BranchValue == current && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return;
    }

    /// <summary>WebSocket push messages ({"arg":…,"data":…}) have no code: skip roots that are read for arg / event / op.</summary>
    private bool ReadsWebSocketFields(ResponseOrigins identity)
    {
        foreach (var (operation, _) in _operations)
        {
            foreach (var name in WebSocketFields)
            {
                if (OkxResponses.TryGetEnvelopeRead(operation, name, _types, _cancellationToken, out var receiver, out _)
                    && OriginsOf(receiver).Intersects(identity))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] WebSocketFields = { "arg", "event", "op" };

    /// <summary>
    /// True when every path from the entry to <paramref name="point"/> passes the success edge of an accepted code
    /// test or a guard call (or ends: throw, return elsewhere).
    /// </summary>
    private bool IsGuarded((int Block, int Position) point, Dictionary<int, CodeTest> tests, Func<CodeTest, bool> accept, List<(int Block, int End)> barriers)
    {
        if (AlwaysEndsInThrow(point.Block))
        {
            return true;
        }

        var visited = new bool[_graph.Blocks.Length];
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            var ordinal = stack.Pop();
            if (visited[ordinal])
            {
                continue;
            }

            visited[ordinal] = true;
            var barrierEnd = int.MaxValue;
            foreach (var barrier in barriers)
            {
                if (barrier.Block == ordinal && barrier.End < barrierEnd)
                {
                    barrierEnd = barrier.End;
                }
            }

            if (ordinal == point.Block)
            {
                if (barrierEnd <= point.Position)
                {
                    continue;
                }

                return false;
            }

            if (barrierEnd != int.MaxValue || _terminal[ordinal])
            {
                continue;
            }

            var block = _graph.Blocks[ordinal];
            tests.TryGetValue(ordinal, out var test);
            if (test is not null && !accept(test))
            {
                test = null;
            }

            var conditionalIsSuccess = test is not null && (block.ConditionKind == ControlFlowConditionKind.WhenTrue) == test.SuccessWhenTrue;
            if (block.ConditionalSuccessor?.Destination is { } conditional && !(test is not null && conditionalIsSuccess))
            {
                stack.Push(conditional.Ordinal);
            }

            if (block.FallThroughSuccessor?.Destination is { } fallThrough && !(test is not null && !conditionalIsSuccess))
            {
                stack.Push(fallThrough.Ordinal);
            }
        }

        return true;
    }

    /// <summary>
    /// <c>code != "0" &amp;&amp; code != "1"</c> (a failure test that also tolerates another code), <c>code == "0" || code == "2"</c>:
    /// a comparison with another value next to a comparison with "0" of the same sense accepts "0" among others, and
    /// is not a wrong success test.
    /// </summary>
    private static void AcceptAlternatives(Dictionary<int, CodeTest> tests)
    {
        List<int>? accepted = null;
        foreach (var pair in tests)
        {
            var wrong = pair.Value;
            if (wrong.Valid || ChainOf(wrong) is not { } chain)
            {
                continue;
            }

            foreach (var other in tests.Values)
            {
                if (other.Valid && other != wrong && other.SuccessWhenTrue == wrong.SuccessWhenTrue && IsZero(other.ComparedValue)
                    && ChainOf(other) == chain)
                {
                    (accepted ??= new List<int>()).Add(pair.Key);
                    break;
                }
            }
        }

        if (accepted is null)
        {
            return;
        }

        foreach (var block in accepted)
        {
            var test = tests[block];
            tests[block] = new CodeTest(test.Block, test.SuccessWhenTrue, true, test.ComparedValue, test.Comparison, test.ComparedSyntax, test.Numeric);
        }
    }

    private static bool IsZero(object? value) => value switch
    {
        string text => text.Trim() == OkxVocabulary.SuccessCode,
        int or long or short => Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0,
        _ => false,
    };

    /// <summary>
    /// The outermost <c>&amp;&amp;</c> chain (for a failure test) or <c>||</c> chain (for a success test) the comparison is an
    /// operand of, or null.
    /// </summary>
    private static SyntaxNode? ChainOf(CodeTest test)
    {
        var kind = test.SuccessWhenTrue ? SyntaxKind.LogicalOrExpression : SyntaxKind.LogicalAndExpression;
        var node = test.Comparison;
        while (node.Parent is ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression })
        {
            node = node.Parent;
        }

        SyntaxNode? chain = null;
        while (node.Parent is BinaryExpressionSyntax binary && binary.IsKind(kind))
        {
            chain = binary;
            node = binary;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }
        }

        return chain;
    }

    private Dictionary<int, CodeTest> FindTests(ResponseOrigins identity)
    {
        var tests = new Dictionary<int, CodeTest>();
        foreach (var block in _graph.Blocks)
        {
            if (block.BranchValue is { } condition && block.ConditionKind != ControlFlowConditionKind.None
                && Evaluate(condition, identity, block.Ordinal, 0) is { } test)
            {
                tests[block.Ordinal] = test;
            }
        }

        return tests;
    }

    /// <summary>Calls of the user's own methods that take the response, its text, or its code: guard helpers.</summary>
    private List<(int Block, int End)> FindBarriers(ResponseOrigins identity)
    {
        var barriers = new List<(int, int)>();
        foreach (var (operation, block) in _operations)
        {
            if (operation is not IInvocationOperation invocation || OkxResponses.IsLibraryMethod(invocation.TargetMethod)
                || OkxResponses.GetParseShape(invocation, _types, _helpers, _cancellationToken) != ResponseShape.None)
            {
                continue;
            }

            var guards = invocation.Instance is { } instance && OriginsOf(instance).Intersects(identity);
            var receivesCode = false;
            foreach (var argument in invocation.Arguments)
            {
                if (guards)
                {
                    break;
                }

                var value = OkxResponses.Unwrap(argument.Value);
                receivesCode = IsCodeOf(value, identity, 0, out _);
                guards = OriginsOf(value).Intersects(identity)
                         || receivesCode
                         || (value is ILocalReferenceOperation local && identity.Inputs.Contains(local.Local))
                         || (value is IParameterReferenceOperation parameter && identity.Inputs.Contains(parameter.Parameter));
            }

            // The helper counts when it checks the code (its source says so, one call level deep or more), or when its
            // source is not there to say.
            if (guards && (_helpers is null || _helpers.ChecksCode(invocation.TargetMethod, receivesCode, _cancellationToken)))
            {
                barriers.Add((block, invocation.Syntax.Span.End));
            }
        }

        return barriers;
    }
}
