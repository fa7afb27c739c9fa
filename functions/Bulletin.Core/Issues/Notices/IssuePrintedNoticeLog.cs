using Azure.Data.Tables;
using Bulletin.Issues.Publications;
using Bulletin.Mail.Storage;
using Bulletin.Storage;

namespace Bulletin.Issues.Notices;

/// <summary>Which 刊于 notices were sent (table <c>printednotices</c>, PartitionKey the issue <c>{year}-{number:D3}</c>, with
/// <c>{series}:</c> before it outside the default series, RowKey the submission id): one notice per printed submission.</summary>
public sealed class IssuePrintedNoticeLog(TableServiceClient tables)
{
    public const string TableName = "printednotices";
    private MailClaims Claims => new(tables.GetTableClient(TableName));

    private static string Partition(AssembledIssue issue) => $"{IssueSeries.KeyPrefix(issue.SeriesId)}{issue.Year:D4}-{issue.Number:D3}";

    public Task<bool> TryClaimAsync(AssembledIssue issue, string submissionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(Partition(issue), TableKey.Encode(submissionId)) { ["SentAt"] = now }, cancellationToken);

    public Task ReleaseAsync(AssembledIssue issue, string submissionId) => Claims.ReleaseAsync(Partition(issue), TableKey.Encode(submissionId));
}
