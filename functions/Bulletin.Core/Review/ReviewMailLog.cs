using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Review;

/// <summary>Which editors have been sent the review mail of which submission (table <c>reviewmails</c>,
/// PartitionKey the submission id, RowKey the editor's address), so a repeated queue message mails no one twice.</summary>
public sealed class ReviewMailLog(TableServiceClient tables)
{
    public const string TableName = "reviewmails";
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Claims the mail before sending; false when it is already claimed (sent, or being sent).</summary>
    public async Task<bool> TryClaimAsync(string submissionId, string editorEmail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(submissionId, TableKey.Encode(editorEmail)) { ["SentAt"] = now }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back when sending failed, so the retried message sends it.</summary>
    public Task ReleaseAsync(string submissionId, string editorEmail) =>
        Table.DeleteEntityAsync(submissionId, TableKey.Encode(editorEmail), ETag.All, CancellationToken.None);
}
