using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace Bulletin.Intake.Inbound;

/// <summary>Addresses from header text and from SendGrid's envelope, lower-case.</summary>
internal static partial class MailAddresses
{
    [GeneratedRegex(@"[^\s<>@,;:""()\[\]]+@[^\s<>@,;:""()\[\]]+")]
    private static partial Regex AddrSpec();

    public static IReadOnlyList<MailboxAddress> Mailboxes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (InternetAddressList.TryParse(InboundMimeOptions.Parser, text, out var list) && list.Mailboxes.Any())
        {
            return list.Mailboxes.Where(m => m.Address.Contains('@')).ToList();
        }

        // Mail that breaks RFC 5322 still names its addresses plainly.
        return AddrSpec().Matches(text).Select(m => new MailboxAddress(string.Empty, m.Value)).ToList();
    }

    public static string Normalize(string address) => address.Trim().ToLowerInvariant();

    /// <summary>The addresses in order, each once, lower-case.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string> addresses) =>
        addresses.Select(Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public static Envelope ReadEnvelope(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Envelope(null, []);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Envelope(null, []);
            }

            var from = root.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String ? Normalize(f.GetString()!) : null;
            var to = !root.TryGetProperty("to", out var t) ? []
                : t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : t.ValueKind == JsonValueKind.String ? [t.GetString()!]
                : new List<string>();
            return new Envelope(string.IsNullOrEmpty(from) ? null : from, Distinct(to));
        }
        catch (JsonException)
        {
            return new Envelope(null, []);
        }
    }

    public sealed record Envelope(string? From, IReadOnlyList<string> To);
}
