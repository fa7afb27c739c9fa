using Azure.Data.Tables;
using Bulletin.Mail.Storage;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Statistics.Reports.Storage;

/// <summary>Who was sent which month's report (table <c>reportmails</c>, PartitionKey the month yyyy-MM, RowKey the address):
/// each mail is claimed before it is sent, so a repeated or retried run sends nobody the same month twice.</summary>
public sealed class AdoptionReportLog(TableServiceClient tables)
{
    public const string TableName = "reportmails";
    public const string RunRowKey = "~run";
    private TableClient Table => tables.GetTableClient(TableName);
    private MailClaims Claims => new(Table);

    public Task<bool> TryClaimAsync(string month, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(month, TableKey.Encode(email)) { ["SentAt"] = now }, cancellationToken);

    /// <summary>Gives a claim back when sending failed, so the next run sends it.</summary>
    public Task ReleaseAsync(string month, string email) =>
        Claims.ReleaseAsync(month, TableKey.Encode(email));

    /// <summary>Notes the month's latest run, for operators.</summary>
    public async Task RecordRunAsync(string month, DateTimeOffset now, int mailed, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(month, RunRowKey) { ["LastRunAt"] = now, ["Mailed"] = mailed }, TableUpdateMode.Merge, cancellationToken);
    }
}
