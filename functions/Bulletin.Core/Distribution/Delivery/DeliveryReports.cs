using Bulletin.Distribution.Delivery.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Distribution.Delivery;

/// <summary>Who got an issue, from the ledger: counts by state, the failed recipients with SendGrid's reasons, and the
/// batches SendGrid refused or answered busy, and SendGrid events that could not be applied. Also "resend to failed": a new
/// attempt for the failed rows only.</summary>
public sealed class DeliveryReports(DeliveryLedger ledger, DeliveryBatchStore batches, RejectedDeliveryEvents rejectedEvents, DistributionQueues queues,
    TimeProvider clock, ILogger<DeliveryReports> logger)
{
    public async Task<DeliveryReport> GetAsync(string series, int year, int number, CancellationToken cancellationToken)
    {
        var key = DeliveryIds.IssueKey(series, year, number);
        var rows = await ledger.ListAsync(key, cancellationToken);
        var counts = rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
        var failed = rows.Where(r => r.State.IsFailed()).OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var troubled = (await batches.ListAsync(key, cancellationToken)).Where(b => b.Error is not null).OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        var emails = rows.ToDictionary(r => r.Id, r => r.Email, StringComparer.Ordinal);
        var rejected = (await rejectedEvents.ListAsync(key, cancellationToken))
            .Select(e => e with { Email = e.DeliveryId is { } id ? emails.GetValueOrDefault(id) : null }).ToList();
        return new DeliveryReport(key, rows.Count, counts, failed, troubled, rows.Count == 0 ? 0 : rows.Max(r => r.Attempt), rejected);
    }

    /// <summary>Queues a new attempt for the failed rows (bounced, dropped, refused) and records who asked. The same
    /// request twice (two clicks, a replayed form) starts one attempt.</summary>
    public async Task<DeliveryResendResult> ResendFailedAsync(string series, int year, int number, string requestedBy, CancellationToken cancellationToken)
    {
        var key = DeliveryIds.IssueKey(series, year, number);
        var rows = await ledger.ListAsync(key, cancellationToken);
        var failed = rows.Count(r => r.State.IsFailed());
        if (failed == 0)
            return new DeliveryResendResult(0, false);
        var attempt = rows.Max(r => r.Attempt) + 1;
        // Queued first: a request recorded but never queued could not be repeated; a queued attempt twice is harmless.
        await queues.RequestAsync(new DistributionRequested(year, number, attempt, series), cancellationToken);
        var recorded = await batches.TryRecordResendAsync(key, attempt, requestedBy, failed, clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Resend of {IssueKey} attempt {Attempt} to {Count} failed recipients requested by {Editor}", key, attempt, failed, requestedBy);
        return new DeliveryResendResult(failed, !recorded);
    }
}

/// <param name="LastAttempt">The latest attempt (1 = the first sending).</param>
/// <param name="RejectedEvents">SendGrid events for this issue that could not be applied (their batches were applied otherwise).</param>
public sealed record DeliveryReport(string IssueKey, int Total, IReadOnlyDictionary<DeliveryState, int> Counts, IReadOnlyList<Delivery> Failed,
    IReadOnlyList<DeliveryBatch> BatchErrors, int LastAttempt, IReadOnlyList<RejectedDeliveryEventEntry> RejectedEvents)
{
    public int Count(DeliveryState state) => Counts.GetValueOrDefault(state);
}

/// <param name="Count">How many failed recipients the new attempt sends to (0: nobody failed, nothing queued).</param>
/// <param name="AlreadyRequested">The same attempt had been asked for before.</param>
public sealed record DeliveryResendResult(int Count, bool AlreadyRequested);
