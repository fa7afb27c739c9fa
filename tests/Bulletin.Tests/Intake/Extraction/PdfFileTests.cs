using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>PDFs made with PdfPig's own builder and a Song TrueType face (see TestData/Extraction/README.md).</summary>
public class PdfFileTests
{
    [Fact]
    public void Pdf_lines_are_joined_into_paragraphs_under_the_short_title_line()
    {
        ExtractionAssert.Article(Article("text.pdf.expected.txt"), Extract("text.pdf"));
    }

    [Fact]
    public void Pdf_without_text_is_refused_as_a_probable_scan()
    {
        Assert.Equal(
            "PDF 中没有可提取的文字（可能是扫描件），请发送 Word 文档或直接在邮件正文中粘贴文字",
            Extract("scanned.pdf").Refusal);
    }

    [Fact]
    public void Pdf_cut_short_is_refused_as_damaged()
    {
        var bytes = File.ReadAllBytes(PathOf("text.pdf"))[..2000];

        var extraction = Bulletin.Intake.Extraction.ArticleExtractor.FromFile(new MemoryStream(bytes), "cut.pdf", null);

        Assert.False(extraction.Succeeded);
        Assert.StartsWith("PDF", extraction.Refusal);
    }
}
