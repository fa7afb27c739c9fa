using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using static Bulletin.Tests.UpperLevels.UpperLevelsHost;

namespace Bulletin.Tests.UpperLevels;

/// <summary>A 批示's words reach the unit and the editors by mail; the unit's 落实情况 through the mailed link closes it;
/// an upper-level adoption is told to the unit.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed class InstructionMailEndToEndTests(UpperLevelsHostFixture app)
{
    [Fact]
    public async Task The_unit_and_the_editors_receive_the_instructions_words_and_an_answer_through_the_link_closes_it()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道创新社区治理");
        var words = "做法可复制，请区里认真总结。" + Guid.NewGuid().ToString("N")[..6];
        var recorded = await (await app.PostRecordAsync(id, "instructions", new { leader = "市长李某某", level = "市", date = Today, text = words }))
            .Content.ReadFromJsonAsync<JsonNode>();

        var unitMail = await WordsMailAsync(UnitResponsible, words);
        var submitterMail = await WordsMailAsync(UnitSubmitter, words);
        var editorMail = await WordsMailAsync(DashboardHost.Hao, words);
        var link = DashboardHost.LinkOf(unitMail);
        var form = await app.Http.GetAsync(link);
        var stillOpen = await InstructionAsync(id);
        var answered = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "已召开专题会，形成工作方案。" }));
        var again = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "另一份反馈" }));
        var closed = await InstructionAsync(id);

        Assert.Contains("/api/instructions/answer?token=", link);
        Assert.Contains(words, Outbox.TextOf(submitterMail));
        Assert.DoesNotContain("instructions/answer", Outbox.TextOf(editorMail)); // editors read the words; the unit answers
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(words, await form.Content.ReadAsStringAsync());
        Assert.True(stillOpen["open"]!.GetValue<bool>()); // opening the form changed nothing
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("已办结", await answered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(closed["open"]!.GetValue<bool>());
        Assert.Equal("已召开专题会，形成工作方案。", closed["answer"]!.ToString()); // the first answer stays
        Assert.Equal(recorded!["id"]!.ToString(), closed["id"]!.ToString());
        Assert.Contains(await app.UpperAuditAsync(id), e => e.GetString("Event") == "Answered");
    }

    [Fact]
    public async Task A_tampered_answer_link_is_refused_and_records_nothing()
    {
        var response = await app.Http.PostAsync("/api/instructions/answer?token=abc.def",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "x" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("链接无效", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_unit_is_told_once_when_an_upper_level_bulletin_adopts_its_item()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道智慧养老");
        var body = new { publication = "国办《昨日要情》", issue = "第88期", date = Today };

        await app.PostRecordAsync(id, "adoptions", body);
        await app.PostRecordAsync(id, "adoptions", body);
        var told = await Eventually.GetAsync(() => AdoptionMailsAsync(id), m => m.Count > 0, because: "the unit is told of the adoption");

        Assert.Contains("国办《昨日要情》", Outbox.SubjectOf(told.Single()));
        Assert.Single(await AdoptionMailsAsync(id));
    }

    [Fact]
    public async Task An_instruction_without_an_answer_is_reminded_to_the_unit_once_however_often_the_timer_runs()
    {
        var first = await RecordInstructionAsync("新安路街道夜市经济");
        await RunReminderTimerAsync();
        var reminded = await Eventually.GetAsync(() => MailsOfKindAsync(first, "instruction-reminder"), m => m.Count > 0, because: "the unit is reminded");

        // A second run reminds a newer instruction; had it reminded the first again, that mail would have gone out before.
        var second = await RecordInstructionAsync("新安路街道口袋公园");
        await RunReminderTimerAsync();
        await Eventually.GetAsync(() => MailsOfKindAsync(second, "instruction-reminder"), m => m.Count > 0, because: "the newer instruction is reminded");

        Assert.Contains("/api/instructions/answer?token=", Outbox.TextOf(reminded.Single()));
        Assert.Single(await MailsOfKindAsync(first, "instruction-reminder"));
        Assert.NotNull((await InstructionAsync(first))["remindedAt"]);
    }

    private async Task<string> RecordInstructionAsync(string title)
    {
        var id = await app.AdoptedSubmissionAsync(title);
        var recorded = await app.PostRecordAsync(id, "instructions", new { leader = "区长", level = "区", date = Today, text = "请抓好落实。" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        return id;
    }

    private async Task RunReminderTimerAsync() =>
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/RemindInstructions", new StringContent("{}"))).StatusCode);

    private Task<List<JsonNode>> AdoptionMailsAsync(string id) => MailsOfKindAsync(id, "upper-adoption");

    private async Task<List<JsonNode>> MailsOfKindAsync(string id, string kind) =>
        (await app.Http.MailsToAsync(UnitSubmitter)).Where(m => m["personalizations"]![0]!["custom_args"]?["submissionId"]?.ToString() == id
            && m["personalizations"]![0]!["custom_args"]?["kind"]?.ToString() == kind).ToList();

    private async Task<JsonNode> WordsMailAsync(string address, string words) =>
        (await Eventually.GetAsync(async () => (await app.Http.MailsToAsync(address)).Where(m => Outbox.TextOf(m).Contains(words)).ToList(),
            m => m.Count > 0, because: $"{address} gets the 批示's words")).Single();

    private async Task<JsonNode> InstructionAsync(string id) =>
        (await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/submissions/{id}/instructions")).Content.ReadFromJsonAsync<JsonArray>())!.Single()!;
}
