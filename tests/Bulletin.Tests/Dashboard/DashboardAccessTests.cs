using System.Net;

namespace Bulletin.Tests.Dashboard;

/// <summary>Every dashboard page asks for the session cookie, and every form for the session's proof.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardAccessTests(DashboardHostFixture app)
{
    [Theory]
    [InlineData("/api/dashboard")]
    [InlineData("/api/dashboard?state=adopted")]
    [InlineData("/api/dashboard/submissions/20261125-K7Q2M9")]
    [InlineData("/api/dashboard/quarantine")]
    [InlineData("/api/dashboard/directory")]
    public async Task A_page_opened_without_a_session_sends_the_browser_to_sign_in(string path)
    {
        using var http = app.Client();

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/dashboard/sign-in", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/dashboard/submissions/20261125-K7Q2M9")]
    [InlineData("/api/dashboard/directory")]
    [InlineData("/api/dashboard/sign-out")]
    public async Task A_form_posted_without_a_session_is_refused_with_401(string path)
    {
        using var http = app.Client();

        var response = await http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["choice"] = "adopt" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_or_a_sign_in_token_in_the_cookie_is_no_session()
    {
        using var http = app.Client();
        var link = await app.SignInLinkAsync(DashboardHost.Hao);
        var signInToken = Uri.UnescapeDataString(link[(link.IndexOf("token=") + 6)..]);

        Assert.Equal(HttpStatusCode.SeeOther, (await http.GetAsync("/api/dashboard", "dashboard_session=" + signInToken)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await http.GetAsync("/api/dashboard", "dashboard_session=forged.token")).StatusCode);
    }

    [Fact]
    public async Task A_decision_posted_without_the_sessions_proof_changes_nothing()
    {
        var id = await app.SubmitByMailAsync("新安路街道开展消防演练 " + Guid.NewGuid().ToString("N")[..6]);
        var cookie = await app.SignInAsync();
        var otherSession = await app.SignInAsync();
        using var http = app.Client();
        var proofOfOtherSession = DashboardHost.ProofOf(await (await http.GetAsync($"/api/dashboard/submissions/{id}", otherSession)).Content.ReadAsStringAsync());

        var withoutProof = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, new() { ["choice"] = "adopt" });
        var withForeignProof = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, new() { ["choice"] = "adopt", ["proof"] = proofOfOtherSession });

        Assert.Equal(HttpStatusCode.Forbidden, withoutProof.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withForeignProof.StatusCode);
        Assert.Equal("Submitted", (await app.SubmissionAsync(id)).GetString("Status"));
        Assert.Empty(await app.AuditAsync(id));
    }
}
