using Bulletin.Issues;

namespace Bulletin.Tests.Issues.Layout;

/// <summary>The seed issue's PDF measured as a reader's tools see it (poppler's <c>pdftotext -bbox-layout</c>, <c>pdffonts</c>).</summary>
public class IssuePdfLayoutTests
{
    // GB/T 9704's text area in points: 28 mm from the left, 156 mm wide, 28 characters a line.
    private const double Left = 28 * 72 / 25.4;
    private const double Right = Left + 156 * 72 / 25.4;
    private const double Character = 156 * 72 / 25.4 / 28;

    private static readonly byte[] Pdf = IssuePdfRenderer.Render(SeedIssue.Model());
    private static readonly IReadOnlyList<PdfLine> Lines = Poppler.Lines(Pdf);

    [Fact]
    public void Every_body_line_but_a_paragraphs_last_ends_on_the_right_edge_of_the_text_area()
    {
        var inner = BodyParagraphs().SelectMany(p => p.SkipLast(1)).ToList();

        Assert.True(inner.Count > 40, $"only {inner.Count} inner body lines found");
        Assert.All(inner, line => Assert.True(Math.Abs(line.XMax - Right) <= 1, $"ends at {line.XMax:0.0} not {Right:0.0}: {line.Text}"));
    }

    [Fact]
    public void No_headline_line_holds_an_unclosed_quotation()
    {
        var printed = SeedIssue.Comparable(SeedIssue.Model().Series!.ToString());
        var headline = Lines.Where(l => l.Text.Length >= 4 && printed.Contains(l.Text, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(headline);
        Assert.Contains(headline, l => l.Text.Contains('“'));
        Assert.All(headline, l => Assert.Equal(l.Text.Count(c => c == '“'), l.Text.Count(c => c == '”')));
    }

    [Fact]
    public void The_last_line_of_the_colophon_lies_in_the_bottom_fifth_of_the_last_page()
    {
        var editors = Lines.Single(l => l.Text.StartsWith("责任编辑", StringComparison.Ordinal));

        Assert.Equal(Lines.Max(l => l.Page), editors.Page);
        Assert.InRange(editors.YMax, 842 * 0.8, 842);
    }

    [Fact]
    public void Pdffonts_lists_only_embedded_subsets_among_them_a_fangsong_face()
    {
        var fonts = Poppler.Fonts(Pdf);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.Name[6] == '+', $"{f.Name} ({f.Type}) is not an embedded subset"));
        Assert.Contains(fonts, f => f.Name.Contains("Fang", StringComparison.Ordinal));
        Assert.InRange(Pdf.Length, 1, 1024 * 1024);
    }

    // Body paragraphs: a line indented two characters, then lines starting at the left edge in the same size.
    private static IEnumerable<List<PdfLine>> BodyParagraphs()
    {
        List<PdfLine>? paragraph = null;
        foreach (var line in Lines.Where(l => !l.Text.StartsWith('—'))) // page numbers sit between a page's last line and the next's first
        {
            var startsParagraph = Math.Abs(line.XMin - (Left + 2 * Character)) < 1 && IsBodySize(line);
            var continues = paragraph is not null && Math.Abs(line.XMin - Left) < 1 && Math.Abs(line.Height - paragraph[0].Height) < 0.5;
            if (continues)
            {
                paragraph!.Add(line);
                continue;
            }
            if (paragraph is not null) yield return paragraph;
            paragraph = startsParagraph ? [line] : null;
        }
        if (paragraph is not null) yield return paragraph;
    }

    private static bool IsBodySize(PdfLine line) => line.Height > Character * 0.9 && line.Height < Character * 1.6;
}
