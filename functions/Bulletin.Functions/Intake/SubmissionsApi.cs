using Bulletin.Functions.Pages;
using Bulletin.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary>The submission API for other systems, authenticated per unit with <c>Authorization: Bearer &lt;the token of
/// the unit's submission link&gt;</c>: <c>POST /api/submissions</c> (JSON or multipart) and <c>GET /api/submissions/{id}</c>.</summary>
public sealed class SubmissionsApi(UploadIntake intake, SubmissionVisibility visibility)
{
    [Function("PostSubmission")]
    [CallerRule(Caller.Unit)]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions")] HttpRequest request, FunctionContext context)
    {
        var cancellationToken = context.CancellationToken;
        var unit = context.GetUnit()!;

        ArticleUpload upload;
        if (request.HasFormContentType)
        {
            var form = await RequestForm.ReadAsync(request, cancellationToken);
            var document = await FormDocument.ReadAsync(form, cancellationToken);
            upload = new ArticleUpload(unit, form["submitterEmail"].ToString(), form["title"].ToString(), form["text"].ToString(), document, form["key"].ToString())
            { Signatories = Signatories.Of(form["approver"], form["author"], form["phone"]), Photos = await FormDocument.ReadPhotosAsync(form, cancellationToken) };
        }
        else
        {
            var body = await JsonBody.ReadAsync<SubmissionRequest>(request, cancellationToken);
            upload = new ArticleUpload(unit, body?.SubmitterEmail ?? "", body?.Title, body?.Text, null, body?.Key ?? "")
            { Signatories = Signatories.Of(body?.Approver, body?.Author, body?.Phone) };
        }
        if (string.IsNullOrWhiteSpace(upload.IdempotencyKey))
            return new BadRequestObjectResult(new ProblemDetails { Title = "缺少 key", Detail = "请为每篇稿件提供一个唯一的 key（例如 GUID），重发同一篇稿件时使用同一个 key。" });

        var result = await intake.SubmitAsync(upload, cancellationToken);
        return result.Submission is { } submission
            ? new ObjectResult(Status(submission)) { StatusCode = StatusCodes.Status201Created }
            : new BadRequestObjectResult(new ProblemDetails { Title = "稿件未登记", Detail = result.Refusal });
    }

    [Function("GetSubmission")]
    [CallerRule(Caller.OperatorOrUnit)]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request, string id, FunctionContext context) =>
        await visibility.FindForAsync(id, context.GetUnit(), context.CancellationToken) is { } submission
            ? new OkObjectResult(Status(submission))
            : new NotFoundResult();

    /// <summary>A token of a unit no longer in the directory: a valid key of nobody, so 403 and why.</summary>
    private static object Status(Submission s) => new
    {
        id = s.Id, unit = s.Unit, title = s.Title, status = s.Status.ToString(), state = Review.SubmissionStates.ApiName(s.Status), receivedAt = s.ReceivedAt, submitter = s.SubmitterEmail,
        approver = s.Signatories.Approver, author = s.Signatories.Author, phone = s.Signatories.Phone,
    };

    private sealed record SubmissionRequest(string? SubmitterEmail, string? Title, string? Text, string? Key, string? Approver, string? Author, string? Phone);
}
