using Bulletin.Operations.PoisonMessages.Storage;
using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Operations.PoisonMessages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Markup;

namespace Bulletin.Functions.Operations;

/// <summary><c>POST /api/dashboard/poison/{queue}/{id}/retry|discard</c> (with the session's proof): 重试 or 丢弃 a failed task,
/// audited in the editor's name; a task someone else dealt with first gets 409.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardPoisonAction(DashboardSessions sessions, PoisonMessageDesk desk)
{
    [Function(nameof(DashboardPoisonAction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/poison/{queue}/{id}/{action}")] HttpRequest request,
        string queue, string id, string action, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        if (PoisonMessageJson.ActionOf(action) is not { } act)
            return DashboardLayout.StaleForm(response);
        var done = await desk.ActAsync(queue, id, act, session.Email, cancellationToken);
        var back = Html.Of($"<p><a href=\"/api/dashboard/quarantine\">返回隔离邮件与失败的任务</a></p>");
        return done is null
            ? DashboardLayout.Render(response, StatusCodes.Status409Conflict, "失败的任务", session, sessions.Proof(session),
                Html.Of($"<p class=\"error\" role=\"alert\">该任务已不在失败队列中：可能已被他人重试或丢弃，或正由他人处理。未作任何更改。</p>{back}"))
            : DashboardLayout.Render(response, StatusCodes.Status200OK, "失败的任务", session, sessions.Proof(session),
                Html.Of($"<p class=\"ok\" role=\"status\">已{PoisonSection.Label(act)}：{done.Queue} · {done.Summary}" +
                $"{(act == PoisonAction.Retry ? "。任务已放回原队列，将重新处理。" : "。")}</p>{back}"));
    }
}
