using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Issues;

/// <summary>Page numbers "— 1 —" at the outer bottom corner, as GB/T 9704 asks: right on odd pages, left on even ones.</summary>
internal static class DocxPageNumbers
{
    /// <summary>Adds both footers and the setting that tells odd from even pages; returns their references for the section.</summary>
    public static IEnumerable<FooterReference> Add(MainDocumentPart main)
    {
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
        yield return Reference(main, HeaderFooterValues.Default, JustificationValues.Right);
        yield return Reference(main, HeaderFooterValues.Even, JustificationValues.Left);
    }

    private static FooterReference Reference(MainDocumentPart main, HeaderFooterValues type, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var properties = new ParagraphProperties
        {
            Indentation = new Indentation { Left = "280", Right = "280" },
            Justification = new Justification { Val = side },
        };
        part.Footer = new Footer(new Paragraph(
            properties,
            DocxParagraphs.Text("— ", "宋体", 28),
            new SimpleField(DocxParagraphs.Text("1", "宋体", 28)) { Instruction = " PAGE " },
            DocxParagraphs.Text(" —", "宋体", 28)));
        return new FooterReference { Type = type, Id = main.GetIdOfPart(part) };
    }
}
