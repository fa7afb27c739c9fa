namespace Bulletin.Intake.Extraction;

/// <summary>
/// Finds a title in text without formatting (mail text, .txt, .doc, .pdf): the first paragraph is the title
/// when it is at most 40 characters, does not end in punctuation (。！？；：，、 and their ASCII forms),
/// is not a greeting (各位…, 尊敬的…, …您好), and a longer paragraph follows it. Otherwise there is none.
/// </summary>
internal static class PlainTextTitle
{
    private const int TitleMax = 40;

    public static ExtractedArticle Build(IEnumerable<string> source)
    {
        var paragraphs = source.Select(ParagraphText.Clean).Where(t => t.Length > 0).ToList();
        if (paragraphs.Count >= 2 && IsTitle(paragraphs[0]) && paragraphs[1].Length > paragraphs[0].Length)
            return new ExtractedArticle(paragraphs[0], paragraphs.Skip(1).ToList());
        return new ExtractedArticle("", paragraphs);
    }

    private static bool IsTitle(string first) =>
        first.Length <= TitleMax
        && !ParagraphText.EndsClause(first)
        && !first.StartsWith("各位", StringComparison.Ordinal)
        && !first.StartsWith("尊敬的", StringComparison.Ordinal)
        && !first.EndsWith("好", StringComparison.Ordinal);
}
