using Bulletin.Operations.PoisonMessages.Storage;
using Bulletin.Operations.PoisonMessages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Operations;

/// <summary><c>POST /api/operations/poison/{queue}/{id}/retry|discard</c> with the operator key (<c>?by=</c> names the person
/// for the audit): moves a poison message back to its queue, or discards it.</summary>
[CallerRule(Caller.Operator)]
public sealed class ActOnPoisonMessage(PoisonMessageDesk desk)
{
    [Function(nameof(ActOnPoisonMessage))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/poison/{queue}/{id}/{action}")] HttpRequest request,
        string queue, string id, string action, CancellationToken cancellationToken)
    {
        if (PoisonMessageJson.ActionOf(action) is not { } act)
            return ApiProblem.Of(StatusCodes.Status404NotFound, "没有这个操作", "请用 retry（放回原队列重试）或 discard（丢弃）。");
        var by = request.Query["by"].ToString().Trim();
        var actor = by.Length == 0 ? "operator key" : $"operator key ({by[..Math.Min(by.Length, 100)]})";
        var done = await desk.ActAsync(queue, id, act, actor, cancellationToken);
        return done is null
            ? ApiProblem.Of(StatusCodes.Status409Conflict, "该消息不在失败队列中",
                "它可能已被他人重试或丢弃，或正由他人处理。请重新列出失败的任务（GET /api/intake/quarantine?include=poison）。")
            : new OkObjectResult(new { action, message = PoisonMessageJson.Of(done) });
    }
}
