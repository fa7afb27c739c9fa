using Azure;
using Azure.Data.Tables;
using Bulletin.Issues.Publications;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>Gives each new issue of a series the next number of its year and the next running total, from two counter
/// rows (table <c>issuenumbers</c>, partition <c>counters</c> for the default series and <c>counters-{id}</c> for the others:
/// row <c>{year}</c> and row <c>total</c>) moved together in one ETag-guarded transaction; a writer that loses the race reads
/// again and retries, so no number is skipped or reused. Continuing an office's numbering moves the same rows the same way.</summary>
public sealed class IssueNumberAllocator(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "issuenumbers";
    public const string Partition = "counters";
    public const string TotalRow = "total";
    private const int MaxAttempts = 200;

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>The next number of the default series for an issue of this China year.</summary>
    public Task<IssueNumber> AllocateAsync(CancellationToken cancellationToken) =>
        AllocateAsync(IssueSeries.DefaultId, TimeZoneInfo.ConvertTime(time.GetUtcNow(), ChinaTime.Zone).Year, cancellationToken);

    /// <summary>The next number of <paramref name="series"/> for an issue dated in <paramref name="year"/>.</summary>
    public async Task<IssueNumber> AllocateAsync(string series, int year, CancellationToken cancellationToken)
    {
        var change = await MoveAsync(series, year, (yearRow, totalRow) => (yearRow + 1, totalRow + 1), cancellationToken);
        return new IssueNumber(year, change.Year, change.Total);
    }

    /// <summary>The next number of <paramref name="year"/> for a draft of <paramref name="series"/> moved into that year: the
    /// running total is not advanced, because the draft keeps the 总第 number it already holds.</summary>
    public async Task<int> AllocateInYearAsync(string series, int year, CancellationToken cancellationToken) =>
        (await MoveAsync(series, year, (yearRow, totalRow) => (yearRow + 1, totalRow), cancellationToken)).Year;

    /// <summary>Sets the numbers the next issues get (第 <paramref name="nextNumber"/> 期 of <paramref name="year"/>, 总第
    /// <paramref name="nextTotal"/> 期); null leaves a counter as it is. Refused (null) below a number already used.</summary>
    public async Task<NumberingState?> ContinueAsync(string series, int year, int? nextNumber, int? nextTotal, CancellationToken cancellationToken)
    {
        var refused = false;
        var moved = await MoveAsync(series, year, (yearRow, totalRow) =>
        {
            refused = nextNumber - 1 < yearRow || nextTotal - 1 < totalRow;
            return refused ? (yearRow, totalRow) : (nextNumber - 1 ?? yearRow, nextTotal - 1 ?? totalRow);
        }, cancellationToken);
        return refused ? null : moved;
    }

    /// <summary>The last numbers used: in <paramref name="year"/> and in total.</summary>
    public async Task<NumberingState> LastAsync(string series, int year, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        return new NumberingState((await ReadAsync(series, year.ToString("D4"), cancellationToken)).Last, (await ReadAsync(series, TotalRow, cancellationToken)).Last);
    }

    private async Task<NumberingState> MoveAsync(string series, int year, Func<int, int, (int Year, int Total)> next, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var yearRow = await ReadAsync(series, year.ToString("D4"), cancellationToken);
            var totalRow = await ReadAsync(series, TotalRow, cancellationToken);
            var (y, t) = next(yearRow.Last, totalRow.Last);
            if (y == yearRow.Last && t == totalRow.Last)
                return new NumberingState(y, t);
            try
            {
                await Table.SubmitTransactionAsync([Advance(yearRow, y), Advance(totalRow, t)], cancellationToken);
                return new NumberingState(y, t);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another allocation got there first; a short random pause keeps many racers from colliding in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + 2 * attempt)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"No issue number could be allocated after {MaxAttempts} attempts.");
    }

    private static string PartitionOf(string series) => series == IssueSeries.DefaultId ? Partition : $"{Partition}-{series}";

    private async Task<Counter> ReadAsync(string series, string row, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(series), row, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? new Counter(PartitionOf(series), row, e.GetInt32("Last") ?? 0, e.ETag) : new Counter(PartitionOf(series), row, 0, null);
    }

    private static TableTransactionAction Advance(Counter counter, int last)
    {
        var entity = new TableEntity(counter.Partition, counter.Row) { ["Last"] = last };
        return counter.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private sealed record Counter(string Partition, string Row, int Last, ETag? ETag);
}

/// <summary>The last numbers a series used: <paramref name="Year"/> within the year asked about, <paramref name="Total"/> in all.</summary>
public sealed record NumberingState(int Year, int Total);
