using Bulletin.Markup;

namespace Bulletin.Mail;

/// <summary>One mail to one person, as the app's features compose it.</summary>
public sealed record OutgoingMail(string ToAddress, string? ToName, string Subject, string Text, Html Html)
{
    /// <summary>Values SendGrid returns with delivery events, so events find their way back (issue, delivery, submission ids).</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Where a reply goes instead of the From address (e.g. a review reply address); null for none.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Files sent with the mail (e.g. a report's .docx); none by default.</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}
