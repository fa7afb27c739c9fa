using Bulletin.Tests.Browser;
using Bulletin.Tests.Dashboard;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>The recipients' 往期简报 on a phone in Chromium: opened from the mail's link, searched, a PDF downloaded.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class ArchiveBrowserTests(DashboardHostFixture app, BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        await ArchivedIssues.EnsureAsync(app);
        _context = await browser.NewPhoneContextAsync();
    }

    public async Task DisposeAsync() => await _context.CloseAsync();

    [Fact]
    public async Task A_recipient_on_a_phone_searches_by_unit_and_downloads_the_pdf_under_its_chinese_name()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + ArchivedIssues.LinkFor(ArchivedIssues.Gongye).TrimStart('/'));
        await Expect(page.Locator("h1")).ToHaveTextAsync("往期简报");

        await page.GetByLabel("标题或单位").FillAsync("济源路街道");
        await page.GetByLabel("年份").SelectOptionAsync("2017");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();

        var found = page.Locator("#archive > li");
        await Expect(found).ToHaveCountAsync(1);
        await Expect(found).ToContainTextAsync("上街信息 2017年第5期");
        await Expect(found).ToContainTextAsync("区教育局部署秋季开学工作（区教育局）");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page fits the phone's width");
        var screenshot = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests", "archive-phone.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the archive at phone size: {screenshot}");

        var download = await page.RunAndWaitForDownloadAsync(() => found.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests", "archive-download.pdf");
        await download.SaveAsAsync(saved);

        Assert.Equal("上街信息-2017年第5期.pdf", download.SuggestedFilename);
        Assert.Equal(await ArchivedIssues.StoredAsync(app, ArchivedIssues.Jiyuan, Bulletin.Issues.Storage.IssueDocumentKind.Pdf), await File.ReadAllBytesAsync(saved));
    }
}
