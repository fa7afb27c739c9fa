using System.Text.Json;
using Azure.Storage.Queues;

namespace Bulletin.Storage;

/// <summary>Sends messages as JSON to the app's queues (each created on its first use), as the queue triggers read them.</summary>
public sealed class MessageQueues(QueueServiceClient queues)
{
    /// <param name="delay">How long the message stays invisible; zero for none.</param>
    public async Task SendAsync<T>(string queue, T message, CancellationToken cancellationToken, TimeSpan delay = default)
    {
        var client = queues.GetQueueClient(queue);
        await client.EnsureExistsAsync(cancellationToken);
        await client.SendMessageAsync(JsonSerializer.Serialize(message), delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);
    }
}
