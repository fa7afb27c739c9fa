using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.UpperLevels;
using Bulletin.UpperLevels.Forwarding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.UpperLevels;

/// <summary>上报 with the operator key: <c>POST /api/submissions/{id}/forwards</c> <c>{ office, editor? }</c> and
/// <c>POST /api/forwards</c> <c>{ office, submissions: [..], editor? }</c> (one mail, one DOCX per item) → 201 with what was
/// forwarded to whom, when and by whom (a repeat sends nothing and answers the same); <c>GET …/{id}/forwards</c> lists them.</summary>
[CallerRule(Caller.Operator)]
public sealed class ForwardsApi(ForwardService forwards, ForwardLog log, UpperRecordService records)
{
    [Function("PostForward")]
    public async Task<IActionResult> PostOne(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions/{id}/forwards")] HttpRequest request, string id, FunctionContext context) =>
        await ForwardAsync(await JsonBody.ReadAsync<ForwardRequest>(request, context.CancellationToken) is { } body ? body with { Submissions = [id] } : null,
            context.CancellationToken);

    [Function("PostForwards")]
    public async Task<IActionResult> PostMany(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "forwards")] HttpRequest request, FunctionContext context) =>
        await ForwardAsync(await JsonBody.ReadAsync<ForwardRequest>(request, context.CancellationToken), context.CancellationToken);

    [Function("ListForwards")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}/forwards")] HttpRequest request, string id, FunctionContext context) =>
        new OkObjectResult(await log.ListAsync(id, context.CancellationToken));

    private async Task<IActionResult> ForwardAsync(ForwardRequest? body, CancellationToken cancellationToken)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Office))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "请求无效", "请求体应为 JSON，例如 { \"office\": \"郑州市委办公室信息科\", \"submissions\": [\"20261201-ABCDEF\"] }");
        var (actor, refused) = await records.ActorAsync(body.Editor, cancellationToken);
        if (actor is null)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "编辑有误", refused!);
        var result = await forwards.ForwardAsync(body.Office, body.Submissions ?? [], actor, cancellationToken);
        return result.Error is { } error
            ? ApiProblem.Of(StatusCodes.Status400BadRequest, "未上报", error)
            : new ObjectResult(result.Records) { StatusCode = StatusCodes.Status201Created };
    }

    private sealed record ForwardRequest(string? Office, IReadOnlyList<string>? Submissions, string? Editor);
}
