using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Tests.Browser;
using Bulletin.Tests.Dashboard;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>In Chromium at phone width: an editor edits a draft and sends the preview; the 签发人 opens the link from the
/// mail and signs the issue off.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class IssueBrowserTests(DashboardHostFixture app, BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }

    [Fact]
    public async Task An_editor_edits_a_draft_and_sends_the_preview_and_the_signer_signs_it_off_from_the_mail_on_a_phone()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var first = await app.AdoptAsync(http, cookie, "济源路街道开展文明创建 " + Guid.NewGuid().ToString("N")[..6]);
        var second = await app.AdoptAsync(http, cookie, "区教育局开展教师培训 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, first.Id, second.Id);

        var editor = await PhoneAsync();
        await editor.SignInAsync(app);
        await editor.GotoAsync(app.BaseUrl + path.TrimStart('/'));
        await editor.GetByRole(AriaRole.Link, new() { Name = "修改草稿" }).ClickAsync();
        await editor.GetByLabel($"序号 {second.Title}").FillAsync("1");
        await editor.GetByLabel($"序号 {first.Title}").FillAsync("2");
        await editor.GetByLabel("专题标题（可不填）").FillAsync("基层动态");
        await editor.GetByLabel("专题期次").FillAsync("3");
        await editor.GetByLabel("责任编辑（多人用空格分开）").FillAsync("郝婕 李德昭");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();

        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Expect(editor.Locator("#preview")).ToContainTextAsync("基层动态（三）");
        await Expect(editor.Locator("#preview")).ToContainTextAsync("责任编辑：郝婕 李德昭");
        var preview = await editor.Locator("#preview").InnerTextAsync();
        Assert.True(preview.IndexOf(second.Title, StringComparison.Ordinal) < preview.IndexOf(first.Title, StringComparison.Ordinal), "the article numbered 1 comes first");
        await Expect(editor.Locator("#issue-audit")).ToContainTextAsync("修改草稿");
        await AssertFitsAsync(editor, "issue-edit-phone.png");

        await editor.GetByRole(AriaRole.Link, new() { Name = "返回本期" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "发送预览" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("预览已发送");

        var mail = Assert.Single(await app.PreviewMailsAsync("song.wenhua@example.org", path));
        var html = mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        var link = new Uri(WebUtility.HtmlDecode(SignOffHref().Match(html).Groups[1].Value)).PathAndQuery;
        var signer = await PhoneAsync();
        await signer.GotoAsync(app.BaseUrl + link.TrimStart('/'));
        await Expect(signer.Locator("main > h1")).ToHaveTextAsync("签发简报");
        await Expect(signer.Locator("#state")).ToHaveTextAsync("草稿");
        await Expect(signer.Locator("#distribution-total")).ToBeVisibleAsync();
        await Expect(signer.Locator("#preview")).ToContainTextAsync("基层动态（三）");
        await AssertFitsAsync(signer, "issue-sign-off-phone.png");
        await signer.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();

        await Expect(signer.GetByRole(AriaRole.Status)).ToContainTextAsync("已签发并发布");
        await Expect(signer.Locator("#state")).ToHaveTextAsync("已发布");
        await Expect(signer.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await editor.GotoAsync(app.BaseUrl + path.TrimStart('/'));
        await Expect(editor.Locator("#state")).ToHaveTextAsync("已发布");
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await browser.NewPhoneContextAsync();
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>No sideways scrolling at phone width; a screenshot for a look by eye.</summary>
    private async Task AssertFitsAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name}: the page scrolls sideways on a phone");
        var folder = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests");
        System.IO.Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        output.WriteLine($"Screenshot: {Path.Combine(folder, name)}");
    }

    [GeneratedRegex("href=\"([^\"]*/api/issues/sign-off\\?token=[^\"]+)\"")]
    private static partial Regex SignOffHref();
}
