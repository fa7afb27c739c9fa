using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Issues.Storage;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>往期简报 over HTTP through the local host: on the dashboard (session required) and on the recipients' page
/// (signed archive link, no session); listing newest first, search, and downloads with their names and types.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class ArchivePagesTests(DashboardHostFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => ArchivedIssues.EnsureAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_dashboard_archive_lists_published_issues_newest_first_with_their_articles_and_downloads()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await (await http.GetAsync("/api/dashboard/archive", cookie)).Content.ReadAsStringAsync();

        Assert.Equal(["2018/1", "2017/6", "2017/5"], Issues(page).Where(i => i.StartsWith("201", StringComparison.Ordinal)));
        Assert.DoesNotContain("中心路街道尚未签发的稿件", page);
        Assert.Contains("上街信息 2017年第5期", page);
        Assert.Contains("（总第205期） 2017年3月5日", page);
        Assert.Contains("济源路街道开展垃圾分类宣传<span class=\"hint\">（济源路街道）</span>", page);
        foreach (var kind in new[] { "html", "docx", "pdf" })
            Assert.Contains($"href=\"/api/dashboard/archive/2017/5/{kind}\"", page);
        Assert.Contains("<a href=\"/api/dashboard/archive\">往期简报</a>", page);
    }

    [Theory]
    [InlineData("?q=济源路", new[] { "2017/5" })]
    [InlineData("?q=区总工会", new[] { "2018/1" })]
    [InlineData("?q=职工技能+招聘会", new[] { "2018/1" })]
    [InlineData("?q=街道&year=2017", new[] { "2017/6", "2017/5" })]
    [InlineData("?q=没有这样的标题", new string[0])]
    public async Task The_dashboard_archive_finds_issues_by_title_unit_and_year(string query, string[] expected)
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await (await http.GetAsync("/api/dashboard/archive" + query, cookie)).Content.ReadAsStringAsync();

        Assert.Equal(expected, Issues(page));
        Assert.Contains($"共 {expected.Length} 期", page);
    }

    [Fact]
    public async Task A_year_without_issues_finds_none_and_stays_selected()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await (await http.GetAsync("/api/dashboard/archive?year=2009", cookie)).Content.ReadAsStringAsync();

        Assert.Empty(Issues(page));
        Assert.Contains("<option value=\"2009\" selected>2009年</option>", page);
        Assert.Contains("没有找到符合条件的简报", page);
    }

    [Fact]
    public async Task A_year_that_is_not_a_year_is_explained_and_everything_searched()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await (await http.GetAsync("/api/dashboard/archive?q=矿山&year=abc", cookie)).Content.ReadAsStringAsync();

        Assert.Contains("年份应为四位数字", page);
        Assert.Equal(["2017/6"], Issues(page));
    }

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("html", "text/html; charset=utf-8")]
    public async Task A_dashboard_download_streams_the_stored_document_under_its_chinese_name(string kind, string contentType)
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var response = await http.GetAsync($"/api/dashboard/archive/2017/5/{kind}", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.GetValues("Content-Type").Single());
        Assert.Equal($"attachment; filename=\"bulletin-2017-005.{kind}\"; filename*=UTF-8''{Uri.EscapeDataString($"上街信息-2017年第5期.{kind}")}",
            response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("上街信息-2017年第5期." + kind, response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(await ArchivedIssues.StoredAsync(app, ArchivedIssues.Jiyuan, Enum.Parse<IssueDocumentKind>(kind, true)), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/dashboard/archive/2018/2/pdf")]
    [InlineData("/api/dashboard/archive/2017/99/pdf")]
    [InlineData("/api/dashboard/archive/2017/5/exe")]
    public async Task A_draft_a_missing_issue_or_an_unknown_kind_is_not_found(string path)
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var response = await http.GetAsync(path, cookie);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到这份文件", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/dashboard/archive")]
    [InlineData("/api/dashboard/archive/2017/5/pdf")]
    public async Task Without_a_session_the_dashboard_archive_sends_to_sign_in(string path)
    {
        using var http = app.Client();

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/dashboard/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_archive_link_of_an_issue_mail_opens_the_issues_up_to_that_one_without_a_session()
    {
        using var http = app.Client();
        var link = ArchivedIssues.LinkFor(ArchivedIssues.Kuangshan);

        var page = await (await http.GetAsync(link)).Content.ReadAsStringAsync();

        Assert.Equal(["2017/6", "2017/5"], Issues(page).Where(i => i.StartsWith("201", StringComparison.Ordinal)));
        Assert.DoesNotContain("工业路街道", page);
        Assert.DoesNotContain("退出", page);
        var token = Uri.EscapeDataString(Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]));
        Assert.Contains($"href=\"/api/archive/2017/5/pdf?token={token}\"", page);
        Assert.Matches("<input type=\"hidden\" name=\"token\" value=\"[^\"]+\">", page);
        var searched = await (await http.GetAsync(link + "&q=区教育局&year=2017")).Content.ReadAsStringAsync();
        Assert.Equal(["2017/5"], Issues(searched));
    }

    [Fact]
    public async Task The_archive_link_downloads_the_issues_within_its_reach_and_no_later_one()
    {
        using var http = app.Client();
        var token = ArchivedIssues.LinkFor(ArchivedIssues.Kuangshan).Split("token=")[1];

        var docx = await http.GetAsync($"/api/archive/2017/5/docx?token={token}");
        var later = await http.GetAsync($"/api/archive/2018/1/pdf?token={token}");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("上街信息-2017年第5期.docx", docx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(await ArchivedIssues.StoredAsync(app, ArchivedIssues.Jiyuan, IssueDocumentKind.Docx), await docx.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, later.StatusCode);
    }

    [Theory]
    [InlineData("/api/archive")]
    [InlineData("/api/archive?token=forged.token")]
    [InlineData("/api/archive/2017/5/pdf")]
    [InlineData("/api/archive/2017/5/pdf?token=forged.token")]
    public async Task Without_a_valid_archive_link_nothing_is_shown(string path)
    {
        using var http = app.Client();

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("此链接无效", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_dashboard_session_cookie_is_no_archive_link()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var response = await http.GetAsync("/api/archive?token=" + cookie.Split('=', 2)[1]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_archive_pages_answer_only_get()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var dashboard = await http.PostAsync("/api/dashboard/archive", cookie, new Dictionary<string, string>());
        var recipients = await http.PostAsync(ArchivedIssues.LinkFor(ArchivedIssues.Kuangshan), new FormUrlEncodedContent([]));

        Assert.True(dashboard.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{dashboard.StatusCode}");
        Assert.True(recipients.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{recipients.StatusCode}");
    }

    /// <summary>The issues a page lists, as year/number, in order.</summary>
    private static List<string> Issues(string page) => IssueItem().Matches(page).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-issue=\"([0-9]+/[0-9]+)\"")]
    private static partial Regex IssueItem();
}
