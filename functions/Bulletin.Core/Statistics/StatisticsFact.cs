using Bulletin.Intake;

namespace Bulletin.Statistics;

/// <summary>What statistics know of one submission: its unit, its China date of receipt, where review left it and
/// whether an issue printed it (first article: lead). Terms of the points rule count facts.</summary>
public sealed record StatisticsFact(string SubmissionId, string Unit, DateOnly ReceivedOn, SubmissionStatus Status, bool Published, bool Lead)
{
    /// <summary>How the fact answers a solicitation (约稿): <see cref="SolicitationOutcome.OnTime"/>, <see cref="SolicitationOutcome.Late"/>,
    /// or <see cref="SolicitationOutcome.Missing"/> for a unit that sent nothing by the deadline (then the fact is no submission).</summary>
    public string? Solicited { get; init; }

    /// <summary>The series (刊物 id) whose issue printed the submission, when published since series were recorded.</summary>
    public string? Series { get; init; }

    /// <summary>That series' kind (正刊, 增刊, 专报…) when the issue was made, for scoring kinds apart.</summary>
    public string? SeriesKind { get; init; }

    /// <summary>Printed as part of a 综合稿 (combined with other submissions) rather than as an article of its own (独编).</summary>
    public bool Combined { get; init; }
}
