using System.Text.RegularExpressions;
using Bulletin.Issues;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Bulletin.Tests.Issues;

public partial class IssuePdfRendererTests
{
    private static readonly byte[] Pdf = IssuePdfRenderer.Render(SeedIssue.Model());

    [Fact]
    public void Its_text_extracted_in_content_order_reads_exactly_like_the_seed()
    {
        using var document = PdfDocument.Open(Pdf);

        var text = string.Concat(document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));

        Assert.Equal(SeedIssue.ReferenceText(), PageNumbers().Replace(SeedIssue.Comparable(text), ""));
    }

    [Fact]
    public void Chinese_characters_come_back_as_written_not_as_radicals()
    {
        using var document = PdfDocument.Open(Pdf);

        var text = SeedIssue.Comparable(string.Concat(document.GetPages().Select(p => p.Text)));

        Assert.Contains("区总工会点滴关爱助力疫情防控工作", text);
        Assert.Contains("2020年3月8日", text);
        Assert.DoesNotContain("⻚", text);
        Assert.DoesNotContain("⽉", text);
    }

    [Fact]
    public void The_font_is_embedded_as_a_subset_and_the_file_stays_small()
    {
        using var document = PdfDocument.Open(Pdf);

        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f));
        Assert.InRange(Pdf.Length, 1, 1024 * 1024); // issue 14: three subset faces (仿宋, heavy Song, 黑体), under 1 MB
    }

    [Fact]
    public void Pages_are_a4_and_numbered()
    {
        using var document = PdfDocument.Open(Pdf);

        Assert.All(document.GetPages(), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        Assert.All(document.GetPages(), p => Assert.Contains($"— {p.Number} —", p.Text));
    }

    [Fact]
    public void No_line_starts_with_closing_punctuation()
    {
        using var document = PdfDocument.Open(Pdf);

        var lineStarts = document.GetPages().SelectMany(p => p.Letters)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => g.MinBy(l => l.StartBaseLine.X)!.Value);

        Assert.DoesNotContain(lineStarts, s => "，。、；：！？）”".Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issues_render_side_by_side_on_several_threads()
    {
        var renders = Enumerable.Range(0, 4).Select(_ => Task.Run(() => IssuePdfRenderer.Render(SeedIssue.Model())));

        var pdfs = await Task.WhenAll(renders);

        Assert.All(pdfs, pdf => Assert.InRange(pdf.Length, Pdf.Length - 512, Pdf.Length + 512));
    }

    [GeneratedRegex("—\\d+—")]
    private static partial Regex PageNumbers();
}
