using Azure.Data.Tables;
using Bulletin.Mail.Storage;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Review.Storage;

/// <summary>Which editors were reminded on which day (table <c>reminders</c>, PartitionKey the China date yyyyMMdd,
/// RowKey the editor's address), so however often the timer runs an editor gets one digest a day.</summary>
public sealed class ReviewReminderLog(TableServiceClient tables)
{
    public const string TableName = "reminders";
    private TableClient Table => tables.GetTableClient(TableName);
    private MailClaims Claims => new(Table);

    /// <summary>Claims the day's digest before sending it; false when it is claimed already (sent, or being sent).</summary>
    public Task<bool> TryClaimAsync(string chinaDay, string editorEmail, DateTimeOffset now, int submissions, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(chinaDay, TableKey.Encode(editorEmail)) { ["SentAt"] = now, ["Submissions"] = submissions }, cancellationToken);

    /// <summary>Notes the day's latest run (RowKey "~run", which no address encodes to), for operators: when the timer last ran and whom it mailed.</summary>
    public async Task RecordRunAsync(string chinaDay, DateTimeOffset now, int waiting, int mailed, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(chinaDay, RunRowKey) { ["LastRunAt"] = now, ["Waiting"] = waiting, ["Mailed"] = mailed },
            TableUpdateMode.Replace, cancellationToken);
    }

    public const string RunRowKey = "~run";

    /// <summary>Gives a claim back when sending failed, so the next run sends it.</summary>
    public Task ReleaseAsync(string chinaDay, string editorEmail) =>
        Claims.ReleaseAsync(chinaDay, TableKey.Encode(editorEmail));
}
