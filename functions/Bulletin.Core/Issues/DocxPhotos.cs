using Bulletin.Intake;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using static Bulletin.Issues.DocxParagraphs;

namespace Bulletin.Issues;

/// <summary>A photo in the DOCX: the image embedded as its own part (the bytes as stored), inline in a centred paragraph of its
/// own sized by <see cref="PhotoLayout"/>, turned as its EXIF orientation says, the caption centred below in a smaller size.</summary>
internal static class DocxPhotos
{
    private const long EmuPerTwip = 635;
    private const int TextHeight = 12756; // 225 mm
    private const int CaptionSize = 28;   // 四号, 14 pt

    public static IEnumerable<Paragraph> Photo(MainDocumentPart main, ArticlePhoto photo)
    {
        var part = main.AddImagePart(photo.ContentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var stream = photo.Content!.ToStream())
            part.FeedData(stream);
        var (width, height) = PhotoLayout.Fit(photo, TextWidth, TextHeight);
        // The picture's id (docPr) is unique in the document: the count of pictures so far.
        var id = (uint)main.ImageParts.Count();
        var picture = Paragraph(Centred(before: 120, after: photo.Caption.Length > 0 ? 0 : 120), new Run(Drawing(main.GetIdOfPart(part), id,
            (long)(width * EmuPerTwip), (long)(height * EmuPerTwip), photo)));
        picture.ParagraphProperties!.SnapToGrid = new SnapToGrid { Val = false }; // the grid's fixed lines would cut the picture
        yield return picture;
        if (photo.Caption.Length > 0)
            yield return Paragraph(Centred(after: 120), Text(photo.Caption, DocxFonts.Body, CaptionSize));
    }

    // Word and LibreOffice ignore a JPEG's EXIF orientation in a document, so a turned photo is drawn at its stored proportions
    // and turned by the picture's own transform; the effect extent makes the line as tall as the turned picture.
    private static Drawing Drawing(string relationshipId, uint id, long shownCx, long shownCy, ArticlePhoto photo)
    {
        var (degrees, mirrored) = PhotoLayout.Turn(photo.Orientation);
        var (cx, cy) = degrees % 180 == 0 ? (shownCx, shownCy) : (shownCy, shownCx);
        var grow = Math.Max(0, (shownCy - cy) / 2);
        var name = photo.Caption.Length > 0 ? photo.Caption : "图片";
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = grow, RightEdge = 0, BottomEdge = grow },
            new Wp.DocProperties { Id = id, Name = $"Picture {id}", Description = name },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0, Name = photo.Name }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy })
                    {
                        Rotation = degrees == 0 ? null : degrees * 60000, HorizontalFlip = mirrored ? true : null,
                    },
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
    }
}
