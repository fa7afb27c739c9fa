using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>Submissions (table <c>submissions</c>) and their original files (blob container <c>submissions</c>).</summary>
public sealed class SubmissionStore(TableServiceClient tables, BlobServiceClient blobs)
{
    public const string TableName = "submissions";
    public const string ContainerName = "submissions";
    /// <summary>Message-ID → submission id, so a delivery repeated on another day registers nothing new.</summary>
    public const string MessageIdTableName = "submissionmessages";
    private TableClient Table => tables.GetTableClient(TableName);
    private SubmissionListIndex Index => new(Table);
    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    /// <summary>Stores an original file under the submission; writing the same one again is harmless.</summary>
    public async Task<string> SaveOriginalAsync(string submissionId, int index, string fileName, BinaryData content, CancellationToken cancellationToken)
    {
        await Container.EnsureExistsAsync(cancellationToken);
        var name = $"{submissionId}/originals/{index:D2}-{SafeFileName(fileName)}";
        await Container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken);
        return name;
    }

    /// <summary>Adds the submission unless it exists (a retried step or a repeated delivery), with its entry in the list
    /// index in the same transaction; returns the stored state.</summary>
    public async Task<(Submission Submission, SubmissionProgress Progress, ETag ETag)> AddIfAbsentAsync(Submission submission, string? inboundBlob, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var (outcome, etag) = await Index.WriteAsync(submission.Id, submission.Unit, listed => listed is null ? SubmissionListEntry.Of(submission) : null,
            new TableTransactionAction(TableTransactionActionType.Add, SubmissionEntity.From(submission, inboundBlob)), cancellationToken);
        if (outcome == SubmissionWrite.Written)
            return (submission, new SubmissionProgress(false, false), etag ?? ETag.All);
        // Listed already or refused as existing: a retried step or a repeated delivery.
        var existing = (await Table.GetEntityAsync<TableEntity>(SubmissionId.Partition(submission.Id), submission.Id, cancellationToken: cancellationToken)).Value;
        return (SubmissionEntity.ToSubmission(existing), SubmissionEntity.ProgressOf(existing), existing.ETag);
    }

    /// <summary>The submission id for article <paramref name="index"/> of a mail: the first delivery of a Message-ID (or of a
    /// mail without one, its request's hash, <see cref="InboundMailStore.MailKeyAsync"/>) reserves <paramref name="proposedId"/>; a later delivery of it — SendGrid retries for up to three days, so
    /// possibly on another date — gets the same id back.</summary>
    public async Task<string> ReserveIdForMessageAsync(string messageId, int index, string proposedId, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(MessageIdTableName);
        await table.EnsureExistsAsync(cancellationToken);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)))[..32];
        try
        {
            await table.AddEntityAsync(new TableEntity(key, index.ToString()) { ["SubmissionId"] = proposedId, ["MessageId"] = BoundedText.Bound(messageId, BoundedText.Short) }, cancellationToken);
            return proposedId;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await table.GetEntityAsync<TableEntity>(key, index.ToString(), cancellationToken: cancellationToken)).Value.GetString("SubmissionId");
        }
    }

    public async Task<Submission?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!SubmissionId.IsWellFormed(id))
            return null;
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(SubmissionId.Partition(id), id, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is not null ? SubmissionEntity.ToSubmission(entity.Value) : null;
    }

    /// <summary>The submissions received from month <paramref name="fromMonth"/> to <paramref name="toMonth"/> (yyyyMM, China time,
    /// both included; null for no bound), for rebuilding what is derived from them.</summary>
    public async Task<IReadOnlyList<Submission>> ListReceivedAsync(string? fromMonth, string? toMonth, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {fromMonth ?? ""} and PartitionKey le {toMonth ?? "999999"} and RowKey lt {SubmissionListKeys.Submissions}");
        var found = new List<Submission>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            found.Add(SubmissionEntity.ToSubmission(entity));
        return found;
    }

    /// <summary>The submissions <paramref name="filter"/> asks for, oldest first, from the list index (<see cref="SubmissionListReader"/>).</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(SubmissionFilter filter, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        return await new SubmissionListReader(Table, Index).ListAsync(filter, cancellationToken);
    }

    /// <summary>Every submission in <paramref name="status"/>, oldest first (a scan filtered by the service; submissions are few).</summary>
    public async Task<IReadOnlyList<Submission>> ListByStatusAsync(SubmissionStatus status, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<Submission>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Status eq {status.ToString()} and RowKey lt {SubmissionListKeys.Submissions}"), cancellationToken: cancellationToken))
            found.Add(SubmissionEntity.ToSubmission(entity));
        return found.OrderBy(s => s.ReceivedAt).ToList();
    }

    /// <summary>The submission with its ETag, for a change guarded by it; null if there is none.</summary>
    public async Task<(Submission Submission, ETag ETag, string? NoticeSentFor)?> FindForUpdateAsync(string id, CancellationToken cancellationToken)
    {
        if (!SubmissionId.IsWellFormed(id))
            return null;
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(SubmissionId.Partition(id), id, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? (SubmissionEntity.ToSubmission(e), e.ETag, SubmissionEntity.NoticeSentFor(e)) : null;
    }

    /// <summary>Stores a decision if the submission is still as read (<paramref name="etag"/>), with its list entry in the same
    /// transaction; false when someone changed the submission first.</summary>
    public async Task<bool> TryRecordDecisionAsync(Submission submission, SubmissionDecision decision, ETag etag, CancellationToken cancellationToken)
    {
        var (outcome, _) = await Index.WriteAsync(submission.Id, submission.Unit, listed => (listed ?? SubmissionListEntry.Of(submission)).Decided(decision),
            new TableTransactionAction(TableTransactionActionType.UpdateMerge, SubmissionEntity.DecisionPatch(submission.Id, decision), etag), cancellationToken);
        return outcome == SubmissionWrite.Written;
    }

    /// <summary>Sets which decision's notice is sent, if the submission is still as read; null when another worker changed it first.</summary>
    public async Task<ETag?> TryMarkNoticeAsync(string id, string decisionId, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var patch = new TableEntity(SubmissionId.Partition(id), id) { ["NoticeSentFor"] = decisionId };
            return (await Table.UpdateEntityAsync(patch, etag, TableUpdateMode.Merge, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    /// <summary>Sets whether the receipt is sent, if the submission is still as read (<paramref name="etag"/>);
    /// null when another worker changed it first.</summary>
    public async Task<ETag?> TryMarkReceiptAsync(string id, bool sent, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var patch = new TableEntity(SubmissionId.Partition(id), id) { ["ReceiptSent"] = sent };
            return (await Table.UpdateEntityAsync(patch, etag, TableUpdateMode.Merge, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    /// <summary>Records that the review message is queued; it only ever goes from false to true, so no ETag is needed.</summary>
    public async Task MarkReviewQueuedAsync(string id, CancellationToken cancellationToken) =>
        await Table.UpdateEntityAsync(new TableEntity(SubmissionId.Partition(id), id) { ["ReviewQueued"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        name = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return string.IsNullOrWhiteSpace(name) ? "attachment" : name.Length > 120 ? name[^120..] : name;
    }
}

/// <summary>Which steps after storing a submission are done: its receipt mail and its review message.</summary>
public sealed record SubmissionProgress(bool ReceiptSent, bool ReviewQueued);
