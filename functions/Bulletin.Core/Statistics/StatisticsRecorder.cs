using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Statistics.Storage;

namespace Bulletin.Statistics;

/// <summary>Keeps the statistics facts current as submissions and issues change (idempotent merges).</summary>
public sealed class StatisticsRecorder(StatisticsFactStore facts) : IStatisticsFeed
{
    public Task SubmissionChangedAsync(Submission submission, CancellationToken cancellationToken) =>
        facts.RecordSubmissionAsync(submission, cancellationToken);

    public async Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        if (issue.State != IssueState.Published)
            return;
        for (var i = 0; i < issue.Articles.Count; i++)
        {
            var article = issue.Articles[i];
            await facts.RecordPublicationAsync(article.SubmissionId, article.Unit, IssueName(issue), lead: i == 0, cancellationToken);
        }
    }

    public static string IssueName(AssembledIssue issue) => $"{issue.Year}-{issue.Number:D3}";
}
