using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;
using static Bulletin.Tests.UpperLevels.UpperLevelsHost;

namespace Bulletin.Tests.UpperLevels;

/// <summary>Upper-level adoptions and 领导批示 through the real local host: points, repeats, refusals and corrections.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed class UpperRecordEndToEndTests(UpperLevelsHostFixture app)
{
    [Fact]
    public async Task An_upper_adoption_and_an_instruction_each_raise_the_units_points_by_the_configured_amount()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道推行垃圾分类");
        var before = await app.StatisticsOfAsync();

        var adoption = await app.PostRecordAsync(id, "adoptions", new { publication = "《郑州信息》", issue = "第12期", date = Today });
        var afterAdoption = await app.StatisticsOfAsync();
        var instruction = await app.PostRecordAsync(id, "instructions", new { leader = "市委副书记王某某", level = "省", date = Today, text = "经验做法很好，请总结推广。" });
        var afterInstruction = await app.StatisticsOfAsync();

        Assert.Equal(HttpStatusCode.Created, adoption.StatusCode);
        Assert.Equal("市", (await adoption.Content.ReadFromJsonAsync<JsonNode>())!["level"]!.ToString()); // the configured level of 《郑州信息》
        Assert.Equal(HttpStatusCode.Created, instruction.StatusCode);
        Assert.Equal(Points(before) + 10, Points(afterAdoption)); // upper_city=10 in the sample settings
        Assert.Equal(before["upperAdoptions"]!["市"]!.GetValue<int>() + 1, afterAdoption["upperAdoptions"]!["市"]!.GetValue<int>());
        Assert.Equal(Points(afterAdoption) + 20, Points(afterInstruction)); // instruction_province=20
        Assert.Equal(before["instructions"]!["省"]!.GetValue<int>() + 1, afterInstruction["instructions"]!["省"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_identical_repeat_answers_the_same_record_and_adds_nothing_while_another_publication_adds_up()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道开展敬老活动");
        var body = new { publication = "《河南信息》", issue = "第3期", date = Today };
        var first = await (await app.PostRecordAsync(id, "adoptions", body)).Content.ReadFromJsonAsync<JsonNode>();
        var before = await app.StatisticsOfAsync();

        var repeat = await app.PostRecordAsync(id, "adoptions", body);
        var afterRepeat = await app.StatisticsOfAsync();
        var other = await app.PostRecordAsync(id, "adoptions", new { publication = "《某市内参》", level = "市", issue = "第1期", date = Today });
        var list = await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/submissions/{id}/adoptions")).Content.ReadFromJsonAsync<JsonArray>();

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first!["id"]!.ToString(), (await repeat.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.ToString());
        Assert.Equal(Points(before), Points(afterRepeat));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, list!.Count);
        Assert.Equal(Points(before) + 10, Points(await app.StatisticsOfAsync()));
    }

    [Fact]
    public async Task A_submission_not_adopted_or_an_unknown_publication_without_level_is_refused_with_what_to_do()
    {
        var pending = await Bulletin.Tests.Dashboard.DashboardHost.SubmitByMailAsync(app, "新安路街道待审稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var adopted = await app.AdoptedSubmissionAsync("新安路街道已采用稿件");

        var notAdopted = await app.PostRecordAsync(pending, "adoptions", new { publication = "《郑州信息》", issue = "第1期", date = Today });
        var noLevel = await app.PostRecordAsync(adopted, "adoptions", new { publication = "《某县简报》", issue = "第1期", date = Today });
        var badEditor = await app.PostRecordAsync(adopted, "instructions", new { leader = "区长", level = "区", date = Today, text = "好", editor = "nobody@example.org" });

        Assert.Equal(HttpStatusCode.Conflict, notAdopted.StatusCode);
        Assert.Equal("application/problem+json", notAdopted.Content.Headers.ContentType?.MediaType);
        Assert.Contains("尚未采用", await notAdopted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noLevel.StatusCode);
        Assert.Contains("级别", (await noLevel.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badEditor.StatusCode);
        Assert.Empty(await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/submissions/{adopted}/instructions")).Content.ReadFromJsonAsync<JsonArray>() ?? []);
    }

    [Fact]
    public async Task An_editor_corrects_a_record_the_points_follow_and_the_audit_keeps_before_and_after()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道整治背街小巷");
        var created = await (await app.PostRecordAsync(id, "adoptions", new { publication = "《某市内参》", level = "市", issue = "第2期", date = Today }))
            .Content.ReadFromJsonAsync<JsonNode>();
        var before = await app.StatisticsOfAsync();

        var corrected = await app.Http.SendAsOperatorAsync(HttpMethod.Put, $"/api/submissions/{id}/adoptions/{created!["id"]}",
            JsonContent.Create(new { publication = "《某市内参》", level = "国家", issue = "第2期", date = Today, editor = DashboardEditor }));
        var audit = await app.UpperAuditAsync(id);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("国家", (await corrected.Content.ReadFromJsonAsync<JsonNode>())!["level"]!.ToString());
        Assert.Equal(Points(before) - 10 + 40, Points(await app.StatisticsOfAsync())); // upper_city=10 → upper_national=40
        var entry = Assert.Single(audit, e => e.GetString("Event") == "Corrected");
        Assert.Equal(DashboardEditor, entry.GetString("By"));
        Assert.Contains("市级", entry.GetString("Detail"));
        Assert.Contains("国家级", entry.GetString("Detail"));
    }

    private const string DashboardEditor = Bulletin.Tests.Dashboard.DashboardHost.Hao;
}
