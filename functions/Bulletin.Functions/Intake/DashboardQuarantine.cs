using Bulletin.Dashboard;
using Bulletin.Intake.Storage;
using Bulletin.Operations.PoisonMessages;
using Bulletin.Operations.PoisonMessages.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary><c>GET /api/dashboard/quarantine</c>: mail held by intake in the last three months.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardQuarantine(DashboardSessions sessions, QuarantineStore quarantine, PoisonMessageDesk poison, PoisonAuditLog poisonAudit, TimeProvider clock)
{
    [Function(nameof(DashboardQuarantine))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/quarantine")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var held = await quarantine.ListRecentAsync(clock.GetUtcNow(), SubmissionBoard.Months, cancellationToken);
        return QuarantinePage.Render(request.HttpContext.Response, session, sessions.Proof(session), held,
            await poison.ListAsync(cancellationToken), await poisonAudit.ListRecentAsync(10, cancellationToken));
    }
}
