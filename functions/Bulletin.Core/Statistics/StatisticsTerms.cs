using Bulletin.Intake;

namespace Bulletin.Statistics;

/// <summary>A named quantity counted per unit, usable in the points rule (<c>adopted=2</c>) and shown as a column.</summary>
/// <param name="Name">The name the points setting uses.</param>
/// <param name="Label">The column heading people read.</param>
/// <param name="Counts">How many this one fact adds (0 or 1 for the built-in terms).</param>
public sealed record StatisticsTerm(string Name, string Label, Func<StatisticsFact, int> Counts);

/// <summary>The terms statistics count. A new kind of fact (for example answers to a solicitation) adds its terms here;
/// the points rule, the page, the exports and the monthly report pick them up by name.</summary>
public static class StatisticsTerms
{
    public const string Submitted = "submitted";
    public const string Adopted = "adopted";
    public const string SentBack = "sent_back";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string PublishedLead = "published_lead";
    public const string SolicitedOnTime = "solicited_on_time";
    public const string SolicitedLate = "solicited_late";
    public const string SolicitedMissing = "solicited_missing";
    public const string Solo = "solo";
    public const string Combined = "combined";

    public static readonly IReadOnlyList<StatisticsTerm> All =
    [
        // A missing answer to a solicitation is a fact of its own, not a submission.
        new(Submitted, "报送数", f => f.Solicited == SolicitationOutcome.Missing ? 0 : 1),
        new(Adopted, "采用数", f => f.Status == SubmissionStatus.Adopted ? 1 : 0),
        new(SentBack, "退回修改", f => f.Status == SubmissionStatus.RevisionRequested ? 1 : 0),
        new(Rejected, "不采用", f => f.Status == SubmissionStatus.Rejected ? 1 : 0),
        new(Published, "刊发数", f => f.Published ? 1 : 0),
        new(PublishedLead, "头条数", f => f.Published && f.Lead ? 1 : 0),
        new(SolicitedOnTime, "约稿按时", f => f.Solicited == SolicitationOutcome.OnTime ? 1 : 0),
        new(SolicitedLate, "约稿逾期", f => f.Solicited == SolicitationOutcome.Late ? 1 : 0),
        new(SolicitedMissing, "约稿未报", f => f.Solicited == SolicitationOutcome.Missing ? 1 : 0),
        new(Solo, "独编", f => f.Published && !f.Combined ? 1 : 0),
        new(Combined, "综合", f => f.Published && f.Combined ? 1 : 0),
        .. SeriesKindTerms.All,
        .. UpperLevelTerms.All,
    ];

    /// <summary>Columns shown only when the period has something in them, each group with the terms that make it appear:
    /// 独编 beside 综合 (without 综合 it repeats 刊发数), series kinds, upper-level adoptions and 批示 by level.</summary>
    private static readonly IReadOnlyList<(IReadOnlyList<string> Terms, IReadOnlyList<string> ShownBy)> OptionalGroups =
    [
        ([Solo, Combined], [Combined]),
        (Names(SeriesKindTerms.All), Names(SeriesKindTerms.All)),
        (Names(UpperLevelTerms.All.Where(t => t.Name.StartsWith(UpperLevelTerms.UpperPrefix))), Names(UpperLevelTerms.All.Where(t => t.Name.StartsWith(UpperLevelTerms.UpperPrefix)))),
        (Names(UpperLevelTerms.All.Where(t => t.Name.StartsWith(UpperLevelTerms.InstructionPrefix))), Names(UpperLevelTerms.All.Where(t => t.Name.StartsWith(UpperLevelTerms.InstructionPrefix)))),
    ];

    /// <summary>The terms to show as columns for a table whose total counts are <paramref name="total"/>: every term but
    /// the optional groups that count nothing in it (the points rule still weighs every term).</summary>
    public static IReadOnlyList<StatisticsTerm> Shown(IReadOnlyDictionary<string, int> total) =>
        All.Where(t => OptionalGroups.FirstOrDefault(g => g.Terms.Contains(t.Name)) is not { Terms: not null } group
            || group.ShownBy.Any(name => total.GetValueOrDefault(name) != 0)).ToList();

    private static IReadOnlyList<string> Names(IEnumerable<StatisticsTerm> terms) => terms.Select(t => t.Name).ToList();

    public static StatisticsTerm? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
