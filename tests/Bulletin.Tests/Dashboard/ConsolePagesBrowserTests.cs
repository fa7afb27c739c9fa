using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Browser;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Review;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bulletin.Tests.Dashboard;

/// <summary>The pages people use, in Chromium at a desktop's 1280×800 and a phone's 390×844: each is screenshot (under
/// <c>screenshots/</c> beside the test assembly), uses the width without scrolling sideways, and axe-core finds no serious
/// or critical accessibility violation in it.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class ConsolePagesBrowserTests(DashboardHostFixture app, BrowserFixture browser) : IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Every_page_people_use_fits_the_screen_and_has_no_serious_accessibility_violation(string device)
    {
        var id = await app.SubmitByMailAsync("峡窝镇推进乡村振兴 " + Guid.NewGuid().ToString("N")[..6]);
        var review = ReviewHost.LinksOf((await app.ReviewMailsAsync(id))[DashboardHost.Hao])["adopt"];
        var page = await OpenAsync(device);
        var signIn = await Measure(page, device, "sign-in", "api/dashboard/sign-in");
        var upload = await Measure(page, device, "upload", await SubmitPathAsync());
        var reviewPage = await Measure(page, device, "review", review.TrimStart('/'));
        await page.SignInAsync(app);

        var measured = new List<PageMeasure> { signIn, upload, reviewPage };
        foreach (var (name, path) in new[]
        {
            ("submissions", "api/dashboard"), ("submission", $"api/dashboard/submissions/{id}"), ("issues", "api/dashboard/issues"),
            ("archive", "api/dashboard/archive"), ("solicitations", "api/dashboard/solicitations"), ("statistics", "api/dashboard/statistics?period=2026"),
            ("quarantine", "api/dashboard/quarantine"), ("directory", "api/dashboard/directory"), ("outbox", "dev/outbox"),
        })
            measured.Add(await Measure(page, device, name, path));
        await page.GotoAsync(app.BaseUrl + "api/dashboard");
        var rowDisplay = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('#submissions li:not(.head)')).display");

        Assert.All(measured, m => Assert.True(m.ScrollWidth <= m.Width, $"{m.Name} scrolls sideways on a {device}: {m.ScrollWidth} > {m.Width}"));
        Assert.All(measured, m => Assert.True(m.Violations.Count == 0, $"{m.Name} on a {device}: {string.Join("; ", m.Violations)}"));
        Assert.All(measured, m => Assert.True(m.AxePasses > 0, $"axe-core checked nothing in {m.Name}"));
        Assert.Equal(device == "desktop" ? "grid" : "list-item", rowDisplay);
        if (device == "desktop")
            Assert.All(measured.Where(m => m.Name.StartsWith("submission") || m.Name == "statistics"),
                m => Assert.True(m.MainWidth > 1000, $"{m.Name} uses {m.MainWidth} px of 1280"));
    }

    private async Task<PageMeasure> Measure(IPage page, string device, string name, string path)
    {
        await page.GotoAsync(app.BaseUrl + path);
        System.IO.Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-{device}.png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth, (document.querySelector('main') || document.body).clientWidth]");
        var axe = await page.RunAxe();
        var violations = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        return new PageMeasure(name, widths[0], widths[1], widths[2], violations, axe.Passes.Length);
    }

    private async Task<string> SubmitPathAsync()
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{Uri.EscapeDataString("新安路街道")}/submission-link");
        response.EnsureSuccessStatusCode();
        return new Uri((await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString()).PathAndQuery.TrimStart('/');
    }

    private async Task<IPage> OpenAsync(string device)
    {
        var context = device == "phone"
            ? await browser.NewPhoneContextAsync()
            : await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    private sealed record PageMeasure(string Name, int ScrollWidth, int Width, int MainWidth, IReadOnlyList<string> Violations, int AxePasses);
}
