namespace Bulletin.Intake.Extraction;

/// <summary>Either the extracted article, or a Chinese sentence telling the sender why it was refused and what to send instead.</summary>
public sealed record ArticleExtraction(ExtractedArticle? Article, string? Refusal)
{
    public bool Succeeded => Article is not null;

    internal static ArticleExtraction Of(ExtractedArticle article) => new(article, null);

    internal static ArticleExtraction Refused(string refusal) => new(null, refusal);
}
