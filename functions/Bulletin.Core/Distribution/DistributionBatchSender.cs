using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;

namespace Bulletin.Distribution;

/// <summary>On <see cref="DistributionBatchDue"/>: claims the batch, sends it as one mail/send request, and records the
/// answer before the message completes: accepted (on the batch, with X-Message-Id; never sent again), refused (4xx, with
/// SendGrid's message), or busy (429/5xx: the next try is queued for after Retry-After, at most <see cref="MaxTries"/> tries).
/// The start step calls it for the first batch too, before that batch's queued message arrives.</summary>
public sealed class DistributionBatchSender(DeliveryBatchStore batches, DeliveryLedger ledger, IssueStore issues, IssueDocumentStore documents,
    BulkMailSender sender, DistributionQueues queues, IssueArchiveLinks archiveLinks, TimeProvider clock, ILogger<DistributionBatchSender> logger)
{
    public const int MaxTries = 8;
    /// <summary>How long a claim keeps another copy of the message from sending the same batch.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(2);

    public async Task SendAsync(DistributionBatchDue due, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(due.IssueKey, due.BatchId, cancellationToken) is not { } found)
        {
            logger.LogWarning("Batch {IssueKey}/{BatchId} not found", due.IssueKey, due.BatchId);
            return;
        }
        var (batch, etag) = found;
        var now = clock.GetUtcNow();
        if (batch.State is DeliveryBatchState.Accepted or DeliveryBatchState.Refused)
        {
            // Answered before: send nothing. A refusal recorded on the batch before a crash could record it on the rows: finish that.
            if (batch.State == DeliveryBatchState.Refused)
                await ledger.RecordBatchAsync(due.IssueKey, due.BatchId, DeliveryState.Refused, batch.Error, cancellationToken);
            return;
        }
        if (batch.State == DeliveryBatchState.Queued && due.Try <= batch.Tries)
        {
            // A busy answer released the batch after queuing its next try: that message sends it, after SendGrid's Retry-After.
            logger.LogInformation("Batch {IssueKey}/{BatchId} try {Try} was made; its next try is queued", due.IssueKey, due.BatchId, due.Try);
            return;
        }
        if (batch is { State: DeliveryBatchState.Sending, SendingSince: { } since } && since + ClaimLifetime > now)
        {
            await queues.EnqueueBatchAsync(due, since + ClaimLifetime - now, cancellationToken);
            return;
        }
        var claimed = batch with { State = DeliveryBatchState.Sending, SendingSince = now, Tries = batch.Tries + 1, UpdatedAt = now };
        if (!await batches.TrySaveAsync(claimed, etag, cancellationToken))
        {
            await queues.EnqueueBatchAsync(due, TimeSpan.FromSeconds(1), cancellationToken);
            return;
        }

        var result = await sender.SendAsync(await ComposeAsync(due, cancellationToken), cancellationToken);
        var latest = (await batches.FindAsync(due.IssueKey, due.BatchId, cancellationToken))!.Value;
        now = clock.GetUtcNow();
        if (result.Succeeded)
            await RecordAsync(due, latest, DeliveryBatchState.Accepted, null, result.MessageId, cancellationToken);
        else if (!result.Transient || claimed.Tries >= MaxTries)
            await RecordAsync(due, latest, DeliveryBatchState.Refused, result.Error, null, cancellationToken);
        else
        {
            // Queue the next try first, then release the claim: a crash in between leaves a claim that expires.
            var delay = result.RetryAfter ?? TimeSpan.FromSeconds(Math.Pow(2, claimed.Tries));
            await queues.EnqueueBatchAsync(due with { Try = claimed.Tries + 1 }, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, cancellationToken);
            await batches.TrySaveAsync(latest.Batch with { State = DeliveryBatchState.Queued, SendingSince = null, Error = result.Error, UpdatedAt = now }, latest.ETag, cancellationToken);
            logger.LogWarning("Batch {IssueKey}/{BatchId} will be tried again in {Delay}: {Error}", due.IssueKey, due.BatchId, delay, result.Error);
        }
    }

    /// <summary>Records SendGrid's answer on the batch, which is what makes its rows read as accepted; a refusal is also
    /// written on the rows, so "resend to failed" finds them.</summary>
    private async Task RecordAsync(DistributionBatchDue due, (DeliveryBatch Batch, Azure.ETag ETag) latest, DeliveryBatchState state,
        string? error, string? messageId, CancellationToken cancellationToken)
    {
        // An accepted batch keeps SendGrid's last busy answer, so editors see it needed retries.
        var recorded = latest.Batch with { State = state, SendingSince = null, Error = error ?? latest.Batch.Error, MessageId = messageId, UpdatedAt = clock.GetUtcNow() };
        if (!await batches.TrySaveAsync(recorded, latest.ETag, cancellationToken))
            throw new InvalidOperationException($"Batch {due.IssueKey}/{due.BatchId} changed while it was being sent.");
        if (state == DeliveryBatchState.Refused)
            await ledger.RecordBatchAsync(due.IssueKey, due.BatchId, DeliveryState.Refused, error, cancellationToken);
        logger.LogInformation("Batch {IssueKey}/{BatchId} {State} ({MessageId})", due.IssueKey, due.BatchId, state, messageId);
    }

    private async Task<BulkMail> ComposeAsync(DistributionBatchDue due, CancellationToken cancellationToken)
    {
        if (!DeliveryIds.TryParseIssueKey(due.IssueKey, out var series, out var year, out var number)
            || (await issues.FindAsync(series, year, number, cancellationToken))?.Issue is not { State: IssueState.Published } issue)
            throw new InvalidOperationException($"Issue {due.IssueKey} is not published.");
        var files = new Dictionary<IssueDocumentKind, IssueDocument>();
        foreach (var kind in Enum.GetValues<IssueDocumentKind>())
        {
            var name = IssueDocument.Of(issue, kind);
            files[kind] = name with { Content = await documents.ReadAsync(name.BlobName, cancellationToken)
                ?? throw new InvalidOperationException($"Document {name.BlobName} of a published issue is missing.") };
        }
        var rows = await ledger.ListBatchAsync(due.IssueKey, due.BatchId, cancellationToken);
        var recipients = rows.Select(r => new BulkMailRecipient(r.Email, r.Name,
            new Dictionary<string, string> { ["issue"] = due.IssueKey, ["delivery"] = r.Id })).ToList();
        return IssueMailComposer.Compose(issue, files[IssueDocumentKind.Html].Content.ToString(), archiveLinks.ForIssue(issue), [files[IssueDocumentKind.Docx], files[IssueDocumentKind.Pdf]], recipients);
    }
}
