using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Bulletin.Distribution.Delivery;
using Bulletin.Storage;

namespace Bulletin.Distribution.Delivery.Storage;

/// <summary>Table <c>rejecteddeliveryevents</c>: events of verified batches that could not be applied, PartitionKey the issue
/// key (or "-" when the event named none it could be read by), RowKey a hash of the batch and the event's position, so
/// SendGrid's retry of the same batch writes the same rows. The delivery report lists them for the issue.</summary>
public sealed class RejectedDeliveryEvents(TableServiceClient tables)
{
    public const string TableName = "rejecteddeliveryevents";
    private const string UnattributedPartition = "-";

    private TableClient Table => tables.GetTableClient(TableName);

    public async Task SaveAsync(string batchName, IReadOnlyList<RejectedDeliveryEvent> rejected, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0)
            return;
        await Table.EnsureExistsAsync(cancellationToken);
        foreach (var e in rejected)
        {
            var rowKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{batchName}|{e.Position}|{e.IssueKey}|{e.DeliveryId}")))[..32];
            await Table.UpsertEntityAsync(new TableEntity(Partition(e.IssueKey), rowKey)
            {
                ["Batch"] = batchName, ["Position"] = BoundedText.BoundOrNull(e.Position, 100), ["DeliveryId"] = BoundedText.BoundOrNull(e.DeliveryId, 128),
                ["Kind"] = BoundedText.BoundOrNull(e.Kind, 100), ["Problem"] = BoundedText.BoundOrNull(e.Problem, BoundedText.Detail), ["ReceivedAt"] = receivedAt,
            }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The issue's rejected events, oldest first.</summary>
    public async Task<IReadOnlyList<RejectedDeliveryEventEntry>> ListAsync(string issueKey, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<RejectedDeliveryEventEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(issueKey)}"), cancellationToken: cancellationToken))
            entries.Add(new RejectedDeliveryEventEntry(e.GetString("DeliveryId"), e.GetString("Kind"), e.GetString("Problem") ?? "",
                e.GetString("Batch") ?? "", e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue));
        return entries.OrderBy(e => e.ReceivedAt).ToList();
    }

    private static string Partition(string? issueKey) =>
        string.IsNullOrEmpty(issueKey) ? UnattributedPartition : TableKey.Encode(issueKey);
}
