using Bulletin.Issues;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Tests.Issues;

public class IssueDocxRendererTests
{
    private static readonly byte[] Docx = IssueDocxRenderer.Render(SeedIssue.Model());

    [Fact]
    public void The_document_validates_with_no_errors()
    {
        using var document = Open();

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Its_paragraphs_read_exactly_like_the_seed()
    {
        using var document = Open();

        var text = string.Concat(Paragraphs(document).Select(p => p.InnerText));

        Assert.Equal(SeedIssue.ReferenceText(), SeedIssue.Comparable(text));
    }

    [Fact]
    public void Lead_title_runs_are_bold_and_body_runs_are_not()
    {
        using var document = Open();

        var runs = Paragraphs(document).SelectMany(p => p.Elements<Run>()).ToList();
        var title = runs.Single(r => r.InnerText == "区总工会点滴关爱助力疫情防控工作");
        var body = runs.Single(r => r.InnerText.StartsWith("\u3000自抗击疫情", StringComparison.Ordinal));

        Assert.NotNull(title.RunProperties?.Bold);
        Assert.Null(body.RunProperties?.Bold);
    }

    [Fact]
    public void The_page_is_a4_and_the_masthead_red_and_named_in_office_fonts()
    {
        using var document = Open();
        var masthead = Paragraphs(document).First().Elements<Run>().Single();

        var page = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;

        Assert.Equal(11906u, page.Width!.Value);
        Assert.Equal(16838u, page.Height!.Value);
        Assert.Equal("上街信息", masthead.InnerText);
        Assert.Equal("C00000", masthead.RunProperties!.Color!.Val!.Value);
        Assert.Equal("方正小标宋简体", masthead.RunProperties.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Pages_are_numbered_on_the_outer_side()
    {
        using var document = Open();

        var footers = document.MainDocumentPart!.FooterParts.Select(f => f.Footer!).ToList();

        Assert.Equal(2, footers.Count);
        Assert.All(footers, f => Assert.Equal("— 1 —", f.InnerText));
        Assert.All(footers, f => Assert.Equal(" PAGE ", f.Descendants<SimpleField>().Single().Instruction!.Value));
    }

    [Fact]
    public void Body_paragraphs_are_justified_on_the_grid_of_22_lines()
    {
        using var document = Open();
        var body = Paragraphs(document).Where(p => p.ParagraphProperties?.Indentation?.FirstLineChars?.Value == 200).ToList();

        var grid = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<DocGrid>()!;

        Assert.True(body.Count >= 2, $"{body.Count} body paragraphs");
        Assert.All(body, p => Assert.Equal(JustificationValues.Both, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal((16838 - 2098 - 1984) / 22.0, grid.LinePitch!.Value, 1.0); // 225 mm in 22 lines
    }

    [Fact]
    public void The_series_headline_breaks_at_a_space_not_inside_its_quotation()
    {
        using var document = Open();
        var headline = Paragraphs(document).Single(p => p.InnerText.Contains("双胜利", StringComparison.Ordinal));

        var lines = headline.Elements<Run>().Select(r => r.InnerText).ToList();

        Assert.Equal(["精准服务 主动作为", "夺取疫情防控和经济社会发展“双胜利”（四）"], lines);
        Assert.Single(headline.Descendants<Break>());
    }

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Docx), false);

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>();
}
