using System.Text.Json;
using Bulletin.Issues;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues;

/// <summary>Queue <c>issue-previews</c>: mails a draft's preview to the editors and the 签发人, each once.</summary>
public sealed class SendIssuePreview(IssuePreviewMailer mailer)
{
    [Function(nameof(SendIssuePreview))]
    public Task Run([QueueTrigger(IssuePreviewQueue.Name)] string message, CancellationToken cancellationToken) =>
        mailer.SendAsync(JsonSerializer.Deserialize<IssuePreviewRequested>(message)
            ?? throw new InvalidOperationException("The issue-previews message is empty."), cancellationToken);
}
