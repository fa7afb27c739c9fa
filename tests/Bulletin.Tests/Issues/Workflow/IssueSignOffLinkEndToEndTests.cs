using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Issues;
using Bulletin.Security;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>发送预览 and the 签发人's link, through the local host and the outbox: who gets which mail, scanners fetching every
/// link change nothing, the link signs off once, and a link no longer good for the issue signs nothing.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class IssueSignOffLinkEndToEndTests(DashboardHostFixture app)
{
    private const string Signer = "song.wenhua@example.org";

    [Fact]
    public async Task The_preview_reaches_editors_and_signer_only_the_signer_gets_the_link_and_it_signs_off_once()
    {
        var (http, cookie, path, title) = await DraftAsync("新安路街道开展安全生产检查");

        var sent = await SendPreviewAsync(http, cookie, path);

        Assert.Contains(Signer, sent);
        var signerMail = Assert.Single(await app.PreviewMailsAsync(Signer, path));
        Assert.Contains("请签发", Outbox.SubjectOf(signerMail));
        Assert.Contains(title, Html(signerMail));
        foreach (var editor in new[] { DashboardHost.Hao, "li.dezhao@example.org" })
        {
            var mail = Assert.Single(await app.PreviewMailsAsync(editor, path));
            Assert.Contains(title, Html(mail));
            Assert.DoesNotContain("sign-off", Html(mail) + Outbox.TextOf(mail));
        }
        var link = SignOffLinkOf(signerMail);
        Assert.Contains(link, Outbox.TextOf(signerMail).Replace("&amp;", "&"));

        // Mail scanners open every link of every preview mail: nothing changes.
        foreach (var mail in (await app.PreviewMailsAsync(Signer, path)).Concat(await app.PreviewMailsAsync(DashboardHost.Hao, path)))
            foreach (Match href in Href().Matches(Html(mail)))
                Assert.True((await app.Http.GetAsync(Local(WebUtility.HtmlDecode(href.Groups[1].Value)))).StatusCode is HttpStatusCode.OK);
        Assert.Equal("Draft", (await app.IssueEntityAsync(path)).GetString("State"));

        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"distribution-total\"", page);
        Assert.Contains(">签发</button>", page);
        var signed = await app.Http.PostAsync(link, Proof(page));
        var signedPage = await signed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("已签发并发布", signedPage);
        Assert.Equal("Published", (await app.IssueEntityAsync(path)).GetString("State"));
        var edit = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        Assert.Contains($"{Signer} · 签发", edit);

        var again = await app.Http.PostAsync(link, Proof(page));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("此前已签发并发布，未作任何更改", await again.Content.ReadAsStringAsync());
        var later = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains("本期已签发并发布", later);
        Assert.DoesNotContain("<button", later);
    }

    [Fact]
    public async Task A_link_sent_before_the_draft_changed_signs_nothing_and_a_new_preview_brings_a_working_one()
    {
        var (http, cookie, path, _) = await DraftAsync("峡窝镇推进乡村振兴");
        await SendPreviewAsync(http, cookie, path);
        var link = SignOffLinkOf(Assert.Single(await app.PreviewMailsAsync(Signer, path)));
        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        var form = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        var ids = IssueEditingTests.ArticleIds(await app.IssueEntityAsync(path));
        Assert.Equal(HttpStatusCode.OK, (await http.PostFormAsync(path + "/edit", cookie, IssueEditingTests.EditFields(form, ids, issuedTo: "峡窝镇"))).StatusCode);

        var stale = await app.Http.PostAsync(link, Proof(page));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("此签发链接已失效，未签发", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Http.GetAsync(link)).StatusCode);
        Assert.Equal("Draft", (await app.IssueEntityAsync(path)).GetString("State"));
        await SendPreviewAsync(http, cookie, path);
        var fresh = SignOffLinkOf((await app.PreviewMailsAsync(Signer, path)).Last());
        Assert.NotEqual(link, fresh);
        Assert.Contains(">签发</button>", await (await app.Http.GetAsync(fresh)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_draft_whose_lines_have_problems_is_refused_409_through_the_link_and_stays_a_draft()
    {
        var (http, cookie, path, _) = await DraftAsync("区卫生健康委员会开展义诊");
        var form = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        var ids = IssueEditingTests.ArticleIds(await app.IssueEntityAsync(path));
        Assert.Equal(HttpStatusCode.OK, (await http.PostFormAsync(path + "/edit", cookie, IssueEditingTests.EditFields(form, ids, issuedTo: "峡窝镇、不存在的单位"))).StatusCode);
        await SendPreviewAsync(http, cookie, path);
        var link = SignOffLinkOf(Assert.Single(await app.PreviewMailsAsync(Signer, path)));
        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains("「不存在的单位」在通讯录中找不到", page);

        var refused = await app.Http.PostAsync(link, Proof(page));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("未签发：本期送/发行有问题", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Draft", (await app.IssueEntityAsync(path)).GetString("State"));
    }

    [Fact]
    public async Task Tampered_links_links_for_someone_else_and_a_proof_from_another_issues_page_sign_nothing()
    {
        var (http, cookie, first, _) = await DraftAsync("区住房和城乡建设局推进保障房建设");
        var (_, _, second, _) = await DraftAsync("区发展和改革委员会调度重点项目");
        await SendPreviewAsync(http, cookie, first);
        await SendPreviewAsync(http, cookie, second);
        var firstLink = SignOffLinkOf(Assert.Single(await app.PreviewMailsAsync(Signer, first)));
        var secondLink = SignOffLinkOf(Assert.Single(await app.PreviewMailsAsync(Signer, second)));
        var firstPage = await (await app.Http.GetAsync(firstLink)).Content.ReadAsStringAsync();

        var tampered = firstLink[..^3] + (firstLink[^3] == 'A' ? "B" : "A") + firstLink[^2..];
        var tamperedAnswer = await app.Http.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.Forbidden, tamperedAnswer.StatusCode);
        Assert.Contains("此签发链接无效", await tamperedAnswer.Content.ReadAsStringAsync());

        var forEditor = await app.Http.PostAsync(LinkFor(second, DashboardHost.Hao), Proof(firstPage));
        Assert.Equal(HttpStatusCode.Forbidden, forEditor.StatusCode);
        Assert.Contains("不是发给当前签发人的", await forEditor.Content.ReadAsStringAsync());

        var otherProof = await app.Http.PostAsync(secondLink, Proof(firstPage));
        Assert.Equal(HttpStatusCode.Forbidden, otherProof.StatusCode);
        Assert.Equal(("Draft", "Draft"), ((await app.IssueEntityAsync(first)).GetString("State"), (await app.IssueEntityAsync(second)).GetString("State")));
    }

    /// <summary>A fresh draft of one newly adopted article; returns the editor's client and cookie, the issue path and the title.</summary>
    private async Task<(HttpClient Http, string Cookie, string Path, string Title)> DraftAsync(string title)
    {
        var cookie = await app.SignInAsync();
        var http = app.Client();
        var article = await app.AdoptAsync(http, cookie, title + " " + Guid.NewGuid().ToString("N")[..6]);
        return (http, cookie, await http.CreateDraftAsync(cookie, article.Id), article.Title);
    }

    private static async Task<string> SendPreviewAsync(HttpClient http, string cookie, string path)
    {
        var page = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        var sent = await http.PostAsync(path + "/preview", cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        return await sent.Content.ReadAsStringAsync();
    }

    /// <summary>A link signed with the sample settings' key (as the app signs) for the issue at <paramref name="path"/>, made out to <paramref name="actor"/>.</summary>
    private static string LinkFor(string path, string actor)
    {
        var key = JsonNode.Parse(File.ReadAllText(TestPaths.SampleSettingsFile))!["Values"]!["Links__SigningKey"]!.ToString();
        var parts = path.Split('/');
        var signer = new LinkSigner(Options.Create(new LinkOptions { SigningKey = key, PublicBaseUrl = "http://localhost" }), TimeProvider.System);
        var token = signer.Sign(new LinkClaims(IssueSignOffLinks.Purpose, $"{parts[^2]}/{int.Parse(parts[^1]):D3}/0123456789abcdef", 0, DateTimeOffset.UtcNow.AddDays(1), actor));
        return "/api/issues/sign-off?token=" + token;
    }

    private static FormUrlEncodedContent Proof(string page) => new(new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });

    private static string Html(JsonNode mail) => mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();

    private static string SignOffLinkOf(JsonNode mail) =>
        Local(WebUtility.HtmlDecode(Href().Matches(Html(mail)).Select(m => m.Groups[1].Value).Single(h => h.Contains("/api/issues/sign-off?token="))));

    private static string Local(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
