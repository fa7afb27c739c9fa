using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Dashboard;

/// <summary>What the dashboard's browser tests do first: sign in as an editor does.</summary>
internal static class DashboardBrowser
{
    /// <summary>The dashboard sends to sign in, the address goes in, the link comes from the mail, 登录 is clicked.</summary>
    public static async Task SignInAsync(this IPage page, DashboardHostFixture app, string email = DashboardHost.Hao)
    {
        var before = (await app.SignInMailsAsync(email)).Count;
        await page.GotoAsync(app.BaseUrl + "api/dashboard");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "api/dashboard/sign-in");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "发送登录链接" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("如果该邮箱属于编辑，登录链接已发出");

        var mails = await Fixtures.Eventually.GetAsync(() => app.SignInMailsAsync(email), m => m.Count > before, because: "the sign-in mail is sent");
        await page.GotoAsync(app.BaseUrl + DashboardHost.LinkOf(mails.Last()).TrimStart('/'));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "api/dashboard");
        await Expect(page.Locator("h1")).ToHaveTextAsync("编辑工作台");
    }
}
