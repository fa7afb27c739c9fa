using Bulletin.Intake.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary><c>GET /api/intake/quarantine</c> with the operator key: mail held instead of registered in the last three months, with the reason.</summary>
[CallerRule(Caller.Operator)]
public sealed class GetQuarantine(QuarantineStore quarantine, TimeProvider clock)
{
    [Function(nameof(GetQuarantine))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake/quarantine")] HttpRequest request, CancellationToken cancellationToken)
    {
        var held = await quarantine.ListRecentAsync(clock.GetUtcNow(), 3, cancellationToken);
        return new OkObjectResult(held.Select(m => new
        {
            id = m.Id, reason = m.Reason.ToString(), detail = m.Detail, from = m.FromAddress, subject = m.Subject,
            receivedAt = m.ReceivedAt, replied = m.Replied, inboundBlob = m.InboundBlob,
        }));
    }
}
