using System.Text.Json;
using MimeKit;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// SendGrid's default ("parsed") mode: one field per part of the mail. The charsets field is authoritative:
/// subject, from, to, text and html arrive in the mail's own charset and are decoded by it here.
/// </summary>
internal static class ParsedModeReader
{
    public static InboundMessage Read(SendGridForm form)
    {
        if (form.Files.Count > InboundParseLimits.MaxAttachments)
        {
            throw new InboundPayloadException($"The mail has {form.Files.Count} attachments; at most {InboundParseLimits.MaxAttachments} are accepted.");
        }

        var charsets = ReadJsonObject(form, "charsets");
        string? Field(string name) =>
            form.Fields.TryGetValue(name, out var bytes) ? InboundCharsets.Decode(bytes.Span, Charset(charsets, name)) : null;

        var from = MailAddresses.Mailboxes(Field("from")).FirstOrDefault()
            ?? throw new InboundPayloadException("The 'from' field is missing or holds no address.");
        var headers = ReadHeaders(form);
        var envelope = MailAddresses.ReadEnvelope(Field("envelope"));
        var to = MailAddresses.Mailboxes(Field("to")).Select(m => m.Address).Concat(envelope.To);

        return new InboundMessage(
            MessageId: MessageIds.First(headers?[HeaderId.MessageId]),
            FromAddress: MailAddresses.Normalize(from.Address),
            FromName: string.IsNullOrWhiteSpace(from.Name) ? null : from.Name.Trim(),
            To: MailAddresses.Distinct(to),
            Subject: EncodedWords.Decode(EncodedWords.Unfold(Field("subject") ?? string.Empty)).Trim(),
            Text: Field("text"),
            Html: Field("html"),
            Attachments: ReadAttachments(form),
            InReplyTo: MessageIds.First(headers?[HeaderId.InReplyTo]),
            Spf: Field("SPF")?.Trim() ?? string.Empty,
            Dkim: DkimResults.Parse(Field("dkim")))
        {
            EnvelopeFrom = envelope.From,
        };
    }

    private static List<InboundAttachment> ReadAttachments(SendGridForm form)
    {
        var info = ReadJsonObject(form, "attachment-info");
        return form.Files.Select(file =>
        {
            var described = info.TryGetValue(file.FieldName, out var element) && element.ValueKind == JsonValueKind.Object ? element : default;
            var name = new[] { Text(described, "filename"), Text(described, "name") }
                .Select(n => n is null ? null : EncodedWords.Decode(n).Trim())
                .FirstOrDefault(n => !string.IsNullOrEmpty(n) && !n.Contains('\uFFFD'))
                ?? (string.IsNullOrEmpty(file.FileName) ? file.FieldName : file.FileName);
            var type = file.ContentType ?? Text(described, "type") ?? "application/octet-stream";
            return new InboundAttachment(name, type, file.Content);
        }).ToList();
    }

    // The raw header block: Message-ID and In-Reply-To are only here.
    private static HeaderList? ReadHeaders(SendGridForm form)
    {
        if (!form.Fields.TryGetValue("headers", out var bytes))
        {
            return null;
        }

        try
        {
            // A header block ends at a blank line; the field may lack it.
            using var stream = new MemoryStream([.. bytes.Span, .. "\r\n\r\n"u8]);
            return HeaderList.Load(InboundMimeOptions.Parser, stream);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Charset(IReadOnlyDictionary<string, JsonElement> charsets, string field) =>
        charsets.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Dictionary<string, JsonElement> ReadJsonObject(SendGridForm form, string field)
    {
        if (!form.Fields.TryGetValue(field, out var bytes))
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            using var document = JsonDocument.Parse(InboundCharsets.DecodeUnlabelled(bytes.Span));
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? new(StringComparer.OrdinalIgnoreCase)
                : document.RootElement.EnumerateObject().GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().Value.Clone(), StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }
    }
}
