using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Publications;

/// <summary>The series (刊物) for scripts, with the operator key: <c>GET /api/series</c> lists them, <c>PUT /api/series/{id}</c>
/// creates or changes one (fields left out stay) and may continue its numbering; a number below one used is 409.</summary>
[CallerRule(Caller.Operator)]
public sealed class SeriesApi(SeriesCatalog catalog, IssueRequests requests)
{
    [Function("ListSeries")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "series")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult((await catalog.ListAsync(cancellationToken)).Select(SeriesJson.Of));

    [Function("PutSeries")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "series/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadAsync<SeriesJson.Body>(request, cancellationToken) is not { } body)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "请求无效", "请求体须是 JSON，如 { \"name\": \"信息专报\", \"kind\": \"专报\" }。");
        if (await requests.ActorAsync(body.Editor, cancellationToken) is not { } actor)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "编辑不存在", $"“{body.Editor}”不是通讯录中的编辑：editor 请填编辑的邮箱，或省略。");
        var result = await catalog.ChangeAsync(id, body.ToChange(), actor.Email, cancellationToken);
        return result.Outcome switch
        {
            SeriesChangeOutcome.Created => new ObjectResult(SeriesJson.Of(result.Series!)) { StatusCode = StatusCodes.Status201Created },
            SeriesChangeOutcome.Updated => new OkObjectResult(SeriesJson.Of(result.Series!)),
            SeriesChangeOutcome.NumberAlreadyUsed => ApiProblem.Of(StatusCodes.Status409Conflict, "期号已用过", result.Problem!),
            SeriesChangeOutcome.ChangedMeanwhile => ApiProblem.Of(StatusCodes.Status409Conflict, "刊物已被修改", result.Problem!),
            _ => ApiProblem.Of(StatusCodes.Status400BadRequest, "刊物未保存", result.Problem!),
        };
    }
}
