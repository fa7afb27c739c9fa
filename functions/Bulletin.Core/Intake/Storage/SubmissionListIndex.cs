using Azure;
using Azure.Data.Tables;

namespace Bulletin.Intake.Storage;

/// <summary>The list index of table <c>submissions</c>: in each month partition, one row per unit (<see cref="SubmissionListRow"/>)
/// with the list fields of that unit's submissions of the month, so that listing a month reads a few dozen rows rather than
/// every submission. A submission and its entry are written in one entity group transaction (the index row guarded by its
/// ETag, read again when another writer changed it first), so the list never disagrees with the submissions.</summary>
internal sealed class SubmissionListIndex(TableClient table)
{
    private const int MaxAttempts = 60;

    /// <summary>Writes <paramref name="submission"/> (an action on the submission's row) and the entry <paramref name="change"/>
    /// makes of the one listed now (null: none yet) in one transaction; nothing when <paramref name="change"/> gives null.</summary>
    /// <returns>Written with the submission row's new ETag; Refused when the submission action was (its row exists, or
    /// changed since read); Unchanged when <paramref name="change"/> left nothing to write.</returns>
    public async Task<(SubmissionWrite Outcome, ETag? ETag)> WriteAsync(string id, string unit, Func<SubmissionListEntry?, SubmissionListEntry?> change,
        TableTransactionAction submission, CancellationToken cancellationToken)
    {
        var month = SubmissionId.Partition(id);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var rows = await ReadUnitAsync(month, unit, cancellationToken);
            var holder = rows.FirstOrDefault(r => r.Entries.ContainsKey(id));
            if (change(holder?.Entries[id]) is not { } entry)
                return (SubmissionWrite.Unchanged, null);
            holder ??= rows.FirstOrDefault(r => r.HasRoomFor(entry)) ?? SubmissionListRow.New(month, unit, NextPart(rows));
            holder.Put(entry);
            try
            {
                var response = await table.SubmitTransactionAsync([submission, Save(holder)], cancellationToken);
                return (SubmissionWrite.Written, response.Value[0].Headers.ETag);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                if (ex.FailedTransactionActionIndex == 0)
                    return (SubmissionWrite.Refused, null);
                // The unit's row changed first (another submission of the unit this month): read it again, after a
                // random pause so that many writers at once do not keep colliding.
                await Task.Delay(Random.Shared.Next(0, 10 + 5 * Math.Min(attempt, 20)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"The list index of {unit} in {month} kept changing; the step will be retried.");
    }

    /// <summary>The unit rows of <paramref name="month"/> and whether its index is marked complete.</summary>
    public async Task<(List<SubmissionListRow> Rows, bool Complete)> ReadMonthAsync(string month, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month} and RowKey ge {SubmissionListKeys.Marker} and RowKey lt {SubmissionListKeys.End}");
        var rows = new List<SubmissionListRow>();
        var complete = false;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == SubmissionListKeys.Marker)
                complete = true;
            else
                rows.Add(SubmissionListRow.Read(row));
        }
        return (rows, complete);
    }

    public static int NextPart(IEnumerable<SubmissionListRow> rows) => rows.Select(r => r.Part + 1).DefaultIfEmpty(0).Max();

    public static TableTransactionAction Save(SubmissionListRow row) => row.ETag is { } etag
        ? new(TableTransactionActionType.UpdateReplace, row.ToEntity(), etag)
        : new(TableTransactionActionType.Add, row.ToEntity());

    private async Task<List<SubmissionListRow>> ReadUnitAsync(string month, string unit, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {month} and RowKey ge {SubmissionListKeys.UnitPrefix(unit)} and RowKey lt {SubmissionListKeys.UnitEnd(unit)}");
        var rows = new List<SubmissionListRow>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            rows.Add(SubmissionListRow.Read(row));
        return rows;
    }
}

/// <summary>What became of a submission change written with its list entry.</summary>
internal enum SubmissionWrite { Written, Refused, Unchanged }
