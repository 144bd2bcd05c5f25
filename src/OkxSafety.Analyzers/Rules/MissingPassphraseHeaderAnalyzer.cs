using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxSafety.Analyzers.Okx;
using Messages = OkxSafety.Analyzers.Descriptors.MissingPassphraseHeaderMessages;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX003: a signed OKX header set (OK-ACCESS-KEY or OK-ACCESS-SIGN) without a valid OK-ACCESS-PASSPHRASE: missing,
/// written only under a condition, written empty, or written under a misspelled name; and WebSocket login arguments
/// with an apiKey and a sign but no passphrase. One report per header bag; bags held in locals and parameters are
/// scoped to their method, bags held in fields and properties to the whole type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPassphraseHeaderAnalyzer : OkxAnalyzer
{
    /// <summary>Diagnostic property naming the case; the code fix reads it.</summary>
    public const string CaseProperty = "Case";
    public const string MissingCase = "Missing";
    public const string ConditionalCase = "Conditional";
    public const string EmptyCase = "Empty";
    public const string MisspelledCase = "Misspelled";
    public const string LoginMissingCase = "LoginMissing";
    public const string LoginEmptyCase = "LoginEmpty";

    /// <summary>For the conditional case: the span (start, length) of the construct the write should leave.</summary>
    public const string ConstructStartProperty = "ConstructStart";
    public const string ConstructLengthProperty = "ConstructLength";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingPassphraseHeader);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var types = okx.Types;
        var okxContext = okx.Context;
        var helpers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        var generated = okx.Generated;

        context.RegisterTypeStartAction(
            symbolStart =>
            {
                // A type declared only in generated files is not analysed (a partial type's generated parts are: the
                // headers they write are the type's own).
                if (generated.IsDeclaredOnlyInGeneratedFiles(symbolStart.Symbol, symbolStart.CancellationToken))
                {
                    return;
                }

                var collector = new PassphraseHeaderCollector((INamedTypeSymbol)symbolStart.Symbol, types, helpers);
                symbolStart.RegisterOperationAction(collector.OnWriteOrCall, OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.ObjectCreation);
                symbolStart.RegisterOperationAction(collector.OnReturn, OperationKind.Return);
                symbolStart.RegisterOperationAction(collector.OnInvalid, OperationKind.Invalid);
                symbolStart.RegisterSymbolEndAction(end => ReportFindings(end, collector, generated));
            });

        context.RegisterOperationAction(
            operationContext => AnalyzeLoginArguments(operationContext, types, okxContext, generated),
            OperationKind.AnonymousObjectCreation,
            OperationKind.ObjectCreation);
    }

    // ---------------------------------------------------------------- WebSocket login arguments

    private static void AnalyzeLoginArguments(OperationAnalysisContext context, OkxTypes types, OkxContext okxContext, GeneratedCode generated)
    {
        var members = LoginArguments.Members(context.Operation, types, context.CancellationToken);
        if (members.Count < 2)
        {
            return;
        }

        var hasKey = false;
        var hasSign = false;
        LoginMember? passphrase = null;
        foreach (var member in members)
        {
            if (LoginArguments.IsApiKey(member.Name))
            {
                hasKey = true;
            }
            else if (LoginArguments.IsSign(member.Name))
            {
                hasSign = true;
            }
            else if (LoginArguments.IsPassphraseLike(member.Name))
            {
                passphrase ??= member;
            }
        }

        if (!hasKey || !hasSign)
        {
            return;
        }

        if (passphrase is { } written && !PassphraseHeaderCollector.IsEmptyConstant(written.Value))
        {
            return;
        }

        if (!LoginArguments.IsInsideLoginRequest(context.Operation, types, context.CancellationToken)
            && !okxContext.IsOkxContext(context.ContainingSymbol, context.CancellationToken))
        {
            return;
        }

        var diagnostic = passphrase is { } empty
            ? Create(empty.Syntax, LoginEmptyCase, Messages.LoginEmpty, Messages.LoginError)
            : Create(context.Operation.Syntax, LoginMissingCase, Messages.LoginMissing, Messages.LoginError);
        generated.Report(context.ReportDiagnostic, diagnostic, context.CancellationToken);
    }

    // ---------------------------------------------------------------- header bags

    private static void ReportFindings(SymbolAnalysisContext context, PassphraseHeaderCollector collector, GeneratedCode generated)
    {
        foreach (var finding in collector.Findings(context.CancellationToken))
        {
            generated.Report(context.ReportDiagnostic, CreateDiagnostic(finding), context.CancellationToken);
        }
    }

    private static Diagnostic CreateDiagnostic(PassphraseHeaderFinding finding)
    {
        switch (finding.Problem)
        {
            case PassphraseProblem.Misspelled:
                return Create(finding.Node, MisspelledCase, Messages.Format(Messages.Misspelled, finding.HeaderName), Messages.HeaderError);
            case PassphraseProblem.Empty:
                return Create(finding.Node, EmptyCase, Messages.Empty, Messages.HeaderError);
            case PassphraseProblem.Conditional:
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(CaseProperty, ConditionalCase);
                if (finding.Construct is { } construct)
                {
                    properties.Add(ConstructStartProperty, construct.SpanStart.ToString(CultureInfo.InvariantCulture));
                    properties.Add(ConstructLengthProperty, construct.Span.Length.ToString(CultureInfo.InvariantCulture));
                }

                return Diagnostic.Create(Descriptors.MissingPassphraseHeader, finding.Node.GetLocation(), properties.ToImmutable(), Messages.Conditional, Messages.HeaderError);
            default:
                return Create(finding.Node, MissingCase, Messages.Format(Messages.Missing, finding.HeaderName), Messages.HeaderError);
        }
    }

    private static ImmutableDictionary<string, string?> Properties(string @case) =>
        ImmutableDictionary<string, string?>.Empty.Add(CaseProperty, @case);

    private static Diagnostic Create(SyntaxNode node, string @case, string what, string error) =>
        Diagnostic.Create(Descriptors.MissingPassphraseHeader, node.GetLocation(), Properties(@case), what, error);
}
