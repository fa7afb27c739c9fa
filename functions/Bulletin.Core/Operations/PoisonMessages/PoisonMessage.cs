namespace Bulletin.Operations.PoisonMessages;

/// <summary>A message in a <c>-poison</c> queue: the queue it came from, its id there, when it was put there, how often it was
/// tried, what it is about, the stored inbound request it names (inbound-mail only) and its last failure, when recorded.</summary>
public sealed record PoisonMessage(string Queue, string MessageId, DateTimeOffset? InsertedAt, long DequeueCount, string Summary, string? InboundBlob,
    QueueFailure? Failure)
{
    /// <summary>The reason as shown: the last failure, or a note that none was recorded (the worker stopped during the step).</summary>
    public string Reason => Failure?.ToString() ?? "未记录失败原因（处理时进程可能中断）";
}

/// <summary>What an operator or editor did with a poison message: 重试 (back to its queue) or 丢弃.</summary>
public enum PoisonAction { Retry, Discard }
