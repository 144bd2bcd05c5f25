using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static OkxSafety.Analyzers.Okx.SimulatedTradingValues;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// OKX004's type model: the bool members and parameters whose names choose demo or live (flags), the private helpers
/// called only under a demo test, and the WebSocket hosts a type connects to.
/// </summary>
internal static class SimulatedTradingFlags
{
    /// <summary>Records a call to a private method of the type, and whether the call is made only in demo mode or under a flag test.</summary>
    internal static void RecordCall(IInvocationOperation invocation, SimulatedTradingTypeState state, CancellationToken cancellationToken)
    {
        if (invocation.TargetMethod is not { DeclaredAccessibility: Accessibility.Private, MethodKind: MethodKind.Ordinary } method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, state.Type.OriginalDefinition))
        {
            return;
        }

        var conditions = new List<IOperation>();
        var place = TradingIntents.OfPlace(invocation, conditions, cancellationToken);
        var guarded = place == TradingIntent.Demo || ReferencesAny(conditions, state.Flags);
        state.AddCall(method.OriginalDefinition, guarded);
    }

    internal static bool ReferencesAny(List<IOperation> conditions, IEnumerable<DemoLiveFlag> flags)
    {
        foreach (var condition in conditions)
        {
            foreach (var descendant in condition.DescendantsAndSelf())
            {
                var referenced = descendant switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation property => property.Property,
                    IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
                    _ => null,
                };

                if (referenced is null)
                {
                    continue;
                }

                foreach (var flag in flags)
                {
                    if (SymbolEqualityComparer.Default.Equals(flag.Symbol, referenced))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }


    /// <summary>Bool fields, properties and constructor parameters of the type whose names say demo or live.</summary>
    internal static ImmutableArray<DemoLiveFlag> FindFlags(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var flags = ImmutableArray.CreateBuilder<DemoLiveFlag>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol { IsConst: false } field when IsBool(field.Type) && !IsFixed(field, field.IsReadOnly, cancellationToken):
                    AddFlag(flags, field);
                    break;
                case IPropertySymbol { IsIndexer: false } property when IsBool(property.Type) && !IsFixed(property, property.SetMethod is null, cancellationToken):
                    AddFlag(flags, property);
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (IsBool(parameter.Type))
                        {
                            AddFlag(flags, parameter);
                        }
                    }

                    break;
            }
        }

        return flags.ToImmutable();
    }

    /// <summary>A flag that is a constant in disguise (readonly bool IsDemo = true; bool IsDemo =&gt; true) does not choose anything.</summary>
    internal static bool IsFixed(ISymbol symbol, bool readOnly, CancellationToken cancellationToken)
    {
        if (DeclaredValues.GetDeclaredExpression(symbol, cancellationToken) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var isExpressionBody = symbol is IPropertySymbol && !(symbol.DeclaringSyntaxReferences.Length > 0
            && symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: not null });
        return readOnly || isExpressionBody ? literal.Token.Value is bool : false;
    }

    internal static void AddFlag(ImmutableArray<DemoLiveFlag>.Builder flags, ISymbol symbol)
    {
        var intent = TradingIntents.OfName(symbol.Name);
        if (intent != TradingIntent.Unknown)
        {
            flags.Add(new DemoLiveFlag(symbol, intent));
        }
    }

    /// <summary>
    /// The flag an unconditional "1" ignores: the type's flags and the enclosing method's bool parameters, unless a
    /// condition around the write uses one, or the member or type is itself about demo trading (EnableDemo()).
    /// </summary>
    internal static DemoLiveFlag? FindIgnoredFlag(OperationAnalysisContext context, SimulatedTradingTypeState state, List<IOperation> conditions)
    {
        var flags = new List<DemoLiveFlag>(state.Flags);
        if (context.ContainingSymbol is IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (IsBool(parameter.Type) && TradingIntents.OfName(parameter.Name) is var intent && intent != TradingIntent.Unknown
                    && !ContainsSymbol(flags, parameter))
                {
                    flags.Insert(0, new DemoLiveFlag(parameter, intent));
                }
            }
        }

        if (flags.Count == 0
            || MemberIntent(context.ContainingSymbol) != TradingIntent.Unknown
            || TradingIntents.OfName(state.Type.Name) != TradingIntent.Unknown)
        {
            return null;
        }

        if (ReferencesAny(conditions, flags))
        {
            return null;
        }

        return flags[0];
    }

    internal static TradingIntent MemberIntent(ISymbol symbol)
    {
        var name = symbol switch
        {
            IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => null,
            _ => symbol.Name,
        };

        return TradingIntents.OfName(name);
    }

    internal static bool ContainsSymbol(List<DemoLiveFlag> flags, ISymbol symbol)
    {
        foreach (var flag in flags)
        {
            if (SymbolEqualityComparer.Default.Equals(flag.Symbol, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>flag ? "1" : "0"</c> with a flag the write can reach: a parameter of the enclosing method, else a field or
    /// property usable there (qualified when a local hides it). Null when none is reachable (a field initializer, a
    /// static method and an instance flag, a constructor parameter from another member).
    /// </summary>
    internal static string? FlagExpression(OperationAnalysisContext context, SimulatedTradingTypeState state, DemoLiveFlag preferred, IOperation value)
    {
        if (context.ContainingSymbol is not IMethodSymbol method || value.SemanticModel is not { } model)
        {
            return null;
        }

        var candidates = new List<DemoLiveFlag> { preferred };
        candidates.AddRange(state.Flags);
        foreach (var candidate in candidates)
        {
            string? reference = null;
            switch (candidate.Symbol)
            {
                case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                    reference = parameter.Name;
                    break;
                case IFieldSymbol or IPropertySymbol when candidate.Symbol.IsStatic || !method.IsStatic:
                    reference = candidate.Symbol.Name;
                    var visible = model.LookupSymbols(value.Syntax.SpanStart, name: reference);
                    if (visible.Length != 1 || !SymbolEqualityComparer.Default.Equals(visible[0], candidate.Symbol))
                    {
                        reference = (candidate.Symbol.IsStatic ? state.Type.Name : "this") + "." + reference;
                    }

                    break;
            }

            if (reference is null)
            {
                continue;
            }

            if (IsNullableBool(((candidate.Symbol as IFieldSymbol)?.Type ?? (candidate.Symbol as IPropertySymbol)?.Type ?? (candidate.Symbol as IParameterSymbol)?.Type)))
            {
                reference += " == true";
            }

            return candidate.Intent == TradingIntent.Live ? $"{reference} ? \"0\" : \"1\"" : $"{reference} ? \"1\" : \"0\"";
        }

        return null;
    }

    internal static void CollectHost(OperationAnalysisContext context, SimulatedTradingTypeState state)
    {
        if (context.Operation.ConstantValue is { HasValue: true, Value: string text } && text.Length >= 10 && state.Owns(context.ContainingSymbol))
        {
            if (ContainsAnyHost(text, OkxVocabulary.DemoWebSocketHosts))
            {
                state.SawDemoHost();
            }

            if (ContainsAnyHost(text, OkxVocabulary.LiveWebSocketHosts))
            {
                state.SawLiveHost();
            }
        }
    }

    internal static bool ContainsAnyHost(string text, string[] hosts)
    {
        foreach (var host in hosts)
        {
            if (ContainsHost(text, host))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsHost(string text, string host)
    {
        for (var index = text.IndexOf(host, StringComparison.OrdinalIgnoreCase); index >= 0;
             index = text.IndexOf(host, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = index == 0 ? '/' : text[index - 1];
            var after = index + host.Length < text.Length ? text[index + host.Length] : '/';
            if (!char.IsLetterOrDigit(before) && before is not '.' and not '-' && !char.IsLetterOrDigit(after) && after is not '-')
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class DemoLiveFlag
{
    public DemoLiveFlag(ISymbol symbol, TradingIntent intent)
    {
        Symbol = symbol;
        Intent = intent;
    }

    public ISymbol Symbol { get; }

    public TradingIntent Intent { get; }
}

internal sealed class ConstantHeaderWrite
{
    public ConstantHeaderWrite(Location location, string value, IOperation valueOperation)
    {
        Location = location;
        Value = value;
        ValueOperation = valueOperation;
    }

    public Location Location { get; }

    public string Value { get; }

    public IOperation ValueOperation { get; }
}

/// <summary>What one type collects while its members are analysed (possibly in parallel).</summary>
internal sealed class SimulatedTradingTypeState
{
    private readonly object _gate = new();
    private readonly List<ConstantHeaderWrite> _constantWrites = new();
    private readonly HashSet<Location> _reported = new();
    private readonly List<(IMethodSymbol Method, Diagnostic Diagnostic)> _deferred = new();
    private readonly Dictionary<IMethodSymbol, bool> _callsAllGuarded = new(SymbolEqualityComparer.Default);
    private bool _demoHost;
    private bool _liveHost;

    public SimulatedTradingTypeState(INamedTypeSymbol type, ImmutableArray<DemoLiveFlag> flags, GeneratedCode generated)
    {
        Type = type;
        Flags = flags;
        Generated = generated;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>Every report goes through it: nothing is reported in generated code.</summary>
    public GeneratedCode Generated { get; }

    public ImmutableArray<DemoLiveFlag> Flags { get; }

    /// <summary>Operations of nested types belong to the nested type's own analysis.</summary>
    public bool Owns(ISymbol containingSymbol)
    {
        var owner = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType;
        return SymbolEqualityComparer.Default.Equals(owner, Type);
    }

    public void AddConstantWrite(ConstantHeaderWrite candidate)
    {
        lock (_gate)
        {
            _constantWrites.Add(candidate);
        }
    }

    public void Defer(IMethodSymbol method, Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _deferred.Add((method.OriginalDefinition, diagnostic));
        }
    }

    public void AddCall(IMethodSymbol method, bool guarded)
    {
        lock (_gate)
        {
            _callsAllGuarded[method] = guarded && (!_callsAllGuarded.TryGetValue(method, out var before) || before);
        }
    }

    /// <summary>Deferred diagnostics of helpers that are not called only under a demo test.</summary>
    public List<Diagnostic> DeferredToReport()
    {
        lock (_gate)
        {
            var result = new List<Diagnostic>();
            foreach (var (method, diagnostic) in _deferred)
            {
                if (!_callsAllGuarded.TryGetValue(method, out var guarded) || !guarded)
                {
                    result.Add(diagnostic);
                }
            }

            return result;
        }
    }

    public void MarkReported(Location location)
    {
        lock (_gate)
        {
            _reported.Add(location);
        }
    }

    public bool WasReported(Location location)
    {
        lock (_gate)
        {
            return _reported.Contains(location);
        }
    }

    public void SawDemoHost()
    {
        lock (_gate)
        {
            _demoHost = true;
        }
    }

    public void SawLiveHost()
    {
        lock (_gate)
        {
            _liveHost = true;
        }
    }

    public (bool DemoHost, bool LiveHost, List<ConstantHeaderWrite> Candidates) Snapshot()
    {
        lock (_gate)
        {
            return (_demoHost, _liveHost, new List<ConstantHeaderWrite>(_constantWrites));
        }
    }
}
