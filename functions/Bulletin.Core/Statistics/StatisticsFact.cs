using Bulletin.Intake;

namespace Bulletin.Statistics;

/// <summary>What statistics know of one submission: its unit, its China date of receipt, where review left it and
/// whether an issue printed it (first article: lead). Terms of the points rule count facts.</summary>
public sealed record StatisticsFact(string SubmissionId, string Unit, DateOnly ReceivedOn, SubmissionStatus Status, bool Published, bool Lead)
{
    /// <summary>How the fact answers a solicitation (约稿): <see cref="SolicitationOutcome.OnTime"/>, <see cref="SolicitationOutcome.Late"/>,
    /// or <see cref="SolicitationOutcome.Missing"/> for a unit that sent nothing by the deadline (then the fact is no submission).</summary>
    public string? Solicited { get; init; }

    /// <summary>The level (市, 省, 国家) of each upper-level bulletin that adopted the submission, one entry per adoption.</summary>
    public IReadOnlyList<string> UpperAdoptions { get; init; } = [];

    /// <summary>The level (区, 市, 省, 国家) of each leader's instruction (领导批示) on the submission.</summary>
    public IReadOnlyList<string> Instructions { get; init; } = [];

    /// <summary>The series (id) and its kind (正刊, 增刊, 专报) the submission was printed in, when the issue said so.</summary>
    public string? Series { get; init; }
    public string? SeriesKind { get; init; }

    /// <summary>Printed as part of a 综合稿 (an article combined from several units' submissions), not 独编.</summary>
    public bool Combined { get; init; }
}

/// <summary>Where a published submission was printed, as recorded at publication since series exist: the issue
/// (<c>2020-020</c>, <c>zhuanbao:2020-001</c>), its series and the series' kind (正刊, 增刊, 专报…) when the issue was made, and
/// whether the submission was an article of its own (独编) or part of a 综合稿 (<paramref name="Combined"/>).</summary>
public sealed record StatisticsPrinting(string SubmissionId, string Unit, DateOnly ReceivedOn, string Issue, string Series, string SeriesKind, bool Combined);
