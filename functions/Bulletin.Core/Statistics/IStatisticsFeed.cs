using Bulletin.Intake;
using Bulletin.Issues;

namespace Bulletin.Statistics;

/// <summary>Told where submissions and issues change, so statistics stay current without reading the source tables.
/// Every call must be safe to repeat: callers call again when a retried step repeats the change.</summary>
public interface IStatisticsFeed
{
    /// <summary>The submission was registered or decided on; <paramref name="submission"/> is its state now.</summary>
    Task SubmissionChangedAsync(Submission submission, CancellationToken cancellationToken);

    /// <summary>The issue was published (its articles printed, the first as the lead article).</summary>
    Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken);

    /// <summary>A unit's answer to a solicitation is known: its submission on time or late, or missing after the deadline.</summary>
    Task SolicitationAnsweredAsync(SolicitationOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The upper-level adoptions or 领导批示 of an adopted submission changed; the lists hold the level of every
    /// record it has now (one entry per record).</summary>
    Task UpperLevelsChangedAsync(string submissionId, string unit, IReadOnlyList<string> adoptionLevels, IReadOnlyList<string> instructionLevels,
        CancellationToken cancellationToken);
}

/// <summary>Where a unit stands on one solicitation (约稿), for scoring.</summary>
/// <param name="SubmissionId">The answering submission; null when the unit let the deadline pass without one.</param>
/// <param name="Deadline">The solicitation's deadline: a missing answer counts on its China date.</param>
/// <param name="Outcome"><see cref="OnTime"/>, <see cref="Late"/> or <see cref="Missing"/>.</param>
public sealed record SolicitationOutcome(int Solicitation, string Unit, string? SubmissionId, DateTimeOffset Deadline, string Outcome)
{
    public const string OnTime = "on_time";
    public const string Late = "late";
    public const string Missing = "missing";
}
