using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Bulletin.Issues.PdfPageGeometry;

namespace Bulletin.Issues;

/// <summary>Renders an issue as an A4 PDF, body in 仿宋, masthead in a heavy Song, lead titles in 黑体, each face embedded as a
/// subset, its text extractable in reading order.</summary>
public static class IssuePdfRenderer
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor RedColour = XColor.FromArgb(0xC0, 0x00, 0x00);
    private static readonly XBrush Red = new XSolidBrush(RedColour);
    private static readonly XBrush Black = XBrushes.Black;

    /// <summary>The document's bytes (.pdf), set in <paramref name="faces"/> (by default the carried faces).</summary>
    public static byte[] Render(BulletinIssue issue, IssueFaces? faces = null)
    {
        IssueFontResolver.Install();
        faces ??= IssueFaces.Carried;
        var body = Font(faces.Body, BodySize);
        using var document = new PdfDocument();
        document.Info.Title = $"{issue.BulletinName} {IssueText.NumberLine(issue)}";
        document.Info.Creator = "Bulletin";
        using (var flow = new PdfTextFlow(document))
        {
            IssuePdfMarkings.Top(flow, issue, faces, body);
            Masthead(flow, issue, faces, body);
            if (issue.Series is { } series)
                flow.Headline(new(series.ToString(), Font(faces.Masthead, 18), Black), lineHeight: 30);
            IssuePdfMarkings.Note(flow, issue.EditorsNote, faces);
            foreach (var article in issue.Articles)
            {
                IssuePdfMarkings.Note(flow, article.EditorsNote, faces);
                Article(flow, article, faces, body);
            }
            Footer(flow, issue, faces);
        }
        NumberPages(document, faces);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Masthead(PdfTextFlow flow, BulletinIssue issue, IssueFaces faces, XFont body)
    {
        flow.Line(new(issue.BulletinName, Font(faces.Masthead, 54), Red), XStringAlignment.Center, 74);
        flow.Line(new(IssueText.NumberLine(issue), body, Black), XStringAlignment.Center, LineHeight);
        flow.LeftAndRight(new(issue.Office, body, Black), new(IssueText.Date(issue.Date), body, Black), LineHeight);
        flow.Rule(new XPen(RedColour, 2), 2, 18);
    }

    private static void Article(PdfTextFlow flow, IssueArticle article, IssueFaces faces, XFont body)
    {
        var paragraphs = article.PrintedParagraphs();
        var title = new PdfSpan(article.Title, Font(faces.LeadTitle, BodySize), Black);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            flow.Paragraph(i == 0 ? [title, new("\u3000" + paragraphs[0], body, Black)] : [new(paragraphs[i], body, Black)], 2 * BodySize);
            foreach (var photo in article.PhotosAfter(i, paragraphs.Count))
                PdfPhotos.Photo(flow, photo, PdfPhotos.CaptionFont(Font, faces));
        }
    }

    // The 版记 at the foot of the last page (GB/T 9704), between red rules like the masthead's (the issue's house style).
    private static void Footer(PdfTextFlow flow, BulletinIssue issue, IssueFaces faces)
    {
        var font = Font(faces.Body, 14);
        var lines = new PdfSpan[]
        {
            new(IssueText.SentUpToLine(issue), font, Black),
            new(IssueText.IssuedToLine(issue), font, Black),
            new(IssueText.EditorsLine(issue), font, Black),
        };
        const double gap = 12, lineHeight = 26;
        flow.AtFoot(gap + lines.Sum(l => flow.LineCount(l)) * lineHeight);
        var pen = new XPen(RedColour, 0.75);
        flow.Rule(pen, gap, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) flow.Rule(pen, 0, 0);
            if (i < lines.Length - 1 || !IssuePdfMarkings.TryLastFooterLine(flow, issue, lines[i], lineHeight))
                flow.Paragraph([lines[i]], 0, lineHeight: lineHeight);
        }
    }

    // "— 1 —" under the text area, on the outer side: right on odd pages, left on even ones.
    private static void NumberPages(PdfDocument document, IssueFaces faces)
    {
        var font = Font(faces.Body, 14);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"— {(i + 1).ToString(CultureInfo.InvariantCulture)} —";
            var width = graphics.MeasureString(text, font).Width;
            var x = i % 2 == 0 ? Left + TextWidth - width - 14 : Left + 14;
            graphics.DrawString(text, font, Black, x, PageNumberBaseline, XStringFormats.BaseLineLeft);
        }
    }

    internal static XFont Font(string family, double size) => new(family, size, XFontStyleEx.Regular, Unicode);
}
