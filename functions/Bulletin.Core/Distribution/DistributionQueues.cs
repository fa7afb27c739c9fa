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

    /// <param name="delay">How long the message stays invisible: zero, or a short wait for the issue's Published save.</param>
    public Task RequestAsync(DistributionRequested message, CancellationToken cancellationToken, TimeSpan delay = default) =>
        queues.SendAsync(Requested, message, cancellationToken, delay);

    /// <param name="delay">How long the message stays invisible: zero, or SendGrid's Retry-After.</param>
    public Task EnqueueBatchAsync(DistributionBatchDue message, TimeSpan delay, CancellationToken cancellationToken) =>
        queues.SendAsync(Batches, message, cancellationToken, delay);
}

/// <summary>Queue message: send issue <paramref name="Year"/>/<paramref name="Number"/> of <paramref name="Series"/>; attempt 1
/// to everyone its lines name, a later attempt to the recipients that failed before it. Messages queued before series
/// existed lack <paramref name="Series"/> and mean the default one.</summary>
/// <param name="WaitsForPublished">How often the start step found the issue still signed off and put the message back
/// (<see cref="DistributionStarter.MaxWaitsForPublished"/> at most); absent in messages queued by signing off.</param>
public sealed record DistributionRequested(int Year, int Number, int Attempt = 1, string Series = Issues.Publications.IssueSeries.DefaultId,
    int WaitsForPublished = 0);

/// <summary>Queue message: send batch <paramref name="BatchId"/> of issue <paramref name="IssueKey"/>.</summary>
/// <param name="Try">The try of the batch this message is for (1 when queued by the start step, the next one when queued
/// after a busy answer): a message for a try already made leaves the batch to the later one. Absent in messages queued
/// before tries were counted: they act whatever the batch's tries.</param>
public sealed record DistributionBatchDue(string IssueKey, string BatchId, int? Try = null);
