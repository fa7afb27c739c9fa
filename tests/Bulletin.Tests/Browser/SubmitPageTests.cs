using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Extraction;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Browser;

/// <summary>The unit's submission page (<c>/api/submit?token=…</c>) as a unit's staff use it: on a phone, in Chromium.</summary>
[Collection(nameof(BrowserCollection))]
public sealed partial class SubmitPageTests(BrowserHostFixture app, BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Unit = "新安路街道";

    // A long pasted paragraph, as staff copy it out of a Word document.
    private const string LongParagraph =
        "近日，新安路街道组织辖区党员志愿者、网格员和社区工作人员，深入老旧小区、背街小巷和沿街商铺，开展环境卫生集中整治行动。" +
        "行动中，志愿者们分工协作，清理楼道杂物、规范非机动车停放、清除小广告，累计清理卫生死角三十余处，清运垃圾五车，" +
        "同时向居民发放垃圾分类宣传页四百余份，耐心讲解分类知识，引导居民养成良好的生活习惯。街道相关负责人表示，" +
        "下一步将建立常态化长效管理机制，把环境整治与文明城市创建、基层治理结合起来，持续提升辖区人居环境，让居民的获得感、幸福感、安全感更加充实。";

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
    public async Task The_form_names_the_unit_lists_its_people_fits_a_phone_and_loads_nothing_from_elsewhere()
    {
        var people = await app.PeopleOfAsync(Unit);
        var link = await app.SubmissionLinkAsync(Unit);

        var response = await _page.GotoAsync(link.Url);

        Assert.Equal(200, response!.Status);
        await Expect(_page).ToHaveTitleAsync("上街信息 稿件报送");
        await Expect(_page.Locator("strong", new() { HasText = Unit })).ToBeVisibleAsync();
        // The first option asks for a choice, so nobody is preselected by accident.
        await Expect(_page.GetByLabel("报送人").Locator("option").First).ToHaveTextAsync("请选择报送人");
        var options = _page.GetByLabel("报送人").Locator("option[value]:not([value=''])");
        await Expect(options).ToHaveCountAsync(people.Count);
        Assert.Equal(people.Select(p => $"{p.Name}（{p.Email}）").Order(), (await options.AllInnerTextsAsync()).Order());
        await Expect(_page.GetByLabel("标题")).ToBeVisibleAsync();
        await Expect(_page.GetByLabel("正文")).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Button, new() { Name = "报送" })).ToBeVisibleAsync();

        Assert.True(await _page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways on a 390 px wide phone");
        Assert.Empty(_watch.ConsoleErrors);
        Assert.Empty(_watch.PageErrors);
        Assert.NotEmpty(_watch.Requests);
        Assert.All(_watch.Requests, request => Assert.StartsWith(app.BaseUrl, request.Split(' ', 2)[1]));

        var screenshot = Path.Combine(TestFolder(), "submit-form-phone.png");
        await _page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the form at phone size: {screenshot}");
    }

    [Fact]
    public async Task A_pasted_article_is_registered_and_the_confirmation_shows_its_number()
    {
        var people = await app.PeopleOfAsync(Unit);
        var link = await app.SubmissionLinkAsync(Unit);
        var title = "新安路街道开展环境卫生集中整治行动 " + Guid.NewGuid().ToString("N")[..6];
        await _page.GotoAsync(link.Url);

        await _page.GetByLabel("标题").FillAsync(title);
        await _page.GetByLabel("正文").FillAsync(LongParagraph);
        await _page.GetByLabel("报送人").SelectOptionAsync(people[^1].Email);
        await _page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();

        var confirmation = _page.Locator("p.ok");
        await Expect(confirmation).ToContainTextAsync("已登记");
        await Expect(confirmation).ToContainTextAsync(title);
        var id = await _page.Locator("p.ok strong").InnerTextAsync();
        Assert.Matches(SubmissionNumber(), id);
        await Expect(_page.GetByText(people[^1].Email)).ToBeVisibleAsync();
        Assert.Empty(_watch.ConsoleErrors);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/submissions/" + id);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", link.Token);
        using var answer = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var status = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(title, status["title"]!.ToString());
        Assert.Equal(Unit, status["unit"]!.ToString());
        Assert.Equal(people[^1].Email, status["submitter"]!.ToString());
    }

    [Fact]
    public async Task An_uploaded_docx_without_a_title_is_registered_under_the_title_inside_the_document()
    {
        var people = await app.PeopleOfAsync(Unit);
        var link = await app.SubmissionLinkAsync(Unit);
        await _page.GotoAsync(link.Url);

        await _page.GetByLabel("报送人").SelectOptionAsync(people[0].Email);
        await _page.Locator("input[type=file]").SetInputFilesAsync(ExtractionFiles.PathOf("seed-zonggonghui.docx"));
        await _page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();

        var confirmation = _page.Locator("p.ok");
        await Expect(confirmation).ToContainTextAsync("《区总工会点滴关爱助力疫情防控工作》已登记");
        Assert.Matches(SubmissionNumber(), await _page.Locator("p.ok strong").InnerTextAsync());
    }

    [Fact]
    public async Task A_link_with_one_character_changed_explains_that_it_is_invalid_with_status_403()
    {
        var link = await app.SubmissionLinkAsync(Unit);
        var middle = link.Token.Length / 3; // inside the signed part, away from the dot
        var tampered = link.Token[..middle] + (link.Token[middle] == 'A' ? 'B' : 'A') + link.Token[(middle + 1)..];

        var response = await _page.GotoAsync(link.Url.Replace(link.Token, tampered));

        Assert.Equal(403, response!.Status);
        await Expect(_page.Locator("p.error")).ToContainTextAsync("此链接无效");
        await Expect(_page.Locator("form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Reloading_the_confirmation_sends_the_form_again_and_registers_the_article_once()
    {
        var (title, submitter, id) = await SubmitPastedArticleAsync("新安路街道举办重阳敬老活动");

        await _page.ReloadAsync(); // Chromium posts the same form, with the same one-time key, again

        await Expect(_page.Locator("p.ok strong")).ToHaveTextAsync(id);
        Assert.Equal(2, _watch.Requests.Count(r => r.StartsWith("POST ", StringComparison.Ordinal)));
        Assert.Single(await app.SubmissionsTitledAsync(title));
        await AssertOneReceiptAsync(submitter, title);
    }

    [Fact]
    public async Task Going_back_after_submitting_and_reloading_the_form_registers_nothing_more()
    {
        var (title, submitter, _) = await SubmitPastedArticleAsync("新安路街道志愿服务进社区");

        await _page.GoBackAsync();
        await _page.ReloadAsync();

        await Expect(_page.GetByLabel("标题")).ToHaveValueAsync("");
        await Expect(_page.GetByRole(AriaRole.Button, new() { Name = "报送" })).ToBeVisibleAsync();
        Assert.Single(await app.SubmissionsTitledAsync(title));
        await AssertOneReceiptAsync(submitter, title);
    }

    [Fact]
    public async Task Pressing_submit_again_on_the_form_restored_by_going_back_registers_the_article_once()
    {
        var (title, _, id) = await SubmitPastedArticleAsync("新安路街道开展消防安全检查");

        await _page.GoBackAsync();
        await Expect(_page.GetByLabel("标题")).ToHaveValueAsync(title); // the browser restored what was typed
        await _page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();

        await Expect(_page.Locator("p.ok strong")).ToHaveTextAsync(id);
        Assert.Single(await app.SubmissionsTitledAsync(title));
    }

    /// <summary>Fills the form with a unique title and the long paragraph, presses 报送 and waits for the confirmation.</summary>
    private async Task<(string Title, string Submitter, string Id)> SubmitPastedArticleAsync(string title)
    {
        var people = await app.PeopleOfAsync(Unit);
        var link = await app.SubmissionLinkAsync(Unit);
        title += " " + Guid.NewGuid().ToString("N")[..6];
        await _page.GotoAsync(link.Url);
        await _page.GetByLabel("标题").FillAsync(title);
        await _page.GetByLabel("正文").FillAsync(LongParagraph);
        await _page.GetByLabel("报送人").SelectOptionAsync(people[0].Email);
        await _page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Expect(_page.Locator("p.ok")).ToContainTextAsync("已登记");
        return (title, people[0].Email, await _page.Locator("p.ok strong").InnerTextAsync());
    }

    /// <summary>The receipt for the article reaches the outbox, once (the submission itself is stored before the page answers).</summary>
    private async Task AssertOneReceiptAsync(string submitter, string title)
    {
        var receipts = await Eventually.GetAsync(
            async () => (await app.Http.MailsToAsync(submitter)).Where(m => Outbox.TextOf(m).Contains(title)).ToList(),
            found => found.Count > 0, because: "the receipt is sent");
        Assert.Single(receipts);
    }

    [GeneratedRegex(@"^\d{8}-[2-9A-HJKMNP-Z]{6}$")]
    private static partial Regex SubmissionNumber();

    private static string TestFolder([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var folder = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests", test);
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
