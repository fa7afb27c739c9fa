using Bulletin.Intake.Storage;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Statistics.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Statistics;

/// <summary>Writes the statistics facts again from the source tables (submissions and published issues): a backfill for
/// data older than statistics, or a repair after a lost update. Idempotent; run it as often as wanted.</summary>
public sealed class StatisticsRebuilder(SubmissionStore submissions, IssueStore issues, StatisticsFactStore facts, ILogger<StatisticsRebuilder> logger)
{
    /// <summary>Rebuilds the facts of the submissions received in <paramref name="period"/>, or of all when null.</summary>
    public async Task<StatisticsRebuildResult> RebuildAsync(StatisticsPeriod? period, CancellationToken cancellationToken)
    {
        var received = await submissions.ListReceivedAsync(period?.Months().First(), period?.Months().Last(), cancellationToken);
        await facts.RecordSubmissionsAsync(received, cancellationToken);
        var ids = received.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var printed = (await issues.ListHeadsAsync(cancellationToken)).Where(i => i.State == IssueState.Published)
            .SelectMany(i => i.Articles.Select((a, n) => (Issue: i, Article: a, Lead: n == 0)))
            .Where(p => p.Article.Contributors.Any(c => ids.Contains(c.SubmissionId))).ToList();
        await facts.RecordPublicationsAsync(printed, cancellationToken);
        var articles = printed.Count;
        logger.LogInformation("Statistics rebuilt for {Period}: {Submissions} submissions, {Articles} published articles",
            period?.Label ?? "all", received.Count, articles);
        return new StatisticsRebuildResult(received.Count, articles);
    }
}

public sealed record StatisticsRebuildResult(int Submissions, int PublishedArticles);
