using Bulletin.Markup;
using static Bulletin.Issues.IssueHtmlStyles;

namespace Bulletin.Issues;

/// <summary>Renders an issue as one self-contained HTML document for mail bodies and the web.</summary>
public static class IssueHtmlRenderer
{
    /// <summary>The whole document: no external resources, inline CSS only, every text HTML-encoded.</summary>
    public static string Render(BulletinIssue issue) => Document($"{issue.BulletinName} {IssueText.NumberLine(issue)}", Body(issue));

    /// <summary>What the document's body holds (the page), to sit inside a mail or a page.</summary>
    public static Html Body(BulletinIssue issue) => PageOf(Html.Of(
        $"{IssueHtmlMarkings.Top(issue)}{Masthead(issue)}{(issue.Series is { } series ? Headline(series) : Html.Empty)}" +
        $"{IssueHtmlMarkings.Note(issue.EditorsNote)}{issue.Articles.Select(a => Html.Of($"{IssueHtmlMarkings.Note(a.EditorsNote)}{Article(a)}"))}{Footer(issue)}"));

    /// <summary>A document in the bulletin's look around <paramref name="body"/> (made by <see cref="PageOf"/>).</summary>
    internal static string Document(string title, Html body) => Html.Of(
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n" +
        $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{title}</title>\n</head>\n<body style=\"{IssueHtmlStyles.Body}\">{body}</body>\n</html>\n").ToString();

    /// <summary>The page's centred column around <paramref name="content"/>.</summary>
    internal static Html PageOf(Html content) => Html.Of($"\n<div style=\"{Page}\">\n{content}</div>\n");

    private static Html Masthead(BulletinIssue issue) => Html.Of(
        $"<h1 style=\"{IssueHtmlStyles.Masthead}\">{issue.BulletinName}</h1>\n<p style=\"{NumberLine}\">{IssueText.NumberLine(issue)}</p>\n" +
        $"<table role=\"presentation\" style=\"{DateTable}\"><tr><td style=\"{Left}\">{issue.Office}</td><td style=\"{Right}\">{IssueText.Date(issue.Date)}</td></tr></table>\n" +
        $"<hr style=\"{RedRule}\">\n");

    // Each phrase an unbreakable box, so the browser breaks only where the PDF may (never inside a quotation or a number),
    // and balances the lines; the part number stays with the last phrase. A phrase wider than the column still wraps inside
    // rather than overflowing a phone.
    private static Html Headline(SeriesHeadline series)
    {
        var phrases = HeadlineBreaker.Phrases(series.Text).ToList();
        phrases[^1] += series.ToString()[series.Text.Length..];
        return Html.Of($"<h2 style=\"{Series}\">{phrases.Select(p => Html.Of($"<span style=\"{HeadlinePhrase}\">{p}</span>"))}</h2>\n");
    }

    private static Html Article(IssueArticle article)
    {
        var paragraphs = article.PrintedParagraphs();
        return Html.Of($"<p style=\"{Paragraph}\"><strong style=\"{LeadTitle}\">{article.Title}</strong>\u3000{paragraphs[0]}</p>\n" +
            $"{Photos(article, 0, paragraphs.Count)}{paragraphs.Skip(1).Select((p, i) => Html.Of($"{Line(Paragraph, p)}{Photos(article, i + 1, paragraphs.Count)}"))}");
    }

    private static Html Photos(IssueArticle article, int index, int count) => Html.Of($"{article.PhotosAfter(index, count).Select(IssueHtmlPhotos.Photo)}");

    private static Html Footer(BulletinIssue issue) => Html.Of(
        $"<hr style=\"{FooterRule}\">\n{Line(FooterLine, IssueText.SentUpToLine(issue))}" +
        $"<hr style=\"{FooterRule}\">\n{Line(FooterLine, IssueText.IssuedToLine(issue))}" +
        $"<hr style=\"{FooterRule}\">\n{IssueHtmlMarkings.LastFooterLine(issue, IssueText.EditorsLine(issue)) ?? Line(FooterLine, IssueText.EditorsLine(issue))}");

    private static Html Line(Html style, string text) => Html.Of($"<p style=\"{style}\">{text}</p>\n");
}
