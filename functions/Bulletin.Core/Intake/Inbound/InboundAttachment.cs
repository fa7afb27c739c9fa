namespace Bulletin.Intake.Inbound;

/// <summary>One file of an inbound mail, its name decoded (RFC 2231, RFC 2047, or the charset it was sent in).</summary>
public sealed record InboundAttachment(string FileName, string ContentType, byte[] Content);
