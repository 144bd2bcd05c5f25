using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using OkxSafety.Analyzers.Okx;
using OkxSafety.Analyzers.Rules;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// What is wrong with an <c>okx_safety.*</c> value, in the words of the OKX000 warning: the problem and what the rules
/// use instead. The answers agree with the code that reads each option (an invalid value is already ignored there, in
/// favour of the default); this class only says so. A problem text never repeats the value, nor any part of it.
/// </summary>
internal static class OptionProblems
{
    /// <summary>Every option the package reads, in the order their warnings are reported.</summary>
    public static readonly string[] Options =
    {
        HardcodedCredentialAnalyzer.PlaceholderPatternOption,
        HardcodedCredentialAnalyzer.CredentialNamesOption,
        HardcodedCredentialAnalyzer.ConfigSectionOption,
        CredentialKind.ApiKey.EnvironmentVariableOption(),
        CredentialKind.SecretKey.EnvironmentVariableOption(),
        CredentialKind.Passphrase.EnvironmentVariableOption(),
    };

    /// <summary>.editorconfig (and .globalconfig) end a value at the first ';' or '#': the likeliest cause of a broken value.</summary>
    private const string CutHint = ".editorconfig ends a value at the first ';' or '#'";

    /// <summary>The problem with <paramref name="value"/> for <paramref name="option"/>, or null when it is fine.</summary>
    public static string? Check(string option, string value)
    {
        var trimmed = value.Trim();
        if (option == HardcodedCredentialAnalyzer.PlaceholderPatternOption)
        {
            return trimmed.Length == 0
                ? "the value is empty (" + CutHint + "); the default placeholder pattern is used"
                : PlaceholderPattern(trimmed);
        }

        if (option == HardcodedCredentialAnalyzer.CredentialNamesOption)
        {
            return trimmed.Length == 0
                ? "the value is empty (" + CutHint + "); no names are added"
                : CredentialNames(trimmed);
        }

        if (option == HardcodedCredentialAnalyzer.ConfigSectionOption)
        {
            return trimmed.Length == 0
                ? "the value is empty (" + CutHint + "); the section " + HardcodedCredentialAnalyzer.DefaultConfigSection + " is used"
                : null;
        }

        foreach (CredentialKind kind in new[] { CredentialKind.ApiKey, CredentialKind.SecretKey, CredentialKind.Passphrase })
        {
            if (option == kind.EnvironmentVariableOption())
            {
                return EnvironmentVariable(trimmed, kind);
            }
        }

        return null;
    }

    private static string? PlaceholderPattern(string pattern)
    {
        try
        {
            // The same construction as OKX001's (HardcodedCredentialAnalyzer.PlaceholderPattern), which falls back to the default.
            _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException)
        {
            // The exception's message quotes the pattern: it is not repeated.
            return "the value is not a valid .NET regular expression (" + CutHint + ": write them as \\x3B and \\x23); the default placeholder pattern is used";
        }
    }

    private static string? EnvironmentVariable(string name, CredentialKind kind)
    {
        if (name.Length == 0)
        {
            return "the value is empty (" + CutHint + "); " + kind.DefaultEnvironmentVariable() + " is used";
        }

        return CredentialKindExtensions.IsEnvironmentVariableName(name)
            ? null
            : "the value is not an environment variable name (a letter, then letters, digits or '_'"
                + (name[name.Length - 1] == '\\' ? "; " + CutHint : "") + "); " + kind.DefaultEnvironmentVariable() + " is used";
    }

    /// <summary>
    /// <c>Name</c> or <c>Name=api_key|secret_key|passphrase</c>, comma-separated (CredentialValues.ParseCredentialNames).
    /// Entries are named by their position, never by their text: a key pasted as a kind must not be echoed.
    /// </summary>
    private static string? CredentialNames(string text)
    {
        List<string>? problems = null;
        var entries = text.Split(',');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var position = "entry " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var separator = entry.IndexOf('=');
            var name = (separator < 0 ? entry : entry.Substring(0, separator)).Trim();
            if (name.Length == 0)
            {
                if (entry.Trim().Length > 0 || i < entries.Length - 1)
                {
                    (problems ??= new List<string>()).Add(position + " has no name and is ignored");
                }
                else
                {
                    (problems ??= new List<string>()).Add("the value ends with ',' (" + CutHint + ")");
                }

                continue;
            }

            if (!SyntaxFacts.IsValidIdentifier(name))
            {
                (problems ??= new List<string>()).Add(position + " is not a C# member name, so it matches no member");
            }

            if (separator >= 0 && CredentialValues.ParseKind(entry.Substring(separator + 1).Trim()) is null)
            {
                var kind = entry.Substring(separator + 1).Trim();
                (problems ??= new List<string>()).Add(position + (kind.Length == 0
                    ? " has no kind after '=' (" + CutHint + "), so it takes the kind its name says (else API key)"
                    : " has a kind that is not api_key, secret_key or passphrase, so it takes the kind its name says (else API key)"));
            }
        }

        if (problems is null)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var problem in problems)
        {
            message.Append(message.Length == 0 ? "" : "; ").Append(problem);
        }

        return message.ToString();
    }
}
