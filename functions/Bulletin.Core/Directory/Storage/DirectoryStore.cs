using Azure;
using Azure.Data.Tables;
using System.Text.Json;
using Bulletin.Storage;

namespace Bulletin.Directory.Storage;

/// <summary>The directory in Azure Tables (table <c>directory</c>): versions written whole, one pointer to the current one.</summary>
public sealed class DirectoryStore(TableServiceClient tables)
{
    public const string TableName = "directory";
    private const int BatchSize = 100;
    // JSON escapes non-ASCII text by default; serialized sizes are measured the same way they are stored.
    private const int MaxPageCharacters = 24_000;
    private CachedVersion? _cached;
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>The current version and the ETag that guards replacing it; null when nothing was ever imported.</summary>
    public async Task<(DirectoryVersion Version, ETag ETag)?> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var state = await Table.GetEntityIfExistsAsync<DirectoryStateEntity>(DirectoryStateEntity.Partition, DirectoryStateEntity.CurrentRow, cancellationToken: cancellationToken);
        if (!state.HasValue || state.Value is null)
            return null;
        var s = state.Value;
        return (new DirectoryVersion(s.Version, s.ContentHash, s.ImportedAt, s.ImportedBy, s.FileName, s.Units, s.People, s.Groups), s.ETag);
    }

    /// <summary>A version's units and people. Versions never change once written, so the last one read is kept in memory.</summary>
    public async Task<DirectorySnapshot> LoadAsync(string version, CancellationToken cancellationToken)
    {
        if (_cached is { } cached && cached.Version == version)
            return cached.Snapshot;
        var units = new List<DirectoryUnit>();
        await foreach (var unit in Table.QueryAsync<DirectoryUnitEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {UnitsPartition(version)}"), cancellationToken: cancellationToken))
            units.Add(new DirectoryUnit(unit.Name, unit.Category));
        var people = new List<DirectoryPerson>();
        await foreach (var page in Table.QueryAsync<DirectoryPeoplePageEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PeoplePartition(version)}"), cancellationToken: cancellationToken))
            people.AddRange((JsonSerializer.Deserialize<StoredPerson[]>(page.People) ?? []).Select(ToPerson));
        var snapshot = new DirectorySnapshot(units, people);
        _cached = new CachedVersion(version, snapshot, people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase));
        return snapshot;
    }

    public async Task<DirectoryPerson?> FindPersonAsync(string version, string email, CancellationToken cancellationToken)
    {
        var snapshot = await LoadAsync(version, cancellationToken);
        if (_cached is { } cached && cached.Version == version)
            return cached.ByEmail.GetValueOrDefault(email.Trim());
        // Another version was cached meanwhile: search this one directly.
        return snapshot.People.FirstOrDefault(p => string.Equals(p.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes every unit and person of a new version; nobody reads it until it is made current.</summary>
    public async Task WriteVersionAsync(string version, DirectorySnapshot snapshot, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var units = snapshot.Units.Select(u => (ITableEntity)new DirectoryUnitEntity
        {
            PartitionKey = UnitsPartition(version), RowKey = TableKey.Encode(u.Name), Name = u.Name, Category = u.Category,
        });
        var pages = Pages(snapshot.People).Select((page, index) => (ITableEntity)new DirectoryPeoplePageEntity
        {
            PartitionKey = PeoplePartition(version), RowKey = index.ToString("D5"), People = page,
        });
        var batches = units.Chunk(BatchSize).Concat(pages.Chunk(BatchSize));
        // Upserts make a retried write of the same version harmless.
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (batch, token) => await Table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token));
    }

    /// <summary>Moves the pointer to <paramref name="version"/> if the current one is still <paramref name="expected"/>
    /// (null: none yet). False means another import got there first.</summary>
    public async Task<bool> TryMakeCurrentAsync(DirectoryVersion version, ETag? expected, CancellationToken cancellationToken)
    {
        var state = new DirectoryStateEntity
        {
            Version = version.Version, ContentHash = version.ContentHash, ImportedAt = version.ImportedAt, ImportedBy = version.ImportedBy,
            FileName = version.FileName, Units = version.Units, People = version.People, Groups = version.Groups,
        };
        try
        {
            if (expected is { } etag)
                await Table.UpdateEntityAsync(state, etag, TableUpdateMode.Replace, cancellationToken);
            else
                await Table.AddEntityAsync(state, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task DeleteVersionAsync(string version, CancellationToken cancellationToken)
    {
        foreach (var partition in new[] { UnitsPartition(version), PeoplePartition(version) })
        {
            var keys = new List<TableEntity>();
            await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
                keys.Add(entity);
            await Parallel.ForEachAsync(keys.Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
                async (batch, token) => await Table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), token));
        }
    }

    private static string UnitsPartition(string version) => $"v{version}-units";
    private static string PeoplePartition(string version) => $"v{version}-people";

    /// <summary>People as JSON pages, each well under a table property's 32K characters.</summary>
    private static IEnumerable<string> Pages(IEnumerable<DirectoryPerson> people)
    {
        var page = new List<StoredPerson>();
        var length = 0;
        foreach (var person in people)
        {
            var stored = new StoredPerson(person.Name, person.Email, person.Unit,
                person.Roles.Order().Select(r => r.ChineseName()).ToArray(), person.Groups.Order(StringComparer.Ordinal).ToArray());
            var size = JsonSerializer.Serialize(stored).Length;
            if (length + size > MaxPageCharacters && page.Count > 0)
            {
                yield return JsonSerializer.Serialize(page);
                (page, length) = ([], 0);
            }
            page.Add(stored);
            length += size + 1;
        }
        if (page.Count > 0)
            yield return JsonSerializer.Serialize(page);
    }

    private static DirectoryPerson ToPerson(StoredPerson stored) => new(
        stored.Name, stored.Email, stored.Unit,
        stored.Roles.Select(r => DirectoryRoleNames.ByChineseName[r]).ToHashSet(), stored.Groups.ToHashSet());

    private sealed record CachedVersion(string Version, DirectorySnapshot Snapshot, Dictionary<string, DirectoryPerson> ByEmail);
}
