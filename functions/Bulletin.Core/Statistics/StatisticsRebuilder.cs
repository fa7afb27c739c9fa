using Bulletin.Intake.Storage;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Statistics.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Statistics;

/// <summary>Writes the statistics facts again from the source tables (submissions and published issues): a backfill for
/// data older than statistics, or a repair after a lost update. Idempotent; run it as often as wanted.</summary>
public sealed class StatisticsRebuilder(SubmissionStore submissions, IssueStore issues, StatisticsFactStore facts, StatisticsRecorder recorder, ILogger<StatisticsRebuilder> logger)
{
    /// <summary>Rebuilds the facts of the submissions received in <paramref name="period"/>, or of all when null.</summary>
    public async Task<StatisticsRebuildResult> RebuildAsync(StatisticsPeriod? period, CancellationToken cancellationToken)
    {
        var received = await submissions.ListReceivedAsync(period?.Months().First(), period?.Months().Last(), cancellationToken);
        await facts.RecordSubmissionsAsync(received, cancellationToken);
        var ids = received.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var published = (await issues.ListAsync(cancellationToken)).Where(i => i.State == IssueState.Published).ToList();
        var articles = 0;
        foreach (var issue in published.Where(i => i.Articles.Any(a => ids.Contains(a.SubmissionId))))
        {
            await recorder.IssuePublishedAsync(issue, cancellationToken);
            articles += issue.Articles.Count;
        }
        logger.LogInformation("Statistics rebuilt for {Period}: {Submissions} submissions, {Articles} published articles",
            period?.Label ?? "all", received.Count, articles);
        return new StatisticsRebuildResult(received.Count, articles);
    }
}

public sealed record StatisticsRebuildResult(int Submissions, int PublishedArticles);
