using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Directory.Storage;

/// <summary>The directory in Azure Tables (table <c>directory</c>): versions written whole, one pointer to the current one.</summary>
public sealed class DirectoryStore(TableServiceClient tables)
{
    public const string TableName = "directory";
    private const int BatchSize = 100;
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>The current version and the ETag that guards replacing it; null when nothing was ever imported.</summary>
    public async Task<(DirectoryVersion Version, ETag ETag)?> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var state = await Table.GetEntityIfExistsAsync<DirectoryStateEntity>(DirectoryStateEntity.Partition, DirectoryStateEntity.CurrentRow, cancellationToken: cancellationToken);
        if (!state.HasValue || state.Value is null)
            return null;
        var s = state.Value;
        return (new DirectoryVersion(s.Version, s.ContentHash, s.ImportedAt, s.ImportedBy, s.FileName, s.Units, s.People, s.Groups), s.ETag);
    }

    public async Task<DirectorySnapshot> LoadAsync(string version, CancellationToken cancellationToken)
    {
        var units = new List<DirectoryUnit>();
        await foreach (var unit in Table.QueryAsync<DirectoryUnitEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {UnitsPartition(version)}"), cancellationToken: cancellationToken))
            units.Add(new DirectoryUnit(unit.Name, unit.Category));
        var people = new List<DirectoryPerson>();
        await foreach (var person in Table.QueryAsync<DirectoryPersonEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PeoplePartition(version)}"), cancellationToken: cancellationToken))
            people.Add(ToPerson(person));
        return new DirectorySnapshot(units, people);
    }

    public async Task<DirectoryPerson?> FindPersonAsync(string version, string email, CancellationToken cancellationToken)
    {
        var person = await Table.GetEntityIfExistsAsync<DirectoryPersonEntity>(PeoplePartition(version), TableKey.Encode(email.Trim().ToLowerInvariant()), cancellationToken: cancellationToken);
        return person.HasValue && person.Value is not null ? ToPerson(person.Value) : null;
    }

    /// <summary>Writes every unit and person of a new version; nobody reads it until it is made current.</summary>
    public async Task WriteVersionAsync(string version, DirectorySnapshot snapshot, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var units = snapshot.Units.Select(u => (ITableEntity)new DirectoryUnitEntity
        {
            PartitionKey = UnitsPartition(version), RowKey = TableKey.Encode(u.Name), Name = u.Name, Category = u.Category,
        });
        var people = snapshot.People.Select(p => (ITableEntity)new DirectoryPersonEntity
        {
            PartitionKey = PeoplePartition(version), RowKey = TableKey.Encode(p.Email), Name = p.Name, Email = p.Email, Unit = p.Unit,
            Roles = string.Join('、', p.Roles.Order().Select(r => r.ChineseName())), Groups = string.Join('、', p.Groups),
        });
        var batches = units.Chunk(BatchSize).Concat(people.Chunk(BatchSize));
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

    private static DirectoryPerson ToPerson(DirectoryPersonEntity entity) => new(
        entity.Name, entity.Email, entity.Unit,
        Split(entity.Roles).Select(r => DirectoryRoleNames.ByChineseName[r]).ToHashSet(),
        Split(entity.Groups).ToHashSet());

    private static IEnumerable<string> Split(string joined) => joined.Split('、', StringSplitOptions.RemoveEmptyEntries);
}
