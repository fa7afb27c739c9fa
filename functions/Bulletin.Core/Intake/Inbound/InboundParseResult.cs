namespace Bulletin.Intake.Inbound;

/// <summary>Either the parsed message or an English error for logs and operators; never both.</summary>
public sealed record InboundParseResult(InboundMessage? Message, string? Error)
{
    internal static InboundParseResult Parsed(InboundMessage message) => new(message, null);

    internal static InboundParseResult Failed(string error) => new(null, error);
}
