using System.Net;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Dashboard;

/// <summary>Signing in without passwords: a link mailed to editors only, a confirm button, a session cookie.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardSignInTests(DashboardHostFixture app)
{
    [Fact]
    public async Task Only_an_editor_is_mailed_a_link_and_every_address_gets_the_same_neutral_answer()
    {
        using var http = app.Client();
        var before = (await app.SignInMailsAsync(DashboardHost.Hao)).Count;

        var editor = await http.AskForSignInAsync(DashboardHost.Hao);
        var submitter = await http.AskForSignInAsync(DashboardHost.Submitter);
        var stranger = await http.AskForSignInAsync("nobody@example.org");

        Assert.All(new[] { editor, submitter, stranger }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answer = await editor.Content.ReadAsStringAsync();
        Assert.Contains("如果该邮箱属于编辑，登录链接已发出", answer);
        Assert.Equal(answer, await submitter.Content.ReadAsStringAsync());
        Assert.Equal(answer, await stranger.Content.ReadAsStringAsync());
        var mails = await Eventually.GetAsync(() => app.SignInMailsAsync(DashboardHost.Hao), m => m.Count > before, because: "the editor is mailed a link");
        Assert.StartsWith("/api/dashboard/session?token=", DashboardHost.LinkOf(mails.Last()));
        Assert.Empty(await app.SignInMailsAsync(DashboardHost.Submitter));
        Assert.Empty(await app.SignInMailsAsync("nobody@example.org"));
    }

    [Fact]
    public async Task Opening_the_mailed_link_shows_a_confirm_button_and_signs_no_one_in()
    {
        var link = await app.SignInLinkAsync(DashboardHost.Hao);
        using var http = app.Client();

        var page = await http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Set-Cookie"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(DashboardHost.Hao, html);
        Assert.Contains(">登录</button>", html);
    }

    [Fact]
    public async Task Confirming_sets_an_http_only_lax_session_cookie_for_the_dashboard_and_goes_there()
    {
        var link = await app.SignInLinkAsync(DashboardHost.Hao);
        using var http = app.Client();
        var page = await (await http.GetAsync(link)).Content.ReadAsStringAsync();

        var confirmed = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) }));

        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        Assert.Equal("/api/dashboard", confirmed.Headers.Location!.OriginalString);
        var cookie = confirmed.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("dashboard_session=", cookie);
        Assert.Contains("path=/api/dashboard", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("secure", cookie); // plain http on loopback: the local host only
        var dashboard = await http.GetAsync("/api/dashboard", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(DashboardHost.Hao, await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Confirming_without_the_pages_proof_sets_no_cookie()
    {
        var link = await app.SignInLinkAsync(DashboardHost.Hao);
        using var http = app.Client();

        var response = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_changed_sign_in_link_is_refused_with_a_chinese_page()
    {
        var link = await app.SignInLinkAsync(DashboardHost.Hao);
        using var http = app.Client();

        var response = await http.GetAsync(link[..^3] + (link.EndsWith("AAA") ? "BBB" : "AAA"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("链接无效", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_clears_the_cookie()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var proof = DashboardHost.ProofOf(await (await http.GetAsync("/api/dashboard", cookie)).Content.ReadAsStringAsync());

        var response = await http.PostAsync("/api/dashboard/sign-out", cookie, new() { ["proof"] = proof });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/dashboard/sign-in", response.Headers.Location!.OriginalString);
        Assert.Matches("^dashboard_session=;.*expires=Thu, 01 Jan 1970", response.Headers.GetValues("Set-Cookie").Single());
    }
}
