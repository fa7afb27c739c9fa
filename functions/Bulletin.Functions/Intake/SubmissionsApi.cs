using Bulletin.Functions.Pages;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Operations;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Intake;

/// <summary>The submission API for other systems, authenticated per unit with <c>Authorization: Bearer &lt;the token of
/// the unit's submission link&gt;</c>: <c>POST /api/submissions</c> (JSON or multipart) and <c>GET /api/submissions/{id}</c>.</summary>
public sealed class SubmissionsApi(UnitSubmissionLinks links, UploadIntake intake, SubmissionStore submissions, OperatorKeyVerifier operators)
{
    [Function("PostSubmission")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions")] HttpRequest request)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var token = await CheckTokenAsync(request, cancellationToken);
        if (token?.Problem is LinkProblem.HolderGone)
            return UnitGone(token);
        if (token?.Claims?.Subject is not { } unit)
            return new UnauthorizedResult();

        ArticleUpload upload;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var document = await FormDocument.ReadAsync(form, cancellationToken);
            upload = new ArticleUpload(unit, form["submitterEmail"].ToString(), form["title"].ToString(), form["text"].ToString(), document, form["key"].ToString());
        }
        else
        {
            var body = await JsonBody.ReadAsync<SubmissionRequest>(request, cancellationToken);
            upload = new ArticleUpload(unit, body?.SubmitterEmail ?? "", body?.Title, body?.Text, null, body?.Key ?? "");
        }
        if (string.IsNullOrWhiteSpace(upload.IdempotencyKey))
            return new BadRequestObjectResult(new ProblemDetails { Title = "缺少 key", Detail = "请为每篇稿件提供一个唯一的 key（例如 GUID），重发同一篇稿件时使用同一个 key。" });

        var result = await intake.SubmitAsync(upload, cancellationToken);
        return result.Submission is { } submission
            ? new ObjectResult(Status(submission)) { StatusCode = StatusCodes.Status201Created }
            : new BadRequestObjectResult(new ProblemDetails { Title = "稿件未登记", Detail = result.Refusal });
    }

    [Function("GetSubmission")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request, string id)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var isOperator = operators.IsOperator(request);
        var token = isOperator ? null : await CheckTokenAsync(request, cancellationToken);
        if (token?.Problem is LinkProblem.HolderGone)
            return UnitGone(token);
        var unit = token?.Claims?.Subject;
        if (!isOperator && unit is null)
            return new UnauthorizedResult();
        var submission = await submissions.FindAsync(id, cancellationToken);
        // Another unit's submission is answered like a missing one: ids are not to be probed.
        return submission is not null && (isOperator || submission.Unit == unit) ? new OkObjectResult(Status(submission)) : new NotFoundResult();
    }

    private async Task<LinkCheck?> CheckTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await links.CheckAsync(header["Bearer ".Length..].Trim(), cancellationToken)
            : null;
    }

    /// <summary>A token of a unit no longer in the directory: a valid key of nobody, so 403 and why.</summary>
    private static ObjectResult UnitGone(LinkCheck check) =>
        new(new ProblemDetails { Title = "单位已不在通讯录中", Detail = check.Explanation, Status = StatusCodes.Status403Forbidden })
        { StatusCode = StatusCodes.Status403Forbidden };

    private static object Status(Submission s) => new
    {
        id = s.Id, unit = s.Unit, title = s.Title, status = s.Status.ToString(), receivedAt = s.ReceivedAt, submitter = s.SubmitterEmail,
    };

    private sealed record SubmissionRequest(string? SubmitterEmail, string? Title, string? Text, string? Key);
}
