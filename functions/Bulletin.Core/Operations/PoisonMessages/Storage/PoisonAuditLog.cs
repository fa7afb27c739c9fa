using Bulletin.Storage;
using Azure.Data.Tables;

namespace Bulletin.Operations.PoisonMessages.Storage;

/// <summary>Who retried or discarded which poison message, appended to table <c>poisonaudit</c> (PartitionKey <c>poison</c>,
/// RowKey inverted ticks and a random id, newest first) with the message's summary and reason as they were.</summary>
public sealed class PoisonAuditLog(TableServiceClient tables, TimeProvider clock)
{
    public const string TableName = "poisonaudit";
    private const string Partition = "poison";
    private TableClient Table => tables.GetTableClient(TableName);

    public async Task AppendAsync(PoisonMessage message, PoisonAction action, string actor, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var at = clock.GetUtcNow();
        await Table.AddEntityAsync(new TableEntity(Partition, $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["At"] = at, ["Actor"] = actor, ["Action"] = action.ToString(), ["Queue"] = message.Queue, ["MessageId"] = message.MessageId,
            ["Summary"] = message.Summary, ["Reason"] = message.Reason,
        }, cancellationToken);
    }

    /// <summary>The latest <paramref name="count"/> entries, newest first.</summary>
    public async Task<IReadOnlyList<PoisonAuditEntry>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<PoisonAuditEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), maxPerPage: count, cancellationToken: cancellationToken))
        {
            entries.Add(new PoisonAuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Actor") ?? "", Enum.Parse<PoisonAction>(e.GetString("Action") ?? nameof(PoisonAction.Discard)),
                e.GetString("Queue") ?? "", e.GetString("MessageId") ?? "", e.GetString("Summary") ?? "", e.GetString("Reason") ?? ""));
            if (entries.Count == count)
                break;
        }
        return entries;
    }
}
