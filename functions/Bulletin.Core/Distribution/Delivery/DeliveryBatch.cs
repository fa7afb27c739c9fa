namespace Bulletin.Distribution.Delivery;

/// <summary>One mail/send request of an issue's distribution: up to 1000 ledger rows share its id (their Batch).</summary>
/// <param name="Id">"a01-0003": attempt 1, fourth batch.</param>
/// <param name="Tries">How often it was handed to SendGrid (busy answers included).</param>
/// <param name="SendingSince">When the current try claimed it; another copy of the message waits until the claim expires.</param>
/// <param name="Error">SendGrid's last refusal or busy answer, shown to editors.</param>
public sealed record DeliveryBatch(
    string IssueKey, string Id, int Attempt, int Count, DeliveryBatchState State, int Tries, DateTimeOffset? SendingSince,
    string? MessageId, string? Error, DateTimeOffset UpdatedAt);

public enum DeliveryBatchState
{
    Queued,
    Sending,
    /// <summary>SendGrid accepted it (202); it is never sent again.</summary>
    Accepted,
    /// <summary>SendGrid refused it (4xx other than 429), or stayed busy through every try.</summary>
    Refused,
}

/// <summary>Splits recipients into batches of at most <see cref="Mail.BulkMail.MaxRecipients"/>, in order.</summary>
public static class DeliveryBatches
{
    public static string Id(int attempt, int index) => $"a{attempt:D2}-{index:D4}";

    /// <param name="firstIndex">The index of the first new batch (after the batches the attempt has already).</param>
    public static IReadOnlyList<(string BatchId, T[] Members)> Split<T>(IReadOnlyList<T> items, int attempt, int firstIndex = 0, int size = Mail.BulkMail.MaxRecipients) =>
        [.. items.Chunk(size).Select((chunk, i) => (Id(attempt, firstIndex + i), chunk))];
}
