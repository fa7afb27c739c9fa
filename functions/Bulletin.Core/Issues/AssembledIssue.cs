using Bulletin.Issues.Markings;

namespace Bulletin.Issues;

/// <summary>An issue as the workflow keeps it: its number within <paramref name="Year"/> (China time), its state,
/// and everything printed, articles in the editor's order.</summary>
public sealed record AssembledIssue(
    int Year,
    int Number,
    int TotalNumber,
    IssueState State,
    string BulletinName,
    string Office,
    DateOnly Date,
    SeriesHeadline? Series,
    IReadOnlyList<AssembledArticle> Articles,
    string SentUpTo,
    string IssuedTo,
    IReadOnlyList<string> Editors)
{
    /// <summary>The series (刊物) the issue belongs to; issues made before series existed belong to the default one.</summary>
    public string SeriesId { get; init; } = Bulletin.Issues.Publications.IssueSeries.DefaultId;

    /// <summary>The series' kind (正刊, 增刊, 专报…) when the issue was made.</summary>
    public string SeriesKind { get; init; } = "正刊";

    /// <summary>The series' name when the issue was made (上街信息, 信息专报): what mail subjects call it; issues made
    /// before it was kept read their masthead.</summary>
    public string SeriesName { get => _seriesName ?? BulletinName; init => _seriesName = value; }
    private readonly string? _seriesName;

    /// <summary>Whether the issue prints its running number (总第 N 期); off when the series keeps none.</summary>
    public bool PrintsTotal { get; init; } = true;

    /// <summary>密级, 保密期限, 内部资料, 份号 and 共印N份 as printed on this issue.</summary>
    public PrintMarkings Markings { get; init; } = PrintMarkings.None;

    /// <summary>The 编者按 printed before the first article; null: none.</summary>
    public string? EditorsNote { get; init; }

    /// <summary>The model the renderers print.</summary>
    public BulletinIssue ToBulletinIssue() => new(
        BulletinName, Number, PrintsTotal ? TotalNumber : null, Office, Date, Series, Articles.Select(a => a.ToIssueArticle()).ToList(), SentUpTo, IssuedTo, Editors)
    {
        Markings = Markings.IsNone ? null : Markings, EditorsNote = EditorsNote,
        IsSupplement = SeriesKind == Bulletin.Issues.Publications.IssueSeries.Supplement && !BulletinName.Contains(Bulletin.Issues.Publications.IssueSeries.Supplement, StringComparison.Ordinal),
    };
}
