using System.Text.Json;
using Bulletin.Distribution;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Distribution;

/// <summary>Queue <c>distribution-requested</c>: writes the ledger rows of a published issue and queues its batches.</summary>
public sealed class StartDistribution(DistributionStarter starter)
{
    [Function(nameof(StartDistribution))]
    public Task Run([QueueTrigger(DistributionQueues.Requested)] string message, CancellationToken cancellationToken) =>
        starter.StartAsync(JsonSerializer.Deserialize<DistributionRequested>(message)
            ?? throw new InvalidOperationException("The distribution-requested message is empty."), cancellationToken);
}
