using Bulletin.Dashboard;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>POST /api/dashboard/sign-out</c>: ends the session (a copy of its cookie opens nothing more), clears the cookie and shows the sign-in page.</summary>
public sealed class DashboardSignOut(DashboardSessions sessions, IOptions<LinkOptions> linkOptions)
{
    [Function(nameof(DashboardSignOut))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/sign-out")] HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (await sessions.CheckAsync(DashboardCookie.Read(request), cancellationToken) is not { } session)
            return DashboardCookie.Refuse(request);
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (!sessions.ProofHolds(session, form?["proof"].ToString()))
            return DashboardLayout.StaleForm(request.HttpContext.Response);
        await sessions.EndAsync(session, cancellationToken);
        DashboardCookie.Clear(request, linkOptions.Value.PublicBaseUrl);
        return DashboardCookie.SeeOther(request, DashboardCookie.SignIn);
    }
}
