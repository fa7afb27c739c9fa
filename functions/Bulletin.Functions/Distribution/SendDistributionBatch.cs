using System.Text.Json;
using Bulletin.Distribution;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Distribution;

/// <summary>Queue <c>distribution-batches</c>: sends one batch of up to 1000 recipients as one SendGrid request.</summary>
public sealed class SendDistributionBatch(DistributionBatchSender sender)
{
    [Function(nameof(SendDistributionBatch))]
    public Task Run([QueueTrigger(DistributionQueues.Batches)] string message, CancellationToken cancellationToken) =>
        sender.SendAsync(JsonSerializer.Deserialize<DistributionBatchDue>(message)
            ?? throw new InvalidOperationException("The distribution-batches message is empty."), cancellationToken);
}
