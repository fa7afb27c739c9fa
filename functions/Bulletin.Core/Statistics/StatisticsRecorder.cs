using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Bulletin.Statistics.Storage;

namespace Bulletin.Statistics;

/// <summary>Keeps the statistics facts current as submissions and issues change (idempotent merges).</summary>
public sealed class StatisticsRecorder(StatisticsFactStore facts) : IStatisticsFeed
{
    public Task SubmissionChangedAsync(Submission submission, CancellationToken cancellationToken) =>
        facts.RecordSubmissionsAsync([submission], cancellationToken);

    public Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        issue.State == IssueState.Published ? facts.RecordPublicationsAsync(issue, cancellationToken) : Task.CompletedTask;

    public Task SolicitationAnsweredAsync(SolicitationOutcome outcome, CancellationToken cancellationToken) =>
        facts.RecordSolicitationAsync(outcome, cancellationToken);

    public Task UpperLevelsChangedAsync(string submissionId, string unit, IReadOnlyList<string> adoptionLevels, IReadOnlyList<string> instructionLevels,
        CancellationToken cancellationToken) =>
        facts.RecordUpperLevelsAsync(submissionId, unit, adoptionLevels, instructionLevels, cancellationToken);

    /// <summary>2020-020 in the default series, zhuanbao:2020-001 in another.</summary>
    public static string IssueName(AssembledIssue issue) => $"{IssueSeries.KeyPrefix(issue.SeriesId)}{issue.Year}-{issue.Number:D3}";
}
