using Bulletin.Distribution.Delivery.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Distribution.Delivery;

/// <summary>One Event Webhook post, end to end: verify the signature over the raw body, store the batch as received,
/// parse it and apply its events to the ledger. Only then is it acknowledged, so a failure anywhere makes SendGrid
/// retry; retries and duplicates are harmless because the ledger's transitions are. One event that cannot be applied
/// (unreadable, or refused by storage) is kept in <see cref="RejectedDeliveryEvents"/> and the rest of the batch goes on:
/// a batch refused for it would be retried, and refused, for SendGrid's 24 hours.</summary>
public sealed class SendGridEventReceiver(
    SendGridEventVerifier verifier, SendGridEventStore store, DeliveryLedger ledger, RejectedDeliveryEvents rejectedEvents,
    TimeProvider clock, ILogger<SendGridEventReceiver> logger)
{
    public async Task<SendGridEventReceipt> ReceiveAsync(
        ReadOnlyMemory<byte> body, string? signature, string? timestamp, CancellationToken cancellationToken)
    {
        var verdict = verifier.Verify(body.Span, signature, timestamp);
        if (verdict != SendGridEventVerdict.Valid)
        {
            logger.LogWarning("Event Webhook post refused: {Verdict}", verdict);
            return new SendGridEventReceipt(verdict);
        }

        var blobName = await store.SaveAsync(body, timestamp!, cancellationToken);
        SendGridEventBatch batch;
        try
        {
            batch = SendGridEventParser.Parse(body);
        }
        catch (FormatException)
        {
            logger.LogWarning("Signed Event Webhook post {BlobName} is not a JSON array of events", blobName);
            return new SendGridEventReceipt(verdict, Malformed: true);
        }
        var rejected = batch.Rejected.Concat(await ledger.ApplyEventsAsync(batch.Events, cancellationToken)).ToList();
        foreach (var e in rejected)
            logger.LogError("Event Webhook batch {BlobName}: event {Position} ({Kind}) for {IssueKey}/{DeliveryId} not applied: {Problem}",
                blobName, e.Position, e.Kind, e.IssueKey, e.DeliveryId, e.Problem);
        await rejectedEvents.SaveAsync(blobName, rejected, clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Event Webhook batch {BlobName}: {Tracked} tracked events, {Skipped} skipped, {Rejected} rejected",
            blobName, batch.Events.Count, batch.Skipped, rejected.Count);
        return new SendGridEventReceipt(verdict, Applied: batch.Events.Count, Skipped: batch.Skipped, Rejected: rejected.Count);
    }
}
