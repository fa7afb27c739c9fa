using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>What the outbox pages show of a stored mail/send body; tolerant of anything SendGrid accepted.</summary>
internal sealed record OutboxMail(
    Address? From,
    Address? ReplyTo,
    string? Subject,
    string? TemplateId,
    IReadOnlyList<OutboxPersonalization> Personalizations,
    string? Text,
    string? Html,
    IReadOnlyList<OutboxAttachment> Attachments)
{
    public static OutboxMail Of(JsonElement request)
    {
        var content = request.Items("content");
        return new OutboxMail(
            Address.Of(request.ObjectOrNull("from")),
            Address.Of(request.ObjectOrNull("reply_to")),
            request.StringOrNull("subject"),
            request.StringOrNull("template_id"),
            [.. request.Items("personalizations").Select(OutboxPersonalization.Of)],
            ValueOf(content, "text/plain"),
            ValueOf(content, "text/html"),
            [.. request.Items("attachments").Select(OutboxAttachment.Of)]);
    }

    /// <summary>The subject a reader sees first: the global one, else the first personalization's.</summary>
    public string? DisplaySubject =>
        !string.IsNullOrEmpty(Subject) ? Subject : Personalizations.Select(p => p.Subject).FirstOrDefault(s => !string.IsNullOrEmpty(s));

    public IEnumerable<Address> AllRecipients => Personalizations.SelectMany(p => p.To.Concat(p.Cc).Concat(p.Bcc));

    private static string? ValueOf(IReadOnlyList<JsonElement> content, string type) =>
        content.FirstOrDefault(c => string.Equals(c.StringOrNull("type"), type, StringComparison.OrdinalIgnoreCase))
            is { ValueKind: JsonValueKind.Object } part ? part.StringOrNull("value") : null;
}

/// <summary>An address with its optional display name.</summary>
internal sealed record Address(string Email, string? Name)
{
    public static Address? Of(JsonElement? element) =>
        element?.StringOrNull("email") is { } email ? new Address(email, element.Value.StringOrNull("name")) : null;

    public override string ToString() => string.IsNullOrEmpty(Name) ? Email : $"{Name} <{Email}>";
}

/// <summary>One personalization: its recipients and its own subject, if any.</summary>
internal sealed record OutboxPersonalization(
    IReadOnlyList<Address> To, IReadOnlyList<Address> Cc, IReadOnlyList<Address> Bcc, string? Subject)
{
    public static OutboxPersonalization Of(JsonElement personalization) => new(
        Addresses(personalization, "to"), Addresses(personalization, "cc"), Addresses(personalization, "bcc"),
        personalization.StringOrNull("subject"));

    private static IReadOnlyList<Address> Addresses(JsonElement personalization, string kind) =>
        [.. personalization.Items(kind).Select(e => Address.Of(e)).OfType<Address>()];
}

/// <summary>One attachment as sent: base64 content, file name and media type.</summary>
internal sealed record OutboxAttachment(string? Filename, string? Type, string? Disposition, string? Content)
{
    public static OutboxAttachment Of(JsonElement attachment) => new(
        attachment.StringOrNull("filename"), attachment.StringOrNull("type"),
        attachment.StringOrNull("disposition"), attachment.StringOrNull("content"));

    /// <summary>The decoded bytes, or null when the stored content is not base64.</summary>
    public byte[]? Decode()
    {
        if (Content is null)
            return null;
        try
        {
            return Convert.FromBase64String(Content);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Decoded size in bytes, from the base64 length (without decoding).</summary>
    public long Size
    {
        get
        {
            var text = Content?.Trim() ?? "";
            return text.Length / 4 * 3 - (text.EndsWith("==") ? 2 : text.EndsWith('=') ? 1 : 0);
        }
    }
}
