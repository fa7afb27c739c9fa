using Bulletin.Issues;
using Bulletin.Issues.Storage;

namespace Bulletin.Tests.Issues.Storage;

[Collection(IssueStorageCollection.Name)]
public sealed class IssueStoreTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task A_draft_reads_back_as_written_with_its_articles_in_the_editors_order()
    {
        var draft = StoredIssues.Seed(2040, 1);
        draft = draft with { Articles = draft.Articles.Reverse().ToList() };

        Assert.True((await storage.Issues.AddDraftAsync(draft, _ct)).Saved);
        var (stored, _) = (await storage.Issues.FindAsync(2040, 1, _ct))!.Value;

        Assert.Equal(IssueState.Draft, stored.State);
        Assert.Equal(["SJ-2040-0002", "SJ-2040-0001"], stored.Articles.Select(a => a.SubmissionId));
        Assert.Equal(draft.Articles[0].Paragraphs, stored.Articles[0].Paragraphs);
        Assert.Equal(IssueContentHash.Of(draft.ToBulletinIssue()), IssueContentHash.Of(stored.ToBulletinIssue()));
    }

    [Fact]
    public async Task A_second_draft_under_the_same_number_is_refused()
    {
        await storage.Issues.AddDraftAsync(StoredIssues.Seed(2040, 2), _ct);

        var again = await storage.Issues.AddDraftAsync(StoredIssues.Seed(2040, 2) with { IssuedTo = "别的" }, _ct);

        Assert.Equal(IssueSaveOutcome.NumberTaken, again.Outcome);
        Assert.NotEqual("别的", (await storage.Issues.FindAsync(2040, 2, _ct))!.Value.Issue.IssuedTo);
    }

    [Fact]
    public async Task An_issue_of_ten_long_articles_is_kept_whole()
    {
        var seed = StoredIssues.Seed(2040, 3);
        var paragraph = string.Concat(Enumerable.Repeat("街道持续做好疫情防控工作，", 700));
        var issue = seed with { Articles = Enumerable.Range(1, 10).Select(i => new AssembledArticle($"SJ-{i}", $"标题{i}", [paragraph, "𠀀结尾"], "区总工会")).ToList() };

        await storage.Issues.AddDraftAsync(issue, _ct);
        var stored = (await storage.Issues.FindAsync(2040, 3, _ct))!.Value.Issue;

        Assert.Equal(10, stored.Articles.Count);
        Assert.All(stored.Articles, a => Assert.Equal([paragraph, "𠀀结尾"], a.Paragraphs));
    }

    [Fact]
    public async Task A_change_from_a_stale_read_is_refused_as_changed_meanwhile()
    {
        var draft = StoredIssues.Seed(2040, 4);
        var first = await storage.Issues.AddDraftAsync(draft, _ct);
        Assert.True((await storage.Issues.TrySaveAsync(draft with { SentUpTo = "编辑甲" }, first.ETag!.Value, _ct)).Saved);

        var stale = await storage.Issues.TrySaveAsync(draft with { SentUpTo = "编辑乙" }, first.ETag!.Value, _ct);

        Assert.Equal(IssueSaveOutcome.ChangedMeanwhile, stale.Outcome);
        Assert.Equal("编辑甲", (await storage.Issues.FindAsync(2040, 4, _ct))!.Value.Issue.SentUpTo);
    }
}
