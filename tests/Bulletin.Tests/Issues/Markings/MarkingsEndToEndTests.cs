using System.Net;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Layout;
using Bulletin.Tests.Issues.Publications;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Tests.Issues.Markings;

/// <summary>Print markings set through the editorial API as a script would: series defaults a new issue inherits, an issue's own
/// values over them, refusals that say what to write, and a published issue whose PDF puts them where GB/T 9704 does.</summary>
[Collection(nameof(SeriesHostCollection))]
public sealed class MarkingsEndToEndTests(SeriesHostFixture app)
{
    private const string Body = "本单位结合实际，认真落实保密工作各项部署，开展专题培训三场，排查隐患十余处。";
    private const string IssueNote = "本期刊发两个单位落实保密工作的做法，供各单位参阅。";
    private const string ArticleNote = "请各单位对照检查。";

    [Fact]
    public async Task A_published_issue_prints_its_classification_top_left_above_the_masthead_its_copies_in_the_colophon_and_its_notes_before_the_articles()
    {
        var http = app.Http;
        var cookie = await app.SignInAsync();
        var first = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道开展保密自查", Body);
        var second = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "区总工会强化涉密载体管理", Body);

        var created = await http.CreateIssueAsync(new
        {
            date = "2023-06-01", editors = new[] { "郝婕" }, classification = "机密", secrecyPeriod = "5年", copyNumber = 123, copies = 50,
            editorsNote = "编者按：" + IssueNote,
            articles = new object[] { new { submissions = new[] { first } }, new { submissions = new[] { second }, editorsNote = ArticleNote } },
        });
        var number = created["number"]!.GetValue<int>();
        var issue = JsonNode.Parse(await http.GetAsOperatorAsync($"/api/issues/main/2023/{number}"))!;
        Assert.Equal(("机密", "5年", 123, 50, IssueNote), (issue["classification"]!.ToString(), issue["secrecyPeriod"]!.ToString(),
            issue["copyNumber"]!.GetValue<int>(), issue["copies"]!.GetValue<int>(), issue["editorsNote"]!.ToString()));
        Assert.Equal(ArticleNote, issue["articles"]![1]!["editorsNote"]!.ToString());

        await app.SignOffAsync($"/api/dashboard/issues/2023/{number}");

        var lines = Poppler.Lines(await BytesAsync($"/api/issues/main/2023/{number}/pdf"));
        var classification = lines.Single(l => l.Text == "机密★5年");
        var masthead = lines.First(l => l.Text == "上街信息");
        Assert.Equal(("000123", 1), (lines[0].Text, lines[0].Page));
        Assert.Equal((1, 1), (classification.Page, masthead.Page));
        Assert.True(classification.YMax <= masthead.YMin && classification.YMin >= lines[0].YMax, "机密★5年 is not between 份号 and the masthead");
        Assert.True(classification.XMin < masthead.XMin && classification.XMin < 80, $"机密★5年 starts at {classification.XMin}");
        var copies = lines.Single(l => l.Text.Contains("共印50份", StringComparison.Ordinal));
        var editors = lines.Single(l => l.Text.StartsWith("责任编辑", StringComparison.Ordinal));
        Assert.Equal((lines.Max(l => l.Page), editors.Page), (copies.Page, copies.Page));
        // On the 版记's last line (poppler may join the two pieces), ending at the text area's right edge (28 + 156 mm).
        Assert.True(Math.Abs(copies.YMax - editors.YMax) < 1, "共印50份 is not on the 版记's last line");
        Assert.EndsWith("（共印50份）", copies.Text, StringComparison.Ordinal);
        Assert.InRange(copies.XMax, (28 + 156) * 72 / 25.4 - 1, (28 + 156) * 72 / 25.4 + 1);
        var text = string.Concat(lines.Select(l => l.Text));
        Assert.True(text.IndexOf("编者按：" + IssueNote, StringComparison.Ordinal) is var note and >= 0 && note < text.IndexOf("新安路街道开展保密自查", StringComparison.Ordinal));
        Assert.True(text.IndexOf("编者按：" + ArticleNote, StringComparison.Ordinal) is var before and >= 0 && before < text.IndexOf("区总工会强化涉密载体管理", StringComparison.Ordinal));

        string[] order = ["000123", "机密★5年", "上街信息", "编者按：" + IssueNote, "新安路街道开展保密自查", "编者按：" + ArticleNote, "区总工会强化涉密载体管理", "（共印50份）"];
        MarkedSeedIssue.AssertInOrder(order, DocxText(await BytesAsync($"/api/issues/main/2023/{number}/docx")));
        var html = WebUtility.HtmlDecode(await http.GetAsOperatorAsync($"/api/issues/main/2023/{number}/html"));
        MarkedSeedIssue.AssertInOrder(order, html[html.IndexOf("<body", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task A_new_issue_takes_the_series_defaults_unless_it_asks_otherwise_and_fields_left_out_stay()
    {
        var http = app.Http;
        var put = await http.PutSeriesAsync("baomi", new { name = "上街信息", kind = "增刊", classification = "秘密", secrecyPeriod = "1年", copies = 80 });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var series = JsonNode.Parse(await (await http.PutSeriesAsync("baomi", new { copies = 120 })).Content.ReadAsStringAsync())!;
        Assert.Equal(("秘密", "1年", 120, false), (series["classification"]!.ToString(), series["secrecyPeriod"]!.ToString(),
            series["copies"]!.GetValue<int>(), series["internalOnly"]!.GetValue<bool>()));
        var cookie = await app.SignInAsync();

        var inherited = await CreateAsync(cookie, new { }, "沿用刊物标注的一期");
        var own = await CreateAsync(cookie, new { classification = "无", internalOnly = true, copies = 0 }, "自定标注的一期");

        Assert.Equal(("秘密", "1年", 1, 120), (inherited["classification"]!.ToString(), inherited["secrecyPeriod"]!.ToString(),
            inherited["copyNumber"]!.GetValue<int>(), inherited["copies"]!.GetValue<int>()));
        Assert.Equal((null, null, true, null), (own["classification"], own["secrecyPeriod"], own["internalOnly"]!.GetValue<bool>(), own["copies"]));
    }

    [Theory]
    [InlineData("""{ "classification": "内部" }""", "秘密、机密 或 绝密")]
    [InlineData("""{ "secrecyPeriod": "1年" }""", "保密期限须与密级一起标注")]
    [InlineData("""{ "copyNumber": 5 }""", "份号只印在涉密的一期上")]
    [InlineData("""{ "copies": -3 }""", "不印“共印N份”填 0")]
    public async Task Markings_that_cannot_be_printed_are_refused_saying_what_to_write(string markings, string said)
    {
        var cookie = await app.SignInAsync();
        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "标注无效：" + said, Body);
        var body = JsonNode.Parse(markings)!.AsObject();
        body["date"] = "2023-07-01";
        body["articles"] = new JsonArray(new JsonObject { ["submissions"] = new JsonArray(id) });

        var http = app.Http;
        var refused = await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var series = await http.PutSeriesAsync("main", JsonNode.Parse(markings)!);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(said, await refused.Content.ReadAsStringAsync());
        if (!markings.Contains("copyNumber", StringComparison.Ordinal)) // a series has no 份号 of its own
        {
            Assert.Equal(HttpStatusCode.BadRequest, series.StatusCode);
            Assert.Contains(said, await series.Content.ReadAsStringAsync());
        }
    }

    private async Task<JsonNode> CreateAsync(string cookie, object markings, string title)
    {
        var id = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", title, Body);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(markings)!.AsObject();
        body["series"] = "baomi";
        body["date"] = "2023-08-01";
        body["editors"] = new JsonArray("郝婕");
        body["articles"] = new JsonArray(new JsonObject { ["submissions"] = new JsonArray(id) });
        var created = await app.Http.CreateIssueAsync(body);
        return JsonNode.Parse(await app.Http.GetAsOperatorAsync($"/api/issues/baomi/2023/{created["number"]}"))!;
    }

    private async Task<byte[]> BytesAsync(string url) => await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, url)).Content.ReadAsByteArrayAsync();

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }
}
