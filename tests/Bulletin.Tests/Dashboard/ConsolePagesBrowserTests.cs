using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Browser;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Archive;
using Bulletin.Tests.Issues.Workflow;
using Bulletin.Tests.Review;
using Microsoft.Playwright;

namespace Bulletin.Tests.Dashboard;

/// <summary>The pages people use, in Chromium at a desktop's 1280×800 and a phone's 390×844: each is screenshot (into
/// <c>bulletin-browser-tests/</c> in the temp folder), uses the width without scrolling sideways, has no serious or critical
/// axe-core violation, and on a desktop every control is reached with the Tab key alone.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class ConsolePagesBrowserTests(DashboardHostFixture app, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BrowserPages _pages = new(browser);

    public Task InitializeAsync() => ArchivedIssues.EnsureAsync(app);

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Every_page_people_use_fits_the_screen_reads_to_axe_and_the_keyboard_reaches_every_control(string device)
    {
        var id = await app.SubmitByMailAsync("峡窝镇推进乡村振兴 " + Guid.NewGuid().ToString("N")[..6]);
        var review = ReviewHost.LinksOf((await app.ReviewMailsAsync(id))[DashboardHost.Hao])["adopt"];
        var page = await _pages.OpenAsync(device);
        var measured = new List<PageCheck>();
        foreach (var (name, path) in new[]
        {
            ("sign-in", "api/dashboard/sign-in"), ("upload", await SubmitPathAsync()), ("review", review), ("sign-off", await SignOffPathAsync()),
            ("recipients-archive", ArchivedIssues.LinkFor(ArchivedIssues.Gongye)), ("outbox", "dev/outbox"),
        })
            measured.Add(await CheckAsync(page, device, name, path));
        await page.SignInAsync(app);
        foreach (var (name, path) in new[]
        {
            ("submissions", "api/dashboard"), ("submission", $"api/dashboard/submissions/{id}"), ("issues", "api/dashboard/issues"),
            ("archive", "api/dashboard/archive"), ("solicitations", "api/dashboard/solicitations"), ("statistics", "api/dashboard/statistics?period=2026"),
            ("quarantine", "api/dashboard/quarantine"), ("directory", "api/dashboard/directory"),
        })
            measured.Add(await CheckAsync(page, device, name, path));
        await page.GotoAsync(app.BaseUrl + "api/dashboard");
        var rowDisplay = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('#submissions li:not(.head)')).display");

        Assert.All(measured, m => Assert.True(m.ScrollWidth <= m.Width, $"{m.Name} scrolls sideways on a {device}: {m.ScrollWidth} > {m.Width}"));
        Assert.All(measured, m => Assert.True(m.AxePasses > 0, $"axe-core checked nothing in {m.Name}"));
        Assert.All(measured, m => Assert.True(m.Violations.Count == 0, $"{m.Name} on a {device}: {string.Join("; ", m.Violations)}"));
        Assert.All(measured, m => Assert.True(m.Unreached.Count == 0, $"{m.Name} on a {device}: Tab never reaches {string.Join(", ", m.Unreached)}"));
        Assert.Equal(device == "desktop" ? "grid" : "list-item", rowDisplay);
        if (device == "desktop")
            Assert.All(measured.Where(m => m.Name.StartsWith("submission") || m.Name == "statistics"),
                m => Assert.True(m.MainWidth > 1000, $"{m.Name} uses {m.MainWidth} px of 1280"));
    }

    private async Task<PageCheck> CheckAsync(IPage page, string device, string name, string path)
    {
        await page.GotoAsync(app.BaseUrl + path.TrimStart('/'));
        var folder = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests");
        System.IO.Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{device}.png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth, (document.querySelector('main') || document.body).clientWidth]");
        var axe = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(page);
        var violations = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        var unreached = device == "desktop" ? await KeyboardUnreachedAsync(page) : [];
        return new PageCheck(name, widths[0], widths[1], widths[2], violations, axe.Passes.Length, unreached);
    }

    /// <summary>The visible controls that pressing Tab from the top of the page never focuses (a radio group counts once; what a
    /// closed <c>details</c> holds is reached by opening its summary).</summary>
    private static async Task<List<string>> KeyboardUnreachedAsync(IPage page)
    {
        var total = await page.EvaluateAsync<int>("""
            (() => { const groups = {}; let n = 0;
              for (const e of document.querySelectorAll('a[href],button,summary,input:not([type=hidden]),select,textarea,[tabindex]:not([tabindex="-1"])')) {
                if (!e.getClientRects().length || e.disabled || e.parentElement.closest('details:not([open])') && e.tagName !== 'SUMMARY') continue;
                e.dataset.kb = e.type === 'radio' ? (groups[e.name] ??= String(n++)) : String(n++); }
              document.activeElement?.blur(); return n; })()
            """);
        var reached = new HashSet<string>();
        for (var presses = 0; presses < total * 4 + 10 && reached.Count < total; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement?.dataset?.kb ?? ''") is { Length: > 0 } kb)
                reached.Add(kb);
        }
        return [.. await page.EvaluateAsync<string[]>("reached => [...document.querySelectorAll('[data-kb]')].filter(e => !reached.includes(e.dataset.kb)).map(e => e.outerHTML.slice(0, 120))", reached.ToArray())];
    }

    private async Task<string> SubmitPathAsync()
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{Uri.EscapeDataString("新安路街道")}/submission-link");
        response.EnsureSuccessStatusCode();
        return new Uri((await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString()).PathAndQuery;
    }

    /// <summary>A draft with one adopted article whose preview is mailed; the 签发 link of the 签发人's copy.</summary>
    private async Task<string> SignOffPathAsync()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var adopted = await app.AdoptAsync(http, cookie, "区卫生健康委员会开展义诊 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, adopted.Id);
        var issuePage = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(path + "/preview", cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(issuePage) })).StatusCode);
        var mail = Assert.Single(await app.PreviewMailsAsync(DashboardHost.Signer, path));
        var html = mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        return new Uri(WebUtility.HtmlDecode(SignOffHref().Match(html).Groups[1].Value)).PathAndQuery;
    }

    private sealed record PageCheck(string Name, int ScrollWidth, int Width, int MainWidth, IReadOnlyList<string> Violations, int AxePasses, IReadOnlyList<string> Unreached);

    [GeneratedRegex("href=\"([^\"]*/api/issues/sign-off\\?token=[^\"]+)\"")]
    private static partial Regex SignOffHref();
}
