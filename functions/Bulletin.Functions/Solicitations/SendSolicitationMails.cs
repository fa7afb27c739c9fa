using System.Text.Json;
using Bulletin.Solicitations;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Solicitations;

/// <summary>Queue <c>solicitation-created</c>: mails each addressed unit's 负责同志 the solicitation with the unit's submission link.</summary>
public sealed class SendSolicitationMails(SolicitationMailer mailer)
{
    [Function(nameof(SendSolicitationMails))]
    public Task Run([QueueTrigger(SolicitationQueues.Created)] string message, CancellationToken cancellationToken) =>
        mailer.SendNoticesAsync(JsonSerializer.Deserialize<SolicitationCreated>(message)
            ?? throw new InvalidOperationException("The solicitation-created message is empty."), cancellationToken);
}
