using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Reads a PDF's text page by page with PdfPig's ContentOrderTextExtractor, drops page-number lines
/// ("- 2 -", "第 2 页", "2"), and joins lines into paragraphs across pages with <see cref="WrappedText"/>:
/// a line ending in sentence punctuation, or a short one, ends a paragraph.
/// </summary>
internal static partial class PdfReader
{
    public static IReadOnlyList<string> Read(byte[] bytes)
    {
        var lines = new List<string>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
                lines.AddRange(ContentOrderTextExtractor.GetText(page).ReplaceLineEndings("\n").Split('\n')
                    .Where(l => !PageNumber().IsMatch(l)));
        }
        // PdfPig fails on a broken file with whatever its parsing code happens to hit (font, token, cast
        // errors); only PdfPig runs in this block, so anything but memory exhaustion is bad input.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException(Refusals.DamagedPdf);
        }
        if (lines.All(l => l.Trim().Length == 0))
            throw new UnreadableDocumentException(Refusals.PdfWithoutText);
        return WrappedText.ToParagraphs(lines, punctuationEndsParagraph: true);
    }

    [GeneratedRegex(@"^\s*([-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页.*|\d{1,3})\s*$")]
    private static partial Regex PageNumber();
}
