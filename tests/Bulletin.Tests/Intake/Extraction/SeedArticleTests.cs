using Bulletin.Intake.Extraction;
using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>The two articles of the seed issue, as units really send them.</summary>
public class SeedArticleTests
{
    [Fact]
    public void Docx_whose_bold_lead_title_runs_into_the_body_gives_that_title_and_the_body()
    {
        ExtractionAssert.Article(Article("seed-zonggonghui.article.txt"), Extract("seed-zonggonghui.docx"));
    }

    [Fact]
    public void Mail_text_wrapped_at_76_characters_gives_its_title_line_and_one_unbroken_paragraph()
    {
        var text = File.ReadAllText(PathOf("seed-xinanlu.mail.txt"));

        ExtractionAssert.Article(Article("seed-xinanlu.article.txt"), ArticleExtractor.FromMailText(text));
    }

    [Fact]
    public void Mail_text_wrapped_at_72_columns_without_a_title_line_gives_no_title_and_one_unbroken_paragraph()
    {
        var text = File.ReadAllText(PathOf("mail-wrapped-72-columns.txt"));

        var expected = Article("seed-zonggonghui.article.txt") with { Title = "" };
        ExtractionAssert.Article(expected, ArticleExtractor.FromMailText(text));
    }
}
