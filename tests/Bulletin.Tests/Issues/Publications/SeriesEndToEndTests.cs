using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Bulletin.Tests.Issues.Publications;

/// <summary>A newcomer continues 上街信息 at 第20期（总第205期） of 2020 and makes the seed issue through the editorial API;
/// a second series starts at 第1期; numbers already used cannot be set again.</summary>
[Collection(nameof(SeriesHostCollection))]
public sealed partial class SeriesEndToEndTests(SeriesHostFixture app)
{
    private const string Body = "本单位结合实际，认真落实各项工作部署，取得了阶段性成效，群众满意度进一步提升。";
    private const string Headline = "精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”";

    [Fact]
    public async Task The_seed_issue_made_through_the_api_at_number_20_of_2020_reads_like_the_seed_in_html_docx_and_pdf()
    {
        var http = app.Http;
        var cookie = await app.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.PutSeriesAsync("main", new { nextNumber = new { year = 2020, number = 20 }, nextTotal = 205 })).StatusCode);
        var first = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道“3个+”保障重点项目有序推进", SeedIssue.Read("seed-article-xinanlu.txt"));
        var second = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "区总工会点滴关爱助力疫情防控工作", SeedIssue.Read("seed-article-zonggonghui.txt"));

        var created = await http.CreateIssueAsync(new
        {
            date = "2020-03-08", seriesHeadline = Headline, seriesPart = 4, editors = new[] { "郝婕", "李德昭" },
            articles = new[] { new { submissions = new[] { first } }, new { submissions = new[] { second } } },
        });

        Assert.Equal("""{"series":"main","year":2020,"number":20,"total":205,"state":"draft"}""", created.ToJsonString());
        var issue = JsonNode.Parse(await http.GetAsOperatorAsync("/api/issues/main/2020/20"))!;
        Assert.Equal([first], issue["articles"]![0]!["submissions"]!.AsArray().Select(s => s!.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, (await http.SendAsOperatorAsync(HttpMethod.Get, "/api/issues/main/2020/20/pdf")).StatusCode);

        await app.SignOffAsync("/api/dashboard/issues/2020/20");

        var expected = SeedIssue.ReferenceText().Replace("第20期", "第20期（总第205期）");
        Assert.Equal(expected, SeedIssue.Comparable(HtmlText(await http.GetAsOperatorAsync("/api/issues/main/2020/20/html"))));
        Assert.Equal(expected, SeedIssue.Comparable(DocxText(await BytesAsync("/api/issues/main/2020/20/docx"))));
        Assert.Equal(expected, PageNumbers().Replace(SeedIssue.Comparable(PdfText(await BytesAsync("/api/issues/main/2020/20/pdf"))), ""));
        var mail = await Eventually.GetAsync(() => app.Http.MailsToAsync("xiawo.fuze@example.org"),
            mails => mails.Any(m => Outbox.SubjectOf(m) == "上街信息 2020年第20期"), because: "the issue is mailed with its own year in the subject");
        Assert.NotEmpty(mail);
        foreach (var (officer, title) in new[] { ("xinanlu.xinxi@example.org", "新安路街道“3个+”保障重点项目有序推进"), ("zgh.xinxi@example.org", "区总工会点滴关爱助力疫情防控工作") })
        {
            var subject = $"您报送的《{title}》已刊于《上街信息》2020年第20期";
            var notices = await Eventually.GetAsync(() => app.Http.MailsToAsync(officer), m => m.Any(n => Outbox.SubjectOf(n) == subject), because: "each unit hears where it was printed");
            var notice = Assert.Single(notices, n => Outbox.SubjectOf(n) == subject);
            Assert.Contains("/api/archive?token=", notice.ToJsonString());
        }

        // A second issue lacking the phrase: the search finds the seed issue by a phrase of its body, and only it.
        var other = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道开展植树活动", "新安路街道组织机关干部和辖区群众开展义务植树活动，共植树三百余株，绿化面积进一步扩大。");
        await http.CreateIssueAsync(new { date = "2020-03-15", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { other } } } });
        await app.SignOffAsync("/api/dashboard/issues/2020/21");
        // Publication queues the indexing: wait until each issue is found by its own phrase.
        var planting = await SearchAsync("year=2020&q=" + Uri.EscapeDataString("植树三百"));
        Assert.Equal(21, Assert.Single(planting)!["number"]!.GetValue<int>());
        var found = await SearchAsync("q=" + Uri.EscapeDataString("红色帮办代办"));
        var hit = Assert.Single(found)!;
        Assert.Equal((2020, 20, "published"), (hit["year"]!.GetValue<int>(), hit["number"]!.GetValue<int>(), hit["state"]!.ToString()));
        Assert.Contains("<mark>红色帮办代办</mark>", hit["snippet"]!.ToString());
        using var browser = app.Client();
        var archive = await (await browser.GetAsync("/api/dashboard/archive?q=" + Uri.EscapeDataString("红色帮办代办"), cookie)).Content.ReadAsStringAsync();
        Assert.Contains("<mark>红色帮办代办</mark>", archive);
        Assert.Contains("data-issue=\"2020/20\"", archive);
        Assert.DoesNotContain("data-issue=\"2020/21\"", archive);
    }

    [Fact]
    public async Task A_number_below_one_already_used_is_refused_and_changes_nothing()
    {
        var http = app.Http;
        var put = await http.PutSeriesAsync("zengkan", new { name = "上街信息增刊", kind = "增刊", nextNumber = new { year = 2019, number = 8 }, nextTotal = 400 });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var cookie = await app.SignInAsync();
        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "二〇一九年的一篇", Body);
        var created = await http.CreateIssueAsync(new { series = "zengkan", date = "2019-12-30", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { id } } } });
        Assert.Equal((8, 400), (created["number"]!.GetValue<int>(), created["total"]!.GetValue<int>()));

        var lower = await http.PutSeriesAsync("zengkan", new { nextNumber = new { year = 2019, number = 8 } });
        var lowerTotal = await http.PutSeriesAsync("zengkan", new { nextTotal = 399 });

        Assert.Equal(HttpStatusCode.Conflict, lower.StatusCode);
        Assert.Equal("application/problem+json", lower.Content.Headers.ContentType?.MediaType);
        Assert.Contains("第8期", await lower.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, lowerTotal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PutSeriesAsync("zengkan", new { nextNumber = new { year = 2019, number = 9 } })).StatusCode);
        Assert.Equal(9, (await http.CreateIssueAsync(new { series = "zengkan", date = "2019-12-31", editors = new[] { "郝婕" },
            articles = new[] { new { submissions = new[] { await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "又一篇", Body) } } } }))["number"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_issue_asked_for_with_only_a_date_and_articles_prints_the_directorys_editors_and_continues_its_headline()
    {
        var http = app.Http;
        await http.PutSeriesAsync("bare", new { name = "要情快报", kind = "快报" });
        var cookie = await app.SignInAsync();
        var first = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "快报第一篇", Body);
        var second = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "快报第二篇", Body);

        await http.CreateIssueAsync(new { series = "bare", date = "2021-05-01", seriesHeadline = "防汛快讯", seriesPart = 2, articles = new[] { new { submissions = new[] { first } } } });
        var created = await http.CreateIssueAsync(new { series = "bare", date = "2021-05-02", seriesHeadline = "防汛快讯", articles = new[] { new { submissions = new[] { second } } } });

        var issue = JsonNode.Parse(await http.GetAsOperatorAsync($"/api/issues/bare/2021/{created["number"]}"))!;
        Assert.Equal(["李德昭", "郝婕"], issue["editors"]!.AsArray().Select(e => e!.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, issue["seriesPart"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_second_series_starts_at_number_1_and_an_article_of_two_units_is_a_combined_one()
    {
        var http = app.Http;
        var put = await http.PutSeriesAsync("zhuanbao", new { name = "信息专报", kind = "专报", editors = new[] { "李德昭" } });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var cookie = await app.SignInAsync();
        var a = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道开展红色帮办", "新安路街道组建帮办队伍，为辖区企业和群众提供全程代办服务，累计办结事项一百余件。");
        var b = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "区总工会送温暖", "区总工会走访慰问一线职工，送去防疫物资和生活用品，帮助解决实际困难二十余个。");

        var created = await http.CreateIssueAsync(new { series = "zhuanbao", date = "2020-03-09", articles = new[] { new { submissions = new[] { a, b } } } });

        Assert.Equal(1, created["number"]!.GetValue<int>());
        Assert.Equal(2020, created["year"]!.GetValue<int>());
        var article = JsonNode.Parse(await http.GetAsOperatorAsync("/api/issues/zhuanbao/2020/1"))!["articles"]![0]!;
        Assert.Equal([a, b], article["submissions"]!.AsArray().Select(s => s!.ToString()));
        Assert.Equal("根据新安路街道、区总工会报送信息综合", article["unit"]!.ToString());
        Assert.Equal("新安路街道开展红色帮办", article["title"]!.ToString());
        Assert.Equal("新安路街道组建帮办队伍，为辖区企业和群众提供全程代办服务，累计办结事项一百余件。\n区总工会走访慰问一线职工，送去防疫物资和生活用品，帮助解决实际困难二十余个。", article["text"]!.ToString());
        var series = await http.GetAsOperatorAsync("/api/series");
        Assert.Contains("\"id\":\"zhuanbao\"", series);
        Assert.Contains("\"id\":\"main\"", series);
    }

    private Task<JsonArray> SearchAsync(string query) => Eventually.GetAsync(
        async () => JsonNode.Parse(await app.Http.GetAsOperatorAsync("/api/issues?" + query))!.AsArray(), found => found.Count > 0, because: $"the search {query} finds an issue");

    private async Task<byte[]> BytesAsync(string url) => await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, url)).Content.ReadAsByteArrayAsync();

    private static string HtmlText(string html) => WebUtility.HtmlDecode(Tags().Replace(html[html.IndexOf("<body", StringComparison.Ordinal)..], "\n"));

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Concat(document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("—\\d+—")]
    private static partial Regex PageNumbers();
}
