using System.Net;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Workflow;

namespace Bulletin.Tests.Issues.Publications;

/// <summary>Editors add a series on the dashboard and choose it on 新建一期; the issue is numbered in that series.</summary>
[Collection(nameof(SeriesHostCollection))]
public sealed class SeriesDashboardTests(SeriesHostFixture app)
{
    [Fact]
    public async Task A_series_added_on_the_dashboard_is_offered_on_the_new_issue_form_and_numbers_its_first_issue_1()
    {
        using var http = app.Client();
        var cookie = await app.SignInAsync();
        var page = await (await http.GetAsync("/api/dashboard/series", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("data-series=\"main\"", page);

        var saved = await http.PostAsync("/api/dashboard/series", cookie, new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["isNew"] = "1", ["id"] = "kuaibao", ["name"] = "要情快报", ["kind"] = "专报",
            ["office"] = "中共上街区委办公室", ["editors"] = "郝婕 李德昭", ["signers"] = "song.wenhua@example.org",
        });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var refused = await http.PostAsync("/api/dashboard/series", cookie, new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["isNew"] = "1", ["id"] = "Not A Slug", ["name"] = "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("刊物标识", await refused.Content.ReadAsStringAsync());

        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道快报一则", "新安路街道今日召开专题会议，部署近期重点工作，明确责任分工和完成时限，确保各项任务落到实处。");
        var fields = await IssueDashboard.DraftFieldsAsync(http, cookie, [id]);
        Assert.Contains("<option value=\"kuaibao\">要情快报（专报）</option>", await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync());
        var created = await http.PostFormAsync("/api/dashboard/issues", cookie, [.. fields, new("seriesId", "kuaibao")]);

        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        Assert.Equal($"/api/dashboard/issues/{IssueDashboard.ThisYear}/1?series=kuaibao", created.Headers.Location!.OriginalString);
        var issue = await (await http.GetAsync(created.Headers.Location.OriginalString, cookie)).Content.ReadAsStringAsync();
        Assert.Contains("要情快报 " + IssueDashboard.ThisYear + "年第1期", issue);
        Assert.Contains("id=\"series-note\"", issue);
    }
}
