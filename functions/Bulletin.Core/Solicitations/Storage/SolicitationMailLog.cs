using Azure.Data.Tables;
using Bulletin.Mail.Storage;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Solicitations.Storage;

/// <summary>Which solicitation mails went to whom (table <c>solicitationmails</c>, PartitionKey number and kind
/// (<c>000012-notice</c>, <c>000012-reminder</c>), RowKey unit and address), so a retried step mails nobody twice.</summary>
public sealed class SolicitationMailLog(TableServiceClient tables)
{
    public const string TableName = "solicitationmails";
    private TableClient Table => tables.GetTableClient(TableName);
    private MailClaims Claims => new(Table);

    /// <summary>Claims the mail before sending; false when it is claimed already (sent, or being sent).</summary>
    public Task<bool> TryClaimAsync(int number, string kind, string unit, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claims.TryClaimAsync(new TableEntity(PartitionOf(number, kind), RowOf(unit, email)) { ["SentAt"] = now, ["Unit"] = unit, ["Email"] = email }, cancellationToken);

    /// <summary>Notes the reminder timer's latest run (PartitionKey <c>~run</c>), for operators and tests: when it ran and what it did.</summary>
    public async Task RecordRunAsync(DateTimeOffset now, int reminded, int markedMissing, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(RunPartition, "last") { ["LastRunAt"] = now, ["Reminded"] = reminded, ["MarkedMissing"] = markedMissing },
            TableUpdateMode.Replace, cancellationToken);
    }

    public const string RunPartition = "~run";

    /// <summary>Gives a claim back when sending failed, so the retried step sends it.</summary>
    public Task ReleaseAsync(int number, string kind, string unit, string email) =>
        Claims.ReleaseAsync(PartitionOf(number, kind), RowOf(unit, email));

    private static string PartitionOf(int number, string kind) => $"{SolicitationEntity.RowKeyOf(number)}-{kind}";

    private static string RowOf(string unit, string email) => TableKey.Encode($"{unit}|{email.ToLowerInvariant()}");
}
