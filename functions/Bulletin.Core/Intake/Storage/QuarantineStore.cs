using Bulletin.Mail.Storage;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Mail;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>Held deliveries in table <c>quarantine</c> (PartitionKey yyyyMM of the first delivery, RowKey from the mail's key),
/// and in table <c>quarantinekeys</c> per mail key its month (RowKey "") and the claim of its one reply (RowKey "reply").</summary>
public sealed class QuarantineStore(TableServiceClient tables)
{
    public const string TableName = "quarantine";
    public const string KeyTableName = "quarantinekeys";
    private const string ReplyRow = "reply";
    private TableClient Table => tables.GetTableClient(TableName);
    private TableClient Keys => tables.GetTableClient(KeyTableName);
    private MailClaims ReplyClaims => new(Keys);

    /// <summary>The record id of a mail: its key is its Message-ID, or the stored request's hash where it has none.</summary>
    public static string IdFor(string mailKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailKey)))[..24];

    /// <summary>Holds a mail once: the first delivery adds the record; a repeated delivery (a retried step, or SendGrid
    /// posting the same mail again, even in another month) gets that record back and adds nothing.</summary>
    public async Task<QuarantinedMail> HoldAsync(QuarantinedMail mail, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var month = await MonthOfFirstAsync(mail, cancellationToken);
        var entity = new TableEntity(month, mail.Id)
        {
            ["Reason"] = mail.Reason.ToString(), ["Detail"] = BoundedText.Bound(mail.Detail, BoundedText.Detail),
            ["FromAddress"] = BoundedText.BoundOrNull(mail.FromAddress, BoundedText.Short), ["Subject"] = BoundedText.BoundOrNull(mail.Subject, BoundedText.Line),
            ["ReceivedAt"] = mail.ReceivedAt, ["InboundBlob"] = mail.InboundBlob, ["Replied"] = false,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return ToMail(entity);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return ToMail((await Table.GetEntityAsync<TableEntity>(month, mail.Id, cancellationToken: cancellationToken)).Value);
        }
    }

    /// <summary>Claims the one reply to a held mail before it is sent; false when it is claimed already.</summary>
    public Task<bool> TryClaimReplyAsync(QuarantinedMail mail, CancellationToken cancellationToken) =>
        ReplyClaims.TryClaimAsync(new TableEntity(mail.Id, ReplyRow), cancellationToken);

    public Task ReleaseReplyAsync(QuarantinedMail mail) => ReplyClaims.ReleaseAsync(mail.Id, ReplyRow);

    public async Task MarkRepliedAsync(QuarantinedMail mail, CancellationToken cancellationToken) =>
        await Table.UpdateEntityAsync(new TableEntity(await MonthOfFirstAsync(mail, cancellationToken), mail.Id) { ["Replied"] = true },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Held mail of the last <paramref name="months"/> months, newest first.</summary>
    public async Task<IReadOnlyList<QuarantinedMail>> ListRecentAsync(DateTimeOffset now, int months, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var oldest = now.AddMonths(-(months - 1)).ToString("yyyyMM");
        var held = new List<QuarantinedMail>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {oldest}"), cancellationToken: cancellationToken))
            held.Add(ToMail(e));
        return held.OrderByDescending(m => m.ReceivedAt).ToList();
    }

    /// <summary>The month partition of the mail's record: the first delivery's, recorded under the mail's key.</summary>
    private async Task<string> MonthOfFirstAsync(QuarantinedMail mail, CancellationToken cancellationToken)
    {
        await Keys.EnsureExistsAsync(cancellationToken);
        try
        {
            await Keys.AddEntityAsync(new TableEntity(mail.Id, "") { ["Month"] = Month(mail.ReceivedAt) }, cancellationToken);
            return Month(mail.ReceivedAt);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await Keys.GetEntityAsync<TableEntity>(mail.Id, "", cancellationToken: cancellationToken)).Value.GetString("Month");
        }
    }

    private static string Month(DateTimeOffset receivedAt) => receivedAt.ToString("yyyyMM");

    private static QuarantinedMail ToMail(TableEntity e) =>
        new(e.RowKey, Enum.Parse<QuarantineReason>(e.GetString("Reason")), e.GetString("Detail") ?? "", e.GetString("FromAddress"),
            e.GetString("Subject"), e.GetDateTimeOffset("ReceivedAt") ?? default, e.GetString("InboundBlob") ?? "", e.GetBoolean("Replied") ?? false);
}
