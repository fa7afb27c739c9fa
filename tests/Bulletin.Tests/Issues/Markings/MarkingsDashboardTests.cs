using System.Net;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Issues.Publications;
using Bulletin.Tests.Issues.Workflow;

namespace Bulletin.Tests.Issues.Markings;

/// <summary>Editors set a series' default markings on the series form, and a draft's markings and 编者按 on 修改草稿.</summary>
[Collection(nameof(SeriesHostCollection))]
public sealed class MarkingsDashboardTests(SeriesHostFixture app)
{
    private const string Body = "本单位组织开展档案管理专项检查，整改问题八项，建立长效机制。";

    [Fact]
    public async Task The_series_form_saves_default_markings()
    {
        using var http = app.Client();
        var cookie = await app.SignInAsync();
        var page = await (await http.GetAsync("/api/dashboard/series", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"markings\"", page);

        var saved = await http.PostAsync("/api/dashboard/series", cookie, new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["isNew"] = "1", ["id"] = "neican", ["name"] = "内参", ["kind"] = "专报",
            ["classification"] = "机密", ["secrecyPeriod"] = "2年", ["copies"] = "30",
        });

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var series = JsonNode.Parse(await app.Http.GetAsOperatorAsync("/api/series"))!.AsArray().Single(s => s!["id"]!.ToString() == "neican")!;
        Assert.Equal(("机密", "2年", 30), (series["classification"]!.ToString(), series["secrecyPeriod"]!.ToString(), series["copies"]!.GetValue<int>()));
        var form = await (await http.GetAsync("/api/dashboard/series?id=neican", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"机密\" selected>", form);
    }

    [Fact]
    public async Task The_draft_edit_form_sets_markings_and_notes_shows_them_in_the_preview_and_audits_them()
    {
        using var http = app.Client();
        var cookie = await app.SignInAsync();
        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道档案专项检查", Body);
        var path = await http.CreateDraftAsync(cookie, id);
        var form = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();

        var unreadable = await http.PostFormAsync(path + "/edit", cookie, [.. IssueEditingTests.EditFields(form, [id]), new("copies", "三十")]);
        var saved = await http.PostFormAsync(path + "/edit", cookie, [.. IssueEditingTests.EditFields(form, [id]),
            new("classification", "绝密"), new("secrecyPeriod", "长期"), new("copyNumber", "7"), new("copies", "12"),
            new("editorsNote", "本期通报档案检查情况。"), new($"note-{id}", "请各单位对照整改。")]);

        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("须是数字", await unreadable.Content.ReadAsStringAsync());
        var page = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("已保存", page);
        Assert.Contains("标注 无 → 绝密★长期，份号000007，共印12份", page);
        var preview = page[page.IndexOf("id=\"preview\"", StringComparison.Ordinal)..];
        Assert.True(preview.IndexOf("000007", StringComparison.Ordinal) is var top and >= 0 && top < preview.IndexOf("绝密★长期", StringComparison.Ordinal));
        Assert.Contains("编者按：本期通报档案检查情况。", preview);
        Assert.Contains("编者按：请各单位对照整改。", preview);
        var parts = path.Split('/');
        var issue = JsonNode.Parse(await app.Http.GetAsOperatorAsync($"/api/issues/main/{parts[^2]}/{parts[^1]}"))!;
        Assert.Equal(("绝密", 7, 12, "本期通报档案检查情况。", "请各单位对照整改。"), (issue["classification"]!.ToString(), issue["copyNumber"]!.GetValue<int>(),
            issue["copies"]!.GetValue<int>(), issue["editorsNote"]!.ToString(), issue["articles"]![0]!["editorsNote"]!.ToString()));
    }
}
