using System.Text.Json;
using Bulletin.Intake;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Intake;

/// <summary>Queue <c>inbound-mail</c>: turns a stored inbound request into submissions or quarantine.</summary>
public sealed class ProcessInboundMail(InboundMailProcessor processor)
{
    [Function(nameof(ProcessInboundMail))]
    public Task Run([QueueTrigger(IntakeQueues.InboundMail)] string message, CancellationToken cancellationToken) =>
        processor.ProcessAsync(JsonSerializer.Deserialize<InboundDelivery>(message)
            ?? throw new InvalidOperationException("The inbound-mail message is empty."), cancellationToken);
}
