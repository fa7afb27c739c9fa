namespace Bulletin.Intake;

public enum QuarantineReason
{
    /// <summary>The request could not be read as a SendGrid Inbound Parse payload.</summary>
    Unreadable,
    /// <summary>Neither SPF nor a DKIM signature of the sender's domain passed: the sender may be forged.</summary>
    SenderNotAuthenticated,
    /// <summary>The sender's address is not in the directory.</summary>
    UnknownSender,
    /// <summary>No article could be taken from the mail (file type, size, damage).</summary>
    NoArticle,
    /// <summary>A reply to a review mail that decides nothing: an unknown or expired reply address, or not from the editor it was sent to.</summary>
    ReviewReplyRefused,
}

/// <summary>A delivery held for editors instead of becoming a submission: never adopted silently, never dropped.</summary>
public sealed record QuarantinedMail(
    string Id, QuarantineReason Reason, string Detail, string? FromAddress, string? Subject, DateTimeOffset ReceivedAt, string InboundBlob, bool Replied);
