using System.Runtime.InteropServices;
using System.Text.Json;
using MimeKit;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// SendGrid's raw mode ("POST the raw, full MIME message"): the whole mail in the email field, read with MimeKit.
/// Bodies, Subject and file names are decoded here so that GB2312 and GBK read as GB18030.
/// </summary>
internal static class RawModeReader
{
    public static InboundMessage Read(SendGridForm form)
    {
        MimeMessage message;
        try
        {
            // Parsed in place: the parts' contents stay slices of the field until they are decoded.
            message = MimeMessage.Load(InboundMimeOptions.Parser, Stream(form.Fields["email"]), persistent: true);
        }
        catch (FormatException)
        {
            throw new InboundPayloadException("The 'email' field does not hold a MIME message.");
        }

        var charsets = Charsets(form);
        string? Field(string name) =>
            form.Fields.TryGetValue(name, out var bytes) ? InboundCharsets.Decode(bytes.Span, charsets.GetValueOrDefault(name)) : null;

        var from = message.From.Mailboxes.FirstOrDefault(m => m.Address.Contains('@'))
            ?? MailAddresses.Mailboxes(Field("from")).FirstOrDefault()
            ?? throw new InboundPayloadException("The mail has no From address, neither in its headers nor in the 'from' field.");
        var envelope = MailAddresses.ReadEnvelope(Field("envelope"));
        var subjectHeader = message.Headers.FirstOrDefault(h => h.Id == HeaderId.Subject);
        var (text, html, attachments) = ReadBody(message);

        return new InboundMessage(
            MessageId: MessageIds.First(message.Headers[HeaderId.MessageId]),
            FromAddress: MailAddresses.Normalize(from.Address),
            FromName: string.IsNullOrWhiteSpace(from.Name) ? null : from.Name.Trim(),
            To: MailAddresses.Distinct(message.To.Mailboxes.Select(m => m.Address).Concat(envelope.To)),
            Subject: subjectHeader is null ? EncodedWords.Decode(Field("subject") ?? string.Empty).Trim() : EncodedWords.DecodeHeader(subjectHeader.RawValue),
            Text: text,
            Html: html,
            Attachments: attachments,
            InReplyTo: MessageIds.First(message.Headers[HeaderId.InReplyTo]),
            Spf: Field("SPF")?.Trim() ?? string.Empty,
            Dkim: DkimResults.Parse(Field("dkim")))
        {
            EnvelopeFrom = envelope.From,
        };
    }

    private static (string? Text, string? Html, List<InboundAttachment> Attachments) ReadBody(MimeMessage message)
    {
        string? text = null, html = null;
        var attachments = new List<InboundAttachment>();
        foreach (var entity in message.BodyParts)
        {
            var fileName = FileName(entity);
            if (entity is TextPart part && fileName is null && !part.IsAttachment && (part.IsPlain ? text : part.IsHtml ? html : string.Empty) is null)
            {
                var decoded = InboundCharsets.Decode(SendGridForm.Content(part), part.ContentType.Charset);
                if (part.IsPlain)
                {
                    text = decoded;
                }
                else
                {
                    html = decoded;
                }

                continue;
            }

            // Attachments, and inline parts that carry a file name (Apple Mail and others send files inline).
            if (entity.IsAttachment || fileName is not null)
            {
                if (attachments.Count == InboundParseLimits.MaxAttachments)
                {
                    throw new InboundPayloadException($"The mail has more than {InboundParseLimits.MaxAttachments} attachments.");
                }

                var name = fileName ?? (entity is MessagePart { Message.Subject: { Length: > 0 } subject } ? subject + ".eml" : $"attachment{attachments.Count + 1}");
                attachments.Add(new InboundAttachment(name, entity.ContentType.MimeType, SendGridForm.Content(entity)));
            }
        }

        return (text, html, attachments);
    }

    private static MemoryStream Stream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static string? FileName(MimeEntity entity)
    {
        var name = SendGridForm.RawHeader(entity, HeaderId.ContentDisposition) is { } disposition ? FileNameParameter.Read(disposition, "filename") : null;
        name ??= SendGridForm.RawHeader(entity, HeaderId.ContentType) is { } type ? FileNameParameter.Read(type, "name") : null;
        return string.IsNullOrEmpty(name) ? null : name;
    }

    private static Dictionary<string, string?> Charsets(SendGridForm form)
    {
        try
        {
            return form.Fields.TryGetValue("charsets", out var bytes)
                ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(bytes.Span)?
                    .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, StringComparer.OrdinalIgnoreCase) ?? []
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
