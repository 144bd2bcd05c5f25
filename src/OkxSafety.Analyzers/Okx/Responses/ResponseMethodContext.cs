using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// What the whole method says: is it an order endpoint call, does it read any sCode, does it check the HTTP status,
/// does it talk over a WebSocket. Each fact is computed on first use (most methods need only the WebSocket one).
/// </summary>
internal sealed class ResponseMethodContext
{
    private readonly IOperation _block;
    private readonly Dictionary<SyntaxNode, IOperation> _parses;
    private readonly List<IOperation>? _sCodeReadShapes;
    private readonly List<IOperation>? _stringReferences;
    private readonly Dictionary<SyntaxNode, ResponseSourceKind> _sources = new();
    private readonly OkxTypes _types;
    private readonly CancellationToken _cancellationToken;
    private bool _stringsScanned;
    private bool _orderEndpointInStrings;
    private bool _webSocketInStrings;
    private bool? _isOrderEndpoint;
    private bool? _readsSCode;
    private bool? _checksHttpStatus;
    private bool? _isWebSocket;
    private bool? _callsOkx;

    private readonly ISymbol? _owner;

    private ResponseMethodContext(IOperation block, ISymbol? owner, Dictionary<SyntaxNode, IOperation> parses, BodyOperationShapes notes, OkxTypes types, CancellationToken cancellationToken)
    {
        _block = block;
        _owner = owner;
        _parses = parses;
        _sCodeReadShapes = notes.SCodeReadShapes;
        _stringReferences = notes.StringReferences;
        _types = types;
        _cancellationToken = cancellationToken;
    }

    public bool IsOrderEndpoint => _isOrderEndpoint ??= ComputeIsOrderEndpoint();

    /// <summary>Some operation of the body reads an item's sCode: only the operations of that shape the body walk noted are asked.</summary>
    public bool ReadsSCode => _readsSCode ??= ComputeReadsSCode();

    public bool ChecksHttpStatus => _checksHttpStatus ??= Any(static (operation, _, _) => OkxResponses.IsHttpStatusCheck(operation));

    /// <summary>
    /// The method talks over a WebSocket (a /ws/v5/ or wss:// URL, a ClientWebSocket), or handles WebSocket pushes
    /// (<see cref="ComputeIsPushHandler"/>): its messages carry no code.
    /// </summary>
    public bool IsWebSocket => _isWebSocket ??= ComputeIsWebSocket() || ComputeIsPushHandler();

    /// <summary>
    /// The method itself talks to OKX: it names an /api/v5/ path, an okx.com / okex host or an OK-ACCESS-* header,
    /// in a string of its own or in the declared value of a constant or member it uses.
    /// </summary>
    public bool CallsOkx => _callsOkx ??= ComputeCallsOkx();

    /// <param name="notes">What the body walk noted (sCode-read shapes, string references): the facts ask those instead of walking again.</param>
    /// <param name="owner">The method (or member) the body belongs to: its name and its type's may say it handles WebSocket pushes.</param>
    public static ResponseMethodContext Collect(IOperation block, ISymbol? owner, Dictionary<SyntaxNode, IOperation> parses, BodyOperationShapes notes, OkxTypes types, CancellationToken cancellationToken) =>
        new(block, owner, parses, notes, types, cancellationToken);

    /// <summary>Where the text parsed by the parse call at <paramref name="parse"/> comes from (None when the call is unknown).</summary>
    public ResponseSourceKind SourceOf(SyntaxNode parse)
    {
        if (_sources.TryGetValue(parse, out var known))
        {
            return known;
        }

        var kind = _parses.TryGetValue(parse, out var operation)
            ? ResponseSources.Classify(operation, _types, _cancellationToken)
            : ResponseSourceKind.None;
        _sources[parse] = kind;
        return kind;
    }

    private bool ComputeCallsOkx() => OkxContext.NamesOkxEndpoint(_block, _cancellationToken);

    /// <summary>
    /// Finds the order endpoints and WebSocket URLs in the body's string literals. They all contain "/api/v5/"
    /// (every order endpoint starts with it), "/ws/v5/" or "wss://": one pass over the body's source text looks for
    /// those (any case, no allocation) and reads only the string tokens they are in. A backslash anywhere in the body
    /// (an escape could spell them) falls back to reading every string token.
    /// </summary>
    private void ScanStrings()
    {
        if (_stringsScanned)
        {
            return;
        }

        _stringsScanned = true;
        var node = _block.Syntax;
        var text = node.SyntaxTree.GetText();
        var span = node.FullSpan;
        var start = span.Start;
        var length = Math.Min(span.End, text.Length) - start;
        if (length <= 0)
        {
            return;
        }

        // The body's characters in one copy, searched with the runtime's vectorised IndexOfAny (SourceText's
        // indexer is a virtual call per character).
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            text.CopyTo(start, chars, 0, length);
            var lastToken = -1;
            var offset = 0;
            while (offset < length)
            {
                var found = new ReadOnlySpan<char>(chars, offset, length - offset).IndexOfAny(ScanAnchors);
                if (found < 0)
                {
                    return;
                }

                var i = offset + found;
                offset = i + 1;
                var c = chars[i];
                if (c == '\\')
                {
                    ScanEveryStringToken();
                    return;
                }

                var hit = c == '/'
                    ? Matches(chars, i + 1, length, OkxVocabulary.RelativeRestPathPrefix) || Matches(chars, i + 1, length, OkxVocabulary.RelativeWebSocketPathPrefix)
                    : Matches(chars, i + 1, length, "ss://");
                if (!hit)
                {
                    continue;
                }

                var position = start + i;
                var token = node.FindToken(position);
                if (token.SpanStart != lastToken && token.Span.Contains(position) && IsScannedStringToken(token))
                {
                    lastToken = token.SpanStart;
                    ScanString(token.ValueText);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // '/' starts /api/v5/ and /ws/v5/, w starts wss://; a backslash may be an escape spelling either.
    private static readonly char[] ScanAnchors = { '/', 'w', 'W', '\\' };

    private void ScanEveryStringToken()
    {
        foreach (var token in _block.Syntax.DescendantTokens())
        {
            if (IsScannedStringToken(token))
            {
                ScanString(token.ValueText);
            }
        }
    }

    private static bool IsScannedStringToken(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken);

    private void ScanString(string text)
    {
        _orderEndpointInStrings |= OkxResponses.IsOrderEndpointPath(text);
        _webSocketInStrings |= text.IndexOf(OkxVocabulary.WebSocketPathPrefix, StringComparison.OrdinalIgnoreCase) >= 0 || text.StartsWith("wss://", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Matches(char[] text, int start, int end, string lower)
    {
        if (end - start < lower.Length)
        {
            return false;
        }

        // ASCII compared case-insensitively; any other character counts as a match (OrdinalIgnoreCase folds a few,
        // such as the long s, onto ASCII letters).
        for (var k = 0; k < lower.Length; k++)
        {
            var c = text[start + k];
            if (c <= '\x7f' && (char)(c | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool ComputeIsOrderEndpoint()
    {
        ScanStrings();
        if (_orderEndpointInStrings)
        {
            return true;
        }

        if (_stringReferences is null)
        {
            return false;
        }

        // The string-typed field, property and local reads the body walk noted (BodyOperationShapes).
        foreach (var operation in _stringReferences)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ConstantStrings.TryResolve(operation, _cancellationToken, out var value) && OkxResponses.IsOrderEndpointPath(value))
            {
                return true;
            }
        }

        return false;
    }

    private bool ComputeIsWebSocket()
    {
        ScanStrings();
        return _webSocketInStrings || Any(static (operation, _, _) => operation.Type?.Name is "ClientWebSocket" or "WebSocket");
    }

    /// <summary>
    /// A push handler or a push fixture: no parse in the body reads an HTTP response, and the method or its type is
    /// named for sockets, pushes, streams or subscriptions (OnPushMessage, ParseStreamUpdate, OkxSocketClient), or the
    /// body holds a push message's JSON (an "arg" and no "code") as a fixture.
    /// </summary>
    private bool ComputeIsPushHandler()
    {
        foreach (var parse in _parses.Keys)
        {
            if (SourceOf(parse) is ResponseSourceKind.HttpUnknown or ResponseSourceKind.Okx or ResponseSourceKind.OtherHost)
            {
                return false;
            }
        }

        for (var symbol = _owner; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (NamesPushHandler(symbol.Name))
            {
                return true;
            }
        }

        foreach (var token in _block.Syntax.DescendantTokens())
        {
            if (IsScannedStringToken(token) && OkxResponses.IsPushMessageText(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesPushHandler(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "socket" or "sockets" or "websocket" or "ws" or "wss" or "push" or "pushes" or "pushed" or "stream" or "streams"
                or "streaming" or "subscription" or "subscriptions" or "subscribe" or "subscriber")
            {
                return true;
            }
        }

        return false;
    }

    private bool ComputeReadsSCode()
    {
        if (_sCodeReadShapes is null)
        {
            return false;
        }

        foreach (var operation in _sCodeReadShapes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (OkxResponses.IsSCodeRead(operation, _types, _cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool Any(Func<IOperation, OkxTypes, CancellationToken, bool> predicate)
    {
        foreach (var operation in new OperationDescendants(_block))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (predicate(operation, _types, _cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
