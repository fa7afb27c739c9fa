using Azure;
using Azure.Storage.Blobs.Models;
using Bulletin.Issues;
using Bulletin.Issues.Storage;

namespace Bulletin.Tests.Issues.Storage;

[Collection(IssueStorageCollection.Name)]
public sealed class IssuePublisherTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task The_three_documents_are_stored_under_the_issues_prefix_with_their_chinese_file_names()
    {
        var result = await storage.Publisher.RenderAndStoreAsync(StoredIssues.Seed(2020, 20, IssueState.SignedOff), _ct);

        Assert.Equal(IssuePublishOutcome.Stored, result.Outcome);
        Assert.Equal(["2020/020/上街信息-2020年第20期.html", "2020/020/上街信息-2020年第20期.docx", "2020/020/上街信息-2020年第20期.pdf"], result.BlobNames);
        var container = storage.Blobs.GetBlobContainerClient(IssueDocumentStore.ContainerName);
        var stored = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = "2020/020/" }, _ct))
            stored.Add(blob.Name);
        Assert.Equal(result.BlobNames.Order(), stored.Order());
    }

    [Fact]
    public async Task Each_document_has_its_content_type_and_a_download_name_in_rfc_5987_form()
    {
        var result = await storage.Publisher.RenderAndStoreAsync(StoredIssues.Seed(2042, 7, IssueState.SignedOff), _ct);
        var container = storage.Blobs.GetBlobContainerClient(IssueDocumentStore.ContainerName);

        var pdf = (await container.GetBlobClient(result.BlobNames[2]).GetPropertiesAsync(cancellationToken: _ct)).Value;
        var html = (await container.GetBlobClient(result.BlobNames[0]).GetPropertiesAsync(cancellationToken: _ct)).Value;

        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal("attachment; filename=\"bulletin-2042-007.pdf\"; filename*=UTF-8''" + Uri.EscapeDataString("上街信息-2042年第7期.pdf"), pdf.ContentDisposition);
        Assert.Equal("text/html; charset=utf-8", html.ContentType);
        Assert.Equal(IssueContentHash.Of(StoredIssues.Seed(2042, 7).ToBulletinIssue()), pdf.Metadata[IssueDocumentStore.ContentHashKey]);
        Assert.StartsWith("%PDF-", (await storage.Documents.ReadAsync(result.BlobNames[2], _ct))!.ToString());
    }

    [Fact]
    public async Task A_retried_step_with_the_same_issue_is_fine_and_writes_nothing_new()
    {
        var issue = StoredIssues.Seed(2042, 8, IssueState.SignedOff);
        var first = await storage.Publisher.RenderAndStoreAsync(issue, _ct);
        var before = await ETags(first.BlobNames);

        var retried = await storage.Publisher.RenderAndStoreAsync(issue with { State = IssueState.Published }, _ct);

        Assert.Equal(IssuePublishOutcome.AlreadyStored, retried.Outcome);
        Assert.Equal(before, await ETags(first.BlobNames));
    }

    [Fact]
    public async Task A_step_that_stopped_after_one_document_stores_the_other_two_when_retried()
    {
        var issue = StoredIssues.Seed(2042, 9, IssueState.SignedOff);
        var html = new IssueDocument(2042, 9, issue.BulletinName, IssueDocumentKind.Html, BinaryData.FromString(IssueHtmlRenderer.Render(issue.ToBulletinIssue())));
        await storage.Documents.WriteOnceAsync(html, IssueContentHash.Of(issue.ToBulletinIssue()), _ct);

        var retried = await storage.Publisher.RenderAndStoreAsync(issue, _ct);

        Assert.Equal(IssuePublishOutcome.Stored, retried.Outcome);
        Assert.NotNull(await storage.Documents.ReadAsync(retried.BlobNames[2], _ct));
    }

    [Fact]
    public async Task Re_rendering_a_published_issue_with_other_content_is_refused_and_leaves_its_documents_as_they_were()
    {
        var issue = StoredIssues.Seed(2042, 10, IssueState.Published);
        var first = await storage.Publisher.RenderAndStoreAsync(issue, _ct);
        var before = await ETags(first.BlobNames);

        var changed = await storage.Publisher.RenderAndStoreAsync(issue with { IssuedTo = "改过的发送范围" }, _ct);

        Assert.Equal(IssuePublishOutcome.RefusedOtherContentStored, changed.Outcome);
        Assert.Equal(before, await ETags(first.BlobNames));
        Assert.DoesNotContain("改过的发送范围", (await storage.Documents.ReadAsync(first.BlobNames[0], _ct))!.ToString());
    }

    [Fact]
    public async Task A_draft_is_not_published()
    {
        var result = await storage.Publisher.RenderAndStoreAsync(StoredIssues.Seed(2042, 11), _ct);

        Assert.Equal(IssuePublishOutcome.NotSignedOff, result.Outcome);
        Assert.Null(await storage.Documents.ReadAsync("2042/011/上街信息-2042年第11期.html", _ct));
    }

    private async Task<List<ETag>> ETags(IEnumerable<string> names)
    {
        var container = storage.Blobs.GetBlobContainerClient(IssueDocumentStore.ContainerName);
        var etags = new List<ETag>();
        foreach (var name in names)
            etags.Add((await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: _ct)).Value.ETag);
        return etags;
    }
}
