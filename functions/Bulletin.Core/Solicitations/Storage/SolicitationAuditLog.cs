using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Solicitations.Storage;

/// <summary>What happened to each solicitation (table <c>solicitationaudit</c>, PartitionKey the number, RowKey inverted
/// ticks and the event's key): created, answered, reminded, marked missing. An event written twice (a retried step) is kept once.</summary>
public sealed class SolicitationAuditLog(TableServiceClient tables)
{
    public const string TableName = "solicitationaudit";
    private TableClient Table => tables.GetTableClient(TableName);

    /// <param name="key">What makes the event unique within the solicitation (e.g. answered:新安路街道), so a retry adds nothing.</param>
    public async Task AppendAsync(int number, string key, string what, string? unit, string by, DateTimeOffset at, string detail, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entry = new TableEntity(SolicitationEntity.RowKeyOf(number), $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Hash(key)}")
        {
            ["Event"] = what, ["Unit"] = unit ?? "", ["By"] = BoundedText.Bound(by, BoundedText.Short), ["At"] = at,
            ["Detail"] = BoundedText.Bound(detail, LongTextProperties.CharactersPerProperty), ["Key"] = key,
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

    /// <summary>The solicitation's events, newest first.</summary>
    public async Task<IReadOnlyList<SolicitationAuditEntry>> ListAsync(int number, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<SolicitationAuditEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {SolicitationEntity.RowKeyOf(number)}"), cancellationToken: cancellationToken))
            entries.Add(new SolicitationAuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Event") ?? "", e.GetString("Unit") ?? "", e.GetString("By") ?? "", e.GetString("Detail") ?? ""));
        return entries;
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16];
}
