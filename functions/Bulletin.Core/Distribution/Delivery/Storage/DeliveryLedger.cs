using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Distribution.Delivery.Storage;

/// <summary>The delivery ledger, table <c>deliveries</c>: PartitionKey the issue key ("2020-020"), RowKey the delivery id,
/// one row per recipient per issue. Every change is guarded by the ETag read with the row; a lost race reads again.
/// SendGrid's acceptance is recorded once, on the batch (<see cref="DeliveryBatchStore"/>), not on each of its up to 1000
/// rows: a row still pending in an accepted batch of its attempt reads as accepted. Rewriting 1000 rows per batch was
/// most of a distribution's storage work, and the batch row is written before the queue message completes anyway.</summary>
public sealed class DeliveryLedger(TableServiceClient tables, DeliveryBatchStore batches, TimeProvider clock, ILogger<DeliveryLedger> logger)
{
    public const string TableName = "deliveries";
    private const int MaxAttempts = 8;
    private const int TransactionSize = 100;

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Every row of the issue, by delivery id, pending rows of accepted batches shown accepted.</summary>
    public async Task<IReadOnlyList<Delivery>> ListAsync(string issueKey, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var accepted = (await batches.ListAsync(issueKey, cancellationToken)).Where(b => b.State == DeliveryBatchState.Accepted).ToDictionary(b => b.Id, StringComparer.Ordinal);
        var rows = new List<Delivery>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {issueKey}"), cancellationToken: cancellationToken))
        {
            var row = ToDelivery(entity);
            rows.Add(row.State == DeliveryState.Pending && accepted.TryGetValue(row.Batch, out var batch) && batch.Attempt == row.Attempt
                ? row with { State = DeliveryState.Accepted, StateAt = batch.UpdatedAt } : row);
        }
        return rows;
    }

    /// <summary>The rows a batch carries, as stored (for their addresses).</summary>
    public async Task<IReadOnlyList<Delivery>> ListBatchAsync(string issueKey, string batchId, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var rows = new List<Delivery>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {issueKey} and Batch eq {batchId}"), cancellationToken: cancellationToken))
            rows.Add(ToDelivery(entity));
        return rows;
    }

    /// <summary>Adds the rows that are missing (pending); existing rows stay as they are, so a retried step changes nothing.
    /// The caller passes the rows it found missing; a row added meanwhile by another run is caught by its conflict.</summary>
    public async Task AddMissingAsync(IReadOnlyList<Delivery> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;
        await Table.EnsureExistsAsync(cancellationToken);
        // Transactions of different rows are independent: several at once, as 10,000 rows are 100 of them.
        await Parallel.ForEachAsync(rows.Chunk(TransactionSize),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (chunk, token) =>
        {
            try
            {
                await Table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(r))), token);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Another run added some of them meanwhile: add the rest one by one.
                foreach (var row in chunk)
                {
                    try { await Table.AddEntityAsync(ToEntity(row), token); }
                    catch (RequestFailedException one) when (one.Status == 409) { }
                }
            }
        });
    }

    /// <summary>Moves the given rows to <paramref name="change"/>'s result, each under its ETag; a row the function
    /// leaves unchanged (returns null) is skipped. Returns how many rows changed.</summary>
    public async Task<int> UpdateAsync(string issueKey, IEnumerable<string> ids, Func<Delivery, Delivery?> change, CancellationToken cancellationToken)
    {
        var changed = 0;
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (id, token) =>
        {
            if (await TryUpdateAsync(issueKey, id, change, token))
                Interlocked.Increment(ref changed);
        });
        return changed;
    }

    /// <summary>Moves the rows of one batch from pending to <paramref name="state"/> (refused, with SendGrid's message: the
    /// rows are then resent as failed) in transactions of 100 under their ETags; rows an event moved meanwhile are left as
    /// the event put them. Acceptance needs no row writes (see the class summary).</summary>
    public async Task RecordBatchAsync(string issueKey, string batchId, DeliveryState state, string? reason, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var pending = new List<TableEntity>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {issueKey} and Batch eq {batchId} and State eq {nameof(DeliveryState.Pending)}"), cancellationToken: cancellationToken))
            pending.Add(entity);
        foreach (var chunk in pending.Chunk(TransactionSize))
        {
            var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(e.PartitionKey, e.RowKey) { ["State"] = state.ToString(), ["Reason"] = BoundedText.BoundOrNull(reason, BoundedText.Detail), ["StateAt"] = now }, e.ETag));
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 412)
            {
                await UpdateAsync(issueKey, chunk.Select(e => e.RowKey), row => row.State == DeliveryState.Pending && row.Batch == batchId
                    ? row with { State = state, Reason = reason, StateAt = now } : null, cancellationToken);
            }
        }
    }

    /// <summary>Applies SendGrid's events: idempotent, any order; unknown issues or deliveries are logged and ignored. A row
    /// storage refuses for good (a 4xx such as an entity too large) does not stop the others: its events are returned as
    /// rejected. A passing failure (5xx, timeout) is thrown after the others are applied, so the batch is retried.</summary>
    public async Task<IReadOnlyList<RejectedDeliveryEvent>> ApplyEventsAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var rejected = new System.Collections.Concurrent.ConcurrentBag<RejectedDeliveryEvent>();
        var perRow = events.GroupBy(e => (e.IssueKey, e.DeliveryId));
        await Parallel.ForEachAsync(perRow, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (group, token) =>
        {
            var ordered = group.OrderBy(e => e.OccurredAt).ToList();
            try
            {
                await TryUpdateAsync(group.Key.IssueKey, group.Key.DeliveryId, row =>
                {
                    var next = row;
                    foreach (var e in ordered)
                        next = DeliveryTransitions.Apply(next, e) ?? next;
                    return next == row ? null : next;
                }, token, reportMissing: true);
            }
            catch (RequestFailedException ex) when (ex.Status is >= 400 and < 500 and not (408 or 409 or 412 or 429))
            {
                logger.LogError(ex, "Delivery events for {IssueKey}/{DeliveryId} refused by storage ({Status} {ErrorCode})", group.Key.IssueKey, group.Key.DeliveryId, ex.Status, ex.ErrorCode);
                foreach (var e in ordered)
                    rejected.Add(RejectedDeliveryEvent.Refused(e, $"表格存储拒绝写入（{ex.Status} {ex.ErrorCode}），未应用。"));
            }
        });
        return rejected.ToList();
    }

    private async Task<bool> TryUpdateAsync(string issueKey, string id, Func<Delivery, Delivery?> change, CancellationToken cancellationToken, bool reportMissing = false)
    {
        if (!IsValidKey(issueKey) || !IsValidKey(id))
        {
            logger.LogWarning("Delivery event for unusable ids ignored");
            return false;
        }
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(issueKey, id, cancellationToken: cancellationToken);
            if (!stored.HasValue || stored.Value is not { } entity)
            {
                if (reportMissing)
                    logger.LogWarning("Delivery event for unknown delivery {IssueKey}/{DeliveryId} ignored", issueKey, id);
                return false;
            }
            if (change(ToDelivery(entity)) is not { } next)
                return false;
            try
            {
                await Table.UpdateEntityAsync(ToEntity(next), entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another event or step changed the row since it was read: read it again.
            }
        }
        throw new InvalidOperationException($"Delivery {issueKey}/{id} kept changing while being updated.");
    }

    // Keys come from custom_args SendGrid echoes back: refuse what Tables cannot take rather than fail the whole batch.
    private static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 64 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static TableEntity ToEntity(Delivery row) => new(row.IssueKey, row.Id)
    {
        ["Email"] = row.Email, ["Name"] = row.Name, ["State"] = row.State.ToString(), ["Attempt"] = row.Attempt, ["Batch"] = row.Batch,
        ["Reason"] = BoundedText.BoundOrNull(row.Reason, BoundedText.Detail), ["StateAt"] = row.StateAt, ["AttemptStartedAt"] = row.AttemptStartedAt,
    };

    private static Delivery ToDelivery(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetString("Email") ?? "", e.GetString("Name"), Enum.Parse<DeliveryState>(e.GetString("State") ?? nameof(DeliveryState.Pending)),
        e.GetInt32("Attempt") ?? 1, e.GetString("Batch") ?? "", e.GetString("Reason"), e.GetDateTimeOffset("StateAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("AttemptStartedAt") ?? DateTimeOffset.MinValue);
}
