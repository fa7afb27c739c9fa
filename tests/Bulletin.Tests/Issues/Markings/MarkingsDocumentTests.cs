using System.Net;
using System.Text.RegularExpressions;
using Bulletin.Issues;
using Bulletin.Issues.Markings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Tests.Issues.Markings;

/// <summary>The DOCX and HTML renderings print the markings in the standard's order, and an issue without markings as before.</summary>
public partial class MarkingsDocumentTests
{
    // Top left, masthead, headline, issue note, first article, article note, its article, 版记 ending in the count.
    private static readonly string[] Order =
    [
        "000123", "秘密★1年", "上街信息", "第20期", "“双胜利”（四）", "编者按：本期刊发", "新安路街道“3个+”保障重点项目有序推进",
        "编者按：区总工会的做法", "区总工会点滴关爱助力疫情防控工作", "本期送：区县处级领导", "责任编辑：郝婕 李德昭", "（共印50份）",
    ];

    [Fact]
    public void The_docx_holds_every_marking_in_order_and_validates()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(IssueDocxRenderer.Render(MarkedSeedIssue.Model())), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document));
        MarkedSeedIssue.AssertInOrder(Order, string.Join("\n", paragraphs.Select(p => p.InnerText)));
        Assert.Equal("黑体", paragraphs[1].Elements<Run>().Single().RunProperties!.RunFonts!.EastAsia!.Value);
        var note = paragraphs.Single(p => p.InnerText.StartsWith("编者按：本期", StringComparison.Ordinal));
        Assert.Equal("楷体_GB2312", note.Elements<Run>().Single().RunProperties!.RunFonts!.EastAsia!.Value);
        var last = paragraphs.Single(p => p.InnerText.StartsWith("责任编辑", StringComparison.Ordinal));
        Assert.Equal(TabStopValues.Right, last.ParagraphProperties!.Tabs!.Elements<TabStop>().Single().Val!.Value);
    }

    [Fact]
    public void The_html_holds_every_marking_in_order_with_notes_in_a_kai_face()
    {
        var html = IssueHtmlRenderer.Render(MarkedSeedIssue.Model());

        MarkedSeedIssue.AssertInOrder(Order, WebUtility.HtmlDecode(Tags().Replace(html[html.IndexOf("<body", StringComparison.Ordinal)..], "\n")));
        Assert.Equal(2, Regex.Count(html, "class=\"editors-note\" style=\"[^\"]*'楷体_GB2312'"));
    }

    [Fact]
    public void An_issue_without_markings_hashes_and_renders_as_before_markings_existed()
    {
        var issue = new AssembledIssue(2020, 20, 0, IssueState.Draft, "上街信息", "办公室", new DateOnly(2020, 3, 8), null,
            [new AssembledArticle("20200301-AAAAAA", "标题", ["正文。"], "区总工会")], "区领导", "各单位", ["郝婕"]).ToBulletinIssue();

        // The content hash (what a 签发 link signs) is of this JSON: unset markings must leave it as it was.
        var json = System.Text.Json.JsonSerializer.Serialize(issue);

        Assert.DoesNotContain("Markings", json);
        Assert.DoesNotContain("EditorsNote", json);
        Assert.DoesNotContain("IsSupplement", json);
        Assert.DoesNotContain("编者按", IssueHtmlRenderer.Render(issue));
    }

    [Fact]
    public void An_unclassified_issue_prints_no_copy_number_even_when_one_was_stored()
    {
        var markings = new MarkingsChange("无", null, true, null).ApplyTo(new PrintMarkings("机密", "5年", false, 30, 7));

        Assert.Equal([PrintMarkings.InternalLine], markings.TopLines());
        Assert.Null(markings.CopyNumber);
        Assert.Equal("（共印30份）", markings.CopiesText);
    }

    [Fact]
    public void A_supplement_whose_masthead_does_not_say_so_says_it_in_the_number_line()
    {
        var issue = new AssembledIssue(2020, 3, 0, IssueState.Draft, "上街信息", "办公室", new DateOnly(2020, 3, 8), null, [], "区领导", "各单位", ["郝婕"])
        {
            SeriesKind = "增刊", PrintsTotal = false,
        };

        Assert.Equal("增刊第3期", IssueText.NumberLine(issue.ToBulletinIssue()));
        Assert.Equal("第3期", IssueText.NumberLine((issue with { BulletinName = "上街信息增刊" }).ToBulletinIssue()));
        Assert.Equal("第3期", IssueText.NumberLine((issue with { SeriesKind = "正刊" }).ToBulletinIssue()));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
