using System.Globalization;
using Azure.Data.Tables;

namespace Bulletin.Intake.Storage;

/// <summary>Lists submissions from the list index, one query per month partition, in parallel. A month whose index is not
/// marked complete (written before the index existed) is listed by scanning its submissions, and its index is built from
/// that scan: merged with the entries writers added meanwhile (those are newer), written under the rows' ETags together
/// with the marker, so that a writer changing a row between the scan and the write makes the build start again.</summary>
internal sealed class SubmissionListReader(TableClient table, SubmissionListIndex index)
{
    private const int BuildAttempts = 3;

    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(SubmissionFilter filter, CancellationToken cancellationToken)
    {
        var thisMonth = ChinaTime.Date(DateTimeOffset.UtcNow).ToString("yyyyMM", CultureInfo.InvariantCulture);
        var first = filter.From is { } from ? from.ToString("yyyyMM", CultureInfo.InvariantCulture) : await FirstMonthAsync(cancellationToken);
        // A range reaching further back than two years (from=1900-01-01) starts at the oldest month stored, not a query a month.
        if (first is not null && filter.From is not null && string.CompareOrdinal(first, MonthsBefore(thisMonth, 24)) < 0)
            first = Later(first, await FirstMonthAsync(cancellationToken) ?? thisMonth);
        if (first is null)
            return [];
        // Months up to this one from the index; any later month asked for (none, normally) by one scan.
        var asked = filter.To?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "999999";
        var last = string.CompareOrdinal(asked, Later(first, thisMonth)) <= 0 ? asked : Later(first, thisMonth);
        var months = Months(first, last).Select(m => ListMonthAsync(m, cancellationToken)).ToList();
        if (string.CompareOrdinal(asked, last) > 0)
            months.Add(ListAfterAsync(last, cancellationToken));
        var fromDay = filter.From?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";
        var toDay = filter.To?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "99999999";
        return (await Task.WhenAll(months)).SelectMany(m => m)
            .Where(s => string.CompareOrdinal(s.Id[..8], fromDay) >= 0 && string.CompareOrdinal(s.Id[..8], toDay) <= 0)
            .Where(s => (filter.Status is null || s.Status == filter.Status) && (filter.Unit is null || s.Unit == filter.Unit))
            .OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every submission of <paramref name="month"/>, from its index, built first if not marked complete.</summary>
    public async Task<List<SubmissionSummary>> ListMonthAsync(string month, CancellationToken cancellationToken)
    {
        List<SubmissionSummary> listed = [];
        for (var attempt = 0; attempt < BuildAttempts; attempt++)
        {
            var (rows, complete) = await index.ReadMonthAsync(month, cancellationToken);
            if (complete)
                return Summaries(rows);
            var scanned = await ScanAsync(TableClient.CreateQueryFilter($"PartitionKey eq {month}"), cancellationToken);
            var changed = Merge(month, rows, scanned);
            listed = Summaries(rows);
            if (rows.Count == 0 || await TryMarkCompleteAsync(month, changed, cancellationToken))
                break; // an empty month has nothing to index; a writer will start it
        }
        return listed;
    }

    private async Task<List<SubmissionSummary>> ListAfterAsync(string month, CancellationToken cancellationToken) =>
        (await ScanAsync(TableClient.CreateQueryFilter($"PartitionKey gt {month}"), cancellationToken)).Select(s => s.Entry.ToSummary(s.Unit)).ToList();

    /// <summary>Adds the scanned submissions the index lacks to their units' rows; returns the rows changed.</summary>
    private static List<SubmissionListRow> Merge(string month, List<SubmissionListRow> rows, IEnumerable<(string Unit, SubmissionListEntry Entry)> scanned)
    {
        var indexed = rows.SelectMany(r => r.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        var changed = new List<SubmissionListRow>();
        foreach (var (unit, entry) in scanned.Where(s => !indexed.Contains(s.Entry.Id)))
        {
            var ofUnit = rows.Where(r => r.Unit == unit).ToList();
            var row = ofUnit.FirstOrDefault(r => r.HasRoomFor(entry));
            if (row is null)
                rows.Add(row = SubmissionListRow.New(month, unit, SubmissionListIndex.NextPart(ofUnit)));
            row.Put(entry);
            if (!changed.Contains(row))
                changed.Add(row);
        }
        return changed;
    }

    /// <summary>Writes the changed rows and the marker, the marker in the last transaction (one holds 100 actions and 4 MiB);
    /// false when a writer or another build came first.</summary>
    private async Task<bool> TryMarkCompleteAsync(string month, List<SubmissionListRow> changed, CancellationToken cancellationToken)
    {
        var actions = changed.Select(SubmissionListIndex.Save)
            .Append(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(month, SubmissionListKeys.Marker))).ToList();
        try
        {
            foreach (var batch in Batches(actions))
                await table.SubmitTransactionAsync(batch, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    private static IEnumerable<List<TableTransactionAction>> Batches(List<TableTransactionAction> actions)
    {
        var batch = new List<TableTransactionAction>();
        var characters = 0;
        foreach (var action in actions)
        {
            var size = ((IDictionary<string, object>)action.Entity).Values.Sum(v => v is string text ? text.Length : 8);
            if (batch.Count > 0 && (batch.Count == 100 || characters + size > 2 * SubmissionListRow.Capacity))
            {
                yield return batch;
                (batch, characters) = ([], 0);
            }
            batch.Add(action);
            characters += size;
        }
        yield return batch;
    }

    /// <summary>The list fields of the submission rows <paramref name="partitions"/> selects (index rows skipped).</summary>
    private async Task<List<(string Unit, SubmissionListEntry Entry)>> ScanAsync(string partitions, CancellationToken cancellationToken)
    {
        var filter = $"{partitions} and {TableClient.CreateQueryFilter($"RowKey lt {SubmissionListKeys.Submissions}")}";
        var found = new List<(string, SubmissionListEntry)>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: SubmissionEntity.ListColumns, cancellationToken: cancellationToken))
            found.Add((e.GetString("Unit") ?? "", SubmissionListEntry.Of(e)));
        return found;
    }

    /// <summary>The month of the oldest submission; null when there is none.</summary>
    private async Task<string?> FirstMonthAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey lt {SubmissionListKeys.Submissions}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            return e.PartitionKey;
        return null;
    }

    private static List<SubmissionSummary> Summaries(IEnumerable<SubmissionListRow> rows) =>
        rows.SelectMany(r => r.Entries.Values.Select(e => e.ToSummary(r.Unit))).ToList();

    private static string Later(string a, string b) => string.CompareOrdinal(a, b) >= 0 ? a : b;

    /// <summary>The month <paramref name="months"/> before <paramref name="month"/> (yyyyMM).</summary>
    private static string MonthsBefore(string month, int months) =>
        DateOnly.ParseExact(month + "01", "yyyyMMdd", CultureInfo.InvariantCulture).AddMonths(-months).ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Months(string first, string last)
    {
        for (var m = DateOnly.ParseExact(first + "01", "yyyyMMdd", CultureInfo.InvariantCulture);
             string.CompareOrdinal(m.ToString("yyyyMM", CultureInfo.InvariantCulture), last) <= 0; m = m.AddMonths(1))
            yield return m.ToString("yyyyMM", CultureInfo.InvariantCulture);
    }
}
