using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Internals;

namespace OkxSafety.Analyzers.Okx;

/// <summary>How the instances of a type get their member values from outside the program, as a whole.</summary>
internal enum TypeBinding
{
    /// <summary>Not bound: members get only the values the code writes.</summary>
    None,

    /// <summary>Bound from configuration: <c>Configure&lt;T&gt;(section)</c>, <c>AddOptions&lt;T&gt;().Bind(…)</c> / <c>BindConfiguration(…)</c>, <c>Get&lt;T&gt;()</c>, <c>Bind(obj)</c>.</summary>
    Configuration,

    /// <summary>Deserialized from JSON: <c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>JsonConvert.DeserializeObject&lt;T&gt;</c>, <c>PopulateObject</c>, <c>ToObject&lt;T&gt;</c>.</summary>
    Json,
}

/// <summary>
/// Everything the compilation writes into the members of one of its own types from outside the type's constructors:
/// the object creations (whose arguments feed the constructor parameters, a positional record's properties among them),
/// the assignments (<c>x.ApiKey = …</c>, object initializers, <c>with { … }</c>, <c>Configure&lt;T&gt;(o =&gt; o.ApiKey = …)</c>),
/// the members trimmed in place (<c>o.ApiKey = o.ApiKey.Trim()</c>, in a PostConfigure for example) and whether the
/// type is bound from configuration or JSON. Made once per type and compilation (<see cref="ValueOrigins"/> keeps it),
/// and only for a type whose member a credential sink's value is read from.
/// </summary>
/// <remarks>
/// Only the syntax trees whose text names the type are read (an implicit <c>new()</c> or an assignment in a tree that
/// never names the type is not seen: the writes found are still real, the member is only less often called "mixed"),
/// and of those not the ones that declare another type of the same name (there the name means that type). Each tree's
/// candidate sites are found and bound once, for every type asked about (<see cref="WriteSites"/>).
/// </remarks>
internal sealed class MemberWrites
{
    private static readonly ImmutableArray<IOperation> NoValues = ImmutableArray<IOperation>.Empty;

    private readonly Dictionary<ISymbol, List<IOperation>> _assigned;
    private readonly HashSet<ISymbol> _normalized;

    private MemberWrites(
        ImmutableArray<IObjectCreationOperation> creations,
        Dictionary<ISymbol, List<IOperation>> assigned,
        HashSet<ISymbol> normalized,
        TypeBinding binding)
    {
        Creations = creations;
        _assigned = assigned;
        _normalized = normalized;
        Binding = binding;
    }

    /// <summary>Every <c>new T(…)</c> / <c>new T { … }</c> / target-typed <c>new(…)</c> of the type.</summary>
    public ImmutableArray<IObjectCreationOperation> Creations { get; }

    public TypeBinding Binding { get; }

    /// <summary>The values assigned to <paramref name="member"/> outside the type's constructors.</summary>
    public IReadOnlyList<IOperation> AssignedValues(ISymbol member) =>
        _assigned.TryGetValue(member.OriginalDefinition, out var values) ? values : NoValues;

    /// <summary>Somewhere the member is set to its own trimmed value (<c>o.ApiKey = o.ApiKey?.Trim()</c>).</summary>
    public bool IsNormalized(ISymbol member) => _normalized.Contains(member.OriginalDefinition);

    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "A credential read from a member of the project's own type (settings, options, records) is written where the "
            + "type is created, bound or assigned, usually in another file (Program.cs). Asked only for a type whose member a "
            + "credential sink's value is read from, once per type and compilation, and only in the trees that name the type.")]
    public static MemberWrites Scan(INamedTypeSymbol type, Compilation compilation, OkxTypes types, WriteSites sites, CancellationToken cancellationToken)
    {
        var creations = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
        var assigned = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        var normalized = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var binding = TypeBinding.None;

        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol)
            {
                memberNames.Add(member.Name);
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Asked first, from the declarations alone (cheaper than scanning the text): the tree declares a type of the
            // same name, so the name there means its own type (another namespace's is reached only by qualifying it,
            // which is rare). Such trees are skipped unread.
            if (TreeFacts.DeclaredTypeNames(tree, cancellationToken).Contains(type.Name) && !IsDeclaredIn(type, tree))
            {
                continue;
            }

            if (!TreeFacts.MentionsIdentifier(tree, type.Name, cancellationToken))
            {
                continue;
            }

            // The tree's candidate sites, found once for every type asked about and bound by the name asked (OKX-dense
            // code declares the same settings record in many files: a walk and a bind per type and tree was most of
            // all our rules' time there). What is left per type is comparing symbols.
            var syntaxSites = sites.Of(tree, cancellationToken);

            foreach (var creation in syntaxSites.CreationsNamed(type.Name, compilation, cancellationToken))
            {
                if (SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, type))
                {
                    creations.Add(creation);
                }
            }

            foreach (var memberName in memberNames)
            {
                foreach (var (assignment, member, constructorType) in syntaxSites.AssignmentsTo(memberName, compilation, cancellationToken))
                {
                    if (!SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type)
                        || SymbolEqualityComparer.Default.Equals(constructorType, type))
                    {
                        continue;
                    }

                    if (TrimsItself(assignment.Value, member))
                    {
                        normalized.Add(member);
                    }
                    else
                    {
                        if (!assigned.TryGetValue(member, out var values))
                        {
                            assigned.Add(member, values = new List<IOperation>());
                        }

                        values.Add(assignment.Value);
                    }
                }
            }

            foreach (var invocation in syntaxSites.BindingCallsFor(type.Name, compilation, cancellationToken))
            {
                if (binding == TypeBinding.Configuration)
                {
                    break;
                }

                var found = BindingOf(invocation, type, types, cancellationToken);
                if (found != TypeBinding.None && (binding == TypeBinding.None || found == TypeBinding.Configuration))
                {
                    binding = found;
                }
            }
        }

        return new MemberWrites(creations.ToImmutable(), assigned, normalized, binding);
    }

    /// <summary>
    /// Per tree, the syntax that can write a member of a type from outside it: object creations, simple assignments (by
    /// the name assigned) and calls named for configuration or JSON binding. Found in one walk per tree, without binding,
    /// the first time a type asks about the tree; shared by every type of the compilation (kept by <see cref="ValueOrigins"/>).
    /// </summary>
    internal sealed class WriteSites
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, TreeSites> _byTree = new();

        public TreeSites Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (_byTree.TryGetValue(tree, out var known))
            {
                return known;
            }

            return _byTree.GetOrAdd(tree, new TreeSites(tree, this));
        }

        /// <summary>
        /// Some tree declares a global using alias: a target-typed creation's declared type may then be another name
        /// for the type asked about (asked once per compilation; a tree's own aliases are asked by the tree).
        /// </summary>
        public bool AnyGlobalUsingAlias(Compilation compilation, CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _anyGlobalAlias) is var known and not Unknown)
            {
                return known == Yes;
            }

            var found = false;
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (SyntaxByName.HasGlobalUsingAlias(tree, cancellationToken))
                {
                    found = true;
                    break;
                }
            }

            Volatile.Write(ref _anyGlobalAlias, found ? Yes : No);
            return found;
        }

        private const int Unknown = 0, No = 1, Yes = 2;
        private int _anyGlobalAlias;
    }

    /// <summary>
    /// One tree's candidate write sites, found from the text by the name asked (<see cref="SyntaxByName"/>: the
    /// occurrences of the name, then the token there and its parents), not by walking the tree, and bound only as asked.
    /// </summary>
    internal sealed class TreeSites
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<IObjectCreationOperation>> _creations = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<(ISimpleAssignmentOperation Assignment, ISymbol Member, INamedTypeSymbol? ConstructorType)>> _assignments = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<IInvocationOperation>> _bindingCalls = new(StringComparer.Ordinal);
        private readonly WriteSites _owner;
        private List<ImplicitObjectCreationExpressionSyntax>? _implicitCreations;
        private List<InvocationExpressionSyntax>? _bindingCallSyntax;
        private int _hasUsingAlias; // 0 not asked, 1 no, 2 yes

        public TreeSites(SyntaxTree tree, WriteSites owner)
        {
            Tree = tree;
            _owner = owner;
        }

        public SyntaxTree Tree { get; }

        // Bound only as asked, by name: binding a site binds the member around it, and OKX-dense code has a creation in
        // nearly every member (binding every site of every tree that names a settings type was most of OKX001's time).

        /// <summary>The creations written <c>new Name(…)</c> and the target-typed ones, as operations, in document order.</summary>
        public ImmutableArray<IObjectCreationOperation> CreationsNamed(string name, Compilation compilation, CancellationToken cancellationToken)
        {
            if (_creations.TryGetValue(name, out var known))
            {
                return known;
            }

            var found = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
            SemanticModel? model = null;
            foreach (var creationSyntax in CreationSyntax(name, compilation, cancellationToken))
            {
                model ??= ModelOf(compilation);
                if (model.GetOperation(creationSyntax, cancellationToken) is IObjectCreationOperation creation)
                {
                    found.Add(creation);
                }
            }

            return _creations.GetOrAdd(name, found.ToImmutable());
        }

        /// <summary>The assignments to a member of this name: the assignment, the member, the type of the constructor it sits in (if any).</summary>
        public ImmutableArray<(ISimpleAssignmentOperation Assignment, ISymbol Member, INamedTypeSymbol? ConstructorType)> AssignmentsTo(
            string name, Compilation compilation, CancellationToken cancellationToken)
        {
            if (_assignments.TryGetValue(name, out var known))
            {
                return known;
            }

            var syntax = new List<AssignmentExpressionSyntax>();
            foreach (var token in SyntaxByName.IdentifierTokens(Tree, name, cancellationToken))
            {
                if (SyntaxByName.ExpressionEndingIn(token) is { } target
                    && target.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    && assignment.Left == target)
                {
                    syntax.Add(assignment);
                }
            }

            if (syntax.Count == 0)
            {
                return _assignments.GetOrAdd(name, ImmutableArray<(ISimpleAssignmentOperation, ISymbol, INamedTypeSymbol?)>.Empty);
            }

            var model = ModelOf(compilation);
            var found = ImmutableArray.CreateBuilder<(ISimpleAssignmentOperation, ISymbol, INamedTypeSymbol?)>();
            foreach (var assignmentSyntax in syntax)
            {
                if (model.GetOperation(assignmentSyntax, cancellationToken) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                {
                    found.Add((assignment, target.Member.OriginalDefinition, ConstructorTypeAround(model, assignmentSyntax, cancellationToken)));
                }
            }

            return _assignments.GetOrAdd(name, found.ToImmutable());
        }

        /// <summary>
        /// The calls named for configuration or JSON binding that can bind a type of this name, as operations, in
        /// document order: a generic call only when one of its type arguments names it (<c>Get&lt;OkxSettings&gt;()</c>;
        /// OKX-dense code deserializes every response with <c>Deserialize&lt;OkxEnvelope&lt;T&gt;&gt;</c>), a
        /// non-generic one (<c>Bind(settings)</c>, <c>PopulateObject(json, settings)</c>) always.
        /// </summary>
        public ImmutableArray<IInvocationOperation> BindingCallsFor(string name, Compilation compilation, CancellationToken cancellationToken)
        {
            var bindingCalls = BindingCallSyntax(cancellationToken);
            if (bindingCalls.Count == 0)
            {
                return ImmutableArray<IInvocationOperation>.Empty;
            }

            if (_bindingCalls.TryGetValue(name, out var known))
            {
                return known;
            }

            var found = ImmutableArray.CreateBuilder<IInvocationOperation>();
            SemanticModel? model = null;
            foreach (var invocationSyntax in bindingCalls)
            {
                if (TypeArguments(invocationSyntax) is { } typeArguments && !NamesType(typeArguments, name))
                {
                    continue;
                }

                model ??= ModelOf(compilation);
                if (model.GetOperation(invocationSyntax, cancellationToken) is IInvocationOperation invocation)
                {
                    found.Add(invocation);
                }
            }

            return _bindingCalls.GetOrAdd(name, found.ToImmutable());
        }

        /// <summary>
        /// <c>new Name(…)</c> and the target-typed creations that may create a type of this name, in document order: a
        /// target-typed one is left out when the declaration it initialises or the method it is returned from names
        /// another type (unless a using alias could give the type another name).
        /// </summary>
        private List<BaseObjectCreationExpressionSyntax> CreationSyntax(string name, Compilation compilation, CancellationToken cancellationToken)
        {
            var creations = new List<BaseObjectCreationExpressionSyntax>();
            foreach (var token in SyntaxByName.IdentifierTokens(Tree, name, cancellationToken))
            {
                if (SyntaxByName.ExpressionEndingIn(token) is { } type && type.Parent is ObjectCreationExpressionSyntax creation && creation.Type == type)
                {
                    creations.Add(creation);
                }
            }

            var explicitCount = creations.Count;
            if (Volatile.Read(ref _hasUsingAlias) == 0)
            {
                Volatile.Write(ref _hasUsingAlias, SyntaxByName.HasUsingAlias(Tree, cancellationToken) ? 2 : 1);
            }

            var aliased = _hasUsingAlias == 2 || _owner.AnyGlobalUsingAlias(compilation, cancellationToken);
            foreach (var creation in ImplicitCreationSyntax(cancellationToken))
            {
                if (aliased || SyntaxByName.EvidentTypeName(creation) is not { } evident || evident == name)
                {
                    creations.Add(creation);
                }
            }

            if (explicitCount > 0 && creations.Count > explicitCount)
            {
                creations.Sort((left, right) => left.SpanStart.CompareTo(right.SpanStart));
            }

            return creations;
        }

        // Syntax found from the text alone is kept with the tree (TreeFacts): the IDE's next compilation reuses it.
        private List<ImplicitObjectCreationExpressionSyntax> ImplicitCreationSyntax(CancellationToken cancellationToken) =>
            _implicitCreations ??= TreeFacts.Nodes(
                Tree, "okx:implicit-creations", static (tree, ct) => new List<ImplicitObjectCreationExpressionSyntax>(SyntaxByName.ImplicitCreations(tree, ct)), cancellationToken);

        private List<InvocationExpressionSyntax> BindingCallSyntax(CancellationToken cancellationToken) =>
            _bindingCallSyntax ??= TreeFacts.Nodes(Tree, "okx:binding-calls", static (tree, ct) => FindBindingCalls(tree, ct), cancellationToken);

        /// <summary>The calls named for configuration or JSON binding (<see cref="BindingNames"/>), in document order.</summary>
        private static List<InvocationExpressionSyntax> FindBindingCalls(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var calls = new List<InvocationExpressionSyntax>();
            foreach (var name in BindingNames)
            {
                foreach (var token in SyntaxByName.IdentifierTokens(tree, name, cancellationToken))
                {
                    if (SyntaxByName.ExpressionEndingIn(token) is { } invoked && invoked.Parent is InvocationExpressionSyntax invocation && invocation.Expression == invoked)
                    {
                        calls.Add(invocation);
                    }
                }
            }

            calls.Sort((left, right) => left.SpanStart.CompareTo(right.SpanStart));
            return calls;
        }

        private static TypeArgumentListSyntax? TypeArguments(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } => generic.TypeArgumentList,
            MemberBindingExpressionSyntax { Name: GenericNameSyntax generic } => generic.TypeArgumentList,
            GenericNameSyntax generic => generic.TypeArgumentList,
            _ => null,
        };

        private static bool NamesType(TypeArgumentListSyntax typeArguments, string name)
        {
            foreach (var token in typeArguments.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        [SuppressMessage(
            "MicrosoftCodeAnalysisCorrectness",
            "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
            Justification = "The sites of a tree that names a type whose member a credential sink reads, bound as asked.")]
        private SemanticModel ModelOf(Compilation compilation) => compilation.GetSemanticModel(Tree);
    }

    private static bool IsDeclaredIn(INamedTypeSymbol type, SyntaxTree tree)
    {
        foreach (var location in type.Locations)
        {
            if (location.SourceTree == tree)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type whose constructor <paramref name="node"/> sits in (not through a lambda's or local function's member), or null.</summary>
    private static INamedTypeSymbol? ConstructorTypeAround(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is ConstructorDeclarationSyntax constructor)
            {
                return model.GetDeclaredSymbol(constructor, cancellationToken)?.ContainingType?.OriginalDefinition;
            }

            if (current is MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Every call of <paramref name="method"/> in the compilation (in the trees whose text names it).</summary>
    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "Asked only for a factory method whose parameter a traced member write comes from, once per method and compilation.")]
    public static ImmutableArray<IInvocationOperation> CallsOf(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SemanticModel? model = null;
            foreach (var token in SyntaxByName.IdentifierTokens(tree, method.Name, cancellationToken))
            {
                if (SyntaxByName.ExpressionEndingIn(token) is { } invoked && invoked.Parent is InvocationExpressionSyntax invocationSyntax && invocationSyntax.Expression == invoked)
                {
                    model ??= compilation.GetSemanticModel(tree);
                    if (model.GetOperation(invocationSyntax, cancellationToken) is IInvocationOperation invocation
                        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method))
                    {
                        calls.Add(invocation);
                    }
                }
            }
        }

        return calls.ToImmutable();
    }

    /// <summary>The property a positional record declares with the parameter, or null.</summary>
    public static IParameterSymbol? PositionalParameter(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not ParameterSyntax parameterSyntax)
            {
                continue;
            }

            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    foreach (var parameterReference in parameter.DeclaringSyntaxReferences)
                    {
                        if (parameterReference.SyntaxTree == reference.SyntaxTree && parameterReference.Span == parameterSyntax.Span)
                        {
                            return parameter;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The argument an object creation gives for <paramref name="parameter"/> of its constructor, or null.</summary>
    public static IOperation? ArgumentFor(IObjectCreationOperation creation, IParameterSymbol parameter)
    {
        if (!SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
        {
            return null;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } given && given.Ordinal == parameter.Ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The methods that bind a type from configuration or JSON (<see cref="BindingOf"/> tells which do).</summary>
    private static readonly string[] BindingNames =
    {
        "Configure", "Bind", "BindConfiguration", "Get", "GetValue", "Deserialize", "DeserializeAsync", "DeserializeObject", "PopulateObject", "ToObject",
    };

    private static TypeBinding BindingOf(IInvocationOperation invocation, INamedTypeSymbol type, OkxTypes types, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        var typeArgument = HasTypeArgument(method, type);
        switch (method.Name)
        {
            // services.Configure<T>(config.GetSection("Okx")) (not Configure<T>(o => …): those assignments are code writes)
            case "Configure" when typeArgument && HasConfigurationArgument(invocation):
            // services.AddOptions<T>().Bind(section) / .BindConfiguration("Okx")
            case "Bind" or "BindConfiguration" when method.ContainingType is { Name: "OptionsBuilder" or "OptionsBuilderConfigurationExtensions" or "OptionsBuilderExtensions" }
                                                    && OptionsBuilderOf(invocation, type):
            // config.GetSection("Okx").Get<T>(), GetValue<T>(key)
            case "Get" or "GetValue" when typeArgument && method.ContainingType?.Name == "ConfigurationBinder":
                return TypeBinding.Configuration;

            // config.GetSection("Okx").Bind(settings), config.Bind("Okx", settings)
            case "Bind" when method.ContainingType?.Name == "ConfigurationBinder" && HasArgumentOfType(invocation, type):
                return TypeBinding.Configuration;

            // Typed JSON settings: text (or a stream) read from a file, the console or configuration, not a response.
            case "Deserialize" or "DeserializeAsync" when typeArgument && method.ContainingType?.Name == "JsonSerializer"
                                                          && OkxTypes.IsInNamespace(method.ContainingType, "System.Text.Json")
                                                          && invocation.Arguments.Length > 0 && IsReadFromOutside(invocation.Arguments[0].Value, types, 0, cancellationToken):
            case "DeserializeObject" when typeArgument && method.ContainingType?.Name == "JsonConvert"
                                          && invocation.Arguments.Length > 0 && IsReadFromOutside(invocation.Arguments[0].Value, types, 0, cancellationToken):
            case "PopulateObject" when method.ContainingType?.Name == "JsonConvert" && HasArgumentOfType(invocation, type)
                                       && invocation.Arguments.Length > 0 && IsReadFromOutside(invocation.Arguments[0].Value, types, 0, cancellationToken):
            case "ToObject" when typeArgument && OkxTypes.IsOrDerivesFrom(method.ContainingType, types.JToken)
                                 && (invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)) is { } token
                                 && IsReadFromOutside(token, types, 0, cancellationToken):
                return TypeBinding.Json;

            default:
                return TypeBinding.None;
        }
    }

    /// <summary>
    /// The text or stream given to a deserializer is read from a file, a reader, the console, the environment or
    /// configuration (directly, through <c>JObject.Parse</c> / <c>JToken.Parse</c>, or through a local): settings, not a
    /// response from a server.
    /// </summary>
    private static bool IsReadFromOutside(IOperation value, OkxTypes types, int depth, CancellationToken cancellationToken)
    {
        while (true)
        {
            value = Unwrap(value);
            if (value is IAwaitOperation awaited)
            {
                value = awaited.Operation;
                continue;
            }

            break;
        }

        if (depth > 3)
        {
            return false;
        }

        switch (value)
        {
            case IInvocationOperation invocation:
                var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                var kind = ExternalReads.OfCall(invocation, receiver, types);
                if (kind is not (ExternalReadKind.None or ExternalReadKind.Json))
                {
                    return true;
                }

                return invocation.TargetMethod is { IsStatic: true, Name: "Parse" or "Load" or "ReadFrom" } parse
                       && OkxTypes.IsOrDerivesFrom(parse.ContainingType, types.JToken)
                       && invocation.Arguments.Length > 0
                       && IsReadFromOutside(invocation.Arguments[0].Value, types, depth + 1, cancellationToken);
            case IObjectCreationOperation { Type.Name: "StreamReader" or "JsonTextReader", Arguments.Length: > 0 } reader:
                return IsReadFromOutside(reader.Arguments[0].Value, types, depth + 1, cancellationToken)
                       || reader.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String; // new StreamReader(path)
            case ILocalReferenceOperation local:
                foreach (var definition in LocalDefinitions.Reaching(local, cancellationToken))
                {
                    if (definition is not null && IsReadFromOutside(definition, types, depth + 1, cancellationToken))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool HasTypeArgument(IMethodSymbol method, INamedTypeSymbol type)
    {
        foreach (var argument in method.TypeArguments)
        {
            if (SymbolEqualityComparer.Default.Equals(argument.OriginalDefinition, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasConfigurationArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (ExternalReads.IsConfigurationType(Unwrap(argument.Value).Type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasArgumentOfType(IInvocationOperation invocation, INamedTypeSymbol type)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (SymbolEqualityComparer.Default.Equals(Unwrap(argument.Value).Type?.OriginalDefinition, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The receiver (or the extension's first argument) is an OptionsBuilder&lt;T&gt;.</summary>
    private static bool OptionsBuilderOf(IInvocationOperation invocation, INamedTypeSymbol type)
    {
        var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        return receiver is not null && Unwrap(receiver).Type is INamedTypeSymbol { Name: "OptionsBuilder", TypeArguments.Length: 1 } builder
               && SymbolEqualityComparer.Default.Equals(builder.TypeArguments[0].OriginalDefinition, type);
    }

    /// <summary><c>o.ApiKey = o.ApiKey.Trim()</c> / <c>o.ApiKey?.Trim() ?? ""</c> / <c>(o.ApiKey ?? "").Trim()</c>.</summary>
    private static bool TrimsItself(IOperation value, ISymbol member)
    {
        value = Unwrap(value);
        if (value is ICoalesceOperation outer)
        {
            value = Unwrap(outer.Value);
        }

        if (value is IConditionalAccessOperation { WhenNotNull: IInvocationOperation whenNotNull } access && IsTrim(whenNotNull))
        {
            return IsMember(access.Operation, member);
        }

        if (value is IInvocationOperation { Instance: { } instance } trim && IsTrim(trim))
        {
            instance = Unwrap(instance);
            if (instance is ICoalesceOperation coalesce)
            {
                instance = Unwrap(coalesce.Value);
            }

            return IsMember(instance, member);
        }

        return false;
    }

    private static bool IsTrim(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Trim" } trim && trim.ContainingType.SpecialType == SpecialType.System_String;

    private static bool IsMember(IOperation operation, ISymbol member) =>
        Unwrap(operation) is IMemberReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, member);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }
}
