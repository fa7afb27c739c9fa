using System.Net;
using Bulletin.Tests.Dashboard;
using static Bulletin.Tests.UpperLevels.UpperLevelsHost;

namespace Bulletin.Tests.UpperLevels;

/// <summary>The dashboard records upper-level adoptions and 批示 as the API does, and lists the 批示 still without 落实情况.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed class UpperRecordDashboardTests(UpperLevelsHostFixture app)
{
    [Fact]
    public async Task An_editor_records_an_instruction_on_the_dashboard_in_her_name_and_finds_it_among_the_open_ones()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道便民服务");
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var path = $"/api/dashboard/submissions/{id}/upper";
        var page = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        var words = "请总结经验。" + Guid.NewGuid().ToString("N")[..6];

        var recorded = await http.PostAsync(path, cookie, new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["kind"] = "instruction", ["source"] = "区委书记", ["level"] = "区", ["date"] = Today, ["text"] = words,
        });
        var open = await (await http.GetAsync("/api/dashboard/instructions", cookie)).Content.ReadAsStringAsync();
        var detail = await (await http.GetAsync($"/api/dashboard/submissions/{id}", cookie)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var shown = await recorded.Content.ReadAsStringAsync();
        Assert.Contains(words, shown);
        Assert.Contains(DashboardHost.Hao, shown); // recorded in the signed-in editor's name
        Assert.Contains(words, open);
        Assert.Contains(path, detail);
    }

    [Fact]
    public async Task A_dashboard_record_on_a_submission_not_adopted_is_refused_and_says_why()
    {
        var id = await app.SubmitByMailAsync("新安路街道待审 " + Guid.NewGuid().ToString("N")[..6]);
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var path = $"/api/dashboard/submissions/{id}/upper";
        var page = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();

        var refused = await http.PostAsync(path, cookie, new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["kind"] = "adoption", ["source"] = "《郑州信息》", ["date"] = Today,
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("尚未采用", await refused.Content.ReadAsStringAsync());
    }
}
