namespace Bulletin.Intake.Extraction;

/// <summary>
/// Finds the title of a formatted document (.docx): among the paragraphs before the body, the first one
/// that is bold or a heading (at most 100 characters), or centred and at most 60 characters; failing that,
/// a bold lead of at most 60 characters run straight into the first body paragraph (the seed's style).
/// The body starts at the first paragraph longer than 60 characters that is none of these.
/// </summary>
internal static class FormattedTitle
{
    private const int CentredMax = 60;
    private const int BoldMax = 100;
    private const int BoldLeadMax = 60;

    public static ExtractedArticle Build(IEnumerable<SourceParagraph> source)
    {
        var paragraphs = source
            .Select(p => p with { Text = ParagraphText.Clean(p.Text), BoldLeadLength = CleanLead(p) })
            .Where(p => p.Text.Length > 0)
            .ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (IsTitle(p))
                return Article(p.Text, paragraphs.Where((_, j) => j != i));
            if (p.BoldLeadLength is > 0 and <= BoldLeadMax && p.BoldLeadLength < p.Text.Length)
            {
                var rest = ParagraphText.Clean(p.Text[p.BoldLeadLength..]);
                return Article(p.Text[..p.BoldLeadLength].Trim(),
                    paragraphs.Select((q, j) => j == i ? q with { Text = rest } : q));
            }
            if (p.Text.Length > CentredMax)
                break;
        }
        return Article("", paragraphs);
    }

    private static bool IsTitle(SourceParagraph p) =>
        ((p.IsBold || p.IsHeading) && p.Text.Length <= BoldMax) || (p.IsCentred && p.Text.Length <= CentredMax);

    // The lead is counted on the raw text; cleaning removes leading indentation, so shift it by what was removed.
    private static int CleanLead(SourceParagraph p)
    {
        if (p.BoldLeadLength == 0)
            return 0;
        var removed = p.Text.Length - p.Text.Replace('\u00A0', ' ').TrimStart().TrimStart('\u3000', ' ', '\t').Length;
        var lead = p.BoldLeadLength - removed;
        return lead > 0 && p.Text[..p.BoldLeadLength].Trim().Length > 1 ? lead : 0;
    }

    private static ExtractedArticle Article(string title, IEnumerable<SourceParagraph> body) =>
        new(title, body.Select(p => p.Text).Where(t => t.Length > 0).ToList());
}
