using Bulletin.Issues;
using Bulletin.Issues.Markings;
using Bulletin.Tests.Issues.Layout;

namespace Bulletin.Tests.Issues.Markings;

/// <summary>Where the PDF puts the print markings, as poppler's <c>pdftotext -bbox-layout</c> measures them (GB/T 9704-2012 7.2, 10).</summary>
public class MarkingsPdfLayoutTests
{
    private const double Left = 28 * 72 / 25.4;
    private const double Right = Left + 156 * 72 / 25.4;
    private const double Top = 37 * 72 / 25.4;
    private const double LineHeight = 225 * 72 / 25.4 / 22;

    private static readonly byte[] Pdf = IssuePdfRenderer.Render(MarkedSeedIssue.Model());
    private static readonly IReadOnlyList<PdfLine> Lines = Poppler.Lines(Pdf);

    [Fact]
    public void The_copy_number_is_the_first_line_of_page_one_flush_left_in_the_text_area()
    {
        var first = Lines[0];

        Assert.Equal(("000123", 1), (first.Text, first.Page));
        Assert.InRange(first.XMin, Left - 1, Left + 1);
        Assert.InRange(first.YMin, Top - 1, Top + LineHeight);
    }

    [Fact]
    public void The_classification_with_its_period_lies_flush_left_on_the_next_line_above_the_masthead()
    {
        var copyNumber = Lines.Single(l => l.Text == "000123");
        var classification = Lines.Single(l => l.Text == "秘密★1年");
        var masthead = Lines.First(l => l.Text == "上街信息");

        Assert.Equal(1, classification.Page);
        Assert.InRange(classification.XMin, Left - 1, Left + 1);
        Assert.InRange(classification.YMin, copyNumber.YMax, masthead.YMin);
        Assert.True(classification.XMax < (Left + Right) / 2, "the classification is not at the left");
    }

    [Fact]
    public void The_copies_printed_lie_at_the_right_of_the_colophons_last_line_on_the_last_page()
    {
        var editors = Lines.Single(l => l.Text.StartsWith("责任编辑", StringComparison.Ordinal));
        var copies = Lines.Single(l => l.Text.EndsWith("（共印50份）", StringComparison.Ordinal));

        Assert.Equal(Lines.Max(l => l.Page), copies.Page);
        Assert.Equal(editors.Page, copies.Page);
        Assert.InRange(copies.YMax, editors.YMax - 1, editors.YMax + 1);
        Assert.InRange(copies.XMax, Right - 1, Right + 1);
        Assert.True(copies.XMin > (Left + Right) / 2, "the count is not at the right");
        Assert.InRange(copies.YMax, 842 * 0.8, 842);
    }

    [Fact]
    public void The_issue_note_comes_after_the_headline_and_before_the_first_article_and_the_article_note_before_its_article()
    {
        var text = string.Concat(Lines.Select(l => l.Text));

        var order = new[] { "“双胜利”（四）", "编者按：本期刊发", "新安路街道“3个+”", "编者按：区总工会的做法", "区总工会点滴关爱" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();

        Assert.All(order, p => Assert.True(p >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Editors_notes_are_set_in_an_embedded_kai_face()
    {
        var fonts = Poppler.Fonts(Pdf);

        Assert.Contains(fonts, f => $"{f.Name} {f.Type}".Contains("Kai", StringComparison.OrdinalIgnoreCase) && f.Embedded && f.Subset);
    }

    [Fact]
    public void An_internal_issue_prints_its_notice_as_the_first_line_and_no_copy_number()
    {
        var lines = Poppler.Lines(IssuePdfRenderer.Render(SeedIssue.Model() with { Markings = new PrintMarkings(null, null, true, null) }));

        Assert.Equal(PrintMarkings.InternalLine.Replace(" ", ""), lines[0].Text);
        Assert.InRange(lines[0].XMin, Left - 1, Left + 1);
        Assert.Equal("上街信息", lines[1].Text);
        Assert.DoesNotContain(lines, l => l.Text.Contains("共印", StringComparison.Ordinal));
    }
}
