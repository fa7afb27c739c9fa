using Bulletin.Dashboard;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>POST /api/dashboard/sign-out</c>: ends the session (a copy of its cookie opens nothing more), clears the cookie and shows the sign-in page.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSignOut(DashboardSessions sessions, IOptions<LinkOptions> linkOptions)
{
    [Function(nameof(DashboardSignOut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/sign-out")] HttpRequest request, FunctionContext context,
        CancellationToken cancellationToken)
    {
        await sessions.EndAsync(context.GetEditorSession(), cancellationToken);
        DashboardCookie.Clear(request, linkOptions.Value.PublicBaseUrl);
        return DashboardCookie.SeeOther(request, DashboardCookie.SignIn);
    }
}
