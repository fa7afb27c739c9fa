using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;

namespace Bulletin.Tests.Review;

/// <summary>The editorial API's submissions (DESIGN §5) through the local host, as an operator's script calls them.</summary>
[Collection(nameof(ReviewHostCollection))]
public sealed class SubmissionsEditorialApiTests(ReviewHostFixture app)
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task The_list_filters_by_state_unit_and_china_dates_and_shows_the_fields_of_the_design()
    {
        var submission = await SubmitAsync("xinanlu.xinxi@example.org", "新安路街道列表接口");
        var day = ChinaDay(submission);

        var listed = await ListAsync($"?state=pending&unit=新安路街道&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        var adopted = await ListAsync($"?state=adopted&unit=新安路街道");
        var otherUnit = await ListAsync($"?unit=中心路街道&from={day:yyyy-MM-dd}");
        var later = await ListAsync($"?from={day.AddDays(1):yyyy-MM-dd}");
        var earlier = await ListAsync($"?to={day.AddDays(-1):yyyy-MM-dd}");

        var item = Assert.Single(listed, i => i!["id"]!.ToString() == submission.RowKey)!;
        Assert.Equal(["id", "unit", "title", "state", "submitter", "receivedAt"], item.AsObject().Select(p => p.Key));
        Assert.Equal(("新安路街道", submission.GetString("Title"), "pending", "xinanlu.xinxi@example.org"),
            (item["unit"]!.ToString(), item["title"]!.ToString(), item["state"]!.ToString(), item["submitter"]!.ToString()));
        Assert.Equal(submission.GetDateTimeOffset("ReceivedAt"), item["receivedAt"]!.GetValue<DateTimeOffset>());
        Assert.All(listed, i => Assert.Equal(("新安路街道", "pending"), (i!["unit"]!.ToString(), i["state"]!.ToString())));
        foreach (var without in new[] { adopted, otherUnit, later, earlier })
            Assert.DoesNotContain(without, i => i!["id"]!.ToString() == submission.RowKey);
    }

    [Fact]
    public async Task The_list_of_a_month_equals_its_stored_submissions_after_registrations_and_decisions_at_once()
    {
        var store = new Bulletin.Intake.Storage.SubmissionStore(app.Tables, app.Blobs);
        var all = Enumerable.Range(0, 60).Select(n => new DateTimeOffset(2015, 7, 1 + n % 30, 8 + n % 12, n, 0, TimeSpan.FromHours(8)))
            .Select((at, n) => new Bulletin.Intake.Submission(Bulletin.Intake.SubmissionId.Create(at, $"api-list-{n}"), n % 4 == 0 ? "中心路街道" : "新安路街道",
                "xinanlu.xinxi@example.org", "信息员", Bulletin.Intake.SubmissionSource.Upload, $"七月稿件 {n}", ["正文。"], [], Bulletin.Intake.SubmissionStatus.Submitted, at, null))
            .ToList();
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (s, ct) => await store.AddIfAbsentAsync(s, null, ct));

        var decided = await Task.WhenAll(all.Where((_, i) => i % 3 == 0).Select((s, i) => DecideAsync(s.Id, i % 2 == 0
            ? new { editor = ReviewHost.Hao, choice = "adopt", reason = (string?)null, title = (string?)$"改定标题 {s.Id}" }
            : new { editor = ReviewHost.Li, choice = "revise", reason = (string?)"请补充数据", title = (string?)null })));
        var listed = await ListAsync("?from=2015-07-01&to=2015-07-31");
        var adopted = await ListAsync("?state=adopted&unit=新安路街道&from=2015-07-01&to=2015-07-31");

        Assert.All(decided, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = new List<TableEntity>();
        await foreach (var e in app.Tables.GetTableClient("submissions").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"201507"} and RowKey lt {"~"}")))
            stored.Add(e);
        Assert.Equal(60, stored.Count);
        Assert.Equal(stored.OrderBy(e => e.GetDateTimeOffset("ReceivedAt")).ThenBy(e => e.RowKey, StringComparer.Ordinal).Select(e =>
                $"{e.RowKey}|{e.GetString("Unit")}|{e.GetString("Title")}|{ApiStates[e.GetString("Status")]}|{e.GetString("SubmitterEmail")}|{e.GetDateTimeOffset("ReceivedAt"):O}"),
            listed.Select(i => $"{i!["id"]}|{i["unit"]}|{i["title"]}|{i["state"]}|{i["submitter"]}|{i["receivedAt"]!.GetValue<DateTimeOffset>():O}"));
        Assert.Equal(stored.Where(e => e.GetString("Status") == "Adopted" && e.GetString("Unit") == "新安路街道").Select(e => e.RowKey).Order(),
            adopted.Select(i => i!["id"]!.ToString()).Order());
        Assert.Equal(10, listed.Count(i => i!["state"]!.ToString() == "adopted"));
    }

    private static readonly Dictionary<string, string> ApiStates = new()
        { ["Submitted"] = "pending", ["Adopted"] = "adopted", ["RevisionRequested"] = "revise", ["Rejected"] = "rejected" };

    [Theory]
    [InlineData("?state=submitted", "state")]
    [InlineData("?from=2020-3-8", "yyyy-MM-dd")]
    [InlineData("?from=2020-03-09&to=2020-03-08", "from")]
    public async Task A_list_with_a_bad_filter_gets_a_problem_saying_what_to_write(string query, string said)
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/submissions" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(said, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_decision_through_the_api_is_taken_audited_in_the_editors_name_and_the_submitter_is_told()
    {
        var submission = await SubmitAsync("gongyelu.xinxi@example.org", "工业路街道决定接口");

        var response = await DecideAsync(submission.RowKey, new { editor = ReviewHost.Li, choice = "revise", reason = "请补充具体数据" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((submission.RowKey, "revise", ReviewHost.Li), (state["id"]!.ToString(), state["state"]!.ToString(), state["decision"]!["editor"]!.ToString()));
        var stored = await app.SubmissionAsync(submission.RowKey);
        Assert.Equal(("RevisionRequested", ReviewHost.Li), (stored.GetString("Status"), stored.GetString("DecidedBy")));
        var entry = Assert.Single(await app.AuditAsync(submission.RowKey));
        Assert.Equal((ReviewHost.Li, "Api", "请补充具体数据"), (entry.GetString("Editor"), entry.GetString("Channel"), entry.GetString("Reason")));
        var notice = Assert.Single(await Eventually.GetAsync(() => app.NoticesAsync(submission.RowKey), n => n.Count > 0, because: "the submitter is told"));
        Assert.Contains("请补充具体数据", Outbox.TextOf(notice));
        Assert.Equal("gongyelu.xinxi@example.org", notice["personalizations"]![0]!["to"]![0]!["email"]!.ToString());
    }

    [Fact]
    public async Task An_adoption_through_the_api_takes_the_edited_title_and_a_second_decision_gets_409()
    {
        var submission = await SubmitAsync("zhongxinlu.xinxi@example.org", "中心路街道二次决定");

        var adopted = await DecideAsync(submission.RowKey, new { editor = ReviewHost.Hao, choice = "adopt", title = "中心路街道志愿服务见成效" });
        var second = await DecideAsync(submission.RowKey, new { editor = ReviewHost.Li, choice = "reject", reason = "重复" });

        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Equal("中心路街道志愿服务见成效", (await adopted.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.ToString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ReviewHost.Hao, await second.Content.ReadAsStringAsync());
        var stored = await app.SubmissionAsync(submission.RowKey);
        Assert.Equal(("Adopted", "中心路街道志愿服务见成效"), (stored.GetString("Status"), stored.GetString("EditedTitle")));
        Assert.Single(await app.AuditAsync(submission.RowKey));
    }

    [Theory]
    [InlineData("{\"editor\":\"hao.jie@example.org\",\"choice\":\"reject\"}", HttpStatusCode.BadRequest, "理由")]
    [InlineData("{\"editor\":\"hao.jie@example.org\",\"choice\":\"revise\",\"reason\":\"  \"}", HttpStatusCode.BadRequest, "理由")]
    [InlineData("{\"choice\":\"adopt\"}", HttpStatusCode.BadRequest, "editor")]
    [InlineData("{\"editor\":\"hao.jie@example.org\",\"choice\":\"publish\"}", HttpStatusCode.BadRequest, "choice")]
    [InlineData("{\"editor\":\"xinanlu.xinxi@example.org\",\"choice\":\"adopt\"}", HttpStatusCode.Forbidden, "xinanlu.xinxi@example.org")]
    [InlineData("{\"editor\":\"nobody@example.org\",\"choice\":\"adopt\"}", HttpStatusCode.Forbidden, "编辑")]
    [InlineData("not json", HttpStatusCode.BadRequest, "editor")]
    public async Task A_decision_that_is_incomplete_or_not_by_an_editor_is_refused_with_a_problem_and_changes_nothing(string body, HttpStatusCode status, string said)
    {
        var submission = await SubmitAsync("xinanlu.xinxi@example.org", "新安路街道拒绝的决定");

        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{submission.RowKey}/decision",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(said, await response.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", (await app.SubmissionAsync(submission.RowKey)).GetString("Status"));
        Assert.Empty(await app.AuditAsync(submission.RowKey));
    }

    [Fact]
    public async Task A_decision_on_a_submission_that_does_not_exist_gets_404()
    {
        var response = await DecideAsync("20200308-ABCDEF", new { editor = ReviewHost.Hao, choice = "adopt" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<TableEntity> SubmitAsync(string from, string title) =>
        app.SubmitByMailAsync(from, $"{title} {Guid.NewGuid():N}"[..(title.Length + 7)], "街道组织志愿者开展环境整治活动，清理卫生死角二十余处。下一步将持续总结经验做法。");

    private async Task<JsonArray> ListAsync(string query)
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/submissions" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    private Task<HttpResponseMessage> DecideAsync(string id, object body) =>
        app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{id}/decision", JsonContent.Create(body));

    private static DateOnly ChinaDay(TableEntity submission) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submission.GetDateTimeOffset("ReceivedAt")!.Value, China).DateTime);
}
