using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// An order call whose response body is never read: the HTTP status of the response is checked
/// (<c>EnsureSuccessStatusCode()</c>, <c>IsSuccessStatusCode</c>, <c>StatusCode</c>, RestSharp's <c>IsSuccessful</c> /
/// <c>ThrowIfError()</c>) and nothing else is done with it, so the method goes on as if the order were placed, cancelled
/// or amended, while OKX reports a rejected order with HTTP 200 and a non-zero <c>code</c>. Asked only of bodies that
/// call an order endpoint (<see cref="ResponseMethodContext.IsOrderEndpoint"/>).
/// <para>Quiet as soon as the response may be read: any use of it other than its status, headers or disposal (its
/// <c>Content</c>, <c>Data</c>, handed to a method or a lambda, returned, stored in a field), and for a response held by a
/// field or a parameter (someone else may read it).</para>
/// </summary>
internal static class UnreadOrderResponses
{
    /// <summary>The shapes <see cref="BodyOperationShapes"/> notes: a status check by name, before any type is asked.</summary>
    public static bool MayBeStatusCheck(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod.Name is "EnsureSuccessStatusCode" or "ThrowIfError",
        IPropertyReferenceOperation property => property.Property.Name is "IsSuccessStatusCode" or "IsSuccessful" or "StatusCode",
        _ => false,
    };

    /// <summary>
    /// The first status check of each response whose body the method never reads (in source order); null when there is none.
    /// </summary>
    public static List<UnreadOrderResponse>? Find(IOperation body, List<IOperation> statusChecks, CancellationToken cancellationToken)
    {
        List<UnreadOrderResponse>? found = null;
        Dictionary<ILocalSymbol, (IOperation Check, UnreadOrderResponseKind Kind, SyntaxNode Response)>? locals = null;
        foreach (var check in statusChecks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsStatusCheck(check, out var receiver, out var kind))
            {
                continue;
            }

            var response = OperationWrappers.Skip(receiver)!;
            if (response is ILocalReferenceOperation local)
            {
                if (CallsAnotherEndpoint(local.Local, cancellationToken))
                {
                    continue;
                }

                locals ??= new Dictionary<ILocalSymbol, (IOperation, UnreadOrderResponseKind, SyntaxNode)>(SymbolEqualityComparer.Default);
                if (!locals.TryGetValue(local.Local, out var known) || check.Syntax.SpanStart < known.Check.Syntax.SpanStart)
                {
                    locals[local.Local] = (check, kind, local.Syntax);
                }
            }
            else if (response is IAwaitOperation or IInvocationOperation && IsDiscarded(check) && !NamesAnotherEndpoint(response.Syntax))
            {
                // (await http.PostAsync(…)).EnsureSuccessStatusCode(); or if ((await …).IsSuccessStatusCode): the body is gone.
                (found ??= new List<UnreadOrderResponse>()).Add(new UnreadOrderResponse(check, kind, response.Syntax));
            }
        }

        if (locals is null)
        {
            return found;
        }

        // One walk: the uses of the status-checked locals.
        var uses = new Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in new OperationDescendants(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation reference && locals.ContainsKey(reference.Local))
            {
                if (!uses.TryGetValue(reference.Local, out var list))
                {
                    uses[reference.Local] = list = new List<ILocalReferenceOperation>();
                }

                list.Add(reference);
            }
        }

        foreach (var pair in locals)
        {
            if (uses.TryGetValue(pair.Key, out var list) && OnlyStatusUses(list))
            {
                (found ??= new List<UnreadOrderResponse>()).Add(new UnreadOrderResponse(pair.Value.Check, pair.Value.Kind, pair.Value.Response));
            }
        }

        found?.Sort((a, b) => a.StatusCheck.Syntax.SpanStart.CompareTo(b.StatusCheck.Syntax.SpanStart));
        return found;
    }

    /// <summary>
    /// The local is declared with a call that names an /api/v5/ path that is not an order endpoint
    /// (<c>await http.PostAsync("/api/v5/account/set-leverage", …)</c>) in a method that also places an order: not the order's response.
    /// </summary>
    private static bool CallsAnotherEndpoint(ILocalSymbol local, CancellationToken cancellationToken)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } initializer }
                && NamesAnotherEndpoint(initializer.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expression's strings name an OKX REST path and none of them an order endpoint.</summary>
    private static bool NamesAnotherEndpoint(SyntaxNode expression)
    {
        var rest = false;
        foreach (var token in expression.DescendantTokens())
        {
            if (token.RawKind is (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.InterpolatedStringTextToken)
            {
                var text = token.ValueText;
                if (OkxResponses.IsOrderEndpointPath(text))
                {
                    return false;
                }

                rest |= text.IndexOf(OkxVocabulary.RestPathPrefix, StringComparison.OrdinalIgnoreCase) >= 0;
            }
        }

        return rest;
    }

    /// <summary>A status check of an HTTP response (System.Net.Http's HttpResponseMessage, RestSharp's RestResponse).</summary>
    private static bool IsStatusCheck(IOperation operation, out IOperation receiver, out UnreadOrderResponseKind kind)
    {
        receiver = null!;
        kind = UnreadOrderResponseKind.HttpResponseMessage;
        var instance = operation switch
        {
            IInvocationOperation { Instance: { } i, Arguments.Length: 0 } => i,
            IPropertyReferenceOperation { Instance: { } i } => i,
            _ => null,
        };

        if (instance?.Type is not { } type)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            switch (current.Name)
            {
                case "HttpResponseMessage" when OkxResponses.RootNamespace(current) == "System":
                    receiver = instance;
                    kind = UnreadOrderResponseKind.HttpResponseMessage;
                    return true;
                case "RestResponse" or "RestResponseBase" when OkxResponses.RootNamespace(current) == "RestSharp":
                    receiver = instance;
                    kind = UnreadOrderResponseKind.RestResponse;
                    return true;
            }
        }

        return false;
    }

    /// <summary>Every use of the local is its declaration, a write, a status or header read, or its disposal.</summary>
    private static bool OnlyStatusUses(List<ILocalReferenceOperation> uses)
    {
        foreach (var use in uses)
        {
            var parent = use.Parent;
            while (parent is IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == use:
                    continue;
                case IPropertyReferenceOperation property when property.Instance is not null
                    && property.Property.Name is "IsSuccessStatusCode" or "StatusCode" or "ReasonPhrase" or "Headers" or "IsSuccessful" or "ResponseStatus" or "ErrorMessage" or "StatusDescription" or "Version":
                    continue;
                case IInvocationOperation invocation when invocation.Instance is not null && invocation.Arguments.Length == 0
                    && invocation.TargetMethod.Name is "EnsureSuccessStatusCode" or "ThrowIfError" or "Dispose":
                    if (invocation.TargetMethod.Name == "EnsureSuccessStatusCode" && !IsDiscarded(invocation))
                    {
                        return false; // its result is the response again, kept for later
                    }

                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool IsDiscarded(IOperation check)
    {
        var parent = check.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } or IBinaryOperation)
        {
            parent = parent.Parent;
        }

        return parent is IExpressionStatementOperation or IConditionalOperation or IReturnOperation { ReturnedValue.Type.SpecialType: SpecialType.System_Boolean }
               || (check is IPropertyReferenceOperation && parent is IVariableInitializerOperation or ISimpleAssignmentOperation);
    }
}

/// <summary>Which response type the unread order response is (the fix reads its body accordingly).</summary>
internal enum UnreadOrderResponseKind
{
    HttpResponseMessage,
    RestResponse,
}

/// <summary>An order response whose body is never read: its first status check and the response expression.</summary>
internal sealed class UnreadOrderResponse
{
    public UnreadOrderResponse(IOperation statusCheck, UnreadOrderResponseKind kind, SyntaxNode response)
    {
        StatusCheck = statusCheck;
        Kind = kind;
        Response = response;
    }

    public IOperation StatusCheck { get; }

    public UnreadOrderResponseKind Kind { get; }

    public SyntaxNode Response { get; }
}
