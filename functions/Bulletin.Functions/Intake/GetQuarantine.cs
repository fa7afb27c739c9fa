using Bulletin.Operations.PoisonMessages.Storage;
using Bulletin.Functions.Operations;
using Bulletin.Intake.Storage;
using Bulletin.Operations.PoisonMessages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary><c>GET /api/intake/quarantine</c> with the operator key: mail held instead of registered in the last three months,
/// with the reason (a JSON array, as scripts read it). With <c>?include=poison</c>: <c>{ "held": [that array], "poison": [the
/// messages of every poison queue with their reason], "poisonTotal" }</c>.</summary>
[CallerRule(Caller.Operator)]
public sealed class GetQuarantine(QuarantineStore quarantine, PoisonMessageDesk poison, TimeProvider clock)
{
    [Function(nameof(GetQuarantine))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake/quarantine")] HttpRequest request, CancellationToken cancellationToken)
    {
        var held = (await quarantine.ListRecentAsync(clock.GetUtcNow(), 3, cancellationToken)).Select(m => new
        {
            id = m.Id, reason = m.Reason.ToString(), detail = m.Detail, from = m.FromAddress, subject = m.Subject,
            receivedAt = m.ReceivedAt, replied = m.Replied, inboundBlob = m.InboundBlob,
        }).ToList();
        if (request.Query["include"] != "poison")
            return new OkObjectResult(held);
        var list = await poison.ListAsync(cancellationToken);
        return new OkObjectResult(new { held, poison = list.Messages.Select(PoisonMessageJson.Of), poisonTotal = list.Total });
    }
}
