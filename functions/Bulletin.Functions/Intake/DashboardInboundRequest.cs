using Bulletin.Dashboard;
using Bulletin.Intake.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Markup;

namespace Bulletin.Functions.Intake;

/// <summary><c>GET /api/dashboard/inbound?blob=…</c>: a stored inbound request (container <c>inbound</c>) as a download, for a
/// held mail or a failed task; only names of the shape intake gives are served.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardInboundRequest(DashboardSessions sessions, InboundMailStore inbound)
{
    [Function(nameof(DashboardInboundRequest))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/inbound")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var blob = request.Query["blob"].ToString();
        if (!InboundMailStore.IsStoredRequestName(blob) || await inbound.TryOpenAsync(blob, cancellationToken) is not { } content)
            return DashboardLayout.Render(request.HttpContext.Response, StatusCodes.Status404NotFound, "原始来信", session, sessions.Proof(session),
                Html.Of($"<p class=\"error\" role=\"alert\">没有找到这封原始来信（存储中不存在）。</p><p><a href=\"/api/dashboard/quarantine\">返回</a></p>"));
        var response = request.HttpContext.Response;
        response.Headers.ContentDisposition = $"attachment; filename=\"inbound-{blob.Replace('/', '-')}.txt\"";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        response.Headers.CacheControl = "private, no-store";
        return new FileStreamResult(content, "application/octet-stream");
    }
}
