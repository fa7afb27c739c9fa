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
}
