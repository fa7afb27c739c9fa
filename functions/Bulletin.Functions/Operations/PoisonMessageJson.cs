using Bulletin.Operations.PoisonMessages;

namespace Bulletin.Functions.Operations;

/// <summary>A poison message as the operator API shows it.</summary>
internal static class PoisonMessageJson
{
    public static object Of(PoisonMessage m) => new
    {
        queue = m.Queue, id = m.MessageId, insertedAt = m.InsertedAt, dequeueCount = m.DequeueCount, summary = m.Summary,
        inboundBlob = m.InboundBlob, reason = m.Reason, failedAt = m.Failure?.FailedAt, function = m.Failure?.Function,
    };

    /// <summary>"retry" or "discard" as in the routes.</summary>
    public static PoisonAction? ActionOf(string route) => route switch
    {
        "retry" => PoisonAction.Retry,
        "discard" => PoisonAction.Discard,
        _ => null,
    };
}
