namespace Bulletin.Operations.PoisonMessages;

/// <summary>One 重试 or 丢弃 of a poison message: when, by whom, and the message as it was.</summary>
public sealed record PoisonAuditEntry(DateTimeOffset At, string Actor, PoisonAction Action, string Queue, string MessageId, string Summary, string Reason);
