using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>.txt files in the encodings Chinese offices save them in.</summary>
public class TextFileTests
{
    [Theory]
    [InlineData("gbk.txt")]
    [InlineData("utf8-bom.txt")]
    [InlineData("utf16-bom.txt")]
    public void Text_file_is_decoded_and_gives_its_title_line_and_body(string name)
    {
        ExtractionAssert.Article(Article("seed-zonggonghui.article.txt"), Extract(name));
    }

    [Fact]
    public void Text_file_without_extension_is_recognised_by_its_content_type()
    {
        using var stream = File.OpenRead(PathOf("gbk.txt"));

        var extraction = Bulletin.Intake.Extraction.ArticleExtractor.FromFile(stream, "稿件", "text/plain; charset=gbk");

        Assert.Equal("区总工会点滴关爱助力疫情防控工作", extraction.Article?.Title);
    }

    [Fact]
    public void Binary_file_named_txt_is_refused_as_not_text()
    {
        var bytes = File.ReadAllBytes(PathOf("scanned.pdf")).Concat(new byte[16]).ToArray();

        var extraction = Bulletin.Intake.Extraction.ArticleExtractor.FromFile(new MemoryStream(bytes), "稿件.txt", null);

        ExtractionAssert.Refused(extraction, "不是文本文件");
    }
}
