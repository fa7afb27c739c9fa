using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public partial class IssueHtmlRendererTests
{
    private static readonly string Html = IssueHtmlRenderer.Render(SeedIssue.Model());

    [Fact]
    public void The_seed_issue_reads_exactly_like_the_seed() =>
        Assert.Equal(SeedIssue.ReferenceText(), SeedIssue.Comparable(TextOf(Html)));

    [Fact]
    public void The_lines_come_in_the_seed_order()
    {
        string[] lines =
        [
            "上街信息", "第20期", "中共上街区委办公室", "2020年3月8日", "“双胜利”（四）",
            "新安路街道“3个+”保障重点项目有序推进", "机关科室", "（新安路街道）",
            "区总工会点滴关爱助力疫情防控工作", "（区总工会）",
            "本期送：区县处级领导", "发：峡窝镇、各街道办事处、区直各单位负责同志", "责任编辑：郝婕 李德昭",
        ];
        var text = TextOf(Html);

        var positions = lines.Select(l => text.IndexOf(l, StringComparison.Ordinal)).ToList();

        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Lead_titles_are_bold_and_run_into_their_body()
    {
        Assert.Contains(">新安路街道“3个+”保障重点项目有序推进</strong>\u3000近日", Html);
        Assert.Contains(">区总工会点滴关爱助力疫情防控工作</strong>\u3000自抗击疫情", Html);
    }

    [Fact]
    public void The_document_needs_nothing_from_outside_and_styles_inline_only()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html);
        Assert.DoesNotContain("http", Html);
        Assert.DoesNotContain("src=", Html);
        Assert.DoesNotContain("<link", Html);
        Assert.DoesNotContain("<script", Html);
        Assert.DoesNotContain("<style", Html);
        Assert.Contains("max-width:680px", Html);
    }

    [Fact]
    public void Text_from_the_model_is_html_encoded()
    {
        var issue = SeedIssue.Model() with { SentUpTo = "<script>alert(1)</script> & 区领导" };

        var html = IssueHtmlRenderer.Render(issue);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("本期送：&lt;script&gt;alert(1)&lt;/script&gt; &amp; 区领导", html);
    }

    [Fact]
    public void A_multi_paragraph_article_keeps_its_paragraphs_and_signs_only_the_last()
    {
        var article = new IssueArticle("标题", ["第一段。", "第二段。"], "区教育局");

        var html = IssueHtmlRenderer.Render(SeedIssue.Model() with { Articles = [article] });

        Assert.Contains("标题</strong>\u3000第一段。</p>", html);
        Assert.Contains(">第二段。（区教育局）</p>", html);
    }

    /// <summary>The visible text: the head dropped, tags stripped, entities decoded.</summary>
    private static string TextOf(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        return WebUtility.HtmlDecode(Tags().Replace(body, "\n"));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
