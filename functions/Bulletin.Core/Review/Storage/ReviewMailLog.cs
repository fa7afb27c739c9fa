using Azure.Data.Tables;
using Bulletin.Mail.Storage;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Review.Storage;

/// <summary>Which editors have been sent the review mail of which submission (table <c>reviewmails</c>,
/// PartitionKey the submission id, RowKey the editor's address), so a repeated queue message mails no one twice.</summary>
public sealed class ReviewMailLog(TableServiceClient tables)
{
    public const string TableName = "reviewmails";
    private TableClient Table => tables.GetTableClient(TableName);
    private MailClaims Claims => new(Table);

    /// <summary>Claims the mail before sending; false when it is already claimed (sent, or being sent).</summary>
    public Task<bool> TryClaimAsync(string submissionId, string editorEmail, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(submissionId, TableKey.Encode(editorEmail)) { ["SentAt"] = now }, cancellationToken);

    /// <summary>Gives a claim back when sending failed, so the retried message sends it.</summary>
    public Task ReleaseAsync(string submissionId, string editorEmail) =>
        Claims.ReleaseAsync(submissionId, TableKey.Encode(editorEmail));
}
