namespace Bulletin.Intake.Inbound;

/// <summary>A mail delivered by SendGrid Inbound Parse, decoded, in either of its two modes.</summary>
public sealed record InboundMessage(
    string? MessageId,
    string FromAddress,
    string? FromName,
    IReadOnlyList<string> To,
    string Subject,
    string? Text,
    string? Html,
    IReadOnlyList<InboundAttachment> Attachments,
    string? InReplyTo,
    string Spf,
    IReadOnlyDictionary<string, string> Dkim)
{
    /// <summary>The SMTP envelope sender (SendGrid's envelope "from"), lower-case; null when SendGrid sent none.</summary>
    public string? EnvelopeFrom { get; init; }

    /// <summary>The domain of <see cref="FromAddress"/>, lower-case.</summary>
    public string FromDomain => FromAddress[(FromAddress.LastIndexOf('@') + 1)..];

    /// <summary>
    /// True when SPF passed or a DKIM signature of the From address's domain passed.
    /// SPF vouches only for the envelope sender, so it counts when that sender's domain is the From domain
    /// (DMARC's alignment); otherwise anyone could pass SPF with their own domain and forge From.
    /// </summary>
    public bool SenderAuthenticated =>
        (Dkim.TryGetValue(FromDomain, out var dkim) && string.Equals(dkim, "pass", StringComparison.OrdinalIgnoreCase))
        || (string.Equals(Spf.Trim(), "pass", StringComparison.OrdinalIgnoreCase)
            && EnvelopeFrom is { } envelope
            && string.Equals(envelope[(envelope.LastIndexOf('@') + 1)..], FromDomain, StringComparison.OrdinalIgnoreCase));
}
