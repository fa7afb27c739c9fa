using System.Text.RegularExpressions;
using Bulletin.Issues;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Issues;

/// <summary>The seed issue (上街信息 2020 第20期) as a model, and its text as the reference every rendering must read like.</summary>
internal static partial class SeedIssue
{
    public static string TestDataDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "Bulletin.Tests", "Issues", "TestData");

    public static BulletinIssue Model() => new(
        BulletinName: "上街信息",
        Number: 20,
        TotalNumber: null,
        Office: "中共上街区委办公室",
        Date: new DateOnly(2020, 3, 8),
        Series: new SeriesHeadline("精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”", 4),
        Articles:
        [
            new IssueArticle("新安路街道“3个+”保障重点项目有序推进", [Read("seed-article-xinanlu.txt")], "新安路街道"),
            new IssueArticle("区总工会点滴关爱助力疫情防控工作", [Read("seed-article-zonggonghui.txt")], "区总工会"),
        ],
        SentUpTo: "区县处级领导",
        IssuedTo: "峡窝镇、各街道办事处、区直各单位负责同志",
        Editors: ["郝婕", "李德昭"]);

    /// <summary>The seed's text without its markdown marks, rules and whitespace (page-break artefacts included).</summary>
    public static string ReferenceText() => Comparable(Markup().Replace(Read("seed-issue-2020-20.txt"), ""));

    /// <summary>Text with all whitespace removed, so line and page breaks do not count.</summary>
    public static string Comparable(string text) => Whitespace().Replace(text, "");

    /// <summary>A PDF's text in content order, comparable with <see cref="ReferenceText"/>: page numbers (—1—) dropped.</summary>
    public static string ComparablePdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)));
        return PdfPageNumbers().Replace(Comparable(text), "");
    }

    /// <summary>The seed's two articles live with the run command's <c>--demo</c>, whose units mail them in.</summary>
    public static string DemoArticleDirectory => Path.Combine(TestPaths.RepositoryRoot, "functions", "Bulletin.LocalHost", "Demo");

    /// <summary>A file of the test data, or one of the seed's articles (<c>seed-article-*.txt</c>).</summary>
    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(file.StartsWith("seed-article-", StringComparison.Ordinal) ? DemoArticleDirectory : TestDataDirectory, file)).Trim();

    [GeneratedRegex(@"^#+ |\*\*|^---$", RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex("—\\d+—")]
    private static partial Regex PdfPageNumbers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
