using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Rules;

/// <summary>
/// OKX002: an OKX credential read from external text (environment, configuration, a file, the console, JSON) reaches
/// a credential sink (key / passphrase header, HMAC signing key, SDK credentials, CCXT configuration, WebSocket login)
/// without passing through Trim(). Reported once per source expression, where the value is read.
/// </summary>
/// <remarks>
/// Values that arrive as parameters are the caller's concern: when a sink's value traces to a parameter of a method
/// (or constructor) in source, a call in the compilation that passes an untrimmed source straight into that parameter
/// is reported at the source. The callee's parameter sinks are computed on demand, once per type and compilation.
/// </remarks>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class UntrimmedCredentialAnalyzer : OkxAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UntrimmedCredential);

    private protected override void OnOkxCompilationStart(OkxRegistration context, OkxCompilation okx)
    {
        var state = new CompilationState(okx);
        context.RegisterOperationAction(
            state.Analyze,
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
    }

    /// <summary>Everything one compilation needs: its types, the reported sources, the callee summaries.</summary>
    private sealed class CompilationState
    {
        private readonly Compilation _compilation;
        private readonly OkxTypes _types;
        private readonly OkxContext _context;
        private readonly ValueOrigins _origins;
        private readonly GeneratedCode _generated;

        /// <summary>Source expressions already reported (one diagnostic per source, however many sinks it reaches).</summary>
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> _reported = new();

        /// <summary>Per type in source: the parameters of its methods and constructors that reach a credential sink untrimmed.</summary>
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableDictionary<IParameterSymbol, CredentialKind>> _parameterSinks =
            new(SymbolEqualityComparer.Default);

        public CompilationState(OkxCompilation okx)
        {
            _compilation = okx.Compilation;
            _types = okx.Types;
            _context = okx.Context;
            _origins = okx.Origins;
            _generated = okx.Generated;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            var cancellationToken = context.CancellationToken;

            // Most callbacks are not sinks: no list for them. Generated files are skipped (after the cheaper test).
            if (CredentialSinks.MayBeSink(operation, context.ContainingSymbol, includeNamedMembers: false, extraNames: null))
            {
                if (_generated.IsGeneratedFile(operation.Syntax.SyntaxTree, cancellationToken))
                {
                    return;
                }

                var sinks = new List<CredentialSink>();
                CredentialSinks.Collect(operation, context.ContainingSymbol, _types, _context, includeNamedMembers: false, extraNames: null, sinks, cancellationToken);
                foreach (var sink in sinks)
                {
                    ReportUntrimmedSources(context, _origins.Trace(sink.Value, cancellationToken), sink.Kind);
                }

                if (sinks.Count > 0)
                {
                    return;
                }
            }

            AnalyzeCall(context);
        }

        /// <summary>A call to a method in source whose parameter reaches a credential sink, given an untrimmed source.</summary>
        private void AnalyzeCall(OperationAnalysisContext context)
        {
            var (method, arguments) = context.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };

            if (method is null || arguments.IsEmpty || method.DeclaringSyntaxReferences.IsEmpty
                || _generated.IsGeneratedFile(context.Operation.Syntax.SyntaxTree, context.CancellationToken))
            {
                return;
            }

            ImmutableDictionary<IParameterSymbol, CredentialKind>? parameterSinks = null;
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter
                    || argument.ArgumentKind != ArgumentKind.Explicit
                    || !IsTextOrBytes(argument.Value.Type))
                {
                    continue;
                }

                // Trace the argument first: most arguments are not external text, and then the callee is never summarised.
                // Objects and helpers are followed here only where their names say credential (costs little on other calls).
                var sources = _origins.Trace(argument.Value, credentialNamesOnly: true, context.CancellationToken);
                if (!HasUntrimmedExternalText(sources))
                {
                    continue;
                }

                parameterSinks ??= GetParameterSinks(method.ContainingType.OriginalDefinition, context.CancellationToken);
                if (parameterSinks.TryGetValue(parameter.OriginalDefinition, out var kind))
                {
                    ReportUntrimmedSources(context, sources, kind);
                }
            }
        }

        private void ReportUntrimmedSources(OperationAnalysisContext context, ImmutableArray<ValueSource> sources, CredentialKind kind)
        {
            foreach (var source in sources)
            {
                if (source.Kind != ValueSourceKind.ExternalText || source.Trimmed)
                {
                    continue;
                }

                var node = source.Node;
                if (!_compilation.ContainsSyntaxTree(node.SyntaxTree) || !_reported.TryAdd((node.SyntaxTree, node.Span), 0))
                {
                    continue;
                }

                _generated.Report(
                    context.ReportDiagnostic,
                    Diagnostic.Create(
                        Descriptors.UntrimmedCredential,
                        node.GetLocation(),
                        kind.DisplayName(),
                        source.Description ?? Descriptors.CredentialMessages.FromExternalText,
                        kind.ErrorWhenMalformed()),
                    context.CancellationToken);
            }
        }

        private ImmutableDictionary<IParameterSymbol, CredentialKind> GetParameterSinks(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (_parameterSinks.TryGetValue(type, out var known))
            {
                return known;
            }

            // Computed outside the dictionary: two threads may both compute it, with the same result.
            var computed = ComputeParameterSinks(type, cancellationToken);
            return _parameterSinks.GetOrAdd(type, computed);
        }

        /// <summary>
        /// Walks every member body of the type (in all its partial declarations) for credential sinks, and keeps the
        /// parameters whose value reaches one without Trim() — directly, or through a field or auto-property the
        /// constructor assigns.
        /// </summary>
        [SuppressMessage(
            "MicrosoftCodeAnalysisCorrectness",
            "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
            Justification = "The callee of a reported call usually lives in another file than its caller (OkxClient.cs vs Program.cs), and "
                + "the analyzer cannot wait for the callee's own analysis without a compilation-end diagnostic the user would not see while "
                + "typing. The model is requested only for types that are given untrimmed external text, once per type and compilation.")]
        private ImmutableDictionary<IParameterSymbol, CredentialKind> ComputeParameterSinks(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var result = ImmutableDictionary.CreateBuilder<IParameterSymbol, CredentialKind>(SymbolEqualityComparer.Default);
            var sinks = new List<CredentialSink>();
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                    || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
                {
                    continue;
                }

                var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
                foreach (var member in declaration.Members)
                {
                    foreach (var root in MemberOperations(member, model, cancellationToken))
                    {
                        foreach (var operation in root.DescendantsAndSelf())
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            if (operation.Kind is not (OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment))
                            {
                                continue;
                            }

                            sinks.Clear();
                            if (!CredentialSinks.MayBeSink(operation, type, includeNamedMembers: false, extraNames: null))
                            {
                                continue;
                            }

                            var containing = model.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken) ?? type;
                            CredentialSinks.Collect(operation, containing, _types, _context, includeNamedMembers: false, extraNames: null, sinks, cancellationToken);
                            foreach (var sink in sinks)
                            {
                                foreach (var source in _origins.Trace(sink.Value, cancellationToken))
                                {
                                    if (source is { Kind: ValueSourceKind.Parameter, Trimmed: false, Parameter: { } parameter }
                                        && !result.ContainsKey(parameter.OriginalDefinition))
                                    {
                                        result.Add(parameter.OriginalDefinition, sink.Kind);
                                    }
                                }
                            }
                        }
                    }
                }
            }

            return result.ToImmutable();
        }

        /// <summary>The operation trees of one member: method and constructor bodies, accessors, initializers.</summary>
        private static IEnumerable<IOperation> MemberOperations(MemberDeclarationSyntax member, SemanticModel model, CancellationToken cancellationToken)
        {
            var nodes = new List<SyntaxNode>();
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    nodes.Add(method);
                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property.AccessorList is { } accessors)
                    {
                        nodes.AddRange(accessors.Accessors);
                    }

                    if (property is PropertyDeclarationSyntax { ExpressionBody: { } body })
                    {
                        nodes.Add(body);
                    }
                    else if (property is IndexerDeclarationSyntax { ExpressionBody: { } indexerBody })
                    {
                        nodes.Add(indexerBody);
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer })
                    {
                        nodes.Add(initializer);
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } fieldInitializer)
                        {
                            nodes.Add(fieldInitializer);
                        }
                    }

                    break;
            }

            foreach (var node in nodes)
            {
                if (model.GetOperation(node, cancellationToken) is { } operation)
                {
                    yield return operation;
                }
            }
        }

        private static bool HasUntrimmedExternalText(ImmutableArray<ValueSource> sources)
        {
            foreach (var source in sources)
            {
                if (source is { Kind: ValueSourceKind.ExternalText, Trimmed: false })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTextOrBytes(ITypeSymbol? type) =>
            type is not null
            && (type.SpecialType == SpecialType.System_String
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Char });
    }
}
