using System.Text.Json;
using Bulletin.Issues;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues;

/// <summary>Queue <c>issue-published</c>: indexes the published issue for the archive search and sends its 刊于 notices.</summary>
public sealed class FollowPublishedIssue(IssuePublishedQueue queue)
{
    [Function(nameof(FollowPublishedIssue))]
    public Task Run([QueueTrigger(IssuePublishedQueue.Name)] string message, CancellationToken cancellationToken) =>
        queue.FollowAsync(JsonSerializer.Deserialize<IssuePublished>(message)
            ?? throw new InvalidOperationException("The issue-published message is empty."), cancellationToken);
}
