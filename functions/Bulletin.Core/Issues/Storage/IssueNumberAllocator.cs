using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>Gives each new issue the next number of its China calendar year and the next running total, from two counter
/// rows (table <c>issuenumbers</c>, partition <c>counters</c>: row <c>{year}</c> and row <c>total</c>) moved together in
/// one ETag-guarded transaction; a writer that loses the race reads again and retries, so no number is skipped or reused.</summary>
public sealed class IssueNumberAllocator(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "issuenumbers";
    public const string Partition = "counters";
    public const string TotalRow = "total";
    private const int MaxAttempts = 200;

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>The next number for an issue created now.</summary>
    public async Task<IssueNumber> AllocateAsync(CancellationToken cancellationToken)
    {
        var year = TimeZoneInfo.ConvertTime(time.GetUtcNow(), ChinaTime.Zone).Year;
        await Table.EnsureExistsAsync(cancellationToken);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var yearRow = await ReadAsync(year.ToString("D4"), cancellationToken);
            var totalRow = await ReadAsync(TotalRow, cancellationToken);
            var next = new IssueNumber(year, yearRow.Last + 1, totalRow.Last + 1);
            try
            {
                await Table.SubmitTransactionAsync([Advance(yearRow, next.Number), Advance(totalRow, next.TotalNumber)], cancellationToken);
                return next;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another allocation got there first; a short random pause keeps many racers from colliding in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + 2 * attempt)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"No issue number could be allocated after {MaxAttempts} attempts.");
    }

    private async Task<Counter> ReadAsync(string row, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, row, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? new Counter(row, e.GetInt32("Last") ?? 0, e.ETag) : new Counter(row, 0, null);
    }

    private static TableTransactionAction Advance(Counter counter, int last)
    {
        var entity = new TableEntity(Partition, counter.Row) { ["Last"] = last };
        return counter.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private sealed record Counter(string Row, int Last, ETag? ETag);
}
