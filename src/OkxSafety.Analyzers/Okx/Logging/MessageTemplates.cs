using System.Collections.Generic;

namespace OkxSafety.Analyzers.Okx.Logging;

/// <summary>
/// The holes of a message template ("Placed {OrderId} with {@Options}"), in order: Microsoft.Extensions.Logging and
/// Serilog give the arguments to the holes by position. A hole starting with '@' asks Serilog to destructure the
/// object (write its public properties); '$' and plain holes write its ToString().
/// </summary>
internal static class MessageTemplates
{
    /// <summary>For each hole in order, whether it destructures ('@'). "{{" and "}}" are escaped braces.</summary>
    public static List<bool> DestructuringHoles(string template)
    {
        var holes = new List<bool>();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            holes.Add(i + 1 < close && template[i + 1] == '@');
            i = close;
        }

        return holes;
    }
}
