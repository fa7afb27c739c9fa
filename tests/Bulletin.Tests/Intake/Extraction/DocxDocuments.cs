using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Small .docx files made in the test with the Open XML SDK, for one formatting rule each.</summary>
public static class DocxDocuments
{
    public static MemoryStream Create(Action<MainDocumentPart, Body> fill)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main, main.Document.Body!);
            main.Document.Save();
        }
        stream.Position = 0;
        return stream;
    }

    public static Paragraph Paragraph(params Run[] runs) => new(runs);

    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
            run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static void AddHeadingStyle(MainDocumentPart main, string styleId, string name)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(new Style(new StyleName { Val = name }) { StyleId = styleId, Type = StyleValues.Paragraph });
        part.Styles.Save();
    }
}
