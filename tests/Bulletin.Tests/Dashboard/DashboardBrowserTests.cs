using System.Text;
using Bulletin.Tests.Browser;
using Bulletin.Tests.Directory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Dashboard;

/// <summary>The dashboard as an editor uses it, in Chromium: signing in from the mail, deciding, importing the directory.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardBrowserTests(DashboardHostFixture app, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages _pages = new(browser);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_editor_signs_in_from_the_mail_adopts_a_submission_and_finds_it_under_adopted(string device)
    {
        var title = "新安路街道开展环境卫生整治 " + Guid.NewGuid().ToString("N")[..6];
        await app.SubmitByMailAsync(title);
        var page = await OpenAsync(device);

        await page.SignInAsync(app);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^待审（") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("待审");
        await page.GetByLabel("采用", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录：采用");
        await Expect(page.Locator("#audit")).ToContainTextAsync(DashboardHost.Hao);
        await page.GetByRole(AriaRole.Link, new() { Name = "返回稿件列表" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^已采用（") }).ClickAsync();
        await Expect(page.Locator("#submissions").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.Locator("#submissions li", new() { HasText = title })).ToContainTextAsync("已采用");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            $"the dashboard scrolls sideways at {device} size");
    }

    [Fact]
    public async Task Importing_a_directory_file_with_a_bad_address_shows_its_row_and_column_and_changes_nothing()
    {
        var page = await OpenAsync("phone");
        await page.SignInAsync(app);
        var rows = DirectoryFiles.People("工业路街道", 3, "gongye");
        rows[1][3] = "gongye2@";   // Excel row 3: the header is row 1

        await page.GetByRole(AriaRole.Link, new() { Name = "通讯录" }).ClickAsync();
        await page.GetByLabel("通讯录文件").SetInputFilesAsync(new FilePayload { Name = "directory.csv", MimeType = "text/csv", Buffer = DirectoryFiles.Csv(rows) });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();

        var error = page.Locator("#import-errors tbody tr");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error).ToContainTextAsync("第 3 行「邮箱」列");
        await Expect(error).ToContainTextAsync("gongye2@");
        await Expect(page.Locator("#last-import")).ToContainTextAsync("文件有错误，未更改");
        await page.GetByLabel("查找（姓名、单位或邮箱）").FillAsync("郝婕");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await Expect(page.Locator("#people li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#people li")).ToContainTextAsync(DashboardHost.Hao);
    }

    [Fact]
    public async Task The_statistics_page_reads_on_a_phone_with_a_quarter_chosen_its_table_and_its_chart()
    {
        var page = await OpenAsync("phone");
        await page.SignInAsync(app);

        await page.GetByRole(AriaRole.Link, new() { Name = "统计" }).ClickAsync();
        await page.GetByLabel("时段").FillAsync("2026-Q4");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "api/dashboard/statistics?period=2026-Q4");
        await Expect(page.Locator("main h2").First).ToHaveTextAsync("2026年第四季度");
        await Expect(page.Locator("#statistics tr[data-unit='新安路街道']")).ToBeVisibleAsync();
        await Expect(page.Locator("svg g[data-unit='新安路街道']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the statistics page scrolls sideways on a phone");
    }

    private Task<IPage> OpenAsync(string device) => _pages.OpenAsync(device);
}
