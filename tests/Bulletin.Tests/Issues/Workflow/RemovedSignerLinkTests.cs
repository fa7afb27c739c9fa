using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Directory;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>A 签发 link lives 7 days; the directory may drop the 签发人 meanwhile. The link follows the directory.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class RemovedSignerLinkTests(DashboardHostFixture app)
{
    [Fact]
    public async Task The_sign_off_link_of_a_signer_removed_from_the_directory_answers_403_and_signs_nothing()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var article = await app.AdoptAsync(http, cookie, "区教育局推进课后服务 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, article.Id);
        var issuePage = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(path + "/preview", cookie, new() { ["proof"] = DashboardHost.ProofOf(issuePage) })).StatusCode);
        var mail = Assert.Single(await app.PreviewMailsAsync(DashboardHost.Signer, path));
        var link = new Uri(WebUtility.HtmlDecode(SignOffHref().Match(Outbox.TextOf(mail)).Value)).PathAndQuery;
        var linkPage = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains(">签发</button>", linkPage);
        try
        {
            await app.ImportDemoWithoutAsync(DashboardHost.Signer);

            var page = await app.Http.GetAsync(link);
            var posted = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(linkPage) }));

            await DirectoryChanges.AssertRefusedAsync([page, posted], $"{DashboardHost.Signer} 的，该邮箱已不在通讯录的编辑、签发人名单中", "请联系编辑部：李德昭（li.dezhao@example.org），郝婕（hao.jie@example.org）");
            Assert.Equal("Draft", (await app.IssueEntityAsync(path)).GetString("State"));
        }
        finally
        {
            await app.RestoreDemoAsync();
        }
    }

    [GeneratedRegex(@"http://[^\s""<]+/api/issues/sign-off\?token=[^\s""<]+")]
    private static partial Regex SignOffHref();
}
