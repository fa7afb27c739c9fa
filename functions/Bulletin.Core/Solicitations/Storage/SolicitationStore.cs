using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Solicitations.Storage;

/// <summary>Solicitations (table <c>solicitations</c>). A new one takes the next number from the counter row <c>~counter</c>
/// of the same partition in one transaction, so numbers are never reused; every change is saved under the ETag read.</summary>
public sealed class SolicitationStore(TableServiceClient tables)
{
    public const string TableName = "solicitations";
    private const string CounterRow = "~counter";
    private const int MaxAttempts = 50;
    /// <summary>Rows <c>~key-…</c> sort after the numbers and <c>~counter</c>, so listing skips them.</summary>
    private const string KeyRowPrefix = "~key-";

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Stores <paramref name="create"/>'s solicitation under the next number, with the row <c>~key-{creationKey}</c>
    /// naming it in the same transaction; a key used before returns the solicitation it created (Created false), so a
    /// double-clicked or re-posted form creates one solicitation however the requests interleave.</summary>
    public async Task<(Solicitation Solicitation, bool Created)> AddAsync(string creationKey, Func<int, Solicitation> create, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var keyRow = KeyRowPrefix + creationKey;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var used = await Table.GetEntityIfExistsAsync<TableEntity>(SolicitationEntity.Partition, keyRow, cancellationToken: cancellationToken);
            if (used.HasValue && used.Value?.GetInt32("Number") is { } number && await FindAsync(number, cancellationToken) is { } earlier)
                return (earlier, false);
            var counter = await Table.GetEntityIfExistsAsync<TableEntity>(SolicitationEntity.Partition, CounterRow, cancellationToken: cancellationToken);
            var last = counter.HasValue && counter.Value is { } c ? c.GetInt32("Last") ?? 0 : 0;
            var solicitation = create(last + 1);
            var advance = new TableEntity(SolicitationEntity.Partition, CounterRow) { ["Last"] = last + 1 };
            TableTransactionAction[] actions =
            [
                counter.HasValue && counter.Value is { } existing
                    ? new(TableTransactionActionType.UpdateReplace, advance, existing.ETag)
                    : new(TableTransactionActionType.Add, advance),
                new(TableTransactionActionType.Add, SolicitationEntity.From(solicitation)),
                new(TableTransactionActionType.Add, new TableEntity(SolicitationEntity.Partition, keyRow) { ["Number"] = solicitation.Number }),
            ];
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
                return (solicitation, true);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another creation took the number, or this key (then the next attempt finds its solicitation).
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + 2 * attempt)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"No solicitation number could be allocated after {MaxAttempts} attempts.");
    }

    public async Task<Solicitation?> FindAsync(int number, CancellationToken cancellationToken) => (await FindForUpdateAsync(number, cancellationToken))?.Solicitation;

    /// <summary>Every solicitation, newest first (they are few: one partition).</summary>
    public async Task<IReadOnlyList<Solicitation>> ListAsync(CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<Solicitation>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SolicitationEntity.Partition} and RowKey lt {CounterRow}");
        await foreach (var entity in Table.QueryAsync<SolicitationEntity>(filter, cancellationToken: cancellationToken))
            found.Add(entity.ToSolicitation());
        return found.OrderByDescending(s => s.Number).ToList();
    }

    /// <summary>Applies <paramref name="change"/> under the ETag read, reading again when someone else saved first.
    /// <paramref name="change"/> returns null when there is nothing to change; returns the stored solicitation.</summary>
    public async Task<Solicitation?> UpdateAsync(int number, Func<Solicitation, Solicitation?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await FindForUpdateAsync(number, cancellationToken) is not { } found)
                return null;
            if (change(found.Solicitation) is not { } changed)
                return found.Solicitation;
            try
            {
                await Table.UpdateEntityAsync(SolicitationEntity.From(changed), found.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another answer or the timer saved first: apply the change to what is stored now.
            }
        }
        throw new InvalidOperationException($"Solicitation {number} kept changing while being updated.");
    }

    private async Task<(Solicitation Solicitation, ETag ETag)?> FindForUpdateAsync(int number, CancellationToken cancellationToken)
    {
        if (number <= 0)
            return null;
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<SolicitationEntity>(SolicitationEntity.Partition, SolicitationEntity.RowKeyOf(number), cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? (e.ToSolicitation(), e.ETag) : null;
    }
}
