using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public class IssueArticleTests
{
    [Fact]
    public void The_last_paragraph_ends_with_the_unit_in_full_width_parentheses()
    {
        var article = new IssueArticle("标题", ["第一段。", "第二段。"], "新安路街道");

        Assert.Equal(["第一段。", "第二段。（新安路街道）"], article.PrintedParagraphs());
    }

    [Fact]
    public void A_text_that_already_ends_with_its_unit_does_not_get_it_twice()
    {
        var article = new IssueArticle("标题", ["正文。（区总工会）"], "区总工会");

        Assert.Equal(["正文。（区总工会）"], article.PrintedParagraphs());
    }

    [Fact]
    public void Blank_paragraphs_are_dropped_and_the_rest_kept_in_order()
    {
        var article = new IssueArticle("标题", [" 一。", "", "二。 "], "区教育局");

        Assert.Equal(["一。", "二。（区教育局）"], article.PrintedParagraphs());
    }
}
