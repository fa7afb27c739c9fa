using Bulletin.Intake;
using Bulletin.Issues;
using DocumentFormat.OpenXml.Packaging;

namespace Bulletin.Tests.Issues;

public class CombinedArticleTests
{
    private const string Format = "根据{units}报送信息综合";

    [Fact]
    public void An_article_of_two_units_prints_the_combined_unit_line_in_html_docx_and_pdf_text()
    {
        var article = CombinedArticle.From([Adopted("a", "新安路街道", "新安路街道开展红色帮办"), Adopted("b", "区总工会", "区总工会送温暖")],
            new DraftArticle(["a", "b"], null, null), Format);
        var issue = SeedIssue.Model() with { Articles = [article.ToIssueArticle()] };

        var html = IssueHtmlRenderer.Render(issue);

        Assert.Contains("（根据新安路街道、区总工会报送信息综合）", html);
        Assert.Contains("新安路街道开展红色帮办", html);
        Assert.Equal([new ArticleSource("a", "新安路街道"), new ArticleSource("b", "区总工会")], article.Contributors);
        Assert.True(article.IsCombined);
        using var docx = WordprocessingDocument.Open(new MemoryStream(IssueDocxRenderer.Render(issue)), false);
        Assert.Contains("（根据新安路街道、区总工会报送信息综合）", SeedIssue.Comparable(docx.MainDocumentPart!.Document!.Body!.InnerText));
    }

    [Fact]
    public void The_text_of_a_combined_article_joins_its_submissions_in_order_and_the_editor_may_replace_title_and_text()
    {
        Submission[] sources = [Adopted("a", "新安路街道", "甲"), Adopted("b", "区总工会", "乙"), Adopted("c", "新安路街道", "丙")];

        var joined = CombinedArticle.From(sources, new DraftArticle(["a", "b", "c"], null, null), Format);
        var written = CombinedArticle.From(sources, new DraftArticle(["a", "b", "c"], "综合标题", "第一段\n\n第二段"), Format);

        Assert.Equal(["甲的正文。", "乙的正文。", "丙的正文。"], joined.Paragraphs);
        Assert.Equal("根据新安路街道、区总工会报送信息综合", joined.Unit);
        Assert.Equal("综合标题", written.Title);
        Assert.Equal(["第一段", "第二段"], written.Paragraphs);
        Assert.False(CombinedArticle.From([sources[0]], new DraftArticle(["a"], null, null), Format).IsCombined);
    }

    private static Submission Adopted(string id, string unit, string title) => new(id, unit, "officer@example.org", "信息员", SubmissionSource.Email,
        title, [$"{title}的正文。"], [], SubmissionStatus.Adopted, DateTimeOffset.UnixEpoch, null);
}
