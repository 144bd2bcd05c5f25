using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX005: the payload (<c>data</c>) of a parsed OKX response is read on a path where no check of <c>code</c>
/// against "0" guards it; <c>code</c> is compared with a wrong success value; a WebCallResult's Data is read without
/// a Success/Error check; an order endpoint's items are used without reading their <c>sCode</c>.
/// Works on the control-flow graph of each method, lambda and local function.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UncheckedResponseCodeAnalyzer : OkxAnalyzer
{
    /// <summary>Diagnostic property: which fix applies (a <see cref="FixKinds"/> value).</summary>
    public const string KindProperty = "Kind";

    /// <summary>Typed envelopes: the name of the code member.</summary>
    public const string CodeMemberProperty = "CodeMember";

    /// <summary>Typed envelopes: the name of the message member, absent when the type has none.</summary>
    public const string MessageMemberProperty = "MessageMember";

    /// <summary>"true" when the typed code member is numeric (compare with 0, not "0").</summary>
    public const string NumericProperty = "Numeric";

    /// <summary>"true" when the payload read is a null-conditional access (<c>resp?.Data</c>).</summary>
    public const string ConditionalProperty = "Conditional";

    public static class FixKinds
    {
        public const string JsonElement = nameof(ResponseShape.JsonElement);
        public const string JsonNode = nameof(ResponseShape.JsonNode);
        public const string JToken = nameof(ResponseShape.JToken);
        public const string Typed = nameof(ResponseShape.Typed);
        public const string SdkResult = nameof(ResponseShape.SdkResult);
        public const string WrongSuccessValue = "WrongSuccessValue";
        public const string OrderItems = "OrderItems";
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UncheckedResponseCode);

    private protected override void OnOkxCompilationStart(CompilationStartAnalysisContext context, OkxCompilation okx)
    {
        var types = okx.Types;
        var compilation = okx.Compilation;
        var generated = okx.Generated;

        // Asked in the first callback, not here: resolving types before the compiler has bound anything pays for
        // loading every reference's namespaces (see OkxTypes).
        var canParse = new Lazy<bool>(() => types.JsonElement is not null || types.JsonNode is not null || types.JToken is not null
                                            || types.WebCallResult is not null || compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert") is not null);
        context.RegisterOperationBlockAction(block =>
        {
            if (canParse.Value && !block.OperationBlocks.IsEmpty && !generated.IsGeneratedFile(block.OperationBlocks[0].Syntax.SyntaxTree, block.CancellationToken))
            {
                AnalyzeBlock(block, types, generated);
            }
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, OkxTypes types, GeneratedCode generated)
    {
        var done = new HashSet<IOperation>();
        foreach (var operationBlock in context.OperationBlocks)
        {
            var block = operationBlock;
            while (block.Parent is not null)
            {
                block = block.Parent;
            }

            if (block is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation) || !done.Add(block))
            {
                continue;
            }

            // No payload read anywhere in the body (its lambdas and local functions included): nothing to report,
            // so no control-flow graph.
            var parses = FindParses(block, types, context.CancellationToken, out var notes);
            if (parses is null || !notes.MayReadPayload || !OkxResponses.IsOkxMethodContext(block, context.OwningSymbol, context.CancellationToken))
            {
                continue;
            }

            // Nothing the graph analysis could report, decided without a graph: no payload read at all; a WebSocket
            // method (its messages carry no code; only SDK results are checked there); the usual shape (one parse,
            // `if (code != "0") throw` before any payload read, and item sCodes read on an order endpoint).
            var scan = LeadingCodeGuard.Scan(notes, types, context.CancellationToken);
            if (scan.ReadsNoPayload)
            {
                continue;
            }

            var facts = MethodFacts.Collect(block, parses, notes, types, context.CancellationToken);
            if ((parses.Count == 1 && LeadingCodeGuard.GuardsEveryPayloadRead(block, OnlyValue(parses), scan, types, context.CancellationToken)
                 && (facts.ReadsSCode || !facts.IsOrderEndpoint))
                || (!scan.HasSdkResultRead && facts.IsWebSocket))
            {
                continue;
            }

            var reported = new HashSet<SyntaxNode>();
            ControlFlowGraph graph;
            try
            {
                graph = context.GetControlFlowGraph(operationBlock);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var cancellationToken = context.CancellationToken;
            AnalyzeGraph(graph, facts, types, reported, diagnostic => generated.Report(context.ReportDiagnostic, diagnostic, cancellationToken), cancellationToken);
        }
    }

    private static IOperation OnlyValue(Dictionary<SyntaxNode, IOperation> parses)
    {
        foreach (var parse in parses.Values)
        {
            return parse;
        }

        throw new InvalidOperationException("no parse");
    }

    /// <summary>
    /// The one walk over the body: the responses parsed in it (by syntax; null when there are none), and in
    /// <paramref name="notes"/> what <see cref="LeadingCodeGuard"/> needs, so that no second walk is made.
    /// </summary>
    private static Dictionary<SyntaxNode, IOperation>? FindParses(IOperation block, OkxTypes types, CancellationToken cancellationToken, out BodyNotes notes)
    {
        Dictionary<SyntaxNode, IOperation>? parses = null;
        notes = new BodyNotes();
        foreach (var operation in new OperationDescendants(block))
        {
            cancellationToken.ThrowIfCancellationRequested();
            notes.Note(operation);
            if ((operation is IInvocationOperation invocation && OkxResponses.GetParseShape(invocation, types) != ResponseShape.None)
                || (operation is IPropertyReferenceOperation property && OkxResponses.IsRestSharpBody(property)))
            {
                parses ??= new Dictionary<SyntaxNode, IOperation>();
                parses[operation.Syntax] = operation;
            }
        }

        return parses;
    }

    private static void AnalyzeGraph(ControlFlowGraph graph, MethodFacts facts, OkxTypes types, HashSet<SyntaxNode> reported, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var analysis = new GraphAnalysis(graph, types, cancellationToken);
        analysis.Run(facts, reported, report);

        foreach (var localFunction in graph.LocalFunctions)
        {
            AnalyzeGraph(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), facts, types, reported, report, cancellationToken);
        }

        foreach (var lambda in analysis.AnonymousFunctions)
        {
            AnalyzeGraph(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), facts, types, reported, report, cancellationToken);
        }
    }

    /// <summary>
    /// What the whole method says: is it an order endpoint call, does it read any sCode, does it check the HTTP status,
    /// does it talk over a WebSocket. Each fact is computed on first use (most methods need only the WebSocket one).
    /// </summary>
    private sealed class MethodFacts
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

        private MethodFacts(IOperation block, Dictionary<SyntaxNode, IOperation> parses, BodyNotes notes, OkxTypes types, CancellationToken cancellationToken)
        {
            _block = block;
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

        public bool IsWebSocket => _isWebSocket ??= ComputeIsWebSocket();

        /// <summary>
        /// The method itself talks to OKX: it names an /api/v5/ path, an okx.com / okex host or an OK-ACCESS-* header,
        /// in a string of its own or in the declared value of a constant or member it uses.
        /// </summary>
        public bool CallsOkx => _callsOkx ??= ComputeCallsOkx();

        /// <param name="notes">What the body walk noted (sCode-read shapes, string references): the facts ask those instead of walking again.</param>
        public static MethodFacts Collect(IOperation block, Dictionary<SyntaxNode, IOperation> parses, BodyNotes notes, OkxTypes types, CancellationToken cancellationToken) =>
            new(block, parses, notes, types, cancellationToken);

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

        private bool ComputeCallsOkx()
        {
            foreach (var token in _block.Syntax.DescendantTokens())
            {
                if (IsStringToken(token) && ResponseSources.IsStrongOkxText(token.ValueText))
                {
                    return true;
                }
            }

            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in new OperationDescendants(_block))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ISymbol? used = operation switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                    _ => null,
                };

                if (used is null || used.Locations.Length == 0 || !used.Locations[0].IsInSource || !seen.Add(used)
                    || DeclaredValues.GetDeclaredExpression(used, _cancellationToken) is not { } declared)
                {
                    continue;
                }

                foreach (var token in declared.DescendantTokens())
                {
                    if (IsStringToken(token) && ResponseSources.IsStrongOkxText(token.ValueText))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsStringToken(SyntaxToken token) =>
            token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.Utf8StringLiteralToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken;

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
            _webSocketInStrings |= text.IndexOf("/ws/v5/", StringComparison.OrdinalIgnoreCase) >= 0 || text.StartsWith("wss://", StringComparison.OrdinalIgnoreCase);
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

            // The string-typed field, property and local reads the body walk noted (BodyNotes).
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

    /// <summary>One read of the payload, where it happens in the graph.</summary>
    private sealed class PayloadRead
    {
        public PayloadRead(IOperation operation, IOperation receiver, ResponseShape shape, int block, Origins origins)
        {
            Operation = operation;
            Receiver = receiver;
            Shape = shape;
            Block = block;
            Origins = origins;
        }

        public IOperation Operation { get; }

        public IOperation Receiver { get; }

        public ResponseShape Shape { get; }

        public int Block { get; }

        public Origins Origins { get; }

        public List<(int Block, int Position)> CheckPoints { get; } = new();
    }

    /// <summary>Where a value comes from: the parse calls and, for the text they parse, the locals and parameters holding it.</summary>
    private sealed class Origins
    {
        public HashSet<SyntaxNode> Parses { get; } = new();

        public HashSet<ISymbol> Inputs { get; } = new(SymbolEqualityComparer.Default);

        public bool IsResponse => Parses.Count > 0;

        public bool Intersects(Origins other)
        {
            foreach (var parse in other.Parses)
            {
                if (Parses.Contains(parse))
                {
                    return true;
                }
            }

            return false;
        }

        public void UnionWith(Origins other)
        {
            Parses.UnionWith(other.Parses);
            Inputs.UnionWith(other.Inputs);
        }
    }

    /// <summary>A conditional branch that tests the code (or Success / Error) of a response.</summary>
    private sealed class CodeTest
    {
        public CodeTest(int block, bool successWhenTrue, bool valid, object? comparedValue, SyntaxNode comparison, SyntaxNode? comparedSyntax, bool numeric)
        {
            Block = block;
            SuccessWhenTrue = successWhenTrue;
            Valid = valid;
            ComparedValue = comparedValue;
            Comparison = comparison;
            ComparedSyntax = comparedSyntax;
            Numeric = numeric;
        }

        public int Block { get; }

        public bool SuccessWhenTrue { get; }

        public bool Valid { get; }

        public object? ComparedValue { get; }

        public SyntaxNode Comparison { get; }

        public SyntaxNode? ComparedSyntax { get; }

        public bool Numeric { get; }

        public CodeTest Flip() => new(Block, !SuccessWhenTrue, Valid, ComparedValue, Comparison, ComparedSyntax, Numeric);
    }

    private sealed class GraphAnalysis
    {
        private readonly ControlFlowGraph _graph;
        private readonly OkxTypes _types;
        private readonly CancellationToken _cancellationToken;
        private readonly List<(IOperation Operation, int Block)> _operations = new();
        private readonly Dictionary<CaptureId, List<IOperation>> _captures = new();
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _assignments = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ILocalSymbol, List<(IOperation Operation, int Block)>> _uses = new(SymbolEqualityComparer.Default);
        private readonly bool[] _terminal;

        public GraphAnalysis(ControlFlowGraph graph, OkxTypes types, CancellationToken cancellationToken)
        {
            _graph = graph;
            _types = types;
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

        private bool[]? _doomed;

        /// <summary>
        /// Blocks from which every path ends in a throw (error handling: reading data there to build the exception
        /// message is fine). Least fixed point, so loops without an exit are not doomed.
        /// </summary>
        private bool IsDoomed(int ordinal)
        {
            if (_doomed is null)
            {
                var doomed = new bool[_graph.Blocks.Length];
                var changed = true;
                while (changed)
                {
                    changed = false;
                    foreach (var block in _graph.Blocks)
                    {
                        if (doomed[block.Ordinal] || block.Kind != BasicBlockKind.Block)
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
                                  && next is not null && doomed[next.Ordinal]
                                  && (block.ConditionalSuccessor is null || (conditional is not null && doomed[conditional.Ordinal]));
                        }

                        if (now)
                        {
                            doomed[block.Ordinal] = true;
                            changed = true;
                        }
                    }
                }

                _doomed = doomed;
            }

            return _doomed[ordinal];
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

        public void Run(MethodFacts facts, HashSet<SyntaxNode> reported, Action<Diagnostic> report)
        {
            var reads = FindPayloadReads();
            if (reads.Count == 0)
            {
                return;
            }

            // Group reads of the same response (their parse calls overlap), in source order.
            var groups = new List<(Origins Identity, List<PayloadRead> Reads)>();
            foreach (var read in reads)
            {
                var placed = false;
                foreach (var group in groups)
                {
                    if (group.Identity.Intersects(read.Origins))
                    {
                        group.Identity.UnionWith(read.Origins);
                        group.Reads.Add(read);
                        placed = true;
                        break;
                    }
                }

                if (!placed)
                {
                    var identity = new Origins();
                    identity.UnionWith(read.Origins);
                    groups.Add((identity, new List<PayloadRead> { read }));
                }
            }

            foreach (var (identity, groupReads) in groups)
            {
                if (IsOkxResponse(identity, groupReads, facts))
                {
                    AnalyzeResponse(identity, groupReads, facts, reported, report);
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
        private bool IsOkxResponse(Origins identity, List<PayloadRead> reads, MethodFacts facts)
        {
            if (reads[0].Shape == ResponseShape.SdkResult)
            {
                return true;
            }

            var source = ResponseSourceKind.None;
            foreach (var parse in identity.Parses)
            {
                var kind = facts.SourceOf(parse);
                source = kind > source ? kind : source;
            }

            switch (source)
            {
                case ResponseSourceKind.Okx:
                    return true;
                case ResponseSourceKind.HttpUnknown:
                    return !IsReadAsObject(reads);
                case ResponseSourceKind.Other:
                    return facts.CallsOkx || !IsReadAsObject(reads);
                case ResponseSourceKind.ExternalText:
                    return facts.CallsOkx;
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

        private void AnalyzeResponse(Origins identity, List<PayloadRead> reads, MethodFacts facts, HashSet<SyntaxNode> reported, Action<Diagnostic> report)
        {
            var shape = reads[0].Shape;
            if (shape != ResponseShape.SdkResult && (facts.IsWebSocket || ReadsWebSocketFields(identity)))
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
                    report(CreateWrongValueDiagnostic(wrong));
                }
            }

            if (unguarded is not null)
            {
                if (reported.Add(unguarded.Operation.Syntax))
                {
                    report(CreateUncheckedDiagnostic(unguarded, facts.ChecksHttpStatus));
                }

                return;
            }

            if (flaggedWrong.Count > 0 || shape == ResponseShape.SdkResult || barriers.Count > 0 || !facts.IsOrderEndpoint || facts.ReadsSCode)
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
                    report(CreateOrderItemsDiagnostic(read));
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
        private bool ReadsWebSocketFields(Origins identity)
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
            if (IsDoomed(point.Block))
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
            string text => text.Trim() == "0",
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

        private Dictionary<int, CodeTest> FindTests(Origins identity)
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
        private List<(int Block, int End)> FindBarriers(Origins identity)
        {
            var barriers = new List<(int, int)>();
            foreach (var (operation, block) in _operations)
            {
                if (operation is not IInvocationOperation invocation || OkxResponses.IsLibraryMethod(invocation.TargetMethod)
                    || OkxResponses.GetParseShape(invocation, _types) != ResponseShape.None)
                {
                    continue;
                }

                var guards = invocation.Instance is { } instance && OriginsOf(instance).Intersects(identity);
                foreach (var argument in invocation.Arguments)
                {
                    if (guards)
                    {
                        break;
                    }

                    var value = OkxResponses.Unwrap(argument.Value);
                    guards = OriginsOf(value).Intersects(identity)
                             || IsCodeOf(value, identity, 0, out _)
                             || (value is ILocalReferenceOperation local && identity.Inputs.Contains(local.Local))
                             || (value is IParameterReferenceOperation parameter && identity.Inputs.Contains(parameter.Parameter));
                }

                if (guards)
                {
                    barriers.Add((block, invocation.Syntax.Span.End));
                }
            }

            return barriers;
        }

        private CodeTest? Evaluate(IOperation condition, Origins identity, int block, int depth)
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

        private CodeTest? Compare(IOperation subject, IOperation other, bool equals, SyntaxNode comparison, Origins identity, int block, int depth)
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

        private CodeTest? Pattern(IOperation value, IPatternOperation pattern, SyntaxNode comparison, Origins identity, int block, int depth)
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
        private bool IsCodeOf(IOperation operation, Origins identity, int depth, out bool numeric)
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
        private bool IsErrorOf(IOperation operation, Origins identity)
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
        private Origins OriginsOf(IOperation operation)
        {
            if (_origins.TryGetValue(operation, out var known))
            {
                return known;
            }

            var origins = new Origins();
            var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            Visit(operation, asInput: false, origins, visited, 0);
            _origins[operation] = origins;
            return origins;
        }

        private readonly Dictionary<IOperation, Origins> _origins = new();

        private void Visit(IOperation? operation, bool asInput, Origins origins, HashSet<ISymbol> visited, int depth)
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
                        var shape = OkxResponses.GetParseShape(invocation, _types);
                        if (shape != ResponseShape.None)
                        {
                            origins.Parses.Add(invocation.Syntax);
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

        private static Diagnostic CreateUncheckedDiagnostic(PayloadRead read, bool checksHttpStatus)
        {
            var (location, readNode, conditional) = ReadLocation(read.Operation.Syntax);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = read.Shape.ToString();
            properties[ConditionalProperty] = conditional ? "true" : "false";
            string what;
            if (read.Shape == ResponseShape.SdkResult)
            {
                what = $"'Data' of {Display(read.Receiver.Type)} is read without checking 'Success' or 'Error'";
            }
            else if (read.Shape == ResponseShape.Typed)
            {
                var type = read.Receiver.Type!;
                var codeMember = OkxResponses.FindMember(type, OkxResponses.CodeName)!;
                var dataMember = OkxResponses.FindMember(type, OkxResponses.DataName)!;
                properties[CodeMemberProperty] = codeMember.Name;
                properties[MessageMemberProperty] = OkxResponses.FindMessageMember(type)?.Name;
                properties[NumericProperty] = IsNumeric(OkxResponses.MemberType(codeMember)) ? "true" : "false";
                what = checksHttpStatus
                    ? $"'{dataMember.Name}' of {Display(type)} is read after checking only the HTTP status, not '{codeMember.Name}'"
                    : $"'{dataMember.Name}' of {Display(type)} is read without checking '{codeMember.Name}' against \"0\"";
            }
            else
            {
                what = checksHttpStatus
                    ? "'data' of the OKX response is read after checking only the HTTP status, not 'code'"
                    : "'data' of the OKX response is read without checking 'code' against \"0\"";
            }

            return Diagnostic.Create(Descriptors.UncheckedResponseCode, location, new[] { readNode.GetLocation() }, properties.ToImmutable(), what);
        }

        private static Diagnostic CreateWrongValueDiagnostic(CodeTest test)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = FixKinds.WrongSuccessValue;
            properties[NumericProperty] = test.Numeric ? "true" : "false";
            var shown = test.ComparedValue is string text ? "\"" + text + "\"" : Convert.ToString(test.ComparedValue, CultureInfo.InvariantCulture);
            var what = $"'code' is compared with {shown} as success, but OKX success is \"0\"";
            var additional = test.ComparedSyntax is { } compared ? new[] { compared.GetLocation() } : Array.Empty<Location>();
            return Diagnostic.Create(Descriptors.UncheckedResponseCode, test.Comparison.GetLocation(), additional, properties.ToImmutable(), what);
        }

        private static Diagnostic CreateOrderItemsDiagnostic(PayloadRead read)
        {
            var (location, readNode, _) = ReadLocation(read.Operation.Syntax);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = FixKinds.OrderItems;
            var what = "'data' of the OKX order response is read with the top-level 'code' checked but no item's 'sCode'";
            return Diagnostic.Create(Descriptors.UncheckedResponseCode, location, new[] { readNode.GetLocation() }, properties.ToImmutable(), what);
        }

        /// <summary>The read as the user sees it: <c>resp?.Data</c> for a null-conditional member binding.</summary>
        private static (Location Location, SyntaxNode ReadNode, bool Conditional) ReadLocation(SyntaxNode read)
        {
            if (read is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax)
            {
                for (var node = read.Parent; node is not null; node = node.Parent)
                {
                    if (node is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull.Span.Contains(read.Span))
                    {
                        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(conditional.SpanStart, read.Span.End);
                        return (Location.Create(read.SyntaxTree, span), read, true);
                    }
                }
            }

            return (read.GetLocation(), read, false);
        }

        private static bool IsNumeric(ITypeSymbol? type) =>
            type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16;

        private static string Display(ITypeSymbol? type) =>
            type?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "the response";
    }
}
