using Bulletin.Issues;
using Bulletin.Issues.Storage;

namespace Bulletin.Tests.Issues.Storage;

[Collection(IssueStorageCollection.Name)]
public sealed class IssueStateTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task A_draft_is_signed_off_then_published()
    {
        var draft = StoredIssues.Seed(2041, 1);
        var added = await storage.Issues.AddDraftAsync(draft, _ct);

        var signedOff = await storage.Issues.TrySaveAsync(draft with { State = IssueState.SignedOff }, added.ETag!.Value, _ct);
        var published = await storage.Issues.TrySaveAsync(draft with { State = IssueState.Published }, signedOff.ETag!.Value, _ct);

        Assert.True(published.Saved);
        Assert.Equal(IssueState.Published, (await storage.Issues.FindAsync(2041, 1, _ct))!.Value.Issue.State);
    }

    [Fact]
    public async Task A_published_issue_cannot_be_changed_even_with_its_current_etag()
    {
        var published = await Publish(StoredIssues.Seed(2041, 2));
        var (issue, etag) = (await storage.Issues.FindAsync(2041, 2, _ct))!.Value;

        var edit = await storage.Issues.TrySaveAsync(issue with { IssuedTo = "改过的发送范围" }, etag, _ct);
        var reopen = await storage.Issues.TrySaveAsync(issue with { State = IssueState.Draft }, etag, _ct);

        Assert.Equal(IssueSaveOutcome.AlreadyPublished, edit.Outcome);
        Assert.Equal(IssueSaveOutcome.AlreadyPublished, reopen.Outcome);
        Assert.Equal(published.IssuedTo, (await storage.Issues.FindAsync(2041, 2, _ct))!.Value.Issue.IssuedTo);
    }

    [Fact]
    public async Task A_signed_off_issue_is_published_only_as_signed_off()
    {
        var draft = StoredIssues.Seed(2041, 3);
        var added = await storage.Issues.AddDraftAsync(draft, _ct);
        var signedOff = await storage.Issues.TrySaveAsync(draft with { State = IssueState.SignedOff }, added.ETag!.Value, _ct);

        var changed = await storage.Issues.TrySaveAsync(draft with { State = IssueState.Published, Editors = ["别人"] }, signedOff.ETag!.Value, _ct);
        var backToDraft = await storage.Issues.TrySaveAsync(draft, signedOff.ETag!.Value, _ct);

        Assert.Equal(IssueSaveOutcome.SignedOffContentChanged, changed.Outcome);
        Assert.Equal(IssueSaveOutcome.StateNotAllowed, backToDraft.Outcome);
    }

    [Fact]
    public async Task A_draft_cannot_skip_sign_off()
    {
        var draft = StoredIssues.Seed(2041, 4);
        var added = await storage.Issues.AddDraftAsync(draft, _ct);

        var skipped = await storage.Issues.TrySaveAsync(draft with { State = IssueState.Published }, added.ETag!.Value, _ct);

        Assert.Equal(IssueSaveOutcome.StateNotAllowed, skipped.Outcome);
    }

    private async Task<AssembledIssue> Publish(AssembledIssue draft)
    {
        var added = await storage.Issues.AddDraftAsync(draft, _ct);
        var signedOff = await storage.Issues.TrySaveAsync(draft with { State = IssueState.SignedOff }, added.ETag!.Value, _ct);
        await storage.Issues.TrySaveAsync(draft with { State = IssueState.Published }, signedOff.ETag!.Value, _ct);
        return draft;
    }
}
