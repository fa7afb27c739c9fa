using System.Net;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Review;

/// <summary>Deciding on the dashboard: the same decisions as the mail links, and re-deciding explicitly, audited.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardDecisionTests(DashboardHostFixture app)
{
    [Fact]
    public async Task A_rejected_submission_is_adopted_again_only_through_the_redecision_form_and_both_are_audited()
    {
        var id = await app.SubmitByMailAsync("新安路街道推进背街小巷整治 " + Guid.NewGuid().ToString("N")[..6]);
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var rejected = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, await FormAsync(http, id, cookie, "reject", "与本期主题无关"));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        var withoutRedecision = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, await FormAsync(http, id, cookie, "adopt", redecide: false));
        var redecided = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, await FormAsync(http, id, cookie, "adopt"));

        Assert.Equal(HttpStatusCode.Conflict, withoutRedecision.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redecided.StatusCode);
        Assert.Contains("已记录：采用", await redecided.Content.ReadAsStringAsync());
        var stored = await app.SubmissionAsync(id);
        Assert.Equal(("Adopted", "Rejected", "Dashboard", DashboardHost.Hao),
            (stored.GetString("Status"), stored.GetString("DecisionFrom"), stored.GetString("DecisionChannel"), stored.GetString("DecidedBy")));
        var audit = await app.AuditAsync(id);
        Assert.Equal([("Submitted", "Rejected"), ("Rejected", "Adopted")],
            audit.Select(e => (e.GetString("FromStatus"), e.GetString("ToStatus"))).Reverse());
        Assert.All(audit, e => Assert.Equal(("Dashboard", DashboardHost.Hao), (e.GetString("Channel"), e.GetString("Editor"))));
        var page = await (await http.GetAsync($"/api/dashboard/submissions/{id}", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("与本期主题无关", page);
        Assert.Contains("编辑工作台", page);
    }

    [Fact]
    public async Task Sending_back_without_a_reason_is_refused_and_the_form_is_shown_again()
    {
        var id = await app.SubmitByMailAsync("新安路街道开展义诊活动 " + Guid.NewGuid().ToString("N")[..6]);
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var response = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, await FormAsync(http, id, cookie, "revise", " "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写退回修改的理由", await response.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", (await app.SubmissionAsync(id)).GetString("Status"));
    }

    /// <summary>The fields the submission page's form would post, with the page's own proof (and re-decision flag, if it has one).</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient http, string id, string cookie, string choice, string reason = "", bool redecide = true)
    {
        var page = await (await http.GetAsync($"/api/dashboard/submissions/{id}", cookie)).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page), ["choice"] = choice, ["reason"] = reason };
        if (redecide && page.Contains("name=\"redecide\" value=\"1\""))
            form["redecide"] = "1";
        return form;
    }
}
