using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues;

/// <summary><c>POST /api/dashboard/issues/{year}/{number}/preview</c> (发送预览, with the session's proof): queues the draft's
/// preview for the editors and the 签发人, whose mail alone carries the 签发 link.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardIssuePreview(DashboardSessions sessions, IssuePreviewMailer mailer)
{
    [Function(nameof(DashboardIssuePreview))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/issues/{year}/{number}/preview")] HttpRequest request, string year, string number, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var series = IssueRoute.Series(request);
        var path = $"/api/dashboard/issues/{year}/{number}" + (series == IssueSeries.DefaultId ? "" : $"?series={Uri.EscapeDataString(series)}");
        var sent = IssueRoute.TryParse(year, number, out var y, out var n)
            ? await mailer.RequestAsync(series, y, n, session.Email, cancellationToken)
            : null;
        var proof = sessions.Proof(session);
        if (sent is null)
            return DashboardLayout.Render(response, StatusCodes.Status409Conflict, "发送预览", session, proof,
                Html.Of($"<p class=\"error\" role=\"alert\">只有草稿可以发送预览（本期不存在或已签发），未发送任何邮件。</p><p><a href=\"{path}\">返回本期</a></p>"));
        return DashboardLayout.Render(response, StatusCodes.Status200OK, "发送预览", session, proof,
            Html.Of($"<p class=\"ok\" role=\"status\">预览已发送，邮件正在投递给 {sent.Count} 人（通常几秒内到达；同一内容的预览每人只收到一次）。签发链接只在签发人（{sent[0]}）的邮件中。</p>" +
            $"<ul id=\"preview-recipients\">{sent.Select(a => Html.Of($"<li style=\"overflow-wrap:anywhere\">{a}</li>"))}</ul>" +
            $"<p><a href=\"{path}\">返回本期</a></p>"));
    }
}
