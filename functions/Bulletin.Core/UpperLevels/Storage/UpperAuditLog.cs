using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.UpperLevels.Storage;

/// <summary>Every upper-level record, correction and answer, appended to table <c>upperaudit</c>: PartitionKey the
/// submission id, RowKey the event's key hashed, so a retried step adds nothing.</summary>
public sealed class UpperAuditLog(TableServiceClient tables)
{
    public const string TableName = "upperaudit";
    private TableClient Table => tables.GetTableClient(TableName);

    /// <param name="key">What makes the event unique (e.g. <c>corrected:{record}:{time}</c>).</param>
    public async Task AppendAsync(string submissionId, string key, string what, string recordId, string by, DateTimeOffset at, string detail, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entry = new TableEntity(submissionId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24])
        {
            ["Event"] = what, ["Record"] = recordId, ["By"] = BoundedText.Bound(by, BoundedText.Short), ["At"] = at,
            ["Detail"] = BoundedText.Bound(detail, LongTextProperties.CharactersPerProperty),
        };
        try
        {
            await Table.AddEntityAsync(entry, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Recorded by an earlier try of the same step.
        }
    }

    /// <summary>The submission's events, newest first.</summary>
    public async Task<IReadOnlyList<UpperAuditEntry>> ListAsync(string submissionId, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<UpperAuditEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}"), cancellationToken: cancellationToken))
            entries.Add(new UpperAuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Event") ?? "", e.GetString("Record") ?? "", e.GetString("By") ?? "", e.GetString("Detail") ?? ""));
        return entries.OrderByDescending(e => e.At).ToList();
    }
}

/// <summary>One audited event of an upper-level record.</summary>
public sealed record UpperAuditEntry(DateTimeOffset At, string Event, string Record, string By, string Detail);
