using Azure;
using Azure.Data.Tables;
using Bulletin.Issues.Publications;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>Which issue holds each adopted submission: one row per submission in table <c>issueclaims</c> (PartitionKey
/// the submission id, RowKey <c>claim</c>), inserted with an implicit If-None-Match, so of two drafts taking the same
/// submission at once exactly one gets it. A draft being created claims under a pending owner first (its number is not
/// allocated yet, and a lost claim must not use up a number); a pending claim left behind by a crash is taken over
/// after <see cref="PendingLifetime"/>.</summary>
public sealed class IssueClaimStore(TableServiceClient tables, TimeProvider clock)
{
    public const string TableName = "issueclaims";
    private const string Row = "claim";
    private const string PendingPrefix = "pending:";
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>The owner naming an issue, e.g. <c>2026/007</c>.</summary>
    public static string OwnerOf(int year, int number) => $"{year:D4}/{number:D3}";

    /// <summary>The owner naming an issue of any series: <c>2026/007</c> in the default series, <c>zhuanbao:2026/001</c> elsewhere.</summary>
    public static string OwnerOf(AssembledIssue issue) => IssueSeries.KeyPrefix(issue.SeriesId) + OwnerOf(issue.Year, issue.Number);

    /// <summary>A fresh owner for a draft not numbered yet.</summary>
    public static string NewPendingOwner() => PendingPrefix + Guid.NewGuid().ToString("N");

    /// <summary>Claims all of <paramref name="submissionIds"/> for <paramref name="owner"/>, or none: returns the first id
    /// another owner holds (after releasing what this call took), or null when all are claimed.</summary>
    public async Task<string?> TryClaimAllAsync(IReadOnlyList<string> submissionIds, string owner, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var taken = new List<string>();
        // One order for every claimer: whoever holds a contested id has taken all lower ones, so of racers for the same
        // submissions at least one gets all it asked for (claimed in the editor's order, they could all lose).
        foreach (var id in submissionIds.Distinct().Order(StringComparer.Ordinal))
        {
            if (await TryClaimAsync(id, owner, cancellationToken))
            {
                taken.Add(id);
                continue;
            }
            await ReleaseAsync(taken, owner, cancellationToken);
            return id;
        }
        return null;
    }

    /// <summary>Moves claims from a pending owner to the issue now saved under its number.</summary>
    public async Task AssignAsync(IReadOnlyList<string> submissionIds, string pendingOwner, string owner, CancellationToken cancellationToken)
    {
        foreach (var id in submissionIds)
            if (await FindAsync(id, cancellationToken) is { } claim && claim.Owner == pendingOwner)
                await Table.UpdateEntityAsync(Entity(id, owner), claim.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Frees the submissions <paramref name="owner"/> holds (those another owner holds stay as they are).</summary>
    public async Task ReleaseAsync(IEnumerable<string> submissionIds, string owner, CancellationToken cancellationToken)
    {
        foreach (var id in submissionIds)
        {
            if (await FindAsync(id, cancellationToken) is not { } claim || claim.Owner != owner)
                continue;
            try
            {
                await Table.DeleteEntityAsync(id, Row, claim.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Released or taken over meanwhile: not ours to free any more.
            }
        }
    }

    /// <summary>The submissions held now (stale pending claims count as free), with their owners.</summary>
    public Task<IReadOnlyDictionary<string, string>> HeldAsync(CancellationToken cancellationToken) => HeldAsync(null, cancellationToken);

    /// <summary>The submissions received since <paramref name="receivedFrom"/> (China date) held now, with their owners: a key
    /// range, since submission ids start with their date of receipt.</summary>
    public async Task<IReadOnlyDictionary<string, string>> HeldAsync(DateOnly? receivedFrom, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var held = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = receivedFrom is { } from ? TableClient.CreateQueryFilter($"PartitionKey ge {from.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}") : null;
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            if (Claim.From(entity) is var claim && !IsStale(claim))
                held[entity.PartitionKey] = claim.Owner;
        return held;
    }

    private async Task<bool> TryClaimAsync(string id, string owner, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await Table.AddEntityAsync(Entity(id, owner), cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }
            if (await FindAsync(id, cancellationToken) is not { } existing)
                continue; // released between our insert and our read: try again
            if (existing.Owner == owner)
                return true;
            if (!IsStale(existing))
                return false;
            try
            {
                await Table.UpdateEntityAsync(Entity(id, owner), existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Another writer took over or released the stale claim first: look again.
            }
        }
        return false;
    }

    private bool IsStale(Claim claim) =>
        claim.Owner.StartsWith(PendingPrefix, StringComparison.Ordinal) && clock.GetUtcNow() - claim.ClaimedAt > PendingLifetime;

    private async Task<Claim?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(id, Row, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? Claim.From(e) : null;
    }

    private TableEntity Entity(string id, string owner) => new(id, Row) { ["Owner"] = owner, ["ClaimedAt"] = clock.GetUtcNow() };

    private sealed record Claim(string Owner, DateTimeOffset ClaimedAt, ETag ETag)
    {
        public static Claim From(TableEntity e) => new(e.GetString("Owner") ?? "", e.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue, e.ETag);
    }
}
