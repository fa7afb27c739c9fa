using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>Editing drafts on the dashboard through the local host: articles moved, added and removed, lines changed, every
/// save audited; a stale form saves nothing and keeps what was typed; only drafts change; parallel drafts never share a submission.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class IssueEditingTests(DashboardHostFixture app)
{
    [Fact]
    public async Task An_edit_reorders_adds_and_removes_articles_changes_the_lines_and_is_audited()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var a = await app.AdoptAsync(http, cookie, "济源路街道开展消防演练 " + Guid.NewGuid().ToString("N")[..6]);
        var b = await app.AdoptAsync(http, cookie, "区教育局推进课后服务 " + Guid.NewGuid().ToString("N")[..6]);
        var c = await app.AdoptAsync(http, cookie, "矿山街道改造老旧管网 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, a.Id, b.Id);
        var form = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        Assert.Contains(c.Title, form);

        var saved = await http.PostFormAsync(path + "/edit", cookie, EditFields(form, [c.Id, b.Id], issuedTo: "峡窝镇、各街道办事处", editors: "郝婕 李德昭",
            series: "基层动态", part: "5", date: $"{IssueDashboard.ThisYear}-04-01"));

        var page = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("已保存", page);
        var stored = await app.IssueEntityAsync(path);
        Assert.Equal([c.Id, b.Id], ArticleIds(stored));
        Assert.Equal(("峡窝镇、各街道办事处", "[\"郝婕\",\"李德昭\"]", "基层动态", 5, $"{IssueDashboard.ThisYear}-04-01"),
            (stored.GetString("IssuedTo"), stored.GetString("Editors"), stored.GetString("SeriesText"), stored.GetInt32("SeriesPart") ?? 0, stored.GetString("Date")));
        Assert.Contains("基层动态（五）", page);
        var audit = Regex.Match(page, "<ul id=\"issue-audit\".*?</ul>", RegexOptions.Singleline).Value;
        Assert.Contains(DashboardHost.Hao, audit);
        Assert.Contains($"移出稿件 {a.Id}", audit);
        Assert.Contains($"编入稿件 {c.Id}", audit);
        Assert.Contains("新建草稿", audit);
        Assert.Contains($"{a.Id}《{a.Title}》", audit);
        Assert.Contains("发 峡窝镇、各街道办事处、区直各单位负责同志 → 峡窝镇、各街道办事处", audit);

        // The removed submission is free again and can go into another draft; the added one is not offered any more.
        var listing = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{a.Id}\"", listing);
        Assert.DoesNotContain($"value=\"{c.Id}\"", listing);
        var other = await http.CreateDraftAsync(cookie, a.Id);
        Assert.Equal([a.Id], ArticleIds(await app.IssueEntityAsync(other)));
    }

    [Fact]
    public async Task A_form_made_before_someone_elses_save_is_refused_with_a_chinese_message_and_keeps_what_was_typed()
    {
        var cookie = await app.SignInAsync();
        var li = await app.SignInAsync("li.dezhao@example.org");
        using var http = app.Client();
        var a = await app.AdoptAsync(http, cookie, "中心路街道文明实践 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, a.Id);
        var haoForm = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        var liForm = await (await http.GetAsync(path + "/edit", li)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.PostFormAsync(path + "/edit", li, EditFields(liForm, [a.Id], issuedTo: "峡窝镇"))).StatusCode);

        var stale = await http.PostFormAsync(path + "/edit", cookie, EditFields(haoForm, [a.Id], sentTo: "区县处级领导、区委办公室领导"));

        var page = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改，您的修改未保存", page);
        Assert.Contains("value=\"区县处级领导、区委办公室领导\"", page);
        var stored = await app.IssueEntityAsync(path);
        Assert.Equal(("区县处级领导", "峡窝镇"), (stored.GetString("SentUpTo"), stored.GetString("IssuedTo")));
        // The form now carries the current ETag: saving it again applies the editor's input over the other change, knowingly.
        Assert.Equal(HttpStatusCode.OK, (await http.PostFormAsync(path + "/edit", cookie, EditFields(page, [a.Id], sentTo: "区县处级领导、区委办公室领导", issuedTo: "峡窝镇"))).StatusCode);
        Assert.Equal("区县处级领导、区委办公室领导", (await app.IssueEntityAsync(path)).GetString("SentUpTo"));
    }

    [Fact]
    public async Task A_signed_off_issue_is_not_edited()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var a = await app.AdoptAsync(http, cookie, "区总工会开展技能竞赛 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, a.Id);
        var form = await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync();
        var signer = await app.SignInAsync(DashboardHost.Signer);
        var issuePage = await (await http.GetAsync(path, signer)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(issuePage) })).StatusCode);

        var refused = await http.PostFormAsync(path + "/edit", cookie, EditFields(form, [a.Id], issuedTo: "峡窝镇"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("本期已签发，不能再修改", await refused.Content.ReadAsStringAsync());
        Assert.Equal(("Published", "峡窝镇、各街道办事处、区直各单位负责同志"), ((await app.IssueEntityAsync(path)).GetString("State"), (await app.IssueEntityAsync(path)).GetString("IssuedTo")));
        Assert.DoesNotContain("保存修改", await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Drafts_created_at_once_over_the_same_submissions_hold_each_submission_exactly_once_and_skip_no_number()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var ids = new List<string>();
        foreach (var unit in new[] { "工业路街道", "新安路街道", "区财政局" })
            ids.Add((await app.AdoptAsync(http, cookie, $"{unit}重点工作推进 " + Guid.NewGuid().ToString("N")[..6])).Id);
        // Six editors pick the same three in every order at once: exactly one draft may get them.
        string[][] choices = [[ids[0], ids[1], ids[2]], [ids[0], ids[2], ids[1]], [ids[1], ids[0], ids[2]], [ids[1], ids[2], ids[0]], [ids[2], ids[0], ids[1]], [ids[2], ids[1], ids[0]]];
        var forms = new List<List<KeyValuePair<string, string>>>();
        foreach (var choice in choices)
            forms.Add(await IssueDashboard.DraftFieldsAsync(http, cookie, choice));

        var answers = await Task.WhenAll(forms.Select(f => http.PostFormAsync("/api/dashboard/issues", cookie, f)));

        Assert.Equal([HttpStatusCode.SeeOther, .. Enumerable.Repeat(HttpStatusCode.BadRequest, 5)], answers.Select(r => r.StatusCode).Order());
        foreach (var refused in answers.Where(r => r.StatusCode == HttpStatusCode.BadRequest))
            Assert.Matches("已编入其他一期|刚被编入其他一期", await refused.Content.ReadAsStringAsync());
        var issues = new List<TableEntity>();
        await foreach (var issue in app.Tables.GetTableClient("issues").QueryAsync<TableEntity>(e => e.PartitionKey == $"{IssueDashboard.ThisYear}"))
            issues.Add(issue);
        var holders = ids.ToDictionary(id => id, id => issues.Count(i => ArticleIds(i).Contains(id)));
        Assert.All(holders, h => Assert.Equal(1, h.Value));
        var counter = (await app.Tables.GetTableClient("issuenumbers").GetEntityAsync<TableEntity>("counters", $"{IssueDashboard.ThisYear}")).Value.GetInt32("Last");
        Assert.Equal(Enumerable.Range(1, counter!.Value), issues.Select(i => int.Parse(i.RowKey)).Order());
    }

    /// <summary>The edit form's fields as shown on <paramref name="page"/> (proof, ETag, lines…), with the articles and changes given.</summary>
    internal static List<KeyValuePair<string, string>> EditFields(string page, IReadOnlyList<string> articles, string? sentTo = null, string? issuedTo = null,
        string? editors = null, string? series = null, string? part = null, string? date = null)
    {
        string Shown(string name) => WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("proof", DashboardHost.ProofOf(page)), new("etag", Shown("etag")), new("sentTo", sentTo ?? Shown("sentTo")), new("issuedTo", issuedTo ?? Shown("issuedTo")),
            new("editors", editors ?? Shown("editors")), new("series", series ?? Shown("series")), new("part", part ?? Shown("part")), new("date", date ?? Shown("date")),
        };
        for (var i = 0; i < articles.Count; i++)
            fields.AddRange([new("article", articles[i]), new($"order-{articles[i]}", $"{i + 1}")]);
        return fields;
    }

    internal static List<string> ArticleIds(TableEntity issue)
    {
        var json = string.Concat(Enumerable.Range(0, issue.GetInt32("ArticleChunks") ?? 0).Select(i => issue.GetString($"Articles{i}")));
        return JsonDocument.Parse(json).RootElement.EnumerateArray().Select(a => a.GetProperty("SubmissionId").GetString()!).ToList();
    }
}
