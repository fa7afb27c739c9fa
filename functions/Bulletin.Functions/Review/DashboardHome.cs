using Bulletin.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Review;

/// <summary><c>GET /api/dashboard?unit=&amp;state=</c>: the submissions of the last three months by state.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardHome(DashboardSessions sessions, SubmissionBoard board)
{
    [Function(nameof(DashboardHome))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var unit = request.Query["unit"].ToString() is { Length: > 0 } u ? u : null;
        var state = SubmissionStates.FromSlug(request.Query["state"].ToString());
        var view = await board.ShowAsync(unit, state, cancellationToken);
        return SubmissionListPage.Render(request.HttpContext.Response, session, sessions.Proof(session), view, unit, state);
    }
}
