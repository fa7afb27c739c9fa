using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bulletin.Issues.Markings.Storage;
using Bulletin.Storage;

namespace Bulletin.Issues.Publications.Storage;

/// <summary>Series in table <c>series</c> (PartitionKey <c>series</c>, RowKey the id), each change ETag-guarded; their audit in
/// the same table under PartitionKey <c>audit-{id}</c>, newest first.</summary>
public sealed class SeriesStore(TableServiceClient tables, TimeProvider clock)
{
    public const string TableName = "series";
    private const string Partition = "series";

    private TableClient Table => tables.GetTableClient(TableName);

    public async Task<IReadOnlyList<(IssueSeries Series, ETag ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<(IssueSeries, ETag)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
            found.Add((ToSeries(e), e.ETag));
        return found;
    }

    public async Task<(IssueSeries Series, ETag ETag)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? (ToSeries(e), e.ETag) : null;
    }

    /// <summary>Adds (<paramref name="etag"/> null) or replaces the series as read; false when someone changed it meanwhile.</summary>
    public async Task<bool> TrySaveAsync(IssueSeries series, ETag? etag, CancellationToken cancellationToken)
    {
        try
        {
            if (etag is { } read)
                await Table.UpdateEntityAsync(ToEntity(series), read, TableUpdateMode.Replace, cancellationToken);
            else
                await Table.AddEntityAsync(ToEntity(series), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task AppendAuditAsync(string id, string actor, string detail, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        await Table.AddEntityAsync(new TableEntity($"audit-{id}", $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["At"] = at, ["Actor"] = BoundedText.Bound(actor, BoundedText.Short), ["Detail"] = BoundedText.Bound(detail, LongTextProperties.CharactersPerProperty),
        }, cancellationToken);
    }

    /// <summary>The series' audit, newest first: when, who, what changed.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, string Actor, string Detail)>> AuditAsync(string id, CancellationToken cancellationToken)
    {
        var entries = new List<(DateTimeOffset, string, string)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"audit-" + id}"), cancellationToken: cancellationToken))
            entries.Add((e.GetDateTimeOffset("At") ?? default, e.GetString("Actor") ?? "", e.GetString("Detail") ?? ""));
        return entries;
    }

    private static TableEntity ToEntity(IssueSeries s)
    {
        var entity = Fields(s);
        MarkingsProperties.Write(entity, s.Markings);
        return entity;
    }

    private static TableEntity Fields(IssueSeries s) => new(Partition, s.Id)
    {
        ["Name"] = s.Name, ["Kind"] = s.Kind, ["Masthead"] = s.Masthead, ["Office"] = s.Office, ["PrintsTotal"] = s.PrintsTotal,
        ["SentUpTo"] = s.SentUpTo, ["IssuedTo"] = s.IssuedTo, ["Editors"] = JsonSerializer.Serialize(s.Editors),
        ["Signers"] = JsonSerializer.Serialize(s.Signers),
    };

    private static IssueSeries ToSeries(TableEntity e) => new(e.RowKey, e.GetString("Name") ?? "", e.GetString("Kind") ?? "", e.GetString("Masthead") ?? "",
        e.GetString("Office") ?? "", e.GetBoolean("PrintsTotal") ?? true, e.GetString("SentUpTo") ?? "", e.GetString("IssuedTo") ?? "",
        JsonSerializer.Deserialize<List<string>>(e.GetString("Editors") ?? "[]") ?? [], JsonSerializer.Deserialize<List<string>>(e.GetString("Signers") ?? "[]") ?? [])
        {
            Markings = MarkingsProperties.Read(e),
        };
}
