using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Okx.Signing;
using Messages = OkxSafety.Analyzers.Descriptors.RejectedSignatureMessages;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX006: a request signature or timestamp OKX rejects (50113, 50112, 50102, a refused WebSocket login), found in the
/// code that produces OK-ACCESS-SIGN / OK-ACCESS-TIMESTAMP and the sign / timestamp of login arguments (the signing
/// model, <see cref="SigningCode"/>), and reported at the mistake.
/// </summary>
/// <remarks>
/// One operation-block action per type: a body is kept only when its tree may contain OKX code (<see cref="OkxGate"/>)
/// and its text mentions sign, timestamp or HMAC, and analysed at the type's end. Values are followed from there into
/// other members and files, and a mistake found in a member of a type that is not OKX code (a shared helper also used
/// for another exchange) is not reported.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RejectedSignatureAnalyzer : OkxAnalyzer
{
    public const string MistakeProperty = "Mistake";
    public const string RelatedStartProperty = "RelatedStart";
    public const string RelatedLengthProperty = "RelatedLength";
    public const string DetailProperty = "Detail";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RejectedSignature);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var state = new CompilationState(okx);

        // Signing bodies are kept as the driver reaches them and analysed at the type's end, when the helpers they call
        // (AddAuthHeaders(request, sign, timestamp), a private Sign(prehash)) are bound if they are members of the type.
        context.RegisterAnalysisAtTypeEnd<(IOperation Body, ISymbol Owner)>(
            (type, keep) => type.RegisterOperationBlockAction(block => state.Collect(block, keep)),
            (bodies, end) =>
            {
                // The type's own helpers are read from the bodies kept, as the driver built them.
                var typeBodies = new Dictionary<SyntaxNode, IOperation>(bodies.Count);
                foreach (var (body, _) in bodies)
                {
                    typeBodies[body.Syntax] = body;
                }

                foreach (var (body, owner) in bodies)
                {
                    state.Analyze(body, owner, typeBodies, end.ReportDiagnostic, end.CancellationToken);
                }
            });
    }

    private sealed class CompilationState
    {
        private readonly Compilation _compilation;
        private readonly OkxGate _gate;
        private readonly OkxTypes _types;
        private readonly OkxContext _context;
        private readonly GeneratedCode _generated;
        private readonly HeaderParameters _headerParameters;
        private readonly SigningTextIndex _signingText = new();
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span, SigningMistake Mistake), byte> _reported = new();

        public CompilationState(OkxCompilation okx)
        {
            _compilation = okx.Compilation;
            _gate = okx.Gate;
            _types = okx.Types;
            _context = okx.Context;
            _generated = okx.Generated;
            _headerParameters = new HeaderParameters(_compilation, _types);
        }

        // An operation-block action, not a code-block one: the driver builds the member's operations for every rule
        // (they are shared), where a code block's operations would be bound in this rule's callback.
        public void Collect(OperationBlockAnalysisContext context, Action<(IOperation Body, ISymbol Owner)> keep)
        {
            if (context.OperationBlocks.IsEmpty)
            {
                return;
            }

            var tree = context.OperationBlocks[0].Syntax.SyntaxTree;
            var cancellationToken = context.CancellationToken;
            if (!_gate.MayContainOkx(tree, cancellationToken) || _generated.IsGeneratedFile(tree, cancellationToken))
            {
                return;
            }

            IOperation? analysed = null;
            foreach (var block in context.OperationBlocks)
            {
                var body = block;
                while (body.Parent is not null)
                {
                    body = body.Parent;
                }

                // A method's body and its parameters' default values share one root.
                if (body == analysed || !_signingText.MayBeSigningCode(tree, body.Syntax.Span, cancellationToken))
                {
                    continue;
                }

                analysed = body;
                keep((body, context.OwningSymbol));
            }
        }

        public void Analyze(IOperation body, ISymbol owner, IReadOnlyDictionary<SyntaxNode, IOperation> typeBodies, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
        {
            var findings = SigningCode.Analyze(body, owner, _compilation, _types, _context, _headerParameters, typeBodies, cancellationToken);
            foreach (var finding in findings)
            {
                var node = finding.Node;
                if (!_compilation.ContainsSyntaxTree(node.SyntaxTree)
                    || !IsOkxOwner(finding.Owner, owner, cancellationToken)
                    || !_reported.TryAdd((node.SyntaxTree, node.Span, finding.Mistake), 0))
                {
                    continue;
                }

                var (mistake, answer) = Message(finding, IsLogin(finding, owner, cancellationToken));
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(MistakeProperty, finding.Mistake.ToString());
                if (finding.Related is { } related && related.SyntaxTree == node.SyntaxTree)
                {
                    properties.Add(RelatedStartProperty, related.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    properties.Add(RelatedLengthProperty, related.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (finding.Detail is { } detail)
                {
                    properties.Add(DetailProperty, detail);
                }

                _generated.Report(
                    reportDiagnostic,
                    Diagnostic.Create(Descriptors.RejectedSignature, node.GetLocation(), properties.ToImmutable(), mistake, answer),
                    cancellationToken);
            }
        }

        /// <summary>A finding in another type than the body's is reported only when that type is OKX code.</summary>
        private bool IsOkxOwner(ISymbol? findingOwner, ISymbol bodyOwner, CancellationToken cancellationToken)
        {
            var type = findingOwner as INamedTypeSymbol ?? findingOwner?.ContainingType;
            return type is null
                   || SymbolEqualityComparer.Default.Equals(type, bodyOwner as INamedTypeSymbol ?? bodyOwner.ContainingType)
                   || _context.IsOkxContext(type, cancellationToken);
        }

        /// <summary>
        /// A login's mistake or a REST one: from the sink, except for the hash, key and encoding of a helper outside the
        /// body (which REST signatures and logins may share), which the helper's own type decides.
        /// </summary>
        private static bool IsLogin(SigningFinding finding, ISymbol bodyOwner, CancellationToken cancellationToken) =>
            finding.Mistake is SigningMistake.HexSignature or SigningMistake.DecodedSecret or SigningMistake.WrongHmac or SigningMistake.PlainHash
            && finding.Owner is { } helper && !SymbolEqualityComparer.Default.Equals(helper, bodyOwner)
                ? SigningCode.IsLoginHelper(helper, cancellationToken)
                : finding.Login;

        private static (string Mistake, string Answer) Message(SigningFinding finding, bool login)
        {
            var signature = login ? Messages.LoginRefused : Messages.InvalidSignature;
            return finding.Mistake switch
            {
                SigningMistake.TwoClockReads => (login ? Messages.LoginTwoClockReads : Messages.TwoClockReads, signature),
                SigningMistake.LocalTime => (Messages.LocalTime, Messages.ExpiredTimestamp),
                SigningMistake.UnixTimestamp => (Messages.UnixTimestamp, Messages.InvalidTimestamp),
                SigningMistake.CultureTimestamp => (Messages.CultureTimestamp, Messages.InvalidTimestamp),
                SigningMistake.LoginDateTimestamp => (Messages.LoginDateTimestamp, Messages.LoginRefused),
                SigningMistake.LoginMillisecondsTimestamp => (Messages.LoginMillisecondsTimestamp, Messages.LoginRefused),
                SigningMistake.PathWithoutQuery => (Messages.PathWithoutQuery, signature),
                SigningMistake.LowerCaseMethod => (Messages.LowerCaseMethod, signature),
                SigningMistake.HexSignature => (Messages.HexSignature, signature),
                SigningMistake.DecodedSecret => (Messages.DecodedSecret, signature),
                SigningMistake.WrongHmac => (finding.Detail switch
                {
                    "HMAC-SHA512" => Messages.HmacSha512,
                    "HMAC-SHA384" => Messages.HmacSha384,
                    "HMAC-SHA1" => Messages.HmacSha1,
                    "HMAC-MD5" => Messages.HmacMd5,
                    _ => Messages.OtherHmac,
                }, signature),
                SigningMistake.PlainHash => (Messages.PlainHash, signature),
                _ => (Messages.LoginPrehash, Messages.LoginRefused),
            };
        }
    }
}
