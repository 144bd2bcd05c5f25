using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeActions;

namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>Code-action helpers shared by the verifiers and the robustness suite.</summary>
public static class CodeActions
{
    private static readonly PropertyInfo? s_nestedActions =
        typeof(CodeAction).GetProperty("NestedActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        ?? typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>Adds the action, or its nested actions (recursively) when it only groups others.</summary>
    public static void Flatten(CodeAction action, List<CodeAction> into)
    {
        var nested = s_nestedActions?.GetValue(action) is ImmutableArray<CodeAction> children && !children.IsDefaultOrEmpty
            ? children
            : ImmutableArray<CodeAction>.Empty;
        if (nested.IsEmpty)
        {
            into.Add(action);
            return;
        }

        foreach (var child in nested)
        {
            Flatten(child, into);
        }
    }
}
