using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Issues.Publications;
using Bulletin.Markup;
using Bulletin.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Statistics;

/// <summary>The statistics page: a period picker (a GET form), the table per unit, a bar chart, and the export links.</summary>
internal static class StatisticsPage
{
    private const string Cell = "padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap";

    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IQueryCollection query,
        IReadOnlyList<IssueSeries> series, StatisticsTable? table, string? error, int status = StatusCodes.Status200OK) =>
        DashboardLayout.Render(response, status, "统计", session, proof, Body(query, series, table, error));

    public static Html Body(IQueryCollection query, IReadOnlyList<IssueSeries> series, StatisticsTable? table, string? error) => Html.Of(
        $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}{Picker(query, series, table)}" +
        $"{(table is null ? Html.Empty : Report(table, query["series"].ToString()))}");

    private static Html Report(StatisticsTable table, string series)
    {
        var link = table.Period.Query + (series.Length == 0 ? "" : "&series=" + Uri.EscapeDataString(series));
        return Html.Of($"<h2 style=\"font-size:1.2rem\">{table.Period.Label}</h2>" +
            $"<p class=\"hint\">计分规则：{table.Rule}。按收稿日期（北京时间）统计。</p>" +
            $"<p><a href=\"/api/dashboard/statistics/export?format=xlsx&amp;{link}\">导出 Excel（.xlsx）</a> · " +
            $"<a href=\"/api/dashboard/statistics/export?format=csv&amp;{link}\">导出 CSV</a> · " +
            $"<a href=\"/api/dashboard/statistics/export?format=docx&amp;{link}\">下载采用通报（DOCX）</a></p>" +
            $"{Table(table)}<h2 style=\"font-size:1.2rem\">各单位报送与采用</h2>{StatisticsChart.Svg(table)}");
    }

    /// <summary>The series choice of a picker form: 全部刊物 or one series (what was printed in it); none while the office has
    /// one series, so its addresses stay as they were.</summary>
    private static Html SeriesChoice(IQueryCollection query, IReadOnlyList<IssueSeries> series, string id)
    {
        if (series.Count < 2)
            return Html.Empty;
        var chosen = query["series"].ToString();
        return Html.Of($"<div style=\"flex:1 1 8rem\"><label for=\"{id}\">刊物</label><select id=\"{id}\" name=\"series\"><option value=\"\">全部刊物</option>" +
            $"{series.Select(s => Html.Of($"<option value=\"{s.Id}\"{(s.Id == chosen ? " selected" : "")}>{s.Name}</option>"))}</select></div>");
    }

    private static Html Picker(IQueryCollection query, IReadOnlyList<IssueSeries> series, StatisticsTable? table)
    {
        var period = query["period"].ToString();
        var shown = period.Length > 0 ? period : table is { Period.IsCustom: false } ? table.Period.Code : "";
        return Html.Of($"<form method=\"get\" action=\"/api/dashboard/statistics\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 9rem\"><label for=\"period\">时段</label><input id=\"period\" name=\"period\" placeholder=\"2026-11、2026-Q4 或 2026\" value=\"{shown}\"></div>{SeriesChoice(query, series, "series")}" +
            $"<button type=\"submit\" style=\"width:auto;flex:0 0 auto\">查看</button></form>" +
            $"<form method=\"get\" action=\"/api/dashboard/statistics\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"from\">自</label><input id=\"from\" name=\"from\" type=\"date\" value=\"{query["from"].ToString()}\"></div>" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"to\">至</label><input id=\"to\" name=\"to\" type=\"date\" value=\"{query["to"].ToString()}\"></div>{SeriesChoice(query, series, "series-dates")}" +
            $"<button type=\"submit\" style=\"width:auto;flex:0 0 auto\">按日期查看</button></form>" +
            $"<p class=\"hint\">月份写“2026-11”，季度写“2026-Q4”，全年写“2026”。</p>");
    }

    private static Html Table(StatisticsTable table)
    {
        var head = StatisticsColumns.Headers(table).Select((h, i) => Html.Of($"<th scope=\"col\" style=\"{Cell};white-space:normal;vertical-align:bottom{(i == 0 ? ";text-align:left" : "")}\">{h}</th>"));
        var rows = StatisticsColumns.Rows(table).Select(row => Html.Of(
            $"<tr data-unit=\"{row.Unit}\"{(row == table.Total ? Html.Of($" style=\"font-weight:600\"") : Html.Empty)}>" +
            $"{StatisticsColumns.Cells(table, row).Select((c, i) => i == 0
                ? Html.Of($"<th scope=\"row\" style=\"{Cell};text-align:left;white-space:normal;min-width:6rem\">{c}</th>")
                : Html.Of($"<td style=\"{Cell}\">{c}</td>"))}</tr>"));
        return Html.Of($"<div style=\"overflow-x:auto\" tabindex=\"0\" role=\"region\" aria-label=\"统计表\"><table id=\"statistics\" style=\"border-collapse:collapse;font-size:.9rem;width:100%\"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>");
    }
}
