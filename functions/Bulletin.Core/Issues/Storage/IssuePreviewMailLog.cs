using Bulletin.Mail.Storage;
using Azure.Data.Tables;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>Which preview mails have been sent (table <c>previewmails</c>, PartitionKey <c>{year}-{number:D3}-{content}</c> with the
/// first 16 hex digits of the issue's content hash, RowKey the address): a retried or repeated preview of the same content
/// mails nobody twice; a changed draft is a new preview.</summary>
public sealed class IssuePreviewMailLog(TableServiceClient tables)
{
    public const string TableName = "previewmails";
    private MailClaims Claims => new(tables.GetTableClient(TableName));

    /// <summary>Outside the default series the partition starts <c>{series}:</c>, as the series' other keys.</summary>
    public static string PartitionOf(AssembledIssue issue, string content) =>
        $"{Publications.IssueSeries.KeyPrefix(issue.SeriesId)}{issue.Year:D4}-{issue.Number:D3}-{content}";

    public Task<bool> TryClaimAsync(AssembledIssue issue, string content, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(PartitionOf(issue, content), TableKey.Encode(email.ToLowerInvariant())) { ["SentAt"] = now }, cancellationToken);

    public Task ReleaseAsync(AssembledIssue issue, string content, string email) =>
        Claims.ReleaseAsync(PartitionOf(issue, content), TableKey.Encode(email.ToLowerInvariant()));
}
