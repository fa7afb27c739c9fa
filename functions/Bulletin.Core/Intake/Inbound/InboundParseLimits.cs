namespace Bulletin.Intake.Inbound;

/// <summary>What the parser refuses, so that intake can refuse the same before storing anything.</summary>
public static class InboundParseLimits
{
    /// <summary>SendGrid's own limit for a message with its attachments: 30 MB.</summary>
    public const long MaxBodyBytes = 30L * 1024 * 1024;

    /// <summary>More files than any article needs; a mail with more is refused whole.</summary>
    public const int MaxAttachments = 100;
}
