using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Tests.Intake.Photos;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Bulletin.Tests.Issues;

/// <summary>A photo placed after an article's first paragraph shows there in all three documents, scaled to the 版心's width,
/// its caption centred below; the PDF carries the JPEG as it was stored (DCTDecode, not recompressed).</summary>
public sealed class IssuePhotoRenderingTests
{
    private const string Caption = "图为便民服务站内景";

    private static BulletinIssue Issue(int orientation = 1) => SeedIssue.Model() with
    {
        Articles =
        [
            new IssueArticle("矿山街道建成便民服务站", ["第一段正文。", "第二段正文。"], "矿山街道")
            {
                Photos = [new ArticlePhoto("abc.jpg", "image/jpeg", 320, 240, orientation, Caption, 1) { Content = BinaryData.FromBytes(TestPhotos.Jpeg) }],
            },
        ],
    };

    [Fact]
    public void The_HTML_has_the_image_and_its_caption_between_the_first_and_second_paragraph()
    {
        var html = IssueHtmlRenderer.Render(Issue());

        var image = html.IndexOf($"<img src=\"data:image/jpeg;base64,{Convert.ToBase64String(TestPhotos.Jpeg)}\"", StringComparison.Ordinal);
        Assert.True(image > html.IndexOf("第一段正文。", StringComparison.Ordinal), "the image follows the first paragraph");
        Assert.True(html.IndexOf($">{Caption}</p>", StringComparison.Ordinal) is var caption && caption > image, "the caption is below the image");
        Assert.True(html.IndexOf("第二段正文。", StringComparison.Ordinal) > caption, "the second paragraph follows the caption");
    }

    [Fact]
    public void The_DOCX_embeds_the_JPEG_as_it_is_inline_between_the_paragraphs_at_the_text_width()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(IssueDocxRenderer.Render(Issue())), false);

        var part = Assert.Single(docx.MainDocumentPart!.ImageParts);
        using var stream = new MemoryStream();
        part.GetStream().CopyTo(stream);
        Assert.Equal(TestPhotos.Jpeg, stream.ToArray());
        var texts = docx.MainDocumentPart.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Any() ? "[图片]" : p.InnerText).ToList();
        var at = texts.IndexOf("[图片]");
        Assert.EndsWith("第一段正文。", texts[at - 1]);
        Assert.Equal([Caption, "第二段正文。（矿山街道）"], texts[(at + 1)..(at + 3)]);
        var extent = docx.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.InRange(extent.Cx!.Value, 156 * 36000 - 2000, 156 * 36000 + 2000); // 156 mm in EMU
        Assert.InRange(extent.Cy!.Value, extent.Cx.Value * 240 / 320 - 2000, extent.Cx.Value * 240 / 320 + 2000);
    }

    [Fact]
    public void The_PDF_passes_the_JPEG_through_at_the_text_width_with_the_caption_centred_below()
    {
        using var pdf = PdfDocument.Open(IssuePdfRenderer.Render(Issue()));

        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(TestPhotos.Jpeg, image.RawBytes.ToArray());
        Assert.Equal("DCTDecode", image.ImageDictionary.Data["Filter"].ToString()!.TrimStart('/'));
        Assert.Equal(156 * 72 / 25.4, image.BoundingBox.Width, 0.5);
        var caption = LettersOf(page, Caption);
        Assert.All(caption, l => Assert.True(l.BoundingBox.Top <= image.BoundingBox.Bottom, "the caption is below the image"));
        var middle = (caption.Min(l => l.BoundingBox.Left) + caption.Max(l => l.BoundingBox.Right)) / 2;
        Assert.Equal(image.BoundingBox.Left + image.BoundingBox.Width / 2, middle, 2.0);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.True(text.IndexOf("第二段正文", StringComparison.Ordinal) > text.IndexOf(Caption, StringComparison.Ordinal), "the second paragraph follows the caption");
    }

    // The letters of the first place the page's text (in content order) reads text.
    private static List<UglyToad.PdfPig.Content.Letter> LettersOf(UglyToad.PdfPig.Content.Page page, string text)
    {
        var letters = page.Letters.ToList();
        var at = string.Concat(letters.Select(l => l.Value)).IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the page reads {text}");
        return letters.GetRange(at, text.Length);
    }

    [Fact]
    public void A_photo_turned_by_its_EXIF_orientation_prints_upright_in_the_PDF_taller_than_wide()
    {
        using var pdf = PdfDocument.Open(IssuePdfRenderer.Render(Issue(orientation: 6)));

        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));

        Assert.Equal(TestPhotos.Jpeg, image.RawBytes.ToArray());
        // The box's corners as placed on the page (PdfPig's Width and Height are the image's own sides, before turning).
        var box = image.BoundingBox;
        var corners = new[] { box.TopLeft, box.TopRight, box.BottomLeft, box.BottomRight };
        var (width, height) = (corners.Max(c => c.X) - corners.Min(c => c.X), corners.Max(c => c.Y) - corners.Min(c => c.Y));
        Assert.True(height > width, $"shown {width} × {height}");
        Assert.Equal(240.0 / 320, width / height, 0.01);
    }

    [Fact]
    public void A_photo_turned_by_its_EXIF_orientation_is_turned_by_the_DOCX_pictures_transform_at_its_stored_proportions()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(IssueDocxRenderer.Render(Issue(orientation: 6))), false);

        var body = docx.MainDocumentPart!.Document!.Body!;
        var transform = body.Descendants<DocumentFormat.OpenXml.Drawing.Transform2D>().Single();
        var extent = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        var effect = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.EffectExtent>().Single();
        Assert.Equal(90 * 60000, transform.Rotation!.Value);
        Assert.True(extent.Cx!.Value > extent.Cy!.Value, "drawn at the stored 320 × 240 proportions before turning");
        Assert.Equal(extent.Cx.Value, extent.Cy.Value + effect.TopEdge!.Value + effect.BottomEdge!.Value, 2.0); // the line is as tall as the turned picture
    }
}
