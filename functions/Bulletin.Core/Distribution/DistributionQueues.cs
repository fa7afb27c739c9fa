using Bulletin.Storage;

namespace Bulletin.Distribution;

/// <summary>The queues of distribution: one message starts sending an issue (or resending to its failed recipients),
/// one message per batch of up to 1000 recipients, so Azure scales the batches out.</summary>
public sealed class DistributionQueues(MessageQueues queues)
{
    /// <summary><see cref="DistributionRequested"/>: an issue was published, or its failed recipients are to be sent again.</summary>
    public const string Requested = "distribution-requested";
    /// <summary><see cref="DistributionBatchDue"/>: one batch to send.</summary>
    public const string Batches = "distribution-batches";

    public Task RequestAsync(DistributionRequested message, CancellationToken cancellationToken) =>
        queues.SendAsync(Requested, message, cancellationToken);

    /// <param name="delay">How long the message stays invisible: zero, or SendGrid's Retry-After.</param>
    public Task EnqueueBatchAsync(DistributionBatchDue message, TimeSpan delay, CancellationToken cancellationToken) =>
        queues.SendAsync(Batches, message, cancellationToken, delay);
}

/// <summary>Queue message: send issue <paramref name="Year"/>/<paramref name="Number"/> of <paramref name="Series"/>; attempt 1
/// to everyone its lines name, a later attempt to the recipients that failed before it. Messages queued before series
/// existed lack <paramref name="Series"/> and mean the default one.</summary>
public sealed record DistributionRequested(int Year, int Number, int Attempt = 1, string Series = Issues.Publications.IssueSeries.DefaultId);

/// <summary>Queue message: send batch <paramref name="BatchId"/> of issue <paramref name="IssueKey"/>.</summary>
public sealed record DistributionBatchDue(string IssueKey, string BatchId);
