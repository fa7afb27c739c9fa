using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Dashboard.Storage;

/// <summary>Dashboard sessions (table <c>sessions</c>): PartitionKey the editor's address, so all of one person's sessions
/// end in one query; RowKey the session id; created and last-seen times.</summary>
public sealed class SessionStore(TableServiceClient tables)
{
    public const string TableName = "sessions";
    private TableClient Table => tables.GetTableClient(TableName);

    public async Task AddAsync(StoredSession session, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.AddEntityAsync(new TableEntity(TableKey.Encode(session.Email), session.Id)
        {
            ["Email"] = session.Email, ["CreatedAt"] = session.CreatedAt, ["LastSeenAt"] = session.LastSeenAt,
        }, cancellationToken);
    }

    public async Task<StoredSession?> FindAsync(string email, string id, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(email), id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToSession(e) : null;
    }

    /// <summary>Moves the last-seen time on, unless someone else did (or the session ended) since it was read.</summary>
    public async Task TouchAsync(StoredSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(TableKey.Encode(session.Email), session.Id) { ["LastSeenAt"] = now },
                session.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    public async Task DeleteAsync(string email, string id, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.DeleteEntityAsync(TableKey.Encode(email), id, ETag.All, cancellationToken);
    }

    /// <summary>Every session of one person, e.g. to end them all or to drop the expired ones.</summary>
    public async Task<List<StoredSession>> ListAsync(string email, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var sessions = new List<StoredSession>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(email)}"), cancellationToken: cancellationToken))
            sessions.Add(ToSession(e));
        return sessions;
    }

    private static StoredSession ToSession(TableEntity e) => new(e.GetString("Email"), e.RowKey,
        e.GetDateTimeOffset("CreatedAt") ?? default, e.GetDateTimeOffset("LastSeenAt") ?? default) { ETag = e.ETag };
}

/// <summary>A stored dashboard session: whose, since when, last used when.</summary>
public sealed record StoredSession(string Email, string Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt)
{
    public ETag ETag { get; init; }
}
