using Bulletin.Intake;
using Bulletin.Issues;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Bulletin.Issues.DocxParagraphs;

namespace Bulletin.UpperLevels.Forwarding;

/// <summary>One forwarded item as upper offices ask for it: a header of 报送单位, 审签人, 执笔人, 电话, then the title and
/// the text, in the issue renderer's fonts.</summary>
public static class ForwardDocx
{
    public static string FileName(Submission s) => $"{s.Unit}-{s.Id}.docx";

    /// <summary>The header lines, also the mail's summary of the item.</summary>
    public static IReadOnlyList<string> Header(Submission s) =>
        [$"报送单位：{s.Unit}", $"审签人：{s.Signatories.Approver ?? "（未写明）"}", $"执笔人：{s.Signatories.Author ?? "（未写明）"}", $"电话：{s.Signatories.Phone ?? "（未写明）"}"];

    public static byte[] Render(Submission s)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<FontTablePart>().Fonts = DocxFonts.Table();
            var body = new Body();
            foreach (var line in Header(s))
                body.Append(Paragraph(new ParagraphProperties(), Text(line, DocxFonts.Body, BodySize)));
            body.Append(Paragraph(Centred(before: 360, after: 240), Text(s.AdoptedTitle, DocxFonts.Masthead, 44)));
            foreach (var paragraph in s.AdoptedParagraphs)
                body.Append(Paragraph(DocxParagraphs.Body(), Text(paragraph, DocxFonts.Body, BodySize)));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
