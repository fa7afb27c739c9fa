using Bulletin.Dashboard;
using Bulletin.Intake.Storage;
using Bulletin.Operations.PoisonMessages;
using Bulletin.Operations.PoisonMessages.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>GET /api/dashboard/quarantine</c>: the failed tasks (poison messages) and mail held by intake in the last three months.</summary>
public sealed class DashboardQuarantine(DashboardSessions sessions, QuarantineStore quarantine, PoisonMessageDesk poison, PoisonAuditLog poisonAudit, TimeProvider clock)
{
    [Function(nameof(DashboardQuarantine))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/quarantine")] HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (await sessions.CheckAsync(DashboardCookie.Read(request), cancellationToken) is not { } session)
            return DashboardCookie.Refuse(request);
        var held = await quarantine.ListRecentAsync(clock.GetUtcNow(), SubmissionBoard.Months, cancellationToken);
        return QuarantinePage.Render(request.HttpContext.Response, session, sessions.Proof(session), held,
            await poison.ListAsync(cancellationToken), await poisonAudit.ListRecentAsync(10, cancellationToken));
    }
}
