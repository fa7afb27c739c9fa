namespace Bulletin.Intake.Extraction;

/// <summary>The article in a mail's text/plain body: quoted replies and signature dropped, wrapped lines joined.</summary>
internal static class MailText
{
    public static ArticleExtraction Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var article = PlainTextTitle.Build(WrappedText.ToParagraphs(MailTextTrimmer.Trim(lines)));
        return article.Paragraphs.Count == 0 && article.Title.Length == 0
            ? ArticleExtraction.Refused(Refusals.EmptyMail)
            : ArticleExtraction.Of(article);
    }
}
