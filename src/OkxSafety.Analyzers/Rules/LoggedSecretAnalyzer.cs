using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Okx.Logging;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX007: an OKX secret key or passphrase written where text leaves the process: a logger (Microsoft.Extensions.Logging,
/// Serilog), the console, Debug / Trace, a log file, an exception message. Reported at the expression that carries
/// the secret. Candidates are found by name (Log*, Write*, Information…, exception creations) in trees the OKX gate
/// admits; only those are asked of the model (<see cref="TextSinks"/>, <see cref="LeakedSecrets"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoggedSecretAnalyzer : OkxAnalyzer
{
    /// <summary>The diagnostic property that tells the fix how the secret is written (a <see cref="LeakForm"/> name).</summary>
    public const string FormProperty = "Form";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LoggedSecret);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var state = new CompilationState(okx);

        // The text sinks are found as the driver reaches them; what they write is searched at the type's end, when the
        // type's other members (a field logged here, given to a sink there) are bound.
        context.RegisterAnalysisAtTypeEnd<PendingSink>(
            (type, keep) => type.RegisterOperationAction(operation => state.Collect(operation, keep), OperationKind.Invocation, OperationKind.ObjectCreation),
            (sinks, end) => state.Analyze(sinks, end.ReportDiagnostic, end.CancellationToken));
    }

    /// <summary>A call that writes text, found in a member of the type, searched at the type's end.</summary>
    private readonly struct PendingSink
    {
        public PendingSink(TextSink sink, ISymbol containingSymbol)
        {
            Sink = sink;
            ContainingSymbol = containingSymbol;
        }

        public TextSink Sink { get; }

        public ISymbol ContainingSymbol { get; }
    }

    private sealed class CompilationState
    {
        private static readonly ImmutableDictionary<string, string?> ValueForm = Form(LeakForm.Value);
        private static readonly ImmutableDictionary<string, string?> ObjectForm = Form(LeakForm.ObjectMember);
        private static readonly ImmutableDictionary<string, string?> HeadersForm = Form(LeakForm.RequestHeaders);
        private static readonly ImmutableDictionary<string, string?> EnumeratedForm = Form(LeakForm.EnumeratedHeaders);

        private readonly OkxGate _gate;
        private readonly GeneratedCode _generated;
        private readonly LeakedSecrets _secrets;
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> _reported = new();

        public CompilationState(OkxCompilation okx)
        {
            _gate = okx.Gate;
            _secrets = new LeakedSecrets(okx.Types, okx.Context, okx.Origins);
            _generated = okx.Generated;
        }

        public void Collect(OperationAnalysisContext context, Action<PendingSink> keep)
        {
            var operation = context.Operation;
            var cancellationToken = context.CancellationToken;
            TextSink sink;
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    if (invocation.Arguments.IsEmpty
                        || !(TextSinks.MayBeSinkName(method.Name) || method.IsPartialDefinition || method.PartialImplementationPart is not null)
                        || !MayBeOkx(operation, context)
                        || !TextSinks.TryGet(invocation, cancellationToken, out sink))
                    {
                        return;
                    }

                    break;
                case IObjectCreationOperation creation:
                    if (!TextSinks.MayBeExceptionCreation(creation) || !MayBeOkx(operation, context) || !TextSinks.TryGet(creation, out sink))
                    {
                        return;
                    }

                    break;
                default:
                    return;
            }

            keep(new PendingSink(sink, context.ContainingSymbol));
        }

        /// <summary>One type's text sinks, searched with one scope (what the search learns about the type's bodies and members).</summary>
        public void Analyze(IReadOnlyList<PendingSink> sinks, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
        {
            var scope = new LeakedSecrets.SearchScope();
            foreach (var next in sinks)
            {
                Analyze(next.Sink, next.ContainingSymbol, scope, reportDiagnostic, cancellationToken);
            }
        }

        private void Analyze(TextSink sink, ISymbol containingSymbol, LeakedSecrets.SearchScope scope, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
        {
            List<bool>? holes = null;
            var leaks = new List<Leak>();
            if (sink.Template is { } template)
            {
                if (template.ConstantValue.Value is string text)
                {
                    // Serilog, NLog, and Microsoft.Extensions.Logging with the Serilog provider destructure '@' holes.
                    holes = MessageTemplates.DestructuringHoles(text);
                }
                else
                {
                    // LogInformation($"… {secret}"): the template is text written too.
                    _secrets.Find(template, destructure: false, sink.IsStructured, containingSymbol, scope, leaks, cancellationToken);
                }
            }

            for (var i = 0; i < sink.Values.Count; i++)
            {
                var destructure = sink.DestructuresAll || (holes is not null && i < holes.Count && holes[i]);
                _secrets.Find(sink.Values[i], destructure, sink.IsStructured, containingSymbol, scope, leaks, cancellationToken);
            }

            foreach (var leak in leaks)
            {
                Report(reportDiagnostic, leak, sink.Kind, cancellationToken);
            }
        }

        private bool MayBeOkx(IOperation operation, OperationAnalysisContext context) =>
            _gate.MayContainOkx(operation.Syntax.SyntaxTree, context.CancellationToken)
            && !_generated.IsGeneratedFile(operation.Syntax.SyntaxTree, context.CancellationToken);

        private void Report(Action<Diagnostic> reportDiagnostic, Leak leak, TextSinkKind sinkKind, CancellationToken cancellationToken)
        {
            var node = leak.Operation.Syntax;
            if (!_reported.TryAdd((node.SyntaxTree, node.Span), 0))
            {
                return;
            }

            var (what, properties) = leak.Form switch
            {
                LeakForm.ObjectMember => (string.Format(Descriptors.LoggedSecretWhat.ObjectMember, leak.Kind.DisplayName(), leak.Member), ObjectForm),
                LeakForm.RequestHeaders => (Descriptors.LoggedSecretWhat.RequestHeaders, HeadersForm),
                LeakForm.EnumeratedHeaders => (Descriptors.LoggedSecretWhat.RequestHeaders, EnumeratedForm),
                _ => (leak.Kind == CredentialKind.SecretKey ? Descriptors.LoggedSecretWhat.SecretKey : Descriptors.LoggedSecretWhat.Passphrase, ValueForm),
            };

            _generated.Report(
                reportDiagnostic,
                Diagnostic.Create(Descriptors.LoggedSecret, node.GetLocation(), properties, what, SinkText(sinkKind)),
                cancellationToken);
        }

        private static string SinkText(TextSinkKind kind) => kind switch
        {
            TextSinkKind.LogMessage => Descriptors.LoggedSecretSinks.LogMessage,
            TextSinkKind.LogScope => Descriptors.LoggedSecretSinks.LogScope,
            TextSinkKind.SerilogEvent => Descriptors.LoggedSecretSinks.SerilogEvent,
            TextSinkKind.NLogEvent => Descriptors.LoggedSecretSinks.NLogEvent,
            TextSinkKind.Log4NetEvent => Descriptors.LoggedSecretSinks.Log4NetEvent,
            TextSinkKind.Console => Descriptors.LoggedSecretSinks.Console,
            TextSinkKind.Debug => Descriptors.LoggedSecretSinks.Debug,
            TextSinkKind.Trace => Descriptors.LoggedSecretSinks.Trace,
            TextSinkKind.LogFile => Descriptors.LoggedSecretSinks.LogFile,
            _ => Descriptors.LoggedSecretSinks.ExceptionMessage,
        };

        private static ImmutableDictionary<string, string?> Form(LeakForm form) =>
            ImmutableDictionary<string, string?>.Empty.Add(FormProperty, form.ToString());
    }
}
