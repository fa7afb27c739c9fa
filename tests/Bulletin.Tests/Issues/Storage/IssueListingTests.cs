using Azure.Data.Tables;
using Bulletin.Issues;
using Bulletin.Issues.Storage;

namespace Bulletin.Tests.Issues.Storage;

/// <summary>Lists read an issue's heads (titles, units, sources) and not its text; issues stored before heads were kept are
/// still listed, and a published one is given its heads; a year is read from its partition in each series.</summary>
[Collection(IssueStorageCollection.Name)]
public sealed class IssueListingTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task A_listed_issue_has_its_titles_units_and_sources_but_not_its_text()
    {
        var issue = StoredIssues.Seed(2043, 1);
        await storage.Issues.AddDraftAsync(issue, _ct);

        var listed = (await storage.Issues.ListHeadsAsync(_ct)).Single(i => i.Year == 2043 && i.Number == 1);

        Assert.Equal(issue.Articles.Select(a => (a.SubmissionId, a.Title, a.Unit)), listed.Articles.Select(a => (a.SubmissionId, a.Title, a.Unit)));
        Assert.All(listed.Articles, a => Assert.Empty(a.Paragraphs));
        Assert.Equal((issue.TotalNumber, issue.SentUpTo, issue.IssuedTo, issue.Date), (listed.TotalNumber, listed.SentUpTo, listed.IssuedTo, listed.Date));
        Assert.NotEmpty((await storage.Issues.FindAsync(2043, 1, _ct))!.Value.Issue.Articles[0].Paragraphs);
    }

    [Fact]
    public async Task Issues_stored_before_heads_were_kept_are_listed_and_a_published_one_is_given_its_heads()
    {
        await WithoutHeadsAsync(StoredIssues.Seed(2043, 2, IssueState.Published));
        await WithoutHeadsAsync(StoredIssues.Seed(2043, 3));

        var listed = (await storage.Issues.ListHeadsAsync(_ct)).Where(i => i.Year == 2043 && i.Number is 2 or 3).ToList();

        Assert.Equal([3, 2], listed.Select(i => i.Number));
        Assert.All(listed, i => Assert.Equal(StoredIssues.Seed(2043, 1).Articles.Select(a => a.Title), i.Articles.Select(a => a.Title)));
        Assert.NotNull((await RowAsync(2043, 2)).GetString("Heads"));
        Assert.Null((await RowAsync(2043, 3)).GetString("Heads"));
    }

    [Fact]
    public async Task A_year_is_listed_from_its_partition_in_each_series_asked_for()
    {
        await storage.Issues.AddDraftAsync(StoredIssues.Seed(2044, 1), _ct);
        await storage.Issues.AddDraftAsync(StoredIssues.Seed(2044, 1) with { SeriesId = "listtest" }, _ct);
        await storage.Issues.AddDraftAsync(StoredIssues.Seed(2044, 1) with { SeriesId = "notasked" }, _ct);
        await storage.Issues.AddDraftAsync(StoredIssues.Seed(2045, 1), _ct);

        var year = await storage.Issues.ListHeadsAsync(["main", "listtest"], 2044, _ct);

        Assert.Equal(["listtest", "main"], year.Select(i => i.SeriesId).Order());
        Assert.All(year, i => Assert.Equal(2044, i.Year));
    }

    /// <summary>Stores the issue as rows were written before heads existed.</summary>
    private async Task WithoutHeadsAsync(AssembledIssue issue)
    {
        var entity = IssueEntity.From(issue);
        foreach (var heads in entity.Keys.Where(k => k.StartsWith("Heads", StringComparison.Ordinal)).ToList())
            entity.Remove(heads);
        await storage.Tables.GetTableClient(IssueStore.TableName).CreateIfNotExistsAsync(_ct);
        await storage.Tables.GetTableClient(IssueStore.TableName).AddEntityAsync(entity, _ct);
    }

    private async Task<TableEntity> RowAsync(int year, int number) =>
        (await storage.Tables.GetTableClient(IssueStore.TableName).GetEntityAsync<TableEntity>(IssueEntity.Partition(year), IssueEntity.Row(number), cancellationToken: _ct)).Value;
}
