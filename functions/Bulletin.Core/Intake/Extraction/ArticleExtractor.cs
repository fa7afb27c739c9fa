namespace Bulletin.Intake.Extraction;

/// <summary>
/// Extracts an article (title and paragraphs) from a submitted file or mail body, or says in Chinese why it
/// cannot. Pure: no storage, no logging. Bad input never throws; only programming errors escape.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>SendGrid Inbound Parse's limit for a whole message.</summary>
    public const long MaxFileBytes = 30 * 1024 * 1024;

    /// <summary>Reads a .docx, .doc, .txt, .pdf or a .wps saved in Word's format (by extension, content type as fallback); refuses anything else.</summary>
    public static ArticleExtraction FromFile(Stream content, string fileName, string? contentType)
    {
        var named = DocumentKinds.FromName(fileName, contentType);
        if (named == DocumentKind.Unsupported)
            return ArticleExtraction.Refused(Refusals.UnsupportedType);
        var bytes = BoundedStream.ReadAll(content, MaxFileBytes);
        if (bytes is null)
            return ArticleExtraction.Refused(Refusals.TooLarge);
        try
        {
            var article = DocumentKinds.Sniff(named, bytes) switch
            {
                DocumentKind.Docx => DocxArticle(bytes),
                DocumentKind.Doc => PlainTextTitle.Build(DocReader.Read(bytes)),
                DocumentKind.Pdf => PlainTextTitle.Build(PdfReader.Read(bytes)),
                _ => TextFile.Read(bytes),
            };
            return article.Paragraphs.Count == 0 && article.Title.Length == 0
                ? ArticleExtraction.Refused(Refusals.EmptyFile)
                : ArticleExtraction.Of(article);
        }
        catch (UnreadableDocumentException e)
        {
            // A compound-file .wps without a Word document inside is WPS's own format, not a damaged .doc.
            if (named == DocumentKind.Wps && e.Refusal == Refusals.DamagedDoc)
                return ArticleExtraction.Refused(Refusals.WpsNotWord);
            return ArticleExtraction.Refused(e.Refusal);
        }
    }

    private static ExtractedArticle DocxArticle(byte[] bytes)
    {
        var (paragraphs, photos) = DocxReader.Read(bytes);
        return FormattedTitle.Build(paragraphs) with { Photos = photos };
    }

    /// <summary>Reads the mail's text/plain body: quoted replies and signature dropped, wrapped lines joined.</summary>
    public static ArticleExtraction FromMailText(string text) => MailText.Read(text);

    /// <summary>Reads the mail's HTML body after sanitizing it.</summary>
    public static ArticleExtraction FromMailHtml(string html) => MailHtml.Read(html);

    /// <summary>Strips 【报送】, [信息], 转发：, Fw:, Re:, 回复： and the like, however often repeated.</summary>
    public static string CleanSubject(string subject) => SubjectCleaner.Clean(subject);
}
