using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>ResponseCheckFlow: which conditions test a response's code (or Success / Error), and where values come from.</summary>
internal sealed partial class ResponseCheckFlow
{
    private CodeTest? Evaluate(IOperation condition, ResponseOrigins identity, int block, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        condition = OkxResponses.Unwrap(condition);
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Evaluate(not.Operand, identity, block, depth + 1)?.Flip();

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
            {
                var equals = binary.OperatorKind == BinaryOperatorKind.Equals;

                // ok == false, code.Equals("0") != true: the test of the other side, flipped as needed.
                if (TryGetConstant(binary.RightOperand, out var rightValue) && rightValue is bool rightBool)
                {
                    var inner = Evaluate(binary.LeftOperand, identity, block, depth + 1);
                    return equals == rightBool ? inner : inner?.Flip();
                }

                if (TryGetConstant(binary.LeftOperand, out var leftValue) && leftValue is bool leftBool)
                {
                    var inner = Evaluate(binary.RightOperand, identity, block, depth + 1);
                    return equals == leftBool ? inner : inner?.Flip();
                }

                return Compare(binary.LeftOperand, binary.RightOperand, equals, binary.Syntax, identity, block, depth)
                       ?? Compare(binary.RightOperand, binary.LeftOperand, equals, binary.Syntax, identity, block, depth);
            }

            case IIsPatternOperation isPattern:
                return Pattern(isPattern.Value, isPattern.Pattern, isPattern.Syntax, identity, block, depth);

            case IInvocationOperation call when (call.TargetMethod.Name == "Equals" && call.TargetMethod.ContainingType.SpecialType == SpecialType.System_String)
                                                || (call.TargetMethod.Name == "ValueEquals" && call.Instance is not null):
            {
                IOperation? left = call.Instance;
                IOperation? right = call.Arguments.Length > 0 ? call.Arguments[0].Value : null;
                if (left is null && call.Arguments.Length >= 2)
                {
                    left = call.Arguments[0].Value;
                    right = call.Arguments[1].Value;
                }

                if (left is null || right is null)
                {
                    return null;
                }

                return Compare(left, right, true, call.Syntax, identity, block, depth)
                       ?? Compare(right, left, true, call.Syntax, identity, block, depth);
            }

            case IPropertyReferenceOperation { Instance: { } instance } property when OkxResponses.IsSuccessFlagMember(property.Property) && OriginsOf(instance).Intersects(identity):
                return new CodeTest(block, true, true, null, property.Syntax, null, false);

            case IPropertyReferenceOperation { Instance: { } instance } property when OkxResponses.IsFailureFlagMember(property.Property) && OriginsOf(instance).Intersects(identity):
                return new CodeTest(block, false, true, null, property.Syntax, null, false);

            case IConversionOperation { OperatorMethod: { } op, Type.SpecialType: SpecialType.System_Boolean } conversion
                when OkxResponses.IsSdkResultType(op.ContainingType, _types) || OriginsOf(conversion.Operand).Intersects(identity):
                return OriginsOf(conversion.Operand).Intersects(identity) ? new CodeTest(block, true, true, null, conversion.Syntax, null, false) : null;

            case IFlowCaptureReferenceOperation capture when _captures.TryGetValue(capture.Id, out var values) && values.Count == 1:
                return Evaluate(values[0], identity, block, depth + 1);

            case ILocalReferenceOperation local when _assignments.TryGetValue(local.Local, out var assigned) && assigned.Count == 1:
                return Evaluate(assigned[0], identity, block, depth + 1);

            default:
                return null;
        }
    }

    private CodeTest? Compare(IOperation subject, IOperation other, bool equals, SyntaxNode comparison, ResponseOrigins identity, int block, int depth)
    {
        if (IsCodeOf(subject, identity, depth, out var numeric))
        {
            if (!TryGetConstant(other, out var value))
            {
                // Compared with something unknown (a named success code, a setting): give it the benefit of the doubt.
                return new CodeTest(block, equals, true, null, comparison, null, numeric);
            }

            if (value is null)
            {
                return null;
            }

            return new CodeTest(block, equals, OkxResponses.IsValidSuccessCode(value), value, comparison, OkxResponses.Unwrap(other).Syntax, numeric || value is not string);
        }

        if (IsErrorOf(subject, identity) && TryGetConstant(other, out var error) && error is null)
        {
            return new CodeTest(block, equals, true, null, comparison, null, false);
        }

        if (Unwrap(subject) is IPropertyReferenceOperation { Instance: { } instance } flag && OkxResponses.IsSuccessFlagMember(flag.Property)
            && OriginsOf(instance).Intersects(identity) && TryGetConstant(other, out var flagValue) && flagValue is bool expected)
        {
            return new CodeTest(block, equals == expected, true, null, comparison, null, false);
        }

        return null;
    }

    private CodeTest? Pattern(IOperation value, IPatternOperation pattern, SyntaxNode comparison, ResponseOrigins identity, int block, int depth)
    {
        switch (pattern)
        {
            case INegatedPatternOperation negated:
                return Pattern(value, negated.Pattern, comparison, identity, block, depth)?.Flip();

            case IConstantPatternOperation constant:
                return Compare(value, constant.Value, true, comparison, identity, block, depth);

            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
            {
                // code is "0" or "2": true means success when one of the alternatives is a success value.
                var left = Pattern(value, or.LeftPattern, comparison, identity, block, depth);
                var right = Pattern(value, or.RightPattern, comparison, identity, block, depth);
                if (left is null || right is null || !left.SuccessWhenTrue || !right.SuccessWhenTrue)
                {
                    return null;
                }

                return left.Valid || right.Valid ? new CodeTest(block, true, true, null, comparison, null, false) : left;
            }

            case IRecursivePatternOperation or IDeclarationPatternOperation or ITypePatternOperation when IsErrorOf(value, identity):
                // result.Error is { } e / is Error: an error is present.
                return new CodeTest(block, false, true, null, comparison, null, false);

            case IRecursivePatternOperation recursive when OriginsOf(value).Intersects(identity):
                foreach (var sub in recursive.PropertySubpatterns)
                {
                    if (sub.Member is IMemberReferenceOperation member
                        && string.Equals(member.Member.Name, OkxResponses.CodeName, StringComparison.OrdinalIgnoreCase)
                        && sub.Pattern is IConstantPatternOperation codePattern
                        && TryGetConstant(codePattern.Value, out var code) && code is not null)
                    {
                        // resp is { Code: "0" }: true only on success (false is failure or another mismatch).
                        var valid = OkxResponses.IsValidSuccessCode(code);
                        return new CodeTest(block, true, valid, code, comparison, OkxResponses.Unwrap(codePattern.Value).Syntax, code is not string);
                    }
                }

                return null;

            default:
                return null;
        }
    }

    private static IOperation Unwrap(IOperation operation) => OkxResponses.Unwrap(operation);

    private bool TryGetConstant(IOperation operation, out object? value)
    {
        operation = Unwrap(operation);
        if (operation is IFlowCaptureReferenceOperation capture && _captures.TryGetValue(capture.Id, out var values) && values.Count == 1)
        {
            operation = Unwrap(values[0]);
        }

        if (operation.ConstantValue.HasValue)
        {
            value = operation.ConstantValue.Value;
            return true;
        }

        if (operation.Type?.SpecialType == SpecialType.System_String && ConstantStrings.TryResolve(operation, _cancellationToken, out var text))
        {
            value = text;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>True when <paramref name="operation"/> is the code of the response (through conversions, locals, flow captures).</summary>
    private bool IsCodeOf(IOperation operation, ResponseOrigins identity, int depth, out bool numeric)
    {
        numeric = false;
        if (depth > 10)
        {
            return false;
        }

        operation = Unwrap(operation);
        if (OkxResponses.TryGetEnvelopeRead(operation, OkxResponses.CodeName, _types, _cancellationToken, out var codeReceiver, out var codeShape)
            && codeShape != ResponseShape.SdkResult)
        {
            numeric = operation.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
            return OriginsOf(codeReceiver).Intersects(identity);
        }

        switch (operation)
        {
            case IFlowCaptureReferenceOperation capture when _captures.TryGetValue(capture.Id, out var values):
                foreach (var value in values)
                {
                    if (IsCodeOf(value, identity, depth + 1, out numeric))
                    {
                        return true;
                    }
                }

                return false;

            case ILocalReferenceOperation local when _assignments.TryGetValue(local.Local, out var assigned):
                foreach (var value in assigned)
                {
                    if (value is IInvocationOperation { TargetMethod.Name: "TryGetProperty" or "TryGetValue" or "TryGetPropertyValue" } tryGet
                        && OkxResponses.TryGetEnvelopeRead(tryGet, OkxResponses.CodeName, _types, _cancellationToken, out var tryReceiver, out _))
                    {
                        if (OriginsOf(tryReceiver).Intersects(identity))
                        {
                            return true;
                        }

                        continue;
                    }

                    if (value is IInvocationOperation { TargetMethod.Name: "TryParse" } tryParse && tryParse.Arguments.Length >= 1
                        && IsCodeOf(tryParse.Arguments[0].Value, identity, depth + 1, out _))
                    {
                        numeric = true;
                        return true;
                    }

                    if (IsCodeOf(value, identity, depth + 1, out numeric))
                    {
                        return true;
                    }
                }

                return false;

            case IConversionOperation conversion:
                numeric = conversion.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
                return IsCodeOf(conversion.Operand, identity, depth + 1, out _);

            case IConditionalAccessOperation conditional:
                return IsCodeOf(conditional.WhenNotNull, identity, depth + 1, out numeric);

            case IInvocationOperation invocation when OkxResponses.IsValueConversion(invocation, out var inner):
                if (IsCodeOf(inner, identity, depth + 1, out numeric))
                {
                    numeric |= invocation.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
                    return true;
                }

                return false;
        }

        return false;
    }

    /// <summary>The Error of an SDK result.</summary>
    private bool IsErrorOf(IOperation operation, ResponseOrigins identity)
    {
        operation = Unwrap(operation);
        if (operation is IFlowCaptureReferenceOperation capture && _captures.TryGetValue(capture.Id, out var values) && values.Count >= 1)
        {
            foreach (var value in values)
            {
                if (IsErrorOf(value, identity))
                {
                    return true;
                }
            }

            return false;
        }

        return operation is IPropertyReferenceOperation { Property.Name: "Error", Instance: { } instance }
               && OkxResponses.IsSdkResultType(instance.Type, _types)
               && OriginsOf(instance).Intersects(identity);
    }

    /// <summary>The parse calls a value comes from, and the locals holding the parsed text.</summary>
    /// <remarks>Memoized per operation: the captures and assignments it follows are fixed once the graph is collected, and callers never change the result.</remarks>
    private ResponseOrigins OriginsOf(IOperation operation)
    {
        if (_origins.TryGetValue(operation, out var known))
        {
            return known;
        }

        var origins = new ResponseOrigins();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        Visit(operation, asInput: false, origins, visited, 0);
        _origins[operation] = origins;
        return origins;
    }

    private readonly Dictionary<IOperation, ResponseOrigins> _origins = new();

    private void Visit(IOperation? operation, bool asInput, ResponseOrigins origins, HashSet<ISymbol> visited, int depth)
    {
        if (operation is null || depth > 12)
        {
            return;
        }

        operation = Unwrap(operation);
        switch (operation)
        {
            case IFlowCaptureReferenceOperation capture when _captures.TryGetValue(capture.Id, out var values):
                foreach (var value in values)
                {
                    Visit(value, asInput, origins, visited, depth + 1);
                }

                return;

            case IAwaitOperation await:
                Visit(await.Operation, asInput, origins, visited, depth + 1);
                return;

            case ILocalReferenceOperation local:
                if (asInput)
                {
                    origins.Inputs.Add(local.Local);
                }

                if (visited.Add(local.Local) && _assignments.TryGetValue(local.Local, out var assigned))
                {
                    foreach (var value in assigned)
                    {
                        if (value is not IInvocationOperation { TargetMethod.Name: "TryGetProperty" or "TryGetValue" or "TryGetPropertyValue" })
                        {
                            Visit(value, asInput, origins, visited, depth + 1);
                        }
                    }
                }

                return;

            case IParameterReferenceOperation parameter:
                if (asInput)
                {
                    origins.Inputs.Add(parameter.Parameter);
                }

                return;

            case IInvocationOperation invocation:
            {
                var method = invocation.TargetMethod;
                if (!asInput)
                {
                    var shape = OkxResponses.GetParseShape(invocation, _types, _helpers, _cancellationToken);
                    if (shape != ResponseShape.None)
                    {
                        origins.Parses.Add(invocation.Syntax);
                        if (shape == ResponseShape.Typed && !OkxResponses.IsLibraryMethod(method))
                        {
                            origins.Helper ??= method.Name;
                        }

                        if (shape != ResponseShape.SdkResult && method.Name != "GetFromJsonAsync"
                            && OkxResponses.RootNamespace(method) is "System" or "Newtonsoft")
                        {
                            foreach (var argument in invocation.Arguments)
                            {
                                if (argument.Parameter?.Ordinal == 0)
                                {
                                    Visit(argument.Value, asInput: true, origins, visited, depth + 1);
                                }
                            }
                        }

                        return;
                    }
                }

                if (method.Name is "ConfigureAwait" or "GetAwaiter" or "GetResult" or "Clone" or "AsObject" or "AsArray"
                    || (asInput && method.Name is "ReadAsStringAsync" or "ReadAsStreamAsync" or "ReadAsByteArrayAsync" or "ReadAsStream" or "ReadToEnd" or "ReadToEndAsync"))
                {
                    Visit(invocation.Instance, asInput, origins, visited, depth + 1);
                }

                return;
            }

            case IPropertyReferenceOperation property:
                if (!asInput && OkxResponses.IsRestSharpBody(property))
                {
                    origins.Parses.Add(property.Syntax);
                    return;
                }

                if (property.Property.Name is "RootElement" or "Result" or "Root"
                    || (asInput && property.Property.Name is "Content"))
                {
                    Visit(property.Instance, asInput, origins, visited, depth + 1);
                }

                return;

            case IObjectCreationOperation creation when asInput && creation.Arguments.Length > 0:
                // new StreamReader(stream)
                Visit(creation.Arguments[0].Value, asInput, origins, visited, depth + 1);
                return;
        }
    }
}
