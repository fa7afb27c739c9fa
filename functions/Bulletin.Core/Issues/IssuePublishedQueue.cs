using Bulletin.Issues.Storage;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Issues;

/// <summary>Queue <c>issue-published</c>: a sign-off that finds an issue published queues one message (again on a repeat), and
/// its step tells every <see cref="IIssuePublicationFollower"/> (the archive's search index, the 刊于 notices), each safe to
/// repeat, so the 签发 request stays short and a failed follower is retried by the queue.</summary>
public sealed class IssuePublishedQueue(MessageQueues queues, IssueStore issues, IEnumerable<IIssuePublicationFollower> followers, ILogger<IssuePublishedQueue> logger)
{
    public const string Name = "issue-published";

    public Task RequestAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        queues.SendAsync(Name, new IssuePublished(issue.SeriesId, issue.Year, issue.Number), cancellationToken);

    /// <summary>The queue step: tells each follower about the published issue.</summary>
    public async Task FollowAsync(IssuePublished message, CancellationToken cancellationToken)
    {
        if (await issues.FindAsync(message.Series, message.Year, message.Number, cancellationToken) is not { Issue: { State: IssueState.Published } issue })
        {
            logger.LogWarning("Issue {Series} {Year}/{Number} is not published; nothing to follow", message.Series, message.Year, message.Number);
            return;
        }
        foreach (var follower in followers)
            await follower.IssuePublishedAsync(issue, cancellationToken);
    }
}

/// <summary>Queue message: issue <paramref name="Year"/>/<paramref name="Number"/> of <paramref name="Series"/> is published.</summary>
public sealed record IssuePublished(string Series, int Year, int Number);
