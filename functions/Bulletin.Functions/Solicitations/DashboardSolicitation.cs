using System.Globalization;
using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Solicitations;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Solicitations;

/// <summary><c>/api/dashboard/solicitations/{number}</c>: one solicitation with each addressed unit's answer and its history.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSolicitation(DashboardSessions sessions, SolicitationDesk desk, TimeProvider clock)
{
    [Function(nameof(DashboardSolicitation))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/solicitations/{number}")] HttpRequest request, string number, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || await desk.FindAsync(n, cancellationToken) is not { } solicitation)
            return HtmlPage.Render(response, StatusCodes.Status404NotFound, "找不到约稿",
                Html.Of($"<p class=\"error\">找不到这条约稿。</p><p><a href=\"{DashboardSolicitations.Path}\">返回约稿列表</a></p>"));
        return SolicitationDetailPage.Render(response, session, sessions.Proof(session), solicitation, await desk.HistoryAsync(n, cancellationToken), clock.GetUtcNow());
    }
}
