using System.Text.Json;
using Azure.Storage.Queues;
using Bulletin.Intake.Storage;

namespace Bulletin.Intake;

/// <summary>Accepts one Inbound Parse request: stored as received, then queued for <see cref="InboundMailProcessor"/>.
/// Only after both may the caller be told it is received; a failure of either must reach SendGrid as non-2xx.</summary>
public sealed class InboundMailReception(InboundMailStore store, QueueServiceClient queues)
{
    public async Task<InboundDelivery> AcceptAsync(Stream body, string contentType, CancellationToken cancellationToken)
    {
        var delivery = await store.SaveAsync(body, contentType, cancellationToken);
        var queue = queues.GetQueueClient(IntakeQueues.InboundMail);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(delivery), cancellationToken);
        return delivery;
    }
}
