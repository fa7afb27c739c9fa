using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Intake.Storage;

namespace Bulletin.Tests.Intake.Storage;

/// <summary>The rows of a month partition of table <c>submissions</c>, read directly: what the list must say, and its index.</summary>
public static class SubmissionMonthRows
{
    /// <summary>Each stored submission of <paramref name="month"/> as the list shows it, in the list's order.</summary>
    public static async Task<List<SubmissionSummary>> StoredAsync(TableServiceClient tables, string month)
    {
        var found = new List<SubmissionSummary>();
        await foreach (var e in Table(tables).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {month} and RowKey lt {"~"}")))
            found.Add(new SubmissionSummary(e.RowKey, e.GetString("Unit"), e.GetString("Title"), Enum.Parse<SubmissionStatus>(e.GetString("Status")),
                e.GetString("SubmitterEmail"), e.GetDateTimeOffset("ReceivedAt")!.Value) { EditedTitle = e.GetString("EditedTitle") is { Length: > 0 } t ? t : null });
        return found.OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The rows after the submissions: the list index of the month and its marker.</summary>
    public static async Task<List<TableEntity>> IndexAsync(TableServiceClient tables, string month)
    {
        var found = new List<TableEntity>();
        await foreach (var e in Table(tables).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {month} and RowKey ge {"~"}")))
            found.Add(e);
        return found;
    }

    /// <summary>The ids the index rows of the month hold (the marker holds none).</summary>
    public static async Task<List<string>> IndexedIdsAsync(TableServiceClient tables, string month) =>
        (await IndexAsync(tables, month)).Where(r => r.RowKey != "~list")
            .SelectMany(r => SubmissionListRow.Read(r).Entries.Keys).Order(StringComparer.Ordinal).ToList();

    /// <summary>The ids of every stored submission and of every entry of the list index, all months.</summary>
    public static async Task<(List<string> Stored, List<string> Indexed)> AllIdsAsync(TableServiceClient tables)
    {
        var (stored, indexed) = (new List<string>(), new List<string>());
        await foreach (var e in Table(tables).QueryAsync<TableEntity>())
        {
            if (string.CompareOrdinal(e.RowKey, "~") < 0)
                stored.Add(e.RowKey);
            else if (e.RowKey != "~list")
                indexed.AddRange(SubmissionListRow.Read(e).Entries.Keys);
        }
        return (stored.Order(StringComparer.Ordinal).ToList(), indexed.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Removes the month's index, as if its submissions were written before the index existed.</summary>
    public static async Task ForgetIndexAsync(TableServiceClient tables, string month)
    {
        foreach (var row in await IndexAsync(tables, month))
            await Table(tables).DeleteEntityAsync(row.PartitionKey, row.RowKey);
    }

    private static TableClient Table(TableServiceClient tables) => tables.GetTableClient(SubmissionStore.TableName);
}
