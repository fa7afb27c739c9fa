using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.Issues.Storage;
using Bulletin.Issues;
using Microsoft.Extensions.Logging;

namespace Bulletin.Distribution;

/// <summary>On <see cref="DistributionRequested"/>: writes the attempt's ledger rows (attempt 1: everyone the issue's lines
/// name; later: the rows that failed), splits them into batches of up to 1000, queues each, then sends the first one itself
/// (one queue hop less; its queued message is the guarantee). Safe to run again: rows and batches are added only if
/// missing, and a batch already accepted is not queued again.</summary>
public sealed class DistributionStarter(IssueStore issues, DistributionPlanner planner, DeliveryLedger ledger, DeliveryBatchStore batches,
    DistributionQueues queues, DistributionBatchSender sender, TimeProvider clock, ILogger<DistributionStarter> logger)
{
    /// <summary>How often a request finding its issue still signed off is put back before the step fails (and is retried,
    /// then listed among the failed tasks) as any failing step.</summary>
    public const int MaxWaitsForPublished = 10;
    /// <summary>How long it is put back for: signing off saves Published right after queuing the request.</summary>
    public static readonly TimeSpan PublishedWait = TimeSpan.FromMilliseconds(500);

    public async Task StartAsync(DistributionRequested request, CancellationToken cancellationToken)
    {
        if ((await issues.FindAsync(request.Series, request.Year, request.Number, cancellationToken))?.Issue is not { } issue)
        {
            logger.LogWarning("Distribution of missing issue {Year}/{Number} skipped", request.Year, request.Number);
            return;
        }
        // The message is queued just before the issue is saved Published: if that save is still on its way, look again shortly
        // rather than after the queue's visibility timeout; an issue that stays signed off fails the step as before.
        if (issue.State == IssueState.SignedOff)
        {
            if (request.WaitsForPublished >= MaxWaitsForPublished)
                throw new InvalidOperationException($"Issue {request.Series} {request.Year}/{request.Number} is not published yet; the step will be retried.");
            await queues.RequestAsync(request with { WaitsForPublished = request.WaitsForPublished + 1 }, cancellationToken, PublishedWait);
            logger.LogInformation("Distribution of {Year}/{Number} waits for the issue to be saved Published ({Waits})", request.Year, request.Number, request.WaitsForPublished + 1);
            return;
        }
        if (issue.State != IssueState.Published)
        {
            logger.LogWarning("Distribution of unpublished issue {Year}/{Number} skipped", request.Year, request.Number);
            return;
        }
        var key = DeliveryIds.IssueKey(issue.SeriesId, issue.Year, issue.Number);
        var now = clock.GetUtcNow();
        var rows = await ledger.ListAsync(key, cancellationToken);
        // The one read of the ledger in this step: rows already written for this attempt (by an earlier run of it) keep their batches.
        List<string> members = [.. rows.Where(r => r.Attempt == request.Attempt).Select(r => r.Batch)];
        var existingBatches = members.Distinct(StringComparer.Ordinal).Count();
        if (request.Attempt == 1)
        {
            var plan = await planner.PlanAsync(issue.SentUpTo, issue.IssuedTo, cancellationToken);
            if (!plan.CanSend)
            {
                await RecordBlockedAsync(key, plan, now, cancellationToken);
                return;
            }
            var known = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var missing = plan.Recipients.Select(r => (Id: DeliveryIds.DeliveryId(r.Person.Email), r.Person)).Where(r => known.Add(r.Id)).ToList();
            var added = DeliveryBatches.Split(missing, 1, existingBatches)
                .SelectMany(b => b.Members.Select(m => new Delivery.Delivery(key, m.Id, m.Person.Email, m.Person.Name, DeliveryState.Pending, 1, b.BatchId, null, now, now)))
                .ToList();
            await ledger.AddMissingAsync(added, cancellationToken);
            members.AddRange(added.Select(r => r.Batch));
        }
        else
        {
            var failed = rows.Where(r => r.State.IsFailed() && r.Attempt < request.Attempt).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            foreach (var (batchId, moving) in DeliveryBatches.Split(failed, request.Attempt, existingBatches))
            {
                await ledger.UpdateAsync(key, moving.Select(m => m.Id), row => row.State.IsFailed() && row.Attempt < request.Attempt
                    ? row with { State = DeliveryState.Pending, Attempt = request.Attempt, Batch = batchId, Reason = null, StateAt = now, AttemptStartedAt = now }
                    : null, cancellationToken);
                members.AddRange(moving.Select(_ => batchId));
            }
        }
        if (await QueueBatchesAsync(key, request.Attempt, members, now, cancellationToken) is { } first)
            await SendFirstAsync(first, cancellationToken);
    }

    /// <summary>Sends the first batch in this step. Its queued message then finds it answered (or claimed) and sends nothing;
    /// if this send fails, that message sends it, so the failure does not fail the step.</summary>
    private async Task SendFirstAsync(DistributionBatchDue first, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(first, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Batch {IssueKey}/{BatchId} not sent by the start step; its queued message sends it", first.IssueKey, first.BatchId);
        }
    }

    /// <param name="members">The batch of each row of the attempt: from the step's one read of the ledger, plus the rows it
    /// added or moved (not read again: listing 10,000 rows costs about as much as a tenth of writing them).</param>
    /// <returns>The first batch queued, or null when every batch was answered before.</returns>
    private async Task<DistributionBatchDue?> QueueBatchesAsync(string key, int attempt, IReadOnlyList<string> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DistributionBatchDue? first = null;
        foreach (var group in members.GroupBy(b => b, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var batch = await batches.AddIfMissingAsync(new DeliveryBatch(key, group.Key, attempt, group.Count(), DeliveryBatchState.Queued, 0, null, null, null, now), cancellationToken);
            if (batch.State is not (DeliveryBatchState.Queued or DeliveryBatchState.Sending))
                continue;
            var due = new DistributionBatchDue(key, group.Key, Try: 1);
            await queues.EnqueueBatchAsync(due, TimeSpan.Zero, cancellationToken);
            first ??= due;
        }
        logger.LogInformation("Distribution of {IssueKey} attempt {Attempt} queued", key, attempt);
        return first;
    }

    /// <summary>The directory changed since sign-off so that the lines no longer resolve: nothing is sent, editors see why.</summary>
    private async Task RecordBlockedAsync(string key, DistributionPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = "送/发行无法解析，未发送：" + string.Join("；", plan.Problems.Select(p => p.Message));
        await batches.AddIfMissingAsync(new DeliveryBatch(key, DeliveryBatches.Id(1, 9999), 1, 0, DeliveryBatchState.Refused, 0, null, null, message, now), cancellationToken);
        logger.LogError("Distribution of {IssueKey} blocked: {Problems}", key, message);
    }
}
