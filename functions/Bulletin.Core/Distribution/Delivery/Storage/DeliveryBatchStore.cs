using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Distribution.Delivery.Storage;

/// <summary>Batches in table <c>deliverybatches</c> (PartitionKey the issue key, RowKey the batch id); changes are
/// guarded by the ETag read with the batch.</summary>
public sealed class DeliveryBatchStore(TableServiceClient tables)
{
    public const string TableName = "deliverybatches";
    /// <summary>Rows recording who asked for a resend, beside the batches.</summary>
    private const string ResendPrefix = "~resend-";

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Adds the batch unless it exists; returns the stored one either way.</summary>
    public async Task<DeliveryBatch> AddIfMissingAsync(DeliveryBatch batch, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(ToEntity(batch), cancellationToken);
            return batch;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await FindAsync(batch.IssueKey, batch.Id, cancellationToken))!.Value.Batch;
        }
    }

    public async Task<(DeliveryBatch Batch, ETag ETag)?> FindAsync(string issueKey, string id, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(issueKey, id, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? (ToBatch(e), e.ETag) : null;
    }

    public async Task<IReadOnlyList<DeliveryBatch>> ListAsync(string issueKey, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<DeliveryBatch>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {issueKey}"), cancellationToken: cancellationToken))
            if (!e.RowKey.StartsWith(ResendPrefix, StringComparison.Ordinal))
                found.Add(ToBatch(e));
        return found;
    }

    /// <summary>Records (audits) who asked for resend attempt <paramref name="attempt"/>; false when it was asked for before.</summary>
    public async Task<bool> TryRecordResendAsync(string issueKey, int attempt, string requestedBy, int count, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(issueKey, $"{ResendPrefix}a{attempt:D2}") { ["RequestedBy"] = requestedBy, ["Count"] = count, ["RequestedAt"] = at }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Saves the batch if it is still as read; false when another step changed it meanwhile.</summary>
    public async Task<bool> TrySaveAsync(DeliveryBatch batch, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(ToEntity(batch), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(DeliveryBatch b) => new(b.IssueKey, b.Id)
    {
        ["Attempt"] = b.Attempt, ["Count"] = b.Count, ["State"] = b.State.ToString(), ["Tries"] = b.Tries, ["SendingSince"] = b.SendingSince,
        ["MessageId"] = b.MessageId, ["Error"] = BoundedText.BoundOrNull(b.Error, BoundedText.Detail), ["UpdatedAt"] = b.UpdatedAt,
    };

    private static DeliveryBatch ToBatch(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetInt32("Attempt") ?? 1, e.GetInt32("Count") ?? 0, Enum.Parse<DeliveryBatchState>(e.GetString("State") ?? nameof(DeliveryBatchState.Queued)),
        e.GetInt32("Tries") ?? 0, e.GetDateTimeOffset("SendingSince"), e.GetString("MessageId"), e.GetString("Error"), e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
