using System.Text.RegularExpressions;
using Bulletin.Tests.Browser;
using Bulletin.Tests.Dashboard;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bulletin.Tests.Solicitations;

/// <summary>新建约稿 in Chromium at phone size: a units line naming a group is refused in red with no send button, the
/// corrected line shows its six units, and 发送约稿 opens the new solicitation.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class SolicitationBrowserTests(DashboardHostFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_on_a_phone_checks_the_units_then_sends_the_solicitation()
    {
        var context = await browser.NewPhoneContextAsync();
        try
        {
            var cookie = (await app.SignInAsync()).Split('=', 2);
            await context.AddCookiesAsync([new Cookie { Name = cookie[0], Value = cookie[1], Url = app.BaseUrl }]);
            var page = await context.NewPageAsync();
            var topic = "秋冬季森林防火 " + Guid.NewGuid().ToString("N")[..6];

            await page.GotoAsync(app.BaseUrl + "api/dashboard/solicitations");
            await page.GetByLabel("约稿主题").FillAsync(topic);
            await page.GetByLabel("约稿说明").FillAsync("请报送本单位森林防火工作的做法和成效，600字以内。");
            await page.GetByLabel("约稿对象").FillAsync("各街道办事处、区县处级领导");
            await page.GetByLabel("截止时间（北京时间）").FillAsync(
                TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ChinaTime.Zone).AddDays(5).ToString("yyyy-MM-dd'T'18:00"));
            await page.GetByRole(AriaRole.Button, new() { Name = "检查约稿对象" }).ClickAsync();

            await Expect(page.Locator("#solicitation-problems")).ToContainTextAsync("「区县处级领导」是人员分组");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发送约稿" })).ToHaveCountAsync(0);
            await page.GetByLabel("约稿对象").FillAsync("各街道办事处、区总工会");
            await page.GetByRole(AriaRole.Button, new() { Name = "检查约稿对象" }).ClickAsync();
            await Expect(page.Locator("#unit-count")).ToHaveTextAsync("6");
            await Expect(page.Locator("#addressed-units")).ToContainTextAsync("韩卫东");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the form scrolls sideways on a phone");
            await page.GetByRole(AriaRole.Button, new() { Name = "发送约稿" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/api/dashboard/solicitations/\d+$"));
            await Expect(page.Locator("main")).ToContainTextAsync(topic);
            await Expect(page.Locator("#units tbody tr")).ToHaveCountAsync(6);
            await Expect(page.Locator("#units tbody tr[data-status=Waiting]")).ToHaveCountAsync(6);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "bulletin-browser-tests", "solicitation-phone.png"), FullPage = true });
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
