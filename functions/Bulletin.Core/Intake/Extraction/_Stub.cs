namespace Bulletin.Intake.Extraction;
// TEMPORARY: replaced by the extraction branch.
public sealed record ExtractedArticle(string Title, IReadOnlyList<string> Paragraphs);
public sealed record ArticleExtraction(ExtractedArticle? Article, string? Refusal) { public bool Succeeded => Article is not null; }
public static class ArticleExtractor
{
    public static ArticleExtraction FromFile(Stream content, string fileName, string? contentType) => throw new NotSupportedException();
    public static ArticleExtraction FromMailText(string text) => throw new NotSupportedException();
    public static ArticleExtraction FromMailHtml(string html) => throw new NotSupportedException();
    public static string CleanSubject(string subject) => subject;
    public const long MaxFileBytes = 30 * 1024 * 1024;
}
