using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Statistics.Reports;

/// <summary>Who was sent which month's report (table <c>reportmails</c>, PartitionKey the month yyyy-MM, RowKey the address):
/// each mail is claimed before it is sent, so a repeated or retried run sends nobody the same month twice.</summary>
public sealed class AdoptionReportLog(TableServiceClient tables)
{
    public const string TableName = "reportmails";
    public const string RunRowKey = "~run";
    private TableClient Table => tables.GetTableClient(TableName);

    public async Task<bool> TryClaimAsync(string month, string email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(month, TableKey.Encode(email)) { ["SentAt"] = now }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back when sending failed, so the next run sends it.</summary>
    public Task ReleaseAsync(string month, string email) =>
        Table.DeleteEntityAsync(month, TableKey.Encode(email), ETag.All, CancellationToken.None);

    /// <summary>Notes the month's latest run, for operators.</summary>
    public async Task RecordRunAsync(string month, DateTimeOffset now, int mailed, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(month, RunRowKey) { ["LastRunAt"] = now, ["Mailed"] = mailed }, TableUpdateMode.Merge, cancellationToken);
    }
}
