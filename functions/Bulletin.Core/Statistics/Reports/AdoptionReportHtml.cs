using System.Net;
using System.Text;
using static Bulletin.Issues.IssueHtmlStyles;

namespace Bulletin.Statistics.Reports;

/// <summary>The report as one self-contained HTML document in the bulletin's look (the issue renderer's inline styles).</summary>
public static class AdoptionReportHtml
{
    private const string TableStyle = "width:100%;border-collapse:collapse;font-size:14px;line-height:1.5;margin:8px 0 16px;";
    private const string CellStyle = "border:1px solid #1a1a1a;padding:3px 5px;text-align:center;";

    public static string Render(AdoptionReport report)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(report.Title)).Append("</title>\n</head>\n")
            .Append("<body style=\"").Append(Body).Append("\">\n<div style=\"").Append(Page).Append("\">\n");
        Element(html, "h1", Masthead, report.BulletinName);
        html.Append("<table role=\"presentation\" style=\"").Append(DateTable).Append("\"><tr>");
        Element(html, "td", Left, report.Office);
        Element(html, "td", Right, report.DateText);
        html.Append("</tr></table>\n<hr style=\"").Append(RedRule).Append("\">\n");
        Element(html, "h2", Series, report.Title);
        foreach (var paragraph in report.Summary())
            Element(html, "p", Paragraph, paragraph);
        html.Append("<div style=\"overflow-x:auto\"><table style=\"").Append(TableStyle).Append("\"><tr>");
        foreach (var header in StatisticsColumns.Headers(report.Table))
            Element(html, "th", CellStyle + "font-weight:bold;", header);
        html.Append("</tr>\n");
        foreach (var row in StatisticsColumns.Rows(report.Table))
        {
            html.Append("<tr>");
            foreach (var cell in StatisticsColumns.Cells(report.Table, row))
                Element(html, "td", CellStyle, cell);
            html.Append("</tr>\n");
        }
        html.Append("</table></div>\n").Append(StatisticsChart.Svg(report.Table)).Append("\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Element(StringBuilder html, string tag, string style, string text) =>
        html.Append('<').Append(tag).Append(" style=\"").Append(style).Append("\">").Append(E(text)).Append("</").Append(tag).Append('>');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
