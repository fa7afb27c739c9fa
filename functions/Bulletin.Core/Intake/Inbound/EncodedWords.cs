using System.Text;
using System.Text.RegularExpressions;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// Decodes RFC 2047 encoded words with this parser's charset rules (GB2312 and GBK read as GB18030).
/// Adjacent words of one charset are joined as bytes first: Chinese clients split a character across two words.
/// </summary>
internal static partial class EncodedWords
{
    [GeneratedRegex(@"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")]
    private static partial Regex Word();

    [GeneratedRegex(@"\r?\n(?=[ \t])")]
    private static partial Regex Fold();

    public static string Decode(string value)
    {
        if (!value.Contains("=?", StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        var pending = new List<byte>();
        string? pendingCharset = null;
        var position = 0;

        void Flush()
        {
            if (pendingCharset is not null)
            {
                text.Append(InboundCharsets.Decode(pending.ToArray(), pendingCharset));
            }

            pending.Clear();
            pendingCharset = null;
        }

        var previousWasWord = false;
        foreach (Match word in Word().Matches(value))
        {
            var gap = value[position..word.Index];
            var payload = DecodePayload(word.Groups[2].Value, word.Groups[3].Value);
            var charset = word.Groups[1].Value.Split('*')[0];
            var adjacent = previousWasWord && string.IsNullOrWhiteSpace(gap);
            if (!adjacent || payload is null || !charset.Equals(pendingCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
            }

            // RFC 2047: white space between two adjacent encoded words is not shown.
            if (!adjacent || payload is null)
            {
                text.Append(gap);
            }

            if (payload is null)
            {
                text.Append(word.Value);
            }
            else
            {
                pending.AddRange(payload);
                pendingCharset = charset;
            }

            previousWasWord = payload is not null;
            position = word.Index + word.Length;
        }

        Flush();
        return text.Append(value[position..]).ToString();
    }

    /// <summary>A raw header value as bytes: unlabelled 8-bit read as UTF-8 or GB18030, unfolded, encoded words decoded.</summary>
    public static string DecodeHeader(ReadOnlySpan<byte> rawValue) =>
        Decode(Unfold(InboundCharsets.DecodeUnlabelled(rawValue))).Trim();

    public static string Unfold(string value) => Fold().Replace(value, string.Empty);

    private static byte[]? DecodePayload(string encoding, string payload)
    {
        if (encoding is "B" or "b")
        {
            var padded = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            var buffer = new byte[padded.Length];
            return Convert.TryFromBase64String(padded, buffer, out var written) ? buffer[..written] : null;
        }

        var bytes = new List<byte>(payload.Length);
        for (var i = 0; i < payload.Length; i++)
        {
            if (payload[i] == '_')
            {
                bytes.Add((byte)' ');
            }
            else if (payload[i] == '=' && i + 2 < payload.Length && byte.TryParse(payload.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var octet))
            {
                bytes.Add(octet);
                i += 2;
            }
            else
            {
                bytes.Add((byte)payload[i]);
            }
        }

        return bytes.ToArray();
    }
}
