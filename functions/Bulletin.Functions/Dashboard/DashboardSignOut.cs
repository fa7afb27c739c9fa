using Bulletin.Dashboard;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>POST /api/dashboard/sign-out</c>: clears the session cookie and shows the sign-in page.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSignOut(IOptions<LinkOptions> linkOptions)
{
    [Function(nameof(DashboardSignOut))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/sign-out")] HttpRequest request)
    {
        DashboardCookie.Clear(request, linkOptions.Value.PublicBaseUrl);
        return DashboardCookie.SeeOther(request, DashboardCookie.SignIn);
    }
}
