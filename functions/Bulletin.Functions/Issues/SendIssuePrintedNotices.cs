using System.Text.Json;
using Bulletin.Issues.Notices;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues;

/// <summary>Queue <c>issue-printed-notices</c>: mails each unit whose submission a published issue printed, each once.</summary>
public sealed class SendIssuePrintedNotices(IssuePrintedNotices notices)
{
    [Function(nameof(SendIssuePrintedNotices))]
    public Task Run([QueueTrigger(IssuePrintedNotices.QueueName)] string message, CancellationToken cancellationToken) =>
        notices.SendAsync(JsonSerializer.Deserialize<IssuePrintedRequested>(message)
            ?? throw new InvalidOperationException("The issue-printed-notices message is empty."), cancellationToken);
}
