using Azure.Data.Tables;
using Bulletin.Issues.Publications;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>What was done to an issue, by whom and when, appended to table <c>issueaudit</c>: PartitionKey
/// <c>{year}-{number:D3}</c>, RowKey inverted ticks and a random id, so the newest comes first.</summary>
public sealed class IssueAuditLog(TableServiceClient tables, TimeProvider clock)
{
    public const string TableName = "issueaudit";
    private TableClient Table => tables.GetTableClient(TableName);

    private static string Partition(int year, int number) => $"{year:D4}-{number:D3}";

    /// <param name="action">What happened, in Chinese as the dashboard shows it (修改草稿, 发送预览, 签发).</param>
    /// <param name="detail">What changed or whom it reached.</param>
    public Task AppendAsync(int year, int number, string actor, string action, string detail, CancellationToken cancellationToken) =>
        AppendAsync(IssueSeries.DefaultId, year, number, actor, action, detail, cancellationToken);

    /// <summary>As above for an issue of any series (partition <c>{series}:{year}-{number:D3}</c> outside the default one).</summary>
    public Task AppendAsync(AssembledIssue issue, string actor, string action, string detail, CancellationToken cancellationToken) =>
        AppendAsync(issue.SeriesId, issue.Year, issue.Number, actor, action, detail, cancellationToken);

    private async Task AppendAsync(string series, int year, int number, string actor, string action, string detail, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var at = clock.GetUtcNow();
        await Table.AddEntityAsync(new TableEntity(IssueSeries.KeyPrefix(series) + Partition(year, number), $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["At"] = at, ["Actor"] = BoundedText.Bound(actor, BoundedText.Short), ["Action"] = action,
            ["Detail"] = BoundedText.Bound(detail, LongTextProperties.CharactersPerProperty),
        }, cancellationToken);
    }

    /// <summary>The issue's entries, newest first.</summary>
    public Task<IReadOnlyList<IssueAuditEntry>> ListAsync(int year, int number, CancellationToken cancellationToken) =>
        ListAsync(IssueSeries.DefaultId, year, number, cancellationToken);

    /// <summary>The entries of an issue of <paramref name="series"/>, newest first.</summary>
    public async Task<IReadOnlyList<IssueAuditEntry>> ListAsync(string series, int year, int number, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<IssueAuditEntry>();
        var partition = IssueSeries.KeyPrefix(series) + Partition(year, number);
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
            entries.Add(new IssueAuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Actor") ?? "", e.GetString("Action") ?? "", e.GetString("Detail") ?? ""));
        return entries;
    }
}
