using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Reads a .docx with the Open XML SDK after <see cref="ZipBombGuard"/> has passed it: the main document's
/// paragraphs in order, each table cell's paragraphs as paragraphs; footnotes, comments and headers are other
/// parts and never read.
/// </summary>
internal static class DocxReader
{
    public static (IReadOnlyList<SourceParagraph> Paragraphs, IReadOnlyList<ExtractedPhoto> Photos) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            ZipBombGuard.Check(stream);
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new UnreadableDocumentException(Refusals.DamagedDocx);
            var body = main.Document?.Body ?? throw new UnreadableDocumentException(Refusals.DamagedDocx);
            var paragraphs = new List<SourceParagraph>();
            var styles = DocxStyles.Of(main);
            var reader = new DocxParagraphReader(styles);
            var pictures = new DocxPictures(main, styles);
            Collect(body, reader, pictures, paragraphs);
            return (paragraphs, pictures.Found);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException
            or FileFormatException or IOException or NotSupportedException)
        {
            throw new UnreadableDocumentException(Refusals.DamagedDocx);
        }
    }

    // Paragraphs directly in the body, in tables (nested too) and in content controls, in document order.
    private static void Collect(OpenXmlElement container, DocxParagraphReader reader, DocxPictures pictures, List<SourceParagraph> paragraphs)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    var text = reader.Read(p).ToList();
                    if (pictures.Read(p, text))
                        paragraphs.AddRange(text);
                    break;
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow
                    or SdtCell or SdtContentCell or CustomXmlBlock or CustomXmlRow or CustomXmlCell:
                    Collect(element, reader, pictures, paragraphs);
                    break;
            }
        }
    }
}
