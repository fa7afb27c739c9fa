using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>Held deliveries in table <c>quarantine</c> (PartitionKey yyyyMM of receipt, RowKey from the stored request's name).</summary>
public sealed class QuarantineStore(TableServiceClient tables)
{
    public const string TableName = "quarantine";
    private TableClient Table => tables.GetTableClient(TableName);

    public static string IdFor(InboundDelivery delivery) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(delivery.BlobName)))[..24];

    /// <summary>Holds a delivery; holding it again (a retried step) keeps the first record and tells whether it was replied to.</summary>
    public async Task<QuarantinedMail> HoldAsync(QuarantinedMail mail, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = new TableEntity(mail.ReceivedAt.ToString("yyyyMM"), mail.Id)
        {
            ["Reason"] = mail.Reason.ToString(), ["Detail"] = mail.Detail, ["FromAddress"] = mail.FromAddress, ["Subject"] = mail.Subject,
            ["ReceivedAt"] = mail.ReceivedAt, ["InboundBlob"] = mail.InboundBlob, ["Replied"] = false,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return mail with { Replied = false };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await Table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken)).Value;
            return mail with { Replied = existing.GetBoolean("Replied") ?? false };
        }
    }

    public async Task MarkRepliedAsync(QuarantinedMail mail, CancellationToken cancellationToken) =>
        await Table.UpdateEntityAsync(new TableEntity(mail.ReceivedAt.ToString("yyyyMM"), mail.Id) { ["Replied"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Held mail of the last <paramref name="months"/> months, newest first.</summary>
    public async Task<IReadOnlyList<QuarantinedMail>> ListRecentAsync(DateTimeOffset now, int months, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var oldest = now.AddMonths(-(months - 1)).ToString("yyyyMM");
        var held = new List<QuarantinedMail>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {oldest}"), cancellationToken: cancellationToken))
            held.Add(new QuarantinedMail(e.RowKey, Enum.Parse<QuarantineReason>(e.GetString("Reason")), e.GetString("Detail") ?? "",
                e.GetString("FromAddress"), e.GetString("Subject"), e.GetDateTimeOffset("ReceivedAt") ?? default, e.GetString("InboundBlob") ?? "",
                e.GetBoolean("Replied") ?? false));
        return held.OrderByDescending(m => m.ReceivedAt).ToList();
    }
}
