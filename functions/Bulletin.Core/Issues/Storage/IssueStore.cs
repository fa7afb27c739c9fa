using Azure;
using Azure.Data.Tables;
using Bulletin.Issues.Publications;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>Issues in table <c>issues</c> (PartitionKey the year, RowKey the number D3); every change guarded by the ETag
/// read with the issue, and a published issue refused any change.</summary>
public sealed class IssueStore(TableServiceClient tables)
{
    public const string TableName = "issues";

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Adds a new draft under its allocated number.</summary>
    public async Task<IssueSaveResult> AddDraftAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        if (issue.State != IssueState.Draft)
            return new IssueSaveResult(IssueSaveOutcome.StateNotAllowed);
        await Table.EnsureExistsAsync(cancellationToken);
        try
        {
            var response = await Table.AddEntityAsync(IssueEntity.From(issue), cancellationToken);
            return new IssueSaveResult(IssueSaveOutcome.Saved, response.Headers.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return new IssueSaveResult(IssueSaveOutcome.NumberTaken);
        }
    }

    /// <summary>Every issue with its articles' text, newest first (by year, then number): for rebuilding what is derived
    /// from the text. Lists read <see cref="ListHeadsAsync"/>.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> ListAsync(CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<AssembledIssue>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            found.Add(IssueEntity.ToIssue(entity));
        return Newest(found);
    }

    /// <summary>Every issue, newest first, with its articles' titles, units and sources but not their paragraphs or photos:
    /// what lists, the archive, numbering and statistics need (a few hundred bytes an issue instead of its text). A published
    /// issue stored before heads were kept is read whole once and given them.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> ListHeadsAsync(CancellationToken cancellationToken) =>
        Newest(await HeadsAsync(null, cancellationToken));

    /// <summary>The issues of <paramref name="year"/> in <paramref name="series"/>, newest first, as <see cref="ListHeadsAsync(CancellationToken)"/>
    /// reads them: one partition a series.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> ListHeadsAsync(IEnumerable<string> series, int year, CancellationToken cancellationToken)
    {
        var partitions = await Task.WhenAll(series.Distinct(StringComparer.Ordinal).Select(s =>
            HeadsAsync(TableClient.CreateQueryFilter($"PartitionKey eq {IssueEntity.Partition(s, year)}"), cancellationToken)));
        return Newest(partitions.SelectMany(p => p));
    }

    private async Task<List<AssembledIssue>> HeadsAsync(string? filter, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = new List<AssembledIssue>();
        var older = new List<TableEntity>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: IssueEntity.HeadColumns, cancellationToken: cancellationToken))
            if (IssueEntity.ToHeads(entity) is { } heads)
                found.Add(heads);
            else
                older.Add(entity);
        found.AddRange(await Task.WhenAll(older.Select(e => ReadWholeAddingHeadsAsync(e.PartitionKey, e.RowKey, cancellationToken))));
        return found;
    }

    private async Task<AssembledIssue> ReadWholeAddingHeadsAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var whole = (await Table.GetEntityAsync<TableEntity>(partition, row, cancellationToken: cancellationToken)).Value;
        var issue = IssueEntity.ToIssue(whole);
        // Only a published issue: a draft's or signed-off issue's ETag guards an editor's form or a sign-off under way.
        if (issue.State == IssueState.Published)
        {
            try
            {
                await Table.UpdateEntityAsync(IssueEntity.HeadsPatch(issue), whole.ETag, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Changed meanwhile: whoever changed it wrote its heads.
            }
        }
        return issue;
    }

    private static List<AssembledIssue> Newest(IEnumerable<AssembledIssue> issues) =>
        issues.OrderByDescending(i => i.Year).ThenByDescending(i => i.Number).ToList();

    /// <summary>The default series' issue with the ETag that guards changing it; null if there is none.</summary>
    public Task<(AssembledIssue Issue, ETag ETag)?> FindAsync(int year, int number, CancellationToken cancellationToken) =>
        FindAsync(IssueSeries.DefaultId, year, number, cancellationToken);

    /// <summary>The issue with the ETag that guards changing it; null if there is none.</summary>
    public async Task<(AssembledIssue Issue, ETag ETag)?> FindAsync(string series, int year, int number, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(IssueEntity.Partition(series, year), IssueEntity.Row(number), cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } e ? (IssueEntity.ToIssue(e), e.ETag) : null;
    }

    /// <summary>Deletes a draft if it is still as read (<paramref name="etag"/>): a draft moved to another number. False when
    /// it changed meanwhile or is gone; never a signed-off or published issue.</summary>
    public async Task<bool> TryDeleteDraftAsync(AssembledIssue issue, ETag etag, CancellationToken cancellationToken)
    {
        if (await FindAsync(issue.SeriesId, issue.Year, issue.Number, cancellationToken) is not { Issue.State: IssueState.Draft } stored || stored.ETag != etag)
            return false;
        try
        {
            await Table.DeleteEntityAsync(IssueEntity.Partition(issue.SeriesId, issue.Year), IssueEntity.Row(issue.Number), etag, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Replaces the issue with <paramref name="issue"/> if it is still as read (<paramref name="etag"/>), is not
    /// published, and its state may move to the new one.</summary>
    public async Task<IssueSaveResult> TrySaveAsync(AssembledIssue issue, ETag etag, CancellationToken cancellationToken)
    {
        if (await FindAsync(issue.SeriesId, issue.Year, issue.Number, cancellationToken) is not { } stored)
            return new IssueSaveResult(IssueSaveOutcome.NotFound);
        if (stored.Issue.State == IssueState.Published)
            return new IssueSaveResult(IssueSaveOutcome.AlreadyPublished);
        if (stored.ETag != etag)
            return new IssueSaveResult(IssueSaveOutcome.ChangedMeanwhile);
        if (!IssueStates.CanMove(stored.Issue.State, issue.State))
            return new IssueSaveResult(IssueSaveOutcome.StateNotAllowed);
        // What the 签发人 signed off is what gets published.
        if (stored.Issue.State == IssueState.SignedOff && IssueContentHash.Of(stored.Issue.ToBulletinIssue()) != IssueContentHash.Of(issue.ToBulletinIssue()))
            return new IssueSaveResult(IssueSaveOutcome.SignedOffContentChanged);
        try
        {
            var response = await Table.UpdateEntityAsync(IssueEntity.From(issue), etag, TableUpdateMode.Replace, cancellationToken);
            return new IssueSaveResult(IssueSaveOutcome.Saved, response.Headers.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return new IssueSaveResult(IssueSaveOutcome.ChangedMeanwhile);
        }
    }
}
