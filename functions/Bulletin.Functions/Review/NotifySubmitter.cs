using System.Text.Json;
using Bulletin.Review;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Review;

/// <summary>Queue <c>submission-decided</c>: mails the submitter the decision and its reason.</summary>
public sealed class NotifySubmitter(SubmitterNotices notices)
{
    [Function(nameof(NotifySubmitter))]
    public Task Run([QueueTrigger(ReviewQueues.SubmissionDecided)] string message, CancellationToken cancellationToken) =>
        notices.SendAsync(JsonSerializer.Deserialize<SubmissionDecided>(message)
            ?? throw new InvalidOperationException("The submission-decided message is empty."), cancellationToken);
}
