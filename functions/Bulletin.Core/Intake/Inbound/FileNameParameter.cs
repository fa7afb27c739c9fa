using System.Text;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// Reads a file name parameter (filename, name) from a raw Content-Disposition or Content-Type value:
/// RFC 2231 (filename*=charset''%xx, continuations filename*0*=…), RFC 2047 words inside quotes, or raw 8-bit.
/// </summary>
internal static class FileNameParameter
{
    public static string? Read(string headerValue, string parameter)
    {
        var parameters = Split(EncodedWords.Unfold(headerValue));
        if (parameters.TryGetValue(parameter + "*", out var extended))
        {
            return DecodeExtended([(extended, true)]);
        }

        var segments = new List<(string Value, bool Encoded)>();
        for (var index = 0; ; index++)
        {
            if (parameters.TryGetValue($"{parameter}*{index}*", out var encoded))
            {
                segments.Add((encoded, true));
            }
            else if (parameters.TryGetValue($"{parameter}*{index}", out var plain))
            {
                segments.Add((plain, false));
            }
            else
            {
                break;
            }
        }

        if (segments.Count > 0)
        {
            return DecodeExtended(segments);
        }

        return parameters.TryGetValue(parameter, out var value) ? EncodedWords.Decode(value).Trim() : null;
    }

    private static string DecodeExtended(List<(string Value, bool Encoded)> segments)
    {
        string? charset = null;
        var bytes = new List<byte>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (value, encoded) = segments[i];
            if (i == 0 && encoded && value.Split('\'', 3) is [var name, _, var rest])
            {
                charset = name;
                value = rest;
            }

            bytes.AddRange(encoded ? PercentDecode(value) : Encoding.UTF8.GetBytes(value));
        }

        return InboundCharsets.Decode(bytes.ToArray(), charset).Trim();
    }

    private static IEnumerable<byte> PercentDecode(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length
                && byte.TryParse(value.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var octet))
            {
                yield return octet;
                i += 2;
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(value[i].ToString()))
                {
                    yield return b;
                }
            }
        }
    }

    /// <summary>The parameters after the first ';', names lower-case, quoted values unquoted; the first of a name wins.</summary>
    private static Dictionary<string, string> Split(string headerValue)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = headerValue.IndexOf(';');
        while (i >= 0 && i < headerValue.Length)
        {
            i++;
            var equals = headerValue.IndexOf('=', i);
            if (equals < 0)
            {
                break;
            }

            var name = headerValue[i..equals].Trim();
            i = equals + 1;
            while (i < headerValue.Length && headerValue[i] is ' ' or '\t')
            {
                i++;
            }

            var value = new StringBuilder();
            if (i < headerValue.Length && headerValue[i] == '"')
            {
                for (i++; i < headerValue.Length && headerValue[i] != '"'; i++)
                {
                    if (headerValue[i] == '\\' && i + 1 < headerValue.Length)
                    {
                        i++;
                    }

                    value.Append(headerValue[i]);
                }

                i = headerValue.IndexOf(';', Math.Min(i, headerValue.Length));
            }
            else
            {
                var end = headerValue.IndexOf(';', i);
                value.Append(headerValue[i..(end < 0 ? headerValue.Length : end)].Trim());
                i = end;
            }

            parameters.TryAdd(name, value.ToString());
        }

        return parameters;
    }
}
