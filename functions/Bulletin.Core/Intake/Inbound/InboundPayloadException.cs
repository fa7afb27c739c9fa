namespace Bulletin.Intake.Inbound;

/// <summary>A payload the parser refuses; its message is the English error handed back in the result.</summary>
internal sealed class InboundPayloadException(string message) : Exception(message);
