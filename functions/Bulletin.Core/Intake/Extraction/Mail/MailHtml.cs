using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// The article in a mail's HTML body: sanitized first (scripts, handlers and styles gone), then each block
/// element or line break starts a new line; quoted blocks (blockquote, Gmail's gmail_quote) are dropped and the
/// lines trimmed like mail text. HTML is not hard-wrapped, so every line is a paragraph.
/// </summary>
internal static class MailHtml
{
    private static readonly HtmlSanitizer Sanitizer = new();

    public static ArticleExtraction Read(string html)
    {
        var document = new HtmlParser().ParseDocument(Sanitizer.Sanitize(html));
        var lines = HtmlLines.Of(document.Body).Split('\n');
        var article = PlainTextTitle.Build(MailTextTrimmer.Trim(lines));
        return article.Paragraphs.Count == 0 && article.Title.Length == 0
            ? ArticleExtraction.Refused(Refusals.EmptyMail)
            : ArticleExtraction.Of(article);
    }
}
