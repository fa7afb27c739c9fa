using Bulletin.Issues.Archive.Storage;
using Bulletin.Issues.Storage;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Issues.Archive;

/// <summary>Indexes every published issue again (queue <c>issue-search-index</c>, one message per issue): issues published
/// before the full-text index existed, or whose index rows went missing, become searchable, and rows of the index's format
/// before packing are replaced. Each step writes the issue's entries as publication does, so a rebuild run twice, or a
/// step retried, changes nothing more. No 刊于 notice is sent.</summary>
public sealed class IssueSearchIndexRebuild(IssueStore issues, IssueSearchIndex index, MessageQueues queues, ILogger<IssueSearchIndexRebuild> logger)
{
    public const string QueueName = "issue-search-index";

    /// <summary>Queues every published issue of every series; how many were queued.</summary>
    public async Task<int> RequestAsync(CancellationToken cancellationToken)
    {
        var published = (await issues.ListHeadsAsync(cancellationToken)).Where(i => i.State == IssueState.Published).ToList();
        foreach (var issue in published)
            await queues.SendAsync(QueueName, new IssuePublished(issue.SeriesId, issue.Year, issue.Number), cancellationToken);
        logger.LogInformation("Search index rebuild queued for {Count} published issues", published.Count);
        return published.Count;
    }

    /// <summary>The queue step: indexes one issue if it is (still) published.</summary>
    public async Task IndexAsync(IssuePublished message, CancellationToken cancellationToken)
    {
        if (await issues.FindAsync(message.Series, message.Year, message.Number, cancellationToken) is { Issue: { State: IssueState.Published } issue })
            await index.ReindexAsync(issue, cancellationToken);
    }
}
