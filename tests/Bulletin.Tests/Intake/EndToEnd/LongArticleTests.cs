using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Workflow;
using Bulletin.Tests.Review;
using Bulletin.Tests.Statistics;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>A 29,000-character Chinese article — a long 信息, well inside the stated limit — through every step on the local
/// host, by mail and by upload: registered, adopted with an editor's light edit and audited, the submitter told, printed into
/// a published issue and counted in the statistics.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class LongArticleTests(DashboardHostFixture app)
{
    private const int Length = 29_000;

    [Fact]
    public async Task A_29000_character_article_by_mail_and_by_upload_goes_through_review_issue_and_statistics()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var text = LongArticle.Text(Length);
        var byMail = (await IntakeHost.SubmitByMailAsync(app, DashboardHost.Submitter, "新安路街道全年工作综述 " + tag, text)).RowKey;
        var byUpload = await UploadAsync("新安路街道重点项目纪实 " + tag, text);
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var adoptedBefore = await StatisticsDashboardTests.AdoptedAsync(http, cookie);

        foreach (var id in new[] { byMail, byUpload })
        {
            var stored = await app.SubmissionAsync(id);
            Assert.Equal(Length, StoredParagraphs(stored, "Paragraphs").Sum(p => p.Length));
            await http.AdoptOnDashboardAsync(cookie, id, text: "编者按：" + id + "\n\n" + text.Replace("第2段：", "第二段："));

            var decided = await app.SubmissionAsync(id);
            Assert.Equal("Adopted", decided.GetString("Status"));
            Assert.Equal("编者按：" + id, StoredParagraphs(decided, "EditedParagraphs")[0]);
            var audit = Assert.Single(await app.AuditAsync(id));
            Assert.Equal(("Submitted", "Adopted"), (audit.GetString("FromStatus"), audit.GetString("ToStatus")));
            Assert.Contains("编者按：" + id, Joined(audit, "Changes"));
            Assert.All(new[] { stored, decided, audit }, NoEscapes);
            var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(id), n => n.Count > 0, because: "the submitter is told"));
            Assert.Contains("已采用", Outbox.SubjectOf(notice));
        }
        Assert.Equal(adoptedBefore + 2, await StatisticsDashboardTests.AdoptedAsync(http, cookie));

        var issuePath = await http.CreateDraftAsync(cookie, byMail, byUpload);
        var published = await app.SignOffOnDashboardAsync(http, issuePath);

        Assert.Contains("<strong id=\"state\">已发布</strong>", published);
        var html = await DocumentAsync(issuePath, "html");
        Assert.Contains("编者按：" + byMail, html);
        Assert.Contains("编者按：" + byUpload, html);
        Assert.Contains(text[^100..], html);
        Assert.True((await DocumentAsync(issuePath, "pdf")).Length > 0);
    }

    /// <summary>Posts the article on 新安路街道's submission page as its 信息员 would; returns the tracking number the page shows.</summary>
    private async Task<string> UploadAsync(string title, string text)
    {
        var link = await app.SubmissionLinkAsync("新安路街道");
        var response = await app.Http.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submitter"] = DashboardHost.Submitter, ["title"] = title, ["text"] = text,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await app.SubmissionsAsync(DashboardHost.Submitter)).Single(s => s.GetString("Title") == title).RowKey;
    }

    private async Task<string> DocumentAsync(string issuePath, string kind)
    {
        var parts = issuePath.Split('/');
        var prefix = $"{parts[^2]}/{int.Parse(parts[^1]):D3}/";
        var container = app.Blobs.GetBlobContainerClient("issues");
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
            if (blob.Name.EndsWith("." + kind, StringComparison.Ordinal))
                return (await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString();
        throw new InvalidOperationException($"no {kind} under {prefix}");
    }

    /// <summary>A long text as stored over <c>Name</c>, <c>Name1</c>…, read by the test itself.</summary>
    private static string Joined(TableEntity entity, string name) =>
        string.Concat(Enumerable.Range(0, 20).Select(i => entity.GetString(i == 0 ? name : $"{name}{i}") ?? ""));

    private static string[] StoredParagraphs(TableEntity entity, string name) => JsonSerializer.Deserialize<string[]>(Joined(entity, name))!;

    private static void NoEscapes(TableEntity entity) =>
        Assert.DoesNotContain(((IDictionary<string, object>)entity).Values.OfType<string>(), value => value.Contains("\\u", StringComparison.Ordinal));
}
