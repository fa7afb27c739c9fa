using System.Globalization;
using Bulletin.Dashboard;
using Bulletin.Distribution.Delivery;
using Bulletin.Issues;
using Bulletin.Functions.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Distribution;

/// <summary><c>/api/dashboard/issues/{year}/{number}/delivery</c>: GET shows who got the issue (the delivery report);
/// POST (with the session's proof) is 重发给失败的收件人: a new attempt to the failed recipients only.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardDelivery(DashboardSessions sessions, IssueDesk desk, DeliveryReports reports)
{
    [Function(nameof(DashboardDelivery))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/issues/{year}/{number}/delivery")] HttpRequest request, string year, string number, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || await desk.FindAsync(IssueRoute.Series(request), y, n, cancellationToken) is not { } issue)
            return IssueRoute.NotFound(response);
        string? notice = null;
        if (HttpMethods.IsPost(request.Method))
        {
            var resent = await reports.ResendFailedAsync(issue.SeriesId, y, n, session.Email, cancellationToken);
            notice = resent switch
            {
                { Count: 0 } => "没有发送失败的收件人，未重发。",
                { AlreadyRequested: true } => $"已安排过重发给 {resent.Count} 位失败的收件人，未重复安排。",
                _ => $"已安排重发给 {resent.Count} 位失败的收件人。",
            };
        }
        var report = await reports.GetAsync(issue.SeriesId, y, n, cancellationToken);
        return DeliveryReportPage.Render(response, session, sessions.Proof(session), issue, report, notice);
    }
}
