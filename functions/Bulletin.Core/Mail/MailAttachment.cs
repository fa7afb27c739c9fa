namespace Bulletin.Mail;

/// <summary>A file attached to a mail (an issue's DOCX and PDF, a report's DOCX), or a part shown inline (an issue's photos).</summary>
public sealed record MailAttachment(string FileName, string ContentType, BinaryData Content)
{
    /// <summary>The id an HTML body refers to as <c>cid:</c>…, for a part shown inline (a photo); null for a file attached.</summary>
    public string? ContentId { get; init; }

    public string Disposition => ContentId is null ? "attachment" : "inline";

    /// <summary>The content as SendGrid's API takes it.</summary>
    public string Base64 => Convert.ToBase64String(Content.ToMemory().Span);
}
