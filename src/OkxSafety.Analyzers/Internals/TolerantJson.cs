using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace OkxSafety.Analyzers.Internals;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A member of a JSON object: its name (unescaped), the span of the name token (quotes included) and its value.</summary>
internal readonly struct JsonMember
{
    public JsonMember(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}

/// <summary>
/// A JSON value read by <see cref="TolerantJson"/>, with its span in the text (a string's span includes its quotes).
/// Objects keep their members in document order, duplicates included.
/// </summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];
    private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];

    private JsonNode(JsonNodeKind kind, TextSpan span, string? stringValue, IReadOnlyList<JsonMember>? members, IReadOnlyList<JsonNode>? items)
    {
        Kind = kind;
        Span = span;
        StringValue = stringValue;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public JsonNodeKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The unescaped text of a string; null for every other kind.</summary>
    public string? StringValue { get; }

    /// <summary>An object's members; empty for every other kind.</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>An array's items; empty for every other kind.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    internal static JsonNode Scalar(JsonNodeKind kind, TextSpan span, string? stringValue = null) => new(kind, span, stringValue, null, null);

    internal static JsonNode Object(TextSpan span, IReadOnlyList<JsonMember> members) => new(JsonNodeKind.Object, span, null, members, null);

    internal static JsonNode Array(TextSpan span, IReadOnlyList<JsonNode> items) => new(JsonNodeKind.Array, span, null, null, items);
}

/// <summary>
/// Reads JSON as .NET configuration files are written: standard JSON (RFC 8259) plus <c>//</c> and <c>/* */</c>
/// comments and trailing commas in objects and arrays. Anything else (single quotes, unquoted names, a second
/// top-level value, control characters in strings, nesting deeper than <see cref="MaxDepth"/>) makes the text
/// invalid: <see cref="TryParse"/> then returns null and never throws.
/// </summary>
internal static class TolerantJson
{
    /// <summary>The deepest nesting read (System.Text.Json's default); deeper text is treated as invalid.</summary>
    public const int MaxDepth = 64;

    /// <summary>The root value of the text, or null when the text is not valid JSON (as relaxed above).</summary>
    public static JsonNode? TryParse(SourceText text, CancellationToken cancellationToken)
    {
        var reader = new Reader(text.ToString(), cancellationToken);
        return reader.ReadDocument();
    }

    /// <summary>The root value of the text, or null when the text is not valid JSON (as relaxed above).</summary>
    public static JsonNode? TryParse(string text, CancellationToken cancellationToken)
    {
        var reader = new Reader(text, cancellationToken);
        return reader.ReadDocument();
    }

    private sealed class Reader
    {
        private readonly string _text;
        private readonly CancellationToken _cancellationToken;
        private int _position;
        private int _steps;

        public Reader(string text, CancellationToken cancellationToken)
        {
            _text = text;
            _cancellationToken = cancellationToken;
        }

        public JsonNode? ReadDocument()
        {
            if (!SkipTrivia())
            {
                return null;
            }

            var root = ReadValue(depth: 0);
            if (root is null || !SkipTrivia() || _position != _text.Length)
            {
                return null;
            }

            return root;
        }

        private JsonNode? ReadValue(int depth)
        {
            if ((++_steps & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (_position >= _text.Length)
            {
                return null;
            }

            var c = _text[_position];
            switch (c)
            {
                case '{':
                    return depth >= MaxDepth ? null : ReadObject(depth + 1);
                case '[':
                    return depth >= MaxDepth ? null : ReadArray(depth + 1);
                case '"':
                    return ReadString(out var value, out var span) ? JsonNode.Scalar(JsonNodeKind.String, span, value) : null;
                case 't':
                    return ReadLiteral("true", JsonNodeKind.True);
                case 'f':
                    return ReadLiteral("false", JsonNodeKind.False);
                case 'n':
                    return ReadLiteral("null", JsonNodeKind.Null);
                default:
                    return c == '-' || (c >= '0' && c <= '9') ? ReadNumber() : null;
            }
        }

        private JsonNode? ReadObject(int depth)
        {
            var start = _position;
            _position++; // {
            var members = new List<JsonMember>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position < _text.Length && _text[_position] == '}')
                {
                    _position++;
                    return JsonNode.Object(TextSpan.FromBounds(start, _position), members);
                }

                if (_position >= _text.Length || _text[_position] != '"' || !ReadString(out var name, out var nameSpan))
                {
                    return null;
                }

                if (!SkipTrivia() || _position >= _text.Length || _text[_position] != ':')
                {
                    return null;
                }

                _position++;
                if (!SkipTrivia() || ReadValue(depth) is not { } value)
                {
                    return null;
                }

                members.Add(new JsonMember(name, nameSpan, value));
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                if (_text[_position] == ',')
                {
                    _position++; // a trailing comma before '}' is accepted by the loop
                    continue;
                }

                if (_text[_position] != '}')
                {
                    return null;
                }
            }
        }

        private JsonNode? ReadArray(int depth)
        {
            var start = _position;
            _position++; // [
            var items = new List<JsonNode>();
            while (true)
            {
                if (!SkipTrivia())
                {
                    return null;
                }

                if (_position < _text.Length && _text[_position] == ']')
                {
                    _position++;
                    return JsonNode.Array(TextSpan.FromBounds(start, _position), items);
                }

                if (ReadValue(depth) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                if (_text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                if (_text[_position] != ']')
                {
                    return null;
                }
            }
        }

        private bool ReadString(out string value, out TextSpan span)
        {
            value = string.Empty;
            span = default;
            var start = _position;
            _position++; // opening quote
            StringBuilder? builder = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    value = builder is null
                        ? _text.Substring(runStart, _position - runStart)
                        : builder.Append(_text, runStart, _position - runStart).ToString();
                    _position++;
                    span = TextSpan.FromBounds(start, _position);
                    return true;
                }

                if (c < ' ')
                {
                    return false;
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                if (_position + 1 >= _text.Length)
                {
                    return false;
                }

                var escaped = _text[_position + 1];
                _position += 2;
                switch (escaped)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length)
                        {
                            return false;
                        }

                        var code = 0;
                        for (var i = 0; i < 4; i++)
                        {
                            var digit = HexValue(_text[_position + i]);
                            if (digit < 0)
                            {
                                return false;
                            }

                            code = (code << 4) | digit;
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        return false;
                }

                runStart = _position;
            }

            return false;
        }

        private JsonNode? ReadLiteral(string literal, JsonNodeKind kind)
        {
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            {
                return null;
            }

            var start = _position;
            _position += literal.Length;
            return EndsToken() ? JsonNode.Scalar(kind, TextSpan.FromBounds(start, _position)) : null;
        }

        private JsonNode? ReadNumber()
        {
            var start = _position;
            if (_text[_position] == '-')
            {
                _position++;
            }

            if (_position >= _text.Length)
            {
                return null;
            }

            if (_text[_position] == '0')
            {
                _position++;
            }
            else if (!SkipDigits())
            {
                return null;
            }

            if (_position < _text.Length && _text[_position] == '.')
            {
                _position++;
                if (!SkipDigits())
                {
                    return null;
                }
            }

            if (_position < _text.Length && _text[_position] is 'e' or 'E')
            {
                _position++;
                if (_position < _text.Length && _text[_position] is '+' or '-')
                {
                    _position++;
                }

                if (!SkipDigits())
                {
                    return null;
                }
            }

            return EndsToken() ? JsonNode.Scalar(JsonNodeKind.Number, TextSpan.FromBounds(start, _position)) : null;
        }

        private bool SkipDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        /// <summary>A literal or number ends at a structural character, whitespace, a comment or the end of the text.</summary>
        private bool EndsToken()
        {
            if (_position >= _text.Length)
            {
                return true;
            }

            var c = _text[_position];
            return c is ',' or '}' or ']' or ' ' or '\t' or '\r' or '\n' or '/';
        }

        /// <summary>Skips whitespace and comments; false on an unterminated or malformed comment.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c is ' ' or '\t' or '\r' or '\n' || (c == '\uFEFF' && _position == 0))
                {
                    _position++;
                    continue;
                }

                if (c != '/')
                {
                    return true;
                }

                if (_position + 1 >= _text.Length)
                {
                    return false;
                }

                var next = _text[_position + 1];
                if (next == '/')
                {
                    _position += 2;
                    while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }

                    continue;
                }

                if (next != '*')
                {
                    return false;
                }

                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                _position = end + 2;
            }

            return true;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
