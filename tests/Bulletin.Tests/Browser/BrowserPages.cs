using Microsoft.Playwright;

namespace Bulletin.Tests.Browser;

/// <summary>Pages opened as a desktop (1280×800) or a phone (390×844) opens them, each in a context of its own,
/// all closed with the test.</summary>
public sealed class BrowserPages(BrowserFixture browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    public async Task<IPage> OpenAsync(string device)
    {
        var context = device == "phone"
            ? await browser.NewPhoneContextAsync()
            : await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }
}
