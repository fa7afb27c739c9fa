namespace Bulletin.Operations.PoisonMessages;

/// <summary>The last failure of a queue message: which function, the exception's type and its first line (secrets masked,
/// no stack trace), on which try and when.</summary>
public sealed record QueueFailure(string Function, string ExceptionType, string Message, long DequeueCount, DateTimeOffset FailedAt)
{
    /// <summary>As pages and the audit show it: <c>RequestFailedException: The specified blob does not exist.</c></summary>
    public override string ToString() => $"{ExceptionType}: {Message}";
}
