using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Issues.Publications;
using MiniExcelLibs;
using static Bulletin.Tests.UpperLevels.UpperLevelsHost;

namespace Bulletin.Tests.UpperLevels;

/// <summary>Issue 13's whole path through the local host: two units' articles adopted by API, printed as one 综合稿 and
/// signed off through the 签发人's mailed link, then an upper-level adoption and a 批示 on top; statistics, the outbox and
/// the xlsx export follow.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed partial class CombinedArticleEndToEndTests(UpperLevelsHostFixture app)
{
    private const string Union = "区总工会";

    [Fact]
    public async Task A_combined_article_credits_both_units_and_upper_records_raise_each_units_points_up_to_the_export()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var a = (await app.SubmitByMailAsync(UnitSubmitter, "新安路街道开展红色帮办 " + suffix, "新安路街道组建帮办队伍，为辖区企业和群众提供全程代办服务，累计办结事项一百余件。")).RowKey;
        var b = (await app.SubmitByMailAsync("zgh.xinxi@example.org", "区总工会送温暖 " + suffix, "区总工会走访慰问一线职工，送去防疫物资和生活用品，帮助解决实际困难二十余个。")).RowKey;
        foreach (var id in new[] { a, b })
            Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{id}/decision",
                JsonContent.Create(new { editor = DashboardHost.Hao, choice = "adopt" }))).StatusCode);
        var (unitBefore, unionBefore) = (await RowAsync(Unit), await RowAsync(Union));

        var created = await app.Http.CreateIssueAsync(new { date = "2031-03-09", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { a, b } } } });
        var path = $"/api/issues/{created["series"]}/{created["year"]}/{created["number"]}";
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, path + "/preview")).StatusCode);
        var link = await SignOffLinkAsync(suffix);
        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        var signed = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) }));
        Assert.Contains("已签发并发布", await signed.Content.ReadAsStringAsync());
        var unitPublished = await Eventually.GetAsync(() => RowAsync(Unit), r => Count(r, "combined") > Count(unitBefore, "combined"), because: "the 综合稿 is credited");
        var unionPublished = await Eventually.GetAsync(() => RowAsync(Union), r => Count(r, "combined") > Count(unionBefore, "combined"), because: "the 综合稿 is credited");

        Assert.Equal("published", JsonNode.Parse(await app.Http.GetAsOperatorAsync(path))!["state"]!.ToString());
        foreach (var (before, after) in new[] { (unitBefore, unitPublished), (unionBefore, unionPublished) })
        {
            Assert.Equal(Count(before, "combined") + 1, Count(after, "combined"));
            Assert.Equal(Count(before, "solo"), Count(after, "solo")); // part of a 综合稿, not 独编
            Assert.Equal(Count(before, "published") + 1, Count(after, "published"));
            Assert.Equal(Points(before) + 1 + 5 + 1, Points(after)); // published=1, published_lead=5 (first article), combined=1
        }

        var adoption = await app.PostRecordAsync(a, "adoptions", new { publication = "《郑州信息》", issue = "第7期", date = Today });
        var words = "区总工会关爱职工的做法很好，请总结推广。" + suffix;
        var instruction = await app.PostRecordAsync(b, "instructions", new { leader = "市委副书记王某某", level = "市", date = Today, text = words });

        Assert.Equal(HttpStatusCode.Created, adoption.StatusCode);
        Assert.Equal(HttpStatusCode.Created, instruction.StatusCode);
        var (unitRaised, unionRaised) = (await RowAsync(Unit), await RowAsync(Union));
        Assert.Equal(Points(unitPublished) + 10, Points(unitRaised)); // upper_city=10
        Assert.Equal(Points(unionPublished) + 10, Points(unionRaised)); // instruction_city=10
        foreach (var person in new[] { "zgh.xinxi@example.org", "zgh.fuze@example.org" })
            await Eventually.GetAsync(async () => (await app.Http.MailsToAsync(person)).Count(m => Outbox.TextOf(m).Contains(words)), n => n == 1,
                because: $"{person} of 区总工会 receives the 批示's words");
        var exported = await ExportedPointsAsync();
        Assert.Equal(Points(unitRaised), exported[Unit]);
        Assert.Equal(Points(unionRaised), exported[Union]);
    }

    /// <summary>The unit's row of the statistics of submissions received today (China time), as the records date them.</summary>
    private async Task<JsonNode> RowAsync(string unit)
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/statistics?from={Today}&to={Today}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Single(r => r!["unit"]!.ToString() == unit)!;
    }

    private static int Count(JsonNode row, string term) => row[term]!.GetValue<int>();

    /// <summary>The 签发 link of the 签发人's preview mail of the issue whose article carries <paramref name="suffix"/>.</summary>
    private async Task<string> SignOffLinkAsync(string suffix)
    {
        var mail = (await Eventually.GetAsync(async () => (await app.Http.MailsToAsync(DashboardHost.Signer))
            .Where(m => Outbox.TextOf(m).Contains(suffix) && SignOffLink().IsMatch(Outbox.TextOf(m))).ToList(), m => m.Count > 0,
            because: "the 签发人 receives the preview with the 签发 link")).Single();
        var url = WebUtility.HtmlDecode(SignOffLink().Match(Outbox.TextOf(mail)).Value);
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;
    }

    /// <summary>积分 per unit in the dashboard's xlsx export of the same days.</summary>
    private async Task<Dictionary<string, decimal>> ExportedPointsAsync()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var xlsx = await http.GetAsync($"/api/dashboard/statistics/export?format=xlsx&from={Today}&to={Today}", cookie);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Where(r => r["单位"]?.ToString() is Unit or Union).ToDictionary(r => r["单位"]!.ToString()!, r => Convert.ToDecimal(r["积分"]));
    }

    [GeneratedRegex("https?://[^\\s\"<>]*/api/issues/sign-off\\?token=[^\\s\"<>]+")]
    private static partial Regex SignOffLink();
}
