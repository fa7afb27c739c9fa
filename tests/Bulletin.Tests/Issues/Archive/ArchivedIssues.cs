using System.Text.Json.Nodes;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using Bulletin.Security;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>Issues of 2017 and 2018 put straight into a dashboard host's storage as the workflow leaves them (three
/// published with their documents, one draft), so the archive tests never take this year's numbers from the workflow test.</summary>
internal static class ArchivedIssues
{
    public static readonly AssembledIssue Jiyuan = Issue(2017, 5, IssueState.Published, ("济源路街道开展垃圾分类宣传", "济源路街道"), ("区教育局部署秋季开学工作", "区教育局"));
    public static readonly AssembledIssue Kuangshan = Issue(2017, 6, IssueState.Published, ("矿山街道推进老旧小区改造", "矿山街道"));
    public static readonly AssembledIssue Gongye = Issue(2018, 1, IssueState.Published, ("工业路街道举办春风招聘会", "工业路街道"), ("区总工会开展职工技能竞赛", "区总工会"));
    public static readonly AssembledIssue Draft = Issue(2018, 2, IssueState.Draft, ("中心路街道尚未签发的稿件", "中心路街道"));

    /// <summary>Stores the four issues unless a test before did; publishing stores each document once.</summary>
    public static async Task EnsureAsync(DashboardHostFixture app)
    {
        var store = new IssueStore(app.Tables);
        var publisher = new IssuePublisher(new IssueDocumentStore(app.Blobs), NullLogger<IssuePublisher>.Instance);
        foreach (var issue in new[] { Jiyuan, Kuangshan, Gongye, Draft })
        {
            if (await store.FindAsync(issue.Year, issue.Number, CancellationToken.None) is not null)
                continue;
            Assert.True((await store.AddDraftAsync(issue with { State = IssueState.Draft }, CancellationToken.None)).Saved);
            if (issue.State != IssueState.Published)
                continue;
            var (draft, etag) = (await store.FindAsync(issue.Year, issue.Number, CancellationToken.None))!.Value;
            var signedOff = await store.TrySaveAsync(draft with { State = IssueState.SignedOff }, etag, CancellationToken.None);
            Assert.True((await publisher.RenderAndStoreAsync(issue with { State = IssueState.SignedOff }, CancellationToken.None)).Succeeded);
            Assert.True((await store.TrySaveAsync(issue, signedOff.ETag!.Value, CancellationToken.None)).Saved);
        }
    }

    /// <summary>The archive link the issue mail of <paramref name="issue"/> carries, signed with the host's key, as a path.</summary>
    public static string LinkFor(AssembledIssue issue)
    {
        var settings = JsonNode.Parse(File.ReadAllText(TestPaths.SampleSettingsFile))!["Values"]!;
        var options = Options.Create(new LinkOptions { SigningKey = settings["Links__SigningKey"]!.ToString(), PublicBaseUrl = "http://localhost:7071" });
        var url = new IssueArchiveLinks(new LinkSigner(options, TimeProvider.System), options, Options.Create(new ArchiveOptions()), TimeProvider.System)
            .ForIssue(issue.Year, issue.Number);
        return new Uri(url).PathAndQuery;
    }

    /// <summary>The stored bytes of one document.</summary>
    public static async Task<byte[]> StoredAsync(DashboardHostFixture app, AssembledIssue issue, IssueDocumentKind kind) =>
        (await app.Blobs.GetBlobContainerClient(IssueDocumentStore.ContainerName)
            .GetBlobClient(new IssueDocument(issue.Year, issue.Number, issue.BulletinName, kind, BinaryData.Empty).BlobName).DownloadContentAsync()).Value.Content.ToArray();

    private static AssembledIssue Issue(int year, int number, IssueState state, params (string Title, string Unit)[] articles) =>
        new(year, number, 200 + number + (year - 2017) * 10, state, "上街信息", "中共上街区委办公室", new DateOnly(year, 3, number),
            null, articles.Select((a, i) => new AssembledArticle($"SJ-{year}-{number}-{i}", a.Title, [$"近日，{a.Unit}{a.Title[a.Unit.Length..]}，取得良好效果。"], a.Unit)).ToList(),
            "区县处级领导", "峡窝镇、各街道办事处、区直各单位负责同志", ["郝婕"]);
}
