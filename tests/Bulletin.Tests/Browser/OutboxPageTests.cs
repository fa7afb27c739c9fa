using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Browser;

/// <summary>The local host's outbox pages (<c>/dev/outbox</c>, <c>/dev/outbox/{id}</c>), where developers read the mail the app sent.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class OutboxPageTests(BrowserHostFixture app, BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Unit = "新安路街道";

    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private PageWatch _watch = null!;

    public async Task InitializeAsync()
    {
        _context = await browser.NewPhoneContextAsync();
        _page = await _context.NewPageAsync();
        _watch = new PageWatch(_page);
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task The_receipt_of_a_submission_is_listed_newest_first_and_its_page_shows_the_HTML_in_a_sandboxed_frame()
    {
        var (submissionId, title) = await SubmitThroughTheFormAsync();
        var receiptId = await Eventually.GetAsync(() => OutboxIdAsync(subject => subject.Contains(submissionId, StringComparison.Ordinal)),
            id => id is not null, because: "the receipt is sent");

        await _page.GotoAsync(app.BaseUrl + "dev/outbox");

        var links = _page.Locator("ul.mails a");
        await Expect(links.Filter(new() { HasText = "【回执】" }).Filter(new() { HasText = submissionId })).ToHaveCountAsync(1);
        var ids = (await links.EvaluateAllAsync<string[]>("links => links.map(a => a.pathname.split('/').pop())")).ToList();
        Assert.Contains(receiptId, ids);
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), ids); // ids sort by receive time: newest first

        await links.Filter(new() { HasText = "【回执】" }).Filter(new() { HasText = submissionId }).ClickAsync();

        await Expect(_page).ToHaveURLAsync(app.BaseUrl + "dev/outbox/" + receiptId);
        await Expect(_page.Locator("h1")).ToContainTextAsync("【回执】");
        await Expect(_page.Locator("iframe[sandbox]")).ToHaveAttributeAsync("sandbox", "");
        var frame = _page.FrameLocator("iframe[sandbox]");
        await Expect(frame.Locator("body")).ToContainTextAsync($"《{title}》");
        await Expect(frame.Locator("body")).ToContainTextAsync($"登记编号 {submissionId}");
        Assert.True(await _page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the mail page scrolls sideways on a 390 px wide phone");
        Assert.Empty(_watch.PageErrors);
        Assert.Empty(_watch.ConsoleErrors);
        Assert.All(_watch.Requests, request => Assert.StartsWith(app.BaseUrl, request.Split(' ', 2)[1]));

        var screenshot = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests", "outbox-receipt-phone.png");
        await _page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the receipt's page at phone size: {screenshot}");
        await _page.Locator("iframe[sandbox]").ScreenshotAsync(new() { Path = Path.ChangeExtension(screenshot, ".frame.png") });
    }

    [Fact]
    public async Task A_script_in_a_mail_does_not_run_when_its_page_is_opened()
    {
        var subject = "脚本测试 " + Guid.NewGuid().ToString("N")[..6];
        var html = "<p>这封邮件的 HTML 里有脚本。</p><script>document.title='pwned';parent.document.title='pwned'</script>" +
            "<img src=\"x\" onerror=\"document.title='pwned';parent.document.title='pwned'\">";
        var messageId = await SendThroughTheStandInAsync(subject, html);

        await _page.GotoAsync(app.BaseUrl + "dev/outbox/" + messageId);

        var frame = _page.FrameLocator("iframe[sandbox]");
        await Expect(frame.Locator("body")).ToContainTextAsync("这封邮件的 HTML 里有脚本。");
        await Expect(_page).ToHaveTitleAsync(subject);
        var frameTitle = await _page.Locator("iframe[sandbox]").EvaluateAsync<string>("f => f.contentDocument ? f.contentDocument.title : '(no access)'");
        var inFrame = _page.Frames.Single(f => f != _page.MainFrame);
        Assert.NotEqual("pwned", await inFrame.EvaluateAsync<string>("document.title"));
        Assert.NotEqual("pwned", frameTitle);
        output.WriteLine(string.Join("\n", _watch.ConsoleErrors));
        Assert.Empty(_watch.PageErrors);
        // What Chromium reports is only what it refused: the script (sandbox, CSP) and the image (CSP allows data: only).
        Assert.Contains(_watch.ConsoleErrors, error => error.Contains("Blocked script execution", StringComparison.Ordinal));
        Assert.All(_watch.ConsoleErrors, error => Assert.Matches("sandboxed|Content Security Policy", error));
        Assert.All(_watch.Requests, request => Assert.StartsWith(app.BaseUrl, request.Split(' ', 2)[1]));
    }

    private async Task<(string Id, string Title)> SubmitThroughTheFormAsync()
    {
        var people = await app.PeopleOfAsync(Unit);
        var link = await app.SubmissionLinkAsync(Unit);
        var title = "新安路街道开展垃圾分类宣传 " + Guid.NewGuid().ToString("N")[..6];
        await _page.GotoAsync(link.Url);
        await _page.GetByLabel("标题").FillAsync(title);
        await _page.GetByLabel("正文").FillAsync("新安路街道组织志愿者走进小区，向居民讲解垃圾分类知识，发放宣传资料三百余份，现场指导居民正确投放。");
        await _page.GetByLabel("报送人").SelectOptionAsync(people[0].Email);
        await _page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Expect(_page.Locator("p.ok")).ToContainTextAsync("已登记");
        return (await _page.Locator("p.ok strong").InnerTextAsync(), title);
    }

    private async Task<string?> OutboxIdAsync(Func<string, bool> subjectMatches)
    {
        var outbox = await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json") ?? [];
        return outbox.FirstOrDefault(item => subjectMatches(Outbox.SubjectOf(item!["request"]!)))?["id"]?.ToString();
    }

    /// <summary>Posts a mail to the SendGrid stand-in directly, as any SendGrid client would, and returns its outbox id.</summary>
    private async Task<string> SendThroughTheStandInAsync(string subject, string html)
    {
        var body = new JsonObject
        {
            ["personalizations"] = new JsonArray(new JsonObject { ["to"] = new JsonArray(new JsonObject { ["email"] = "x@example.org" }) }),
            ["from"] = new JsonObject { ["email"] = "bulletin@example.org", ["name"] = "上街信息" },
            ["subject"] = subject,
            ["content"] = new JsonArray(
                new JsonObject { ["type"] = "text/plain", ["value"] = "这封邮件的 HTML 里有脚本。" },
                new JsonObject { ["type"] = "text/html", ["value"] = html }),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/sendgrid/v3/mail/send")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "x");
        using var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.GetValues("X-Message-Id").Single();
    }
}
