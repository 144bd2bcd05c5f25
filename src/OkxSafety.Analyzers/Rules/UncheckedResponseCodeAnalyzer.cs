using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;
using Messages = OkxSafety.Analyzers.Descriptors.UncheckedResponseCodeMessages;

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

    /// <summary>Unread order bodies: the response type (an <see cref="UnreadOrderResponseKind"/> name).</summary>
    public const string ResponseKindProperty = "ResponseKind";

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
        public const string UnreadOrderBody = "UnreadOrderBody";
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UncheckedResponseCode);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var types = okx.Types;
        var compilation = okx.Compilation;
        var generated = okx.Generated;
        var infrastructure = new ResponseInfrastructure(compilation, okx.Gate);

        // Asked in the first callback, not here: resolving types before the compiler has bound anything pays for
        // loading every reference's namespaces (see OkxTypes).
        var canParse = new Lazy<bool>(() => types.JsonElement is not null || types.JsonNode is not null || types.JToken is not null
                                            || types.WebCallResult is not null || types.HttpResult is not null || compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert") is not null);
        context.RegisterOperationBlockAction(block =>
        {
            if (canParse.Value && !block.OperationBlocks.IsEmpty && !generated.IsGeneratedFile(block.OperationBlocks[0].Syntax.SyntaxTree, block.CancellationToken))
            {
                AnalyzeBlock(block, types, generated, infrastructure);
            }
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, OkxTypes types, GeneratedCode generated, ResponseInfrastructure infrastructure)
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
            var parses = FindParses(block, types, infrastructure.Helpers, context.CancellationToken, out var notes);
            if (notes.StatusCheckShapes is { } statusChecks)
            {
                ReportUnreadOrderBodies(context, block, parses, notes, statusChecks, types, generated, infrastructure);
            }

            if (parses is null || !notes.MayReadPayload || !OkxContext.IsOkxMethod(block, context.OwningSymbol, context.CancellationToken))
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

            var methodContext = ResponseMethodContext.Collect(block, context.OwningSymbol, parses, notes, types, context.CancellationToken);
            if ((parses.Count == 1 && LeadingCodeGuard.GuardsEveryPayloadRead(block, OnlyValue(parses), scan, types, context.CancellationToken)
                 && (methodContext.ReadsSCode || !methodContext.IsOrderEndpoint))
                || (!scan.HasSdkResultRead && methodContext.IsWebSocket))
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
            AnalyzeGraph(graph, methodContext, types, infrastructure.Helpers, reported, new Reporter(diagnostic => generated.Report(context.ReportDiagnostic, diagnostic, cancellationToken), infrastructure, cancellationToken), cancellationToken);
        }
    }

    /// <summary>An order endpoint whose response is checked only for its HTTP status and never read (<see cref="UnreadOrderResponses"/>).</summary>
    private static void ReportUnreadOrderBodies(
        OperationBlockAnalysisContext context, IOperation block, Dictionary<SyntaxNode, IOperation>? parses, BodyOperationShapes notes, List<IOperation> statusChecks, OkxTypes types, GeneratedCode generated,
        ResponseInfrastructure infrastructure)
    {
        var cancellationToken = context.CancellationToken;
        if (!OkxContext.IsOkxMethod(block, context.OwningSymbol, cancellationToken))
        {
            return;
        }

        var methodContext = ResponseMethodContext.Collect(block, context.OwningSymbol, parses ?? new Dictionary<SyntaxNode, IOperation>(), notes, types, cancellationToken);
        if (!methodContext.IsOrderEndpoint || methodContext.IsWebSocket || UnreadOrderResponses.Find(block, statusChecks, cancellationToken) is not { } found
            || infrastructure.ChecksEveryResponseCode(cancellationToken))
        {
            // A DelegatingHandler or validation callback of the project's that throws unless code is "0" reads every body.
            return;
        }

        foreach (var unread in found)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = FixKinds.UnreadOrderBody;
            properties[ResponseKindProperty] = unread.Kind.ToString();
            var location = unread.StatusCheck.Syntax.GetLocation();
            var diagnostic = Diagnostic.Create(Descriptors.UncheckedResponseCode, location, new[] { location, unread.Response.GetLocation() }, properties.ToImmutable(), Messages.OrderBodyNeverRead);
            generated.Report(context.ReportDiagnostic, diagnostic, cancellationToken);
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
    private static Dictionary<SyntaxNode, IOperation>? FindParses(IOperation block, OkxTypes types, ResponseHelpers helpers, CancellationToken cancellationToken, out BodyOperationShapes notes)
    {
        Dictionary<SyntaxNode, IOperation>? parses = null;
        notes = new BodyOperationShapes();
        foreach (var operation in new OperationDescendants(block))
        {
            cancellationToken.ThrowIfCancellationRequested();
            notes.Note(operation);
            if ((operation is IInvocationOperation invocation && OkxResponses.GetParseShape(invocation, types, helpers, cancellationToken) != ResponseShape.None)
                || (operation is IPropertyReferenceOperation property && OkxResponses.IsRestSharpBody(property)))
            {
                parses ??= new Dictionary<SyntaxNode, IOperation>();
                parses[operation.Syntax] = operation;
            }
        }

        return parses;
    }

    private static void AnalyzeGraph(ControlFlowGraph graph, ResponseMethodContext methodContext, OkxTypes types, ResponseHelpers helpers, HashSet<SyntaxNode> reported, IResponseCheckReport report, CancellationToken cancellationToken)
    {
        var analysis = new ResponseCheckFlow(graph, types, helpers, cancellationToken);
        analysis.Run(methodContext, reported, report);

        foreach (var localFunction in graph.LocalFunctions)
        {
            AnalyzeGraph(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), methodContext, types, helpers, reported, report, cancellationToken);
        }

        foreach (var lambda in analysis.AnonymousFunctions)
        {
            AnalyzeGraph(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), methodContext, types, helpers, reported, report, cancellationToken);
        }
    }

    /// <summary>Turns the flow's findings into OKX005 diagnostics (the messages are in <see cref="Descriptors"/>).</summary>
    private sealed class Reporter : IResponseCheckReport
    {
        private readonly Action<Diagnostic> _report;
        private readonly ResponseInfrastructure _infrastructure;
        private readonly CancellationToken _cancellationToken;

        public Reporter(Action<Diagnostic> report, ResponseInfrastructure infrastructure, CancellationToken cancellationToken)
        {
            _report = report;
            _infrastructure = infrastructure;
            _cancellationToken = cancellationToken;
        }

        public void UncheckedPayloadRead(PayloadRead read, bool checksHttpStatus)
        {
            // A handler or validation callback of the project's own checks the code of every response (not an SDK result's Success).
            if (read.Shape != ResponseShape.SdkResult && _infrastructure.ChecksEveryResponseCode(_cancellationToken))
            {
                return;
            }

            _report(CreateUncheckedDiagnostic(read, checksHttpStatus));
        }

        public void WrongSuccessValue(CodeTest test) => _report(CreateWrongValueDiagnostic(test));

        public void UncheckedOrderItems(PayloadRead read) => _report(CreateOrderItemsDiagnostic(read));

        private static Diagnostic CreateUncheckedDiagnostic(PayloadRead read, bool checksHttpStatus)
        {
            var (location, readNode, conditional) = ReadLocation(read.Operation.Syntax);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = read.Shape.ToString();
            properties[ConditionalProperty] = conditional ? "true" : "false";
            string what;
            if (read.Shape == ResponseShape.SdkResult)
            {
                what = Messages.Format(Messages.SdkResultUnchecked, Display(read.Receiver.Type));
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
                    ? Messages.Format(Messages.TypedHttpStatusOnly, dataMember.Name, Display(type), codeMember.Name)
                    : read.ResponseOrigins.Helper is { } helper
                        ? Messages.Format(Messages.TypedFromUncheckedHelper, dataMember.Name, Display(type), codeMember.Name, helper)
                        : Messages.Format(Messages.TypedUnchecked, dataMember.Name, Display(type), codeMember.Name);
            }
            else
            {
                what = checksHttpStatus ? Messages.JsonHttpStatusOnly : Messages.JsonUnchecked;
            }

            return Diagnostic.Create(Descriptors.UncheckedResponseCode, location, new[] { readNode.GetLocation() }, properties.ToImmutable(), what);
        }

        private static Diagnostic CreateWrongValueDiagnostic(CodeTest test)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = FixKinds.WrongSuccessValue;
            properties[NumericProperty] = test.Numeric ? "true" : "false";
            var shown = test.ComparedValue is string text ? "\"" + text + "\"" : Convert.ToString(test.ComparedValue, CultureInfo.InvariantCulture);
            var what = Messages.Format(Messages.WrongSuccessValue, shown);
            var additional = test.ComparedSyntax is { } compared ? new[] { compared.GetLocation() } : Array.Empty<Location>();
            return Diagnostic.Create(Descriptors.UncheckedResponseCode, test.Comparison.GetLocation(), additional, properties.ToImmutable(), what);
        }

        private static Diagnostic CreateOrderItemsDiagnostic(PayloadRead read)
        {
            var (location, readNode, _) = ReadLocation(read.Operation.Syntax);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[KindProperty] = FixKinds.OrderItems;
            var what = Messages.OrderItemsUnchecked;
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
            type?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? Messages.UnnamedResponse;
    }
}
