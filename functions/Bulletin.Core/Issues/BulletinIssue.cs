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
    IReadOnlyList<string> Editors);
