using System.Globalization;

namespace Bulletin.Issues;

/// <summary>The printed wording of an issue's fixed lines, shared by the HTML, DOCX and PDF renderings.</summary>
public static class IssueText
{
    /// <summary>第20期, or 第20期（总第368期） when a running number is kept; 增刊第3期 in a 增刊 whose masthead does not say so.</summary>
    public static string NumberLine(BulletinIssue issue) => (issue.IsSupplement ? Publications.IssueSeries.Supplement : "") +
        (issue.TotalNumber is { } total
            ? $"第{Invariant(issue.Number)}期（总第{Invariant(total)}期）"
            : $"第{Invariant(issue.Number)}期");

    /// <summary>2020年3月8日: no leading zeros, no spaces.</summary>
    public static string Date(DateOnly date) =>
        $"{Invariant(date.Year)}年{Invariant(date.Month)}月{Invariant(date.Day)}日";

    /// <summary>本期送：区县处级领导.</summary>
    public static string SentUpToLine(BulletinIssue issue) => $"本期送：{issue.SentUpTo}";

    /// <summary>发：峡窝镇、各街道办事处、区直各单位负责同志.</summary>
    public static string IssuedToLine(BulletinIssue issue) => $"发：{issue.IssuedTo}";

    /// <summary>责任编辑：郝婕 李德昭 (names separated by one space).</summary>
    public static string EditorsLine(BulletinIssue issue) => $"责任编辑：{string.Join(' ', issue.Editors)}";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
