using Bulletin.Issues;
using Bulletin.Markup;
using static Bulletin.Issues.IssueHtmlStyles;

namespace Bulletin.Statistics.Reports;

/// <summary>The report as one self-contained HTML document in the bulletin's look (the issue renderer's inline styles).</summary>
public static class AdoptionReportHtml
{
    private static readonly Html TableStyle = Html.Of($"width:100%;border-collapse:collapse;font-size:14px;line-height:1.5;margin:8px 0 16px;");
    private static readonly Html CellStyle = Html.Of($"border:1px solid #1a1a1a;padding:3px 5px;text-align:center;");

    public static string Render(AdoptionReport report)
    {
        var table = report.Table;
        var rows = StatisticsColumns.Rows(table).Select(row =>
            Html.Of($"<tr>{StatisticsColumns.Cells(table, row).Select(c => Html.Of($"<td style=\"{CellStyle}\">{c}</td>"))}</tr>\n"));
        return IssueHtmlRenderer.Document(report.Title, IssueHtmlRenderer.PageOf(Html.Of(
            $"<h1 style=\"{Masthead}\">{report.BulletinName}</h1>" +
            $"<table role=\"presentation\" style=\"{DateTable}\"><tr><td style=\"{Left}\">{report.Office}</td><td style=\"{Right}\">{report.DateText}</td></tr></table>\n" +
            $"<hr style=\"{RedRule}\">\n<h2 style=\"{Series}\">{report.Title}</h2>" +
            $"{report.Summary().Select(p => Html.Of($"<p style=\"{Paragraph}\">{p}</p>"))}" +
            $"<div style=\"overflow-x:auto\"><table style=\"{TableStyle}\"><tr>" +
            $"{StatisticsColumns.Headers(table).Select(h => Html.Of($"<th style=\"{CellStyle}font-weight:bold;\">{h}</th>"))}</tr>\n" +
            $"{rows}</table></div>\n{StatisticsChart.Svg(table)}\n")));
    }
}
