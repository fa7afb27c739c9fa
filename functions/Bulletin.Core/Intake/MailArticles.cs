using Bulletin.Intake.Extraction;
using Bulletin.Intake.Inbound;
using Bulletin.Intake.Photos;
using Bulletin.Storage;

namespace Bulletin.Intake;

/// <summary>The articles in one mail: each attached document is one article; without one, the mail body is.
/// Image attachments are the photos of the mail's one article (<see cref="MailPhotos"/>); refused documents say why.</summary>
public static class MailArticles
{
    private static readonly string[] DocumentTypes = [".docx", ".doc", ".wps", ".txt", ".pdf"];
    // A body shorter than this is a cover note ("见附件"), not an article.
    private const int MinimumBodyCharacters = 30;

    public static (IReadOnlyList<(ExtractedArticle Article, InboundAttachment? File)> Articles, IReadOnlyList<string> Refusals) From(InboundMessage message)
    {
        var articles = new List<(ExtractedArticle, InboundAttachment?)>();
        var refusals = new List<string>();
        foreach (var file in DocumentsOf(message))
        {
            // Exposed, so that the extractor reads the attachment's own array rather than a copy of it.
            var content = new MemoryStream(file.Content, 0, file.Content.Length, writable: false, publiclyVisible: true);
            var extraction = ArticleExtractor.FromFile(content, file.FileName, file.ContentType);
            if (extraction.Article is { Paragraphs.Count: > 0 } article)
                articles.Add((WithTitle(article, message.Subject), file));
            else
                refusals.Add($"附件《{file.FileName}》：{extraction.Refusal ?? "其中没有文字。"}");
        }
        if (articles.Count > 0)
            return (WithMailPhotos(articles, message), refusals);

        var body = !string.IsNullOrWhiteSpace(message.Text) ? ArticleExtractor.FromMailText(message.Text)
            : !string.IsNullOrWhiteSpace(message.Html) ? ArticleExtractor.FromMailHtml(message.Html)
            : new ArticleExtraction(null, null);
        if (body.Article is { Paragraphs.Count: > 0 } bodyArticle && bodyArticle.Paragraphs.Sum(p => p.Length) >= MinimumBodyCharacters)
            articles.Add((WithTitle(bodyArticle, message.Subject) with { Photos = MailPhotos.Of(message) }, null));
        else if (body.Article is { Paragraphs.Count: > 0 } && refusals.Count == 0)
            refusals.Add(message.Attachments.Count > 0
                ? "邮件正文太短，不是一篇稿件，附件中也没有可以读取的稿件：请把稿件作为 .docx、.doc、.txt 或 .pdf 附件发送，或直接写在邮件正文中。"
                : "邮件正文太短，不是一篇稿件：请把稿件全文写在邮件正文中，或作为 .docx、.doc、.txt 或 .pdf 附件发送。");
        else if (refusals.Count == 0)
            refusals.Add(message.Attachments.Count > 0
                ? "邮件中没有可以读取的稿件：请把稿件作为 .docx、.doc、.txt 或 .pdf 附件发送，或直接写在邮件正文中。"
                : "邮件正文是空的：请把稿件写在邮件正文中，或作为 .docx、.doc、.txt 或 .pdf 附件发送。");
        return (articles, refusals);
    }

    // A mail's image attachments go with its article when there is one; with several, nobody can tell whose they are.
    private static List<(ExtractedArticle, InboundAttachment?)> WithMailPhotos(List<(ExtractedArticle Article, InboundAttachment? File)> articles, InboundMessage message) =>
        articles.Count == 1 ? [(articles[0].Article with { Photos = [.. articles[0].Article.Photos, .. MailPhotos.Of(message)] }, articles[0].File)] : articles;

    /// <summary>The attachments that are read as articles.</summary>
    public static IReadOnlyList<InboundAttachment> DocumentsOf(InboundMessage message) =>
        message.Attachments.Where(a => DocumentTypes.Contains(Path.GetExtension(a.FileName).ToLowerInvariant())).ToList();

    private static ExtractedArticle WithTitle(ExtractedArticle article, string subject)
    {
        var title = !string.IsNullOrWhiteSpace(article.Title) ? article.Title.Trim() : ArticleExtractor.CleanSubject(subject);
        return article with { Title = string.IsNullOrWhiteSpace(title) ? "（无标题）" : BoundedText.Bound(title, ArticleLimits.MaxTitleCharacters) };
    }
}
