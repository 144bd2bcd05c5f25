using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxSafety.Analyzers.Okx;

/// <summary>One member of an object literal: <c>apiKey = …</c> in an anonymous object, <c>{ "apiKey", … }</c> or <c>["apiKey"] = …</c> in a dictionary.</summary>
internal readonly struct LoginMember
{
    public LoginMember(string name, IOperation value, SyntaxNode syntax)
    {
        Name = name;
        Value = value;
        Syntax = syntax;
    }

    public string Name { get; }

    public IOperation Value { get; }

    /// <summary>The member declarator or initializer element.</summary>
    public SyntaxNode Syntax { get; }
}

/// <summary>
/// Reads object literals shaped like OKX WebSocket login arguments
/// (<c>{"op":"login","args":[{"apiKey":…,"passphrase":…,"timestamp":…,"sign":…}]}</c>): anonymous objects and
/// string-keyed dictionaries created with an initializer.
/// </summary>
internal static class LoginArguments
{
    /// <summary>The named members of an anonymous object or of a dictionary's initializer; empty for anything else.</summary>
    public static List<LoginMember> Members(IOperation creation, OkxTypes types, CancellationToken cancellationToken)
    {
        var members = new List<LoginMember>();
        switch (creation)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        members.Add(new LoginMember(property.Property.Name, assignment.Value, assignment.Syntax));
                    }
                }

                break;

            case IObjectCreationOperation { Initializer: { } initializer } objectCreation when types.IsStringKeyedDictionary(objectCreation.Type):
                foreach (var element in initializer.Initializers)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (element)
                    {
                        case IInvocationOperation { Arguments.Length: 2 } add
                            when ConstantStrings.TryResolve(add.Arguments[0].Value, cancellationToken, out var key) && key is not null:
                            members.Add(new LoginMember(key, add.Arguments[1].Value, add.Syntax));
                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
                            when ConstantStrings.TryResolve(indexer.Arguments[0].Value, cancellationToken, out var key) && key is not null:
                            members.Add(new LoginMember(key, assignment.Value, assignment.Syntax));
                            break;
                    }
                }

                break;
        }

        return members;
    }

    /// <summary>True when an enclosing object literal (a few levels up) says <c>op = "login"</c>.</summary>
    public static bool IsInsideLoginRequest(IOperation creation, OkxTypes types, CancellationToken cancellationToken)
    {
        var depth = 0;
        for (var parent = creation.Parent; parent is not null && depth < 8; parent = parent.Parent, depth++)
        {
            if (parent is IAnonymousObjectCreationOperation or IObjectCreationOperation)
            {
                foreach (var member in Members(parent, types, cancellationToken))
                {
                    if (string.Equals(member.Name, "op", StringComparison.OrdinalIgnoreCase)
                        && ConstantStrings.TryResolve(member.Value, cancellationToken, out var op)
                        && string.Equals(op, "login", StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public static bool IsApiKey(string name) => string.Equals(name, "apiKey", StringComparison.OrdinalIgnoreCase);

    public static bool IsSign(string name) => string.Equals(name, "sign", StringComparison.OrdinalIgnoreCase);

    /// <summary>passphrase, passPhrase, pass, password…: any member whose name mentions "pass" is taken as the passphrase.</summary>
    public static bool IsPassphraseLike(string name) => name.IndexOf("pass", StringComparison.OrdinalIgnoreCase) >= 0;
}
