using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Bulletin.Issues.DocxParagraphs;

namespace Bulletin.Issues;

/// <summary>Renders an issue as a Word document laid out after GB/T 9704-2012: A4, 156 × 225 mm text area, fonts named.</summary>
public static class IssueDocxRenderer
{
    /// <summary>The document's bytes (.docx).</summary>
    public static byte[] Render(BulletinIssue issue)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<FontTablePart>().Fonts = DocxFonts.Table();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var body = Body(issue, main);
            body.Append(A4(DocxPageNumbers.Add(main)));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Body Body(BulletinIssue issue, MainDocumentPart main)
    {
        var body = new Body();
        body.Append(IssueDocxMarkings.Top(issue));
        body.Append(Masthead(issue));
        if (issue.Series is { } series)
            body.Append(Headline(series.ToString()));
        body.Append(IssueDocxMarkings.Note(issue.EditorsNote));
        foreach (var article in issue.Articles)
        {
            body.Append(IssueDocxMarkings.Note(article.EditorsNote));
            body.Append(Article(article, main));
        }
        body.Append(Footer(issue));
        return body;
    }

    // 18 pt in the 442 pt text area: 24 ideographs a line, broken at phrase boundaries with line breaks, not by Word.
    private static Paragraph Headline(string text)
    {
        var runs = HeadlineBreaker.Lines(text, 24).Select(line => Text(line, DocxFonts.Masthead, 36)).ToArray();
        foreach (var run in runs.Skip(1))
            run.InsertAfter(new Break(), run.RunProperties);
        return Paragraph(Centred(after: 240), runs);
    }

    private static IEnumerable<Paragraph> Masthead(BulletinIssue issue)
    {
        yield return Paragraph(Centred(before: 240, after: 240), Text(issue.BulletinName, DocxFonts.Masthead, 100, color: Red));
        yield return Paragraph(Centred(), Text(IssueText.NumberLine(issue), DocxFonts.Body, BodySize));
        var dateLine = new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(Rule<BottomBorder>(Red, 18)),
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "360" },
        };
        var date = Text(IssueText.Date(issue.Date), DocxFonts.Body, BodySize);
        date.InsertAfter(new TabChar(), date.RunProperties); // office left, date right on one line
        yield return Paragraph(dateLine, Text(issue.Office, DocxFonts.Body, BodySize), date);
    }

    private static IEnumerable<Paragraph> Article(IssueArticle article, MainDocumentPart main)
    {
        var paragraphs = article.PrintedParagraphs();
        yield return Paragraph(DocxParagraphs.Body(),
            Text(article.Title, DocxFonts.LeadTitle, BodySize, bold: true),
            Text("\u3000" + paragraphs[0], DocxFonts.Body, BodySize));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
                yield return Paragraph(DocxParagraphs.Body(), Text(paragraphs[i], DocxFonts.Body, BodySize));
            foreach (var photo in article.PhotosAfter(i, paragraphs.Count).SelectMany(p => DocxPhotos.Photo(main, p)))
                yield return photo;
        }
    }

    // A red rule above 本期送, between the lines and under 发: borders that differ, so Word does not merge them into one box.
    // One frame anchored to the bottom of the text area holds the three lines: the 版记 at the foot of the last page.
    private static IEnumerable<Paragraph> Footer(BulletinIssue issue)
    {
        yield return FooterLine(IssueText.SentUpToLine(issue), new ParagraphBorders(Rule<TopBorder>(Red, 8), Rule<BottomBorder>(Red, 8)));
        yield return FooterLine(IssueText.IssuedToLine(issue), new ParagraphBorders(Rule<BottomBorder>(Red, 8)));
        yield return IssueDocxMarkings.WithCopies(FooterLine(IssueText.EditorsLine(issue), null), issue, FooterSize);
    }

    private static Paragraph FooterLine(string text, ParagraphBorders? borders) => Paragraph(
        new ParagraphProperties
        {
            FrameProperties = new FrameProperties
            {
                Width = Twips(TextWidth),
                Wrap = TextWrappingValues.Around,
                HorizontalPosition = HorizontalAnchorValues.Margin,
                VerticalPosition = VerticalAnchorValues.Margin,
                XAlign = HorizontalAlignmentValues.Center,
                YAlign = VerticalAlignmentValues.Bottom,
            },
            ParagraphBorders = borders,
            SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" },
        },
        Text(text, DocxFonts.Body, FooterSize));

    private const int FooterSize = 28; // 四号

    private static SectionProperties A4(IEnumerable<FooterReference> footers) => new(
        [.. footers,
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 },
        // GB/T 9704's 22 lines; a character grid too (linesAndChars) makes LibreOffice 7.4 spread the seed over 6 pages, not 4.
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 }]);

    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            DocxFonts.Run(DocxFonts.Body),
            new FontSize { Val = "32" },
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault()));
}
