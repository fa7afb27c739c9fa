using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Statistics;

/// <summary>The statistics page: a period picker (a GET form), the table per unit, a bar chart, and the export links.</summary>
internal static class StatisticsPage
{
    private const string Cell = "padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap";

    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IQueryCollection query,
        StatisticsTable? table, string? error, int status = StatusCodes.Status200OK)
    {
        var body = (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>") + Picker(query, table);
        if (table is not null)
        {
            var link = Encode(table.Period.Query);
            body += $"<h2 style=\"font-size:1.2rem\">{Encode(table.Period.Label)}</h2>" +
                $"<p class=\"hint\">计分规则：{Encode(table.Rule)}。按收稿日期（北京时间）统计。</p>" +
                $"<p><a href=\"/api/dashboard/statistics/export?format=xlsx&amp;{link}\">导出 Excel（.xlsx）</a> · " +
                $"<a href=\"/api/dashboard/statistics/export?format=csv&amp;{link}\">导出 CSV</a></p>" +
                Table(table) + "<h2 style=\"font-size:1.2rem\">各单位报送与采用</h2>" + StatisticsChart.Svg(table);
        }
        return DashboardLayout.Render(response, status, "统计", session, proof, body);
    }

    private static string Picker(IQueryCollection query, StatisticsTable? table)
    {
        var period = query["period"].ToString();
        return "<form method=\"get\" action=\"/api/dashboard/statistics\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 9rem\"><label for=\"period\">时段</label><input id=\"period\" name=\"period\" placeholder=\"2026-11、2026-Q4 或 2026\" value=\"{Encode(period.Length > 0 ? period : table is { Period.IsCustom: false } ? table.Period.Code : "")}\"></div>" +
            "<button type=\"submit\" style=\"width:auto;flex:0 0 auto\">查看</button></form>" +
            "<form method=\"get\" action=\"/api/dashboard/statistics\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"from\">自</label><input id=\"from\" name=\"from\" type=\"date\" value=\"{Encode(query["from"])}\"></div>" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"to\">至</label><input id=\"to\" name=\"to\" type=\"date\" value=\"{Encode(query["to"])}\"></div>" +
            "<button type=\"submit\" style=\"width:auto;flex:0 0 auto\">按日期查看</button></form>" +
            "<p class=\"hint\">月份写“2026-11”，季度写“2026-Q4”，全年写“2026”。</p>";
    }

    private static string Table(StatisticsTable table)
    {
        var head = string.Concat(StatisticsColumns.Headers(table).Select((h, i) => $"<th scope=\"col\" style=\"{Cell}{(i == 0 ? ";text-align:left" : "")}\">{Encode(h)}</th>"));
        var rows = string.Concat(StatisticsColumns.Rows(table).Select(row =>
            $"<tr data-unit=\"{Encode(row.Unit)}\"{(row == table.Total ? " style=\"font-weight:600\"" : "")}>" +
            string.Concat(StatisticsColumns.Cells(table, row).Select((c, i) => i == 0
                ? $"<th scope=\"row\" style=\"{Cell};text-align:left;white-space:normal;min-width:6rem\">{Encode(c)}</th>"
                : $"<td style=\"{Cell}\">{Encode(c)}</td>")) + "</tr>"));
        return $"<div style=\"overflow-x:auto\"><table id=\"statistics\" style=\"border-collapse:collapse;font-size:.9rem;width:100%\"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>";
    }
}
