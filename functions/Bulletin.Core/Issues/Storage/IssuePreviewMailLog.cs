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

    public static string PartitionOf(int year, int number, string content) => $"{year:D4}-{number:D3}-{content}";

    public Task<bool> TryClaimAsync(int year, int number, string content, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(PartitionOf(year, number, content), TableKey.Encode(email.ToLowerInvariant())) { ["SentAt"] = now }, cancellationToken);

    public Task ReleaseAsync(int year, int number, string content, string email) =>
        Claims.ReleaseAsync(PartitionOf(year, number, content), TableKey.Encode(email.ToLowerInvariant()));
}
