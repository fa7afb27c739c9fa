using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Bulletin.Operations.PoisonMessages;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Operations.PoisonMessages.Storage;

/// <summary>The messages of every app queue's <c>-poison</c> queue: listed with their reason, retried (back to their queue)
/// or discarded, each audited. Acting takes the message with a pop receipt first, so of two people acting at once one does
/// and the other is told it is gone.</summary>
public sealed class PoisonMessageDesk(QueueServiceClient queues, QueueFailureLog failures, PoisonAuditLog audit, ILogger<PoisonMessageDesk> logger)
{
    /// <summary>Peek returns at most 32 messages a queue; more than that in a poison queue is listed as a count.</summary>
    public const int ListedPerQueue = 32;
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(1);

    public async Task<PoisonList> ListAsync(CancellationToken cancellationToken)
    {
        var messages = new List<PoisonMessage>();
        var total = 0;
        foreach (var queue in AppQueues.All)
        {
            var poison = Poison(queue);
            try
            {
                total += (await poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
                foreach (var m in (await poison.PeekMessagesAsync(ListedPerQueue, cancellationToken)).Value)
                    messages.Add(await DescribeAsync(queue, m.MessageId, m.InsertedOn, m.DequeueCount, m.Body.ToString(), cancellationToken));
            }
            catch (RequestFailedException ex) when (ex.Status == 404) { }
        }
        return new PoisonList(messages.OrderByDescending(m => m.InsertedAt).ToList(), Math.Max(total, messages.Count));
    }

    /// <summary>Retries (moves the message back to its queue) or discards it, audited in <paramref name="actor"/>'s name;
    /// null when it is not there (dealt with already, or someone is acting on it right now).</summary>
    public async Task<PoisonMessage?> ActAsync(string queue, string messageId, PoisonAction action, string actor, CancellationToken cancellationToken)
    {
        if (!AppQueues.IsAppQueue(queue))
            return null;
        var poison = Poison(queue);
        if (await TakeAsync(poison, messageId, cancellationToken) is not { } taken)
            return null;
        var body = taken.Body.ToString();
        var message = await DescribeAsync(queue, taken.MessageId, taken.InsertedOn, taken.DequeueCount, body, cancellationToken);
        // Audited before the change: if the audit cannot be written, the message stays where it is and reappears.
        await audit.AppendAsync(message, action, actor, cancellationToken);
        if (action == PoisonAction.Retry)
        {
            var target = queues.GetQueueClient(queue);
            await target.EnsureExistsAsync(cancellationToken);
            await target.SendMessageAsync(body, CancellationToken.None);
        }
        await poison.DeleteMessageAsync(taken.MessageId, taken.PopReceipt, CancellationToken.None);
        await failures.ForgetAsync(body, CancellationToken.None);
        logger.LogInformation("Poison message {MessageId} of {Queue}: {Action} by {Actor}", messageId, queue, action, actor);
        return message;
    }

    /// <summary>Receives the message so nobody else can take it, giving back every other message received on the way.</summary>
    private static async Task<QueueMessage?> TakeAsync(QueueClient poison, string messageId, CancellationToken cancellationToken)
    {
        var others = new List<QueueMessage>();
        QueueMessage? taken = null;
        try
        {
            for (var round = 0; round < 10 && taken is null; round++)
            {
                var received = (await poison.ReceiveMessagesAsync(ListedPerQueue, Hold, cancellationToken)).Value;
                if (received.Length == 0)
                    break;
                taken = received.FirstOrDefault(m => m.MessageId == messageId);
                others.AddRange(received.Where(m => m.MessageId != messageId));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404) { }
        finally
        {
            foreach (var other in others)
                await poison.UpdateMessageAsync(other.MessageId, other.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);
        }
        return taken;
    }

    private async Task<PoisonMessage> DescribeAsync(string queue, string id, DateTimeOffset? insertedAt, long dequeueCount, string body, CancellationToken cancellationToken)
    {
        var (summary, blob) = PoisonMessageSummary.Describe(queue, body);
        var failure = await failures.FindAsync(body, cancellationToken);
        return new PoisonMessage(queue, id, insertedAt, failure?.DequeueCount ?? dequeueCount, summary, blob, failure);
    }

    private QueueClient Poison(string queue) => queues.GetQueueClient(queue + AppQueues.PoisonSuffix);
}
