using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace Bulletin.Intake.Extraction;

/// <summary>The inline pictures of a .docx's paragraphs (DrawingML blips) and their captions. A caption is the paragraph right
/// after the picture when it is styled Caption/题注, or short (≤ 60 characters) and centred or starting with 图 (图1、图为…);
/// it is taken out of the text. Each picture follows the text read before it.</summary>
internal sealed class DocxPictures(MainDocumentPart main, DocxStyles styles)
{
    private const int CaptionMax = 60;
    private readonly List<ExtractedPhoto> found = [];
    private int awaitingCaption = -1; // index in found of the picture the next paragraph may caption
    private string lastText = "";

    public IReadOnlyList<ExtractedPhoto> Found => found;

    /// <summary>Takes in one paragraph with what the text reader made of it; false when the paragraph is a caption and is no text.</summary>
    public bool Read(Paragraph paragraph, IReadOnlyList<SourceParagraph> text)
    {
        var plain = ParagraphText.Clean(string.Concat(text.Select(t => t.Text)));
        var blips = paragraph.Descendants<A.Blip>().Select(b => b.Embed?.Value).OfType<string>().ToList();
        if (blips.Count == 0 && awaitingCaption >= 0 && plain.Length > 0)
        {
            var caption = IsCaption(paragraph, plain, text);
            if (caption)
                found[awaitingCaption] = found[awaitingCaption] with { Caption = plain };
            awaitingCaption = -1;
            if (caption)
                return false;
        }
        if (plain.Length > 0)
            lastText = plain;
        foreach (var id in blips)
            if (main.TryGetPartById(id, out var part) && part is ImagePart image)
            {
                using var stream = image.GetStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                found.Add(new ExtractedPhoto(Path.GetFileName(image.Uri.OriginalString), copy.ToArray(), "", lastText));
                awaitingCaption = found.Count - 1;
            }
        return true;
    }

    private bool IsCaption(Paragraph paragraph, string plain, IReadOnlyList<SourceParagraph> text)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styles.IsCaption(styleId)
            || (plain.Length <= CaptionMax && (text.Any(t => t.IsCentred) || plain.StartsWith('图') || plain.StartsWith("（图", StringComparison.Ordinal)));
    }
}
