namespace Bulletin.Intake.Inbound;
// TEMPORARY: replaced by the inbound branch.
public sealed record InboundAttachment(string FileName, string ContentType, byte[] Content);
public sealed record InboundMessage(string? MessageId, string FromAddress, string? FromName, IReadOnlyList<string> To, string Subject, string? Text, string? Html,
    IReadOnlyList<InboundAttachment> Attachments, string? InReplyTo, string Spf, IReadOnlyDictionary<string, string> Dkim)
{ public bool SenderAuthenticated => true; }
public sealed record InboundParseResult(InboundMessage? Message, string? Error);
public static class SendGridInboundParser
{
    public static Task<InboundParseResult> ParseAsync(Stream body, string contentType, CancellationToken cancellationToken) => throw new NotSupportedException();
}
