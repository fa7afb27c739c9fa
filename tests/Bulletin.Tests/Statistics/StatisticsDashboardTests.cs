using System.Net;
using System.Text;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace Bulletin.Tests.Statistics;

/// <summary>The statistics page and exports in the real local host, fed by a submission adopted on the dashboard.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class StatisticsDashboardTests(DashboardHostFixture app)
{
    [Fact]
    public async Task An_article_adopted_on_the_dashboard_counts_for_its_unit_on_the_page_and_in_both_exports()
    {
        var id = await app.SubmitByMailAsync("新安路街道开展垃圾分类宣传 " + Guid.NewGuid().ToString("N")[..6]);
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var before = await AdoptedAsync(http, cookie);
        await http.AdoptOnDashboardAsync(cookie, id);

        var response = await http.GetAsync("/api/dashboard/statistics", cookie);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await AdoptedAsync(http, cookie));
        Assert.Contains("<svg", html);
        Assert.Contains("data-unit=\"区总工会\"", html); // a directory unit with nothing sent is listed too
        var csv = await (await http.GetAsync("/api/dashboard/statistics/export?format=csv", cookie)).Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.StartsWith("\"单位\",\"报送数\",\"采用数\"", Encoding.UTF8.GetString(csv[3..]));
        var xlsx = await http.GetAsync("/api/dashboard/statistics/export?format=xlsx", cookie);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Single(r => r["单位"]?.ToString() == "新安路街道");
        Assert.Equal(before + 1, Convert.ToInt32(row["采用数"]));
    }

    [Fact]
    public async Task A_bad_period_is_answered_400_in_Chinese_and_the_page_needs_a_session()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var bad = await http.GetAsync("/api/dashboard/statistics?period=2026-13", cookie);
        var anonymous = await http.GetAsync("/api/dashboard/statistics/export?format=csv");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("月份应在 1 至 12 之间", await bad.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_page_links_the_periods_adoption_report_which_downloads_as_docx_with_a_session_or_the_operator_key_only()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var page = await (await http.GetAsync("/api/dashboard/statistics?period=2026-10", cookie)).Content.ReadAsStringAsync();

        var download = await http.GetAsync("/api/dashboard/statistics/export?format=docx&period=2026-10", cookie);
        var scripted = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/statistics/report?period=2026-10");
        var html = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/statistics/report?period=2026-10&format=html");
        var series = await http.GetAsync("/api/dashboard/statistics/export?format=docx&period=2026-10&series=main", cookie);
        var unknown = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/statistics/report?period=2026-10&series=no-such-series");
        var anonymous = await http.GetAsync("/api/dashboard/statistics/export?format=docx&period=2026-10");
        var withoutKey = await app.Http.GetAsync("/api/statistics/report?period=2026-10");

        Assert.Contains("<a href=\"/api/dashboard/statistics/export?format=docx&amp;period=2026-10\">下载采用通报（DOCX）</a>", page);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("采用通报-2026-10.docx", download.Content.Headers.ContentDisposition?.FileNameStar);
        var text = await DocxTextAsync(download);
        Assert.Contains("2026年10月各单位信息报送采用情况通报", text);
        Assert.Contains("新安路街道", text);
        Assert.Equal(text, await DocxTextAsync(scripted));
        Assert.Equal("采用通报-上街信息-2026-10.docx", series.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("《上街信息》2026年10月采用情况通报", await DocxTextAsync(series));
        Assert.Contains("说明：报送数为各单位报送的全部信息", await DocxTextAsync(series));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("没有刊物“no-such-series”", await unknown.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
    }

    private static async Task<string> DocxTextAsync(HttpResponseMessage response)
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return docx.MainDocumentPart!.Document!.Body!.InnerText;
    }

    /// <summary>新安路街道's 采用数 this month as the page's table shows it (third cell of its row).</summary>
    internal static async Task<int> AdoptedAsync(HttpClient http, string cookie)
    {
        var html = await (await http.GetAsync("/api/dashboard/statistics", cookie)).Content.ReadAsStringAsync();
        var row = html[html.IndexOf("<tr data-unit=\"新安路街道\"", StringComparison.Ordinal)..];
        var cells = System.Text.RegularExpressions.Regex.Matches(row[..row.IndexOf("</tr>", StringComparison.Ordinal)], "<td[^>]*>([^<]*)</td>");
        return int.Parse(cells[1].Groups[1].Value);
    }
}
