using System.Net;
using System.Text;
using static Bulletin.Issues.IssueHtmlStyles;

namespace Bulletin.Issues;

/// <summary>Renders an issue as one self-contained HTML document for mail bodies and the web.</summary>
public static class IssueHtmlRenderer
{
    /// <summary>The whole document: no external resources, inline CSS only, every text HTML-encoded.</summary>
    public static string Render(BulletinIssue issue)
    {
        var html = new StringBuilder(8 * 1024);
        var title = $"{issue.BulletinName} {IssueText.NumberLine(issue)}";
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n</head>\n")
            .Append("<body style=\"").Append(Body).Append("\">\n")
            .Append("<div style=\"").Append(Page).Append("\">\n");
        AppendMasthead(html, issue);
        if (issue.Series is { } series)
            Element(html, "h2", Series, series.ToString());
        foreach (var article in issue.Articles)
            AppendArticle(html, article);
        AppendFooter(html, issue);
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendMasthead(StringBuilder html, BulletinIssue issue)
    {
        Element(html, "h1", Masthead, issue.BulletinName);
        Element(html, "p", NumberLine, IssueText.NumberLine(issue));
        html.Append("<table role=\"presentation\" style=\"").Append(DateTable).Append("\"><tr>");
        Element(html, "td", Left, issue.Office, newLine: false);
        Element(html, "td", Right, IssueText.Date(issue.Date), newLine: false);
        html.Append("</tr></table>\n");
        Rule(html, RedRule);
    }

    private static void AppendArticle(StringBuilder html, IssueArticle article)
    {
        var paragraphs = article.PrintedParagraphs();
        html.Append("<p style=\"").Append(Paragraph).Append("\">")
            .Append("<strong style=\"").Append(LeadTitle).Append("\">").Append(Encode(article.Title)).Append("</strong>")
            .Append('\u3000').Append(Encode(paragraphs[0])).Append("</p>\n");
        foreach (var paragraph in paragraphs.Skip(1))
            Element(html, "p", Paragraph, paragraph);
    }

    private static void AppendFooter(StringBuilder html, BulletinIssue issue)
    {
        Rule(html, FooterRule);
        Element(html, "p", FooterLine, IssueText.SentUpToLine(issue));
        Rule(html, FooterRule);
        Element(html, "p", FooterLine, IssueText.IssuedToLine(issue));
        Rule(html, FooterRule);
        Element(html, "p", FooterLine, IssueText.EditorsLine(issue));
    }

    private static void Element(StringBuilder html, string tag, string style, string text, bool newLine = true)
    {
        html.Append('<').Append(tag).Append(" style=\"").Append(style).Append("\">")
            .Append(Encode(text)).Append("</").Append(tag).Append('>');
        if (newLine) html.Append('\n');
    }

    private static void Rule(StringBuilder html, string style) =>
        html.Append("<hr style=\"").Append(style).Append("\">\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
