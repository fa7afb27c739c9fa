namespace Bulletin.Mail;

/// <summary>A file attached to a mail (an issue's DOCX and PDF, a report's DOCX).</summary>
public sealed record MailAttachment(string FileName, string ContentType, BinaryData Content)
{
    /// <summary>The content as SendGrid's API takes it.</summary>
    public string Base64 => Convert.ToBase64String(Content.ToMemory().Span);
}
