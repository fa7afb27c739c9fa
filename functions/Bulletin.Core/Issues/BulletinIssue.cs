using System.Text.Json.Serialization;
using Bulletin.Issues.Markings;

namespace Bulletin.Issues;

/// <summary>One numbered issue of the bulletin, as printed: masthead, number line, articles and footer.</summary>
/// <param name="BulletinName">The masthead title (报头), e.g. 上街信息.</param>
/// <param name="Number">The issue number within its year (第 N 期).</param>
/// <param name="TotalNumber">The running number over all years (总第 N 期), when kept.</param>
/// <param name="Office">The issuing office (编印单位).</param>
/// <param name="Date">The issue date.</param>
/// <param name="Series">The series headline over the articles, if any.</param>
/// <param name="Articles">The articles in printed order.</param>
/// <param name="SentUpTo">The 本期送 line: who the issue is sent up to.</param>
/// <param name="IssuedTo">The 发 line: who it is issued to.</param>
/// <param name="Editors">The responsible editors (责任编辑).</param>
public sealed record BulletinIssue(
    string BulletinName,
    int Number,
    int? TotalNumber,
    string Office,
    DateOnly Date,
    SeriesHeadline? Series,
    IReadOnlyList<IssueArticle> Articles,
    string SentUpTo,
    string IssuedTo,
    IReadOnlyList<string> Editors)
{
    // Left out of the content hash when unset, so an issue without markings hashes (and signs off) as it did before them.
    /// <summary>份号, 密级★保密期限 or 内部资料 注意保存 at the top left, 共印N份 in the 版记; null: none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PrintMarkings? Markings { get; init; }

    /// <summary>The 编者按 before the first article; null: none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EditorsNote { get; init; }

    /// <summary>Whether the number line says 增刊 (a 增刊 series whose masthead does not already say it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSupplement { get; init; }
}
