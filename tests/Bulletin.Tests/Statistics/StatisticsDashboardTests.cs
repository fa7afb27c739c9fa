using System.Net;
using System.Text;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
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

    /// <summary>新安路街道's 采用数 this month as the page's table shows it (third cell of its row).</summary>
    internal static async Task<int> AdoptedAsync(HttpClient http, string cookie)
    {
        var html = await (await http.GetAsync("/api/dashboard/statistics", cookie)).Content.ReadAsStringAsync();
        var row = html[html.IndexOf("<tr data-unit=\"新安路街道\"", StringComparison.Ordinal)..];
        var cells = System.Text.RegularExpressions.Regex.Matches(row[..row.IndexOf("</tr>", StringComparison.Ordinal)], "<td[^>]*>([^<]*)</td>");
        return int.Parse(cells[1].Groups[1].Value);
    }
}
