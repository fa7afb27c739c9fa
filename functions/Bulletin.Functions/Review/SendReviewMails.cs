using System.Text.Json;
using Bulletin.Intake;
using Bulletin.Review;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Review;

/// <summary>Queue <c>submission-received</c>: mails every editor the new submission with links to decide.</summary>
public sealed class SendReviewMails(ReviewMailDispatcher dispatcher)
{
    [Function(nameof(SendReviewMails))]
    public Task Run([QueueTrigger(IntakeQueues.SubmissionReceived)] string message, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(JsonSerializer.Deserialize<SubmissionReceived>(message)
            ?? throw new InvalidOperationException("The submission-received message is empty."), cancellationToken);
}
