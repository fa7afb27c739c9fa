using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.UpperLevels;

/// <summary>Upper-level adoptions (上级采用) and leaders' instructions (领导批示) on adopted submissions, with the operator key:
/// <c>POST /api/submissions/{id}/adoptions</c> <c>{ publication, level?, issue, date, editor? }</c> and
/// <c>POST /api/submissions/{id}/instructions</c> <c>{ leader, level, date, text, editor? }</c> → 201 with the record (an
/// identical repeat answers the same record); <c>PUT …/{kind}/{record}</c> corrects one (audited); <c>GET …/{kind}</c> lists them.</summary>
[CallerRule(Caller.Operator)]
public sealed class UpperLevelsApi(UpperRecordService records)
{
    [Function("PostUpperAdoption")]
    public Task<IActionResult> PostAdoption(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions/{id}/adoptions")] HttpRequest request, string id, FunctionContext context) =>
        SaveAsync(request, id, null, UpperRecordKind.Adoption, context.CancellationToken);

    [Function("PostInstruction")]
    public Task<IActionResult> PostInstruction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions/{id}/instructions")] HttpRequest request, string id, FunctionContext context) =>
        SaveAsync(request, id, null, UpperRecordKind.Instruction, context.CancellationToken);

    [Function("CorrectUpperAdoption")]
    public Task<IActionResult> CorrectAdoption(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "submissions/{id}/adoptions/{record}")] HttpRequest request, string id, string record,
        FunctionContext context) =>
        SaveAsync(request, id, record, UpperRecordKind.Adoption, context.CancellationToken);

    [Function("CorrectInstruction")]
    public Task<IActionResult> CorrectInstruction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "submissions/{id}/instructions/{record}")] HttpRequest request, string id, string record,
        FunctionContext context) =>
        SaveAsync(request, id, record, UpperRecordKind.Instruction, context.CancellationToken);

    [Function("ListUpperAdoptions")]
    public Task<IActionResult> ListAdoptions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}/adoptions")] HttpRequest request, string id, FunctionContext context) =>
        ListAsync(id, UpperRecordKind.Adoption, context.CancellationToken);

    [Function("ListInstructions")]
    public Task<IActionResult> ListInstructions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}/instructions")] HttpRequest request, string id, FunctionContext context) =>
        ListAsync(id, UpperRecordKind.Instruction, context.CancellationToken);

    private async Task<IActionResult> ListAsync(string id, UpperRecordKind kind, CancellationToken cancellationToken) =>
        new OkObjectResult((await records.ListAsync(id, cancellationToken)).Where(r => r.Kind == kind).Select(UpperRecordJson.Of));

    private async Task<IActionResult> SaveAsync(HttpRequest request, string id, string? recordId, UpperRecordKind kind, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadAsync<UpperRecordRequest>(request, cancellationToken) is not { } body)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "请求无效", "请求体应为 JSON，例如 " + (kind == UpperRecordKind.Adoption
                ? "{ \"publication\": \"《郑州信息》\", \"level\": \"市\", \"issue\": \"第12期\", \"date\": \"2026-12-01\" }"
                : "{ \"leader\": \"市委副书记王某某\", \"level\": \"市\", \"date\": \"2026-12-01\", \"text\": \"批示内容\" }"));
        if (!UpperRecordRules.TryRead(kind, body.Source(kind), body.Level, body.Issue, body.Date, body.Text, records.Publications, out var draft, out var error))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "记录有误", error!);
        var (actor, refused) = await records.ActorAsync(body.Editor, cancellationToken);
        if (actor is null)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "编辑有误", refused!);
        var result = recordId is null
            ? await records.RecordAsync(id, draft, actor, cancellationToken)
            : await records.CorrectAsync(id, recordId, draft, actor, cancellationToken);
        return result switch
        {
            { Record: { } saved } when recordId is null => new ObjectResult(UpperRecordJson.Of(saved)) { StatusCode = StatusCodes.Status201Created },
            { Record: { } saved } => new OkObjectResult(UpperRecordJson.Of(saved)),
            { Refusal: UpperRefusal.NotAdopted } => ApiProblem.Of(StatusCodes.Status409Conflict, "稿件尚未采用", result.Error!),
            _ => ApiProblem.Of(StatusCodes.Status404NotFound, "未找到", result.Error!),
        };
    }
}
