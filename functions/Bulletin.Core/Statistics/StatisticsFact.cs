using Bulletin.Intake;

namespace Bulletin.Statistics;

/// <summary>What statistics know of one submission: its unit, its China date of receipt, where review left it and
/// whether an issue printed it (first article: lead). Terms of the points rule count facts.</summary>
public sealed record StatisticsFact(string SubmissionId, string Unit, DateOnly ReceivedOn, SubmissionStatus Status, bool Published, bool Lead)
{
    /// <summary>How the fact answers a solicitation (约稿): <see cref="SolicitationOutcome.OnTime"/>, <see cref="SolicitationOutcome.Late"/>,
    /// or <see cref="SolicitationOutcome.Missing"/> for a unit that sent nothing by the deadline (then the fact is no submission).</summary>
    public string? Solicited { get; init; }
}

/// <summary>Where a published submission was printed, as recorded at publication since series exist: the issue
/// (<c>2020-020</c>, <c>zhuanbao:2020-001</c>), its series and the series' kind (正刊, 增刊, 专报…) when the issue was made, and
/// whether the submission was an article of its own (独编) or part of a 综合稿 (<paramref name="Combined"/>).</summary>
public sealed record StatisticsPrinting(string SubmissionId, string Unit, DateOnly ReceivedOn, string Issue, string Series, string SeriesKind, bool Combined);
