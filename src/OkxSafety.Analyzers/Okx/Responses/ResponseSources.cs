using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>Where the text (or stream, or content) that a parse call reads comes from. Higher values win when several sources reach it.</summary>
internal enum ResponseSourceKind
{
    /// <summary>Nothing found (no source traced).</summary>
    None = 0,

    /// <summary>An HTTP call to an absolute URL of another host (api.kucoin.com, api.huobi.pro…): not an OKX response.</summary>
    OtherHost = 1,

    /// <summary>A file, configuration, the console: not an OKX response unless the method itself calls OKX.</summary>
    ExternalText = 2,

    /// <summary>A parameter, a field, a helper's return value, anything not traced further.</summary>
    Other = 3,

    /// <summary>An HTTP call whose URL is not known (a variable, a relative path without /api/v5/).</summary>
    HttpUnknown = 4,

    /// <summary>An HTTP call to an okx.com / okex host or an /api/v5/ path (relative included).</summary>
    Okx = 5,
}

/// <summary>
/// Traces the input of a parse call (JsonDocument.Parse(text), ReadFromJsonAsync, GetFromJsonAsync(url), RestSharp /
/// Flurl typed calls) back to its source, to decide per parsed value whether it is an OKX REST response. Works on the
/// original operation tree (locals through <see cref="LocalDefinitions"/>).
/// </summary>
internal static class ResponseSources
{
    private const int MaxDepth = 12;

    /// <summary>The source of what <paramref name="parse"/> parses (the parse call, or RestSharp's <c>response.Data</c>).</summary>
    public static ResponseSourceKind Classify(IOperation parse, OkxTypes types, CancellationToken cancellationToken)
    {
        var walk = new ResponseSourceSearch(types, cancellationToken);
        switch (parse)
        {
            case IInvocationOperation invocation:
                return walk.Call(invocation, 0);
            case IPropertyReferenceOperation { Instance: { } instance }:
                return walk.Value(instance, 0);
            default:
                return ResponseSourceKind.Other;
        }
    }

    /// <summary>How a URL text classifies: OKX (host or /api/v5/ path), another host (absolute), or unknown (relative).</summary>
    public static ResponseSourceKind ClassifyUrl(string? text, bool first)
    {
        if (text is null)
        {
            return ResponseSourceKind.HttpUnknown;
        }

        var host = first ? Urls.HostOf(text) : null;
        if (host is not null)
        {
            return OkxContext.IsOkxHost(host) ? ResponseSourceKind.Okx : ResponseSourceKind.OtherHost;
        }

        return text.IndexOf(OkxVocabulary.RestPathPrefix, StringComparison.OrdinalIgnoreCase) >= 0
               || (first && text.TrimStart().StartsWith(OkxVocabulary.RelativeRestPathPrefix, StringComparison.OrdinalIgnoreCase))
               || (!first && OkxContext.IsOkxHost(Urls.HostOf(text)))
            ? ResponseSourceKind.Okx
            : ResponseSourceKind.HttpUnknown;
    }

    private static ResponseSourceKind Max(ResponseSourceKind a, ResponseSourceKind b) => a >= b ? a : b;

    private sealed class ResponseSourceSearch
    {
        private readonly OkxTypes _types;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ISymbol> _visited = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _visitedUrls = new(SymbolEqualityComparer.Default);

        public ResponseSourceSearch(OkxTypes types, CancellationToken cancellationToken)
        {
            _types = types;
            _cancellationToken = cancellationToken;
        }

        /// <summary>A parse call or an HTTP call: where its result comes from.</summary>
        public ResponseSourceKind Call(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            var root = OkxResponses.RootNamespace(method);
            switch (method.Name)
            {
                case "ConfigureAwait" or "GetAwaiter" or "GetResult" when invocation.Instance is { } awaited:
                    return Value(awaited, depth + 1);

                // HttpClient: the URL decides.
                case "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync" or "GetAsync" or "PostAsync" or "PutAsync" or "PatchAsync"
                    or "DeleteAsync" or "GetFromJsonAsync" or "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" or "DeleteFromJsonAsync"
                    or "GetString" or "GetStream" or "GetByteArray"
                    when root == "System" && IsHttpClientCall(invocation):
                    return RequestUri(invocation, depth);

                case "SendAsync" or "Send" when root == "System" && IsHttpClientCall(invocation):
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value.Type?.Name == "HttpRequestMessage")
                        {
                            return Request(argument.Value, depth + 1);
                        }
                    }

                    return ResponseSourceKind.HttpUnknown;

                // Content: the response it belongs to.
                case "ReadAsStringAsync" or "ReadAsStreamAsync" or "ReadAsByteArrayAsync" or "ReadAsStream" or "ReadAsString" or "ReadFromJsonAsync" or "ReadAsAsync"
                    when root == "System":
                    return Value(invocation.Instance ?? FirstArgument(invocation), depth + 1);

            }

            // Environment, configuration, files, the console: the model's one recogniser of outside reads.
            var receiver = invocation.Instance ?? (method.IsExtensionMethod ? FirstArgument(invocation) : null);
            switch (ExternalReads.OfCall(invocation, receiver, _types))
            {
                case ExternalReadKind.EnvironmentVariable or ExternalReadKind.Configuration or ExternalReadKind.FileText
                    or ExternalReadKind.FileBytes or ExternalReadKind.Console:
                    return ResponseSourceKind.ExternalText;
                case ExternalReadKind.Reader:
                    // reader.ReadToEnd(): where the reader reads from (a response stream, a file, Console.In).
                    return ExternalReads.IsConsoleIn(receiver, _types) ? ResponseSourceKind.ExternalText : Value(receiver, depth + 1);
            }

            // The text-taking parsers: what they parse.
            if (root is "System" or "Newtonsoft" && OkxResponses.GetParseShape(invocation, _types) is not ResponseShape.None and not ResponseShape.SdkResult)
            {
                var input = FirstArgument(invocation);
                return input is null ? ResponseSourceKind.Other : Value(input, depth + 1);
            }

            if (method.Name is "GetString" && method.ContainingType.Name is "Encoding" or "UTF8Encoding" && invocation.Arguments.Length >= 1)
            {
                return Value(invocation.Arguments[0].Value, depth + 1);
            }

            if (root is "RestSharp" or "Flurl" || !OkxResponses.IsLibraryMethod(method))
            {
                // RestSharp / Flurl calls and the user's own helpers: a URL among the receiver and the arguments.
                var url = ResponseSourceKind.None;
                if (invocation.Instance is { } instance)
                {
                    url = Max(url, UrlIn(instance, depth + 1));
                }

                foreach (var argument in invocation.Arguments)
                {
                    url = Max(url, UrlIn(argument.Value, depth + 1));
                }

                if (url is ResponseSourceKind.Okx or ResponseSourceKind.OtherHost)
                {
                    return url;
                }

                return root is "RestSharp" or "Flurl" ? ResponseSourceKind.HttpUnknown : ResponseSourceKind.Other;
            }

            return ResponseSourceKind.Other;
        }

        /// <summary>Where a value (text, stream, content, response) comes from.</summary>
        public ResponseSourceKind Value(IOperation? operation, int depth)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (operation is null || depth > MaxDepth)
            {
                return ResponseSourceKind.Other;
            }

            operation = OkxResponses.Unwrap(operation);
            switch (operation)
            {
                case IAwaitOperation awaited:
                    return Value(awaited.Operation, depth + 1);
                case IInvocationOperation invocation:
                    return Call(invocation, depth + 1);
                case ICoalesceOperation coalesce:
                    return Max(Value(coalesce.Value, depth + 1), Value(coalesce.WhenNull, depth + 1));
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return Max(Value(conditional.WhenTrue, depth + 1), Value(whenFalse, depth + 1));
                case IConditionalAccessOperation conditionalAccess:
                    return Value(conditionalAccess.WhenNotNull, depth + 1);
                case ILocalReferenceOperation local:
                {
                    if (!_visited.Add(local.Local))
                    {
                        return ResponseSourceKind.None;
                    }

                    var result = ResponseSourceKind.None;
                    foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
                    {
                        result = Max(result, definition is null ? ResponseSourceKind.Other : Value(definition, depth + 1));
                    }

                    return result == ResponseSourceKind.None ? ResponseSourceKind.Other : result;
                }

                case IPropertyReferenceOperation { Property.Name: "Content" or "Result" or "RawBytes", Instance: { } instance }
                    when OkxResponses.RootNamespace(instance.Type) is "System" or "RestSharp":
                    // response.Content (HttpResponseMessage, RestResponse), task.Result.
                    return Value(instance, depth + 1);
                case IPropertyReferenceOperation property when ExternalReads.IsConfigurationRead(property):
                    return ResponseSourceKind.ExternalText;
                case IObjectCreationOperation creation when creation.Type?.Name is "StreamReader" or "StringReader" or "MemoryStream" or "JsonTextReader" && creation.Arguments.Length > 0:
                    return Value(creation.Arguments[0].Value, depth + 1);
                default:
                    return ResponseSourceKind.Other;
            }
        }

        private bool IsHttpClientCall(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance ?? FirstArgument(invocation);
            for (var type = receiver?.Type; type is not null; type = type.BaseType)
            {
                if (type.Name is "HttpClient" or "HttpMessageInvoker")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The URL argument of an HttpClient call (<c>requestUri</c>).</summary>
        private ResponseSourceKind RequestUri(IInvocationOperation invocation, int depth)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "requestUri")
                {
                    return Url(argument.Value, depth + 1);
                }
            }

            return ResponseSourceKind.HttpUnknown;
        }

        /// <summary>An HttpRequestMessage: the URL it was created with or assigned.</summary>
        private ResponseSourceKind Request(IOperation request, int depth)
        {
            request = OkxResponses.Unwrap(request);
            if (depth > MaxDepth)
            {
                return ResponseSourceKind.HttpUnknown;
            }

            switch (request)
            {
                case ILocalReferenceOperation local:
                {
                    var result = ResponseSourceKind.None;
                    foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
                    {
                        result = Max(result, definition is null ? ResponseSourceKind.HttpUnknown : Request(definition, depth + 1));
                    }

                    return result == ResponseSourceKind.None ? ResponseSourceKind.HttpUnknown : result;
                }

                case IObjectCreationOperation creation:
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri")
                        {
                            return Url(argument.Value, depth + 1);
                        }
                    }

                    if (creation.Initializer is { } initializer)
                    {
                        foreach (var initialization in initializer.Initializers)
                        {
                            if (initialization is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } } assignment)
                            {
                                return Url(assignment.Value, depth + 1);
                            }
                        }
                    }

                    return ResponseSourceKind.HttpUnknown;
                }

                default:
                    return ResponseSourceKind.HttpUnknown;
            }
        }

        /// <summary>A URL value: OKX, another host, or unknown.</summary>
        private ResponseSourceKind Url(IOperation operation, int depth)
        {
            var found = UrlParts(operation, first: true, depth);
            return found == ResponseSourceKind.None ? ResponseSourceKind.HttpUnknown : found;
        }

        /// <summary>A URL found in a value handed to a helper or a RestSharp / Flurl call; None when none is.</summary>
        private ResponseSourceKind UrlIn(IOperation operation, int depth)
        {
            var found = UrlParts(operation, first: true, depth);
            return found == ResponseSourceKind.HttpUnknown ? ResponseSourceKind.None : found;
        }

        /// <summary>
        /// Classifies the pieces of a URL: the first piece decides the host (an absolute URL of another host wins),
        /// any piece can name an /api/v5/ path.
        /// </summary>
        private ResponseSourceKind UrlParts(IOperation? operation, bool first, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return ResponseSourceKind.None;
            }

            operation = OkxResponses.Unwrap(operation);
            if (operation.Type?.SpecialType == SpecialType.System_String && ConstantStrings.TryResolve(operation, _cancellationToken, out var text) && text is not null)
            {
                return ClassifyUrl(text, first);
            }

            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                {
                    var result = ResponseSourceKind.None;
                    var isFirst = first;
                    foreach (var part in interpolated.Parts)
                    {
                        var kind = part switch
                        {
                            IInterpolatedStringTextOperation textPart => textPart.Text.ConstantValue.Value is string partText ? ClassifyUrl(partText, isFirst) : ResponseSourceKind.None,
                            IInterpolationOperation interpolation => UrlParts(interpolation.Expression, isFirst, depth + 1),
                            _ => ResponseSourceKind.None,
                        };
                        if (isFirst && kind == ResponseSourceKind.OtherHost)
                        {
                            return kind;
                        }

                        result = Max(result, kind == ResponseSourceKind.OtherHost ? ResponseSourceKind.None : kind);
                        isFirst = false;
                    }

                    return result;
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                {
                    var left = UrlParts(binary.LeftOperand, first, depth + 1);
                    if (left == ResponseSourceKind.OtherHost)
                    {
                        return left;
                    }

                    var right = UrlParts(binary.RightOperand, false, depth + 1);
                    return Max(left, right == ResponseSourceKind.OtherHost ? ResponseSourceKind.None : right);
                }

                case IObjectCreationOperation creation when creation.Type?.Name == "Uri" && creation.Arguments.Length >= 1:
                {
                    var baseUri = UrlParts(creation.Arguments[0].Value, first, depth + 1);
                    if (baseUri == ResponseSourceKind.OtherHost || creation.Arguments.Length == 1)
                    {
                        return baseUri;
                    }

                    var relative = UrlParts(creation.Arguments[1].Value, false, depth + 1);
                    return Max(baseUri, relative == ResponseSourceKind.OtherHost ? ResponseSourceKind.None : relative);
                }

                case ILocalReferenceOperation local:
                {
                    if (!_visitedUrls.Add(local.Local))
                    {
                        return ResponseSourceKind.None;
                    }

                    var result = ResponseSourceKind.None;
                    foreach (var definition in LocalDefinitions.Reaching(local, _cancellationToken))
                    {
                        if (definition is not null)
                        {
                            result = Max(result, UrlParts(definition, first, depth + 1));
                        }
                    }

                    return result;
                }

                case IMemberReferenceOperation member when member is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                {
                    // A field or property declared with a URL (static readonly Uri Base = new("https://…")).
                    if (!_visitedUrls.Add(member.Member) || DeclaredValues.GetDeclaredExpression(member.Member, _cancellationToken) is not { } declared)
                    {
                        return ResponseSourceKind.None;
                    }

                    var isFirst = first;
                    var result = ResponseSourceKind.None;
                    foreach (var token in declared.DescendantTokens())
                    {
                        if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                        {
                            var kind = ClassifyUrl(token.ValueText, isFirst);
                            if (isFirst && kind == ResponseSourceKind.OtherHost)
                            {
                                return kind;
                            }

                            result = Max(result, kind == ResponseSourceKind.OtherHost ? ResponseSourceKind.None : kind);
                            isFirst = false;
                        }
                    }

                    return result;
                }

                case IInvocationOperation invocation:
                {
                    // BuildUrl("/api/v5/…"), url.AppendPathSegment(…), request.ToString().
                    var result = ResponseSourceKind.None;
                    if (invocation.Instance is { } instance)
                    {
                        result = UrlParts(instance, first, depth + 1);
                        if (result == ResponseSourceKind.OtherHost)
                        {
                            return result;
                        }
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        var kind = UrlParts(argument.Value, first && result == ResponseSourceKind.None, depth + 1);
                        if (kind == ResponseSourceKind.OtherHost && result == ResponseSourceKind.None)
                        {
                            return kind;
                        }

                        result = Max(result, kind == ResponseSourceKind.OtherHost ? ResponseSourceKind.None : kind);
                    }

                    return result;
                }

                case IObjectCreationOperation creation:
                {
                    // new RestRequest("/api/v5/…"), new FlurlRequest(url).
                    var result = ResponseSourceKind.None;
                    foreach (var argument in creation.Arguments)
                    {
                        result = Max(result, UrlParts(argument.Value, first, depth + 1));
                    }

                    return result;
                }

                default:
                    return ResponseSourceKind.None;
            }
        }

        private static IOperation? FirstArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }
}
