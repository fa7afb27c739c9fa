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
    ];

    public static StatisticsTerm? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
