using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Bulletin.LocalHost.Settings;
using Bulletin.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Queues;

/// <summary>Polls one queue for one function with the Storage extension's semantics: batches, visibility
/// renewed while running, release after <c>visibilityTimeout</c> on failure, and the poison queue after
/// <c>maxDequeueCount</c> tries; empty polls back off exponentially up to <c>maxPollingInterval</c>.</summary>
internal sealed class QueueTriggerListener(FunctionDefinition function, QueueClient queue, QueueClient poisonQueue, QueueOptions options, FunctionInvoker invoker, ILogger logger)
{
    // The extension dequeues for 10 minutes and renews at half that while the function runs.
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    public string QueueName => queue.Name;

    public async Task RunAsync(CancellationToken stopping)
    {
        await queue.CreateIfNotExistsAsync(cancellationToken: stopping);
        var running = new List<Task>();
        var delay = MinimumPollingInterval;
        while (!stopping.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count > options.EffectiveNewBatchThreshold)
            {
                await Task.WhenAny(running);
                continue;
            }
            QueueMessage[] messages;
            try
            {
                // While the worker restarts no message is taken: none would count a try it never had.
                await invoker.WhenReadyAsync(stopping);
                messages = (await queue.ReceiveMessagesAsync(options.BatchSize, LeaseTime, stopping)).Value;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
            {
                logger.LogWarning("Polling queue {Queue} failed: {Error}", queue.Name, ex.Message);
                messages = [];
            }
            catch (OperationCanceledException) { break; }

            if (messages.Length == 0)
            {
                try { await Task.Delay(delay, stopping); } catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxPollingInterval.Ticks));
                continue;
            }
            delay = MinimumPollingInterval;
            running.AddRange(messages.Select(m => ProcessAsync(m, stopping)));
        }
        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stopping)
    {
        var receipt = new MessageReceipt(message.MessageId, message.PopReceipt);
        using var renewal = new CancellationTokenSource();
        var renewing = RenewLeaseAsync(receipt, renewal.Token);
        InvocationResult result;
        try
        {
            result = await invoker.InvokeAsync(function, new TypedData { String = Decode(message) }, metadata => AddTriggerMetadata(metadata, message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            logger.LogError("Invoking {Function} for message {MessageId} failed: {Error}", function.Name, message.MessageId, ex.Message);
            result = new InvocationResult(false, null);
        }
        renewal.Cancel();
        await renewing;

        try
        {
            if (result.Succeeded)
                await queue.DeleteMessageAsync(receipt.Id, receipt.PopReceipt, CancellationToken.None);
            else if (message.DequeueCount >= options.MaxDequeueCount)
            {
                await poisonQueue.CreateIfNotExistsAsync();
                await poisonQueue.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
                await queue.DeleteMessageAsync(receipt.Id, receipt.PopReceipt, CancellationToken.None);
                logger.LogWarning("Message {MessageId} has reached MaxDequeueCount of {Max}: moved to {PoisonQueue}", message.MessageId, options.MaxDequeueCount, poisonQueue.Name);
            }
            else
                await queue.UpdateMessageAsync(receipt.Id, receipt.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: CancellationToken.None);
        }
        catch (Azure.RequestFailedException ex)
        {
            // The lease was lost (another reader took the message): it will be seen again, as in Azure.
            logger.LogWarning("Completing message {MessageId} failed: {Error}", message.MessageId, ex.Message);
        }
    }

    private async Task RenewLeaseAsync(MessageReceipt receipt, CancellationToken done)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseTime / 2, done);
                var updated = await queue.UpdateMessageAsync(receipt.Id, receipt.PopReceipt, visibilityTimeout: LeaseTime, cancellationToken: done);
                receipt.PopReceipt = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException) { }
        catch (Azure.RequestFailedException ex)
        {
            logger.LogWarning("Renewing message {MessageId} failed: {Error}", receipt.Id, ex.Message);
        }
    }

    /// <summary>The queue client decodes base64 already; text that is not base64 reaches us as it was sent.</summary>
    private static string Decode(QueueMessage message) => message.Body.ToString();

    private static void AddTriggerMetadata(Google.Protobuf.Collections.MapField<string, TypedData> metadata, QueueMessage message)
    {
        metadata["QueueTrigger"] = new TypedData { String = message.Body.ToString() };
        metadata["DequeueCount"] = new TypedData { Json = message.DequeueCount.ToString() };
        metadata["Id"] = new TypedData { String = message.MessageId };
        metadata["PopReceipt"] = new TypedData { String = message.PopReceipt };
        metadata["InsertionTime"] = new TypedData { Json = JsonSerializer.Serialize(message.InsertedOn) };
        metadata["ExpirationTime"] = new TypedData { Json = JsonSerializer.Serialize(message.ExpiresOn) };
        metadata["NextVisibleTime"] = new TypedData { Json = JsonSerializer.Serialize(message.NextVisibleOn) };
    }

    private sealed class MessageReceipt(string id, string popReceipt)
    {
        public string Id { get; } = id;
        public string PopReceipt { get; set; } = popReceipt;
    }
}
