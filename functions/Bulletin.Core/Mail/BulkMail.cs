using Bulletin.Markup;

namespace Bulletin.Mail;

/// <summary>One mail to many people in one SendGrid request: one personalization per recipient, so nobody sees anyone
/// else, each with its own custom_args (ids only) that SendGrid returns with its events.</summary>
public sealed record BulkMail(string Subject, string Text, Html Html, IReadOnlyList<BulkMailRecipient> Recipients, IReadOnlyList<MailAttachment> Attachments)
{
    /// <summary>SendGrid takes at most 1000 personalizations in one mail/send request.</summary>
    public const int MaxRecipients = 1000;
}

public sealed record BulkMailRecipient(string Address, string? Name, IReadOnlyDictionary<string, string> CustomArgs);
