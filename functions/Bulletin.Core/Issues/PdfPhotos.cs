using Bulletin.Intake;
using PdfSharp.Drawing;
using static Bulletin.Issues.PdfPageGeometry;

namespace Bulletin.Issues;

/// <summary>A photo in the PDF: the image as stored (PDFsharp embeds a JPEG as it is, DCTDecode, never recompressed), sized by
/// <see cref="PhotoLayout"/>, turned as its EXIF orientation says, the caption centred below it on the same page.</summary>
internal static class PdfPhotos
{
    private const double CaptionSize = 14, CaptionLineHeight = 22, Above = 8, Below = 10;

    public static void Photo(PdfTextFlow flow, ArticlePhoto photo, XFont captionFont)
    {
        var image = XImage.FromStream(photo.Content!.ToStream());
        var (width, height) = PhotoLayout.Fit(photo, TextWidth, TextHeight);
        var caption = new PdfSpan(photo.Caption, captionFont, XBrushes.Black);
        var captionHeight = photo.Caption.Length > 0 ? flow.LineCount(caption) * CaptionLineHeight : 0;
        flow.Picture(image, width, height, photo.Orientation, Above, captionHeight);
        if (captionHeight > 0)
            flow.Paragraph([caption], 0, centred: true, lineHeight: CaptionLineHeight);
        flow.Space(Below);
    }

    public static XFont CaptionFont(Func<string, double, XFont> font, IssueFaces faces) => font(faces.Body, CaptionSize);
}
