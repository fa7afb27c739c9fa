using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>Submitting through a unit's signed link: the page, the API for other systems, and revocation.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class UploadTests(IntakeHostFixture app)
{
    [Fact]
    public async Task Fetching_the_submission_page_shows_the_form_and_changes_nothing()
    {
        var link = await IssueLinkAsync("峡窝镇");
        var before = (await app.SubmissionsAsync()).Count;

        var response = await app.Http.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("峡窝镇", page);
        Assert.Contains("xiawo.xinxi@example.org", page);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(before, (await app.SubmissionsAsync()).Count);
    }

    [Fact]
    public async Task Another_system_submits_with_the_units_token_and_reads_the_status_but_not_other_units_submissions()
    {
        var token = Token(await IssueLinkAsync("矿山街道"));
        var otherToken = Token(await IssueLinkAsync("工业路街道"));
        var body = new { submitterEmail = "kuangshan.xinxi@example.org", title = "矿山街道推进老旧小区改造", text = "矿山街道今年完成老旧小区改造十二个，惠及居民三千余户。", key = Guid.NewGuid().ToString() };

        var created = await SendAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(body));
        var again = await SendAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(body));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.ToString();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.ToString());
        var status = await (await SendAsync(HttpMethod.Get, $"/api/submissions/{id}", token)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Submitted", status!["status"]!.ToString());
        Assert.Equal("Upload", (await app.SubmissionsAsync("kuangshan.xinxi@example.org")).Single().GetString("Source"));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/submissions/{id}", otherToken)).StatusCode);
    }

    [Fact]
    public async Task The_single_submission_answers_state_as_the_list_names_it_beside_status()
    {
        var (token, id) = await SubmitAsync("区卫生健康委员会", "wjw.xinxi@example.org", "区卫生健康委员会开展义诊", "区卫生健康委员会组织专家开展义诊。");

        var submission = await (await SendAsync(HttpMethod.Get, $"/api/submissions/{id}", token)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("pending", submission!["state"]!.ToString());
        Assert.Equal("Submitted", submission["status"]!.ToString());
    }

    [Fact]
    public async Task Control_characters_in_a_title_and_text_are_dropped_at_intake_but_tabs_and_line_breaks_kept()
    {
        var (token, id) = await SubmitAsync("区住房和城乡建设局", "zjj.xinxi@example.org", "矿山\u0000街道\u0007推进\u001B垃圾分类\u007F", "第一段\u0000内容。\n第二段\u0001内容。");

        var submission = await (await SendAsync(HttpMethod.Get, $"/api/submissions/{id}", token)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("矿山街道推进垃圾分类", submission!["title"]!.ToString());
        var stored = (await app.SubmissionsAsync("zjj.xinxi@example.org")).Single(e => e.RowKey == id);
        Assert.Equal("矿山街道推进垃圾分类", stored.GetString("Title"));
        var paragraphs = string.Concat(stored.Where(p => p.Key.StartsWith("Paragraphs", StringComparison.Ordinal)).Select(p => p.Value));
        Assert.Contains("第一段内容。", paragraphs);
        Assert.Contains("第二段内容。", paragraphs);
    }

    [Fact]
    public async Task A_submitter_from_another_unit_is_refused_with_a_reason()
    {
        var token = Token(await IssueLinkAsync("中心路街道"));
        var body = new { submitterEmail = "jiyuanlu.xinxi@example.org", title = "标题", text = "正文内容。", key = Guid.NewGuid().ToString() };

        var response = await SendAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是中心路街道", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Revoking_a_units_links_stops_the_page_and_the_api()
    {
        var link = await IssueLinkAsync("区教育局");
        var revoke = await app.Http.SendAsOperatorAsync(HttpMethod.Delete, "/api/directory/units/区教育局/submission-link");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        var page = await app.Http.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("收回", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Post, "/api/submissions", Token(link), JsonContent.Create(new { key = "x" }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync((await IssueLinkAsync("区教育局")).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_link_gets_a_clear_page_and_403()
    {
        var link = (await IssueLinkAsync("新安路街道")).PathAndQuery;
        var tampered = link[..^5] + (link[^5] == 'A' ? 'B' : 'A') + link[^4..];

        var response = await app.Http.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("此链接无效", await response.Content.ReadAsStringAsync());
    }

    private Task<Uri> IssueLinkAsync(string unit) => app.SubmissionLinkAsync(unit);

    private async Task<(string Token, string Id)> SubmitAsync(string unit, string submitterEmail, string title, string text)
    {
        var token = Token(await IssueLinkAsync(unit));
        var body = new { submitterEmail, title, text, key = Guid.NewGuid().ToString() };
        var created = await SendAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(body));
        return (token, (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.ToString());
    }

    private static string Token(Uri link) => IntakeHost.TokenOf(link);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string unitToken, HttpContent? content = null) =>
        app.SendAsUnitAsync(method, url, unitToken, content);
}
