using Bulletin.Distribution.Delivery;
using Bulletin.Functions.Issues.Archive;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Api;

/// <summary>One issue for scripts, with the operator key: <c>GET /api/issues/{series}/{year}/{number}</c> (JSON with its
/// articles and their submissions), <c>POST …/preview</c> (发送预览: queued mails, the 签发人's with the 签发 link) and
/// <c>GET …/{html|docx|pdf}</c> once published.</summary>
[CallerRule(Caller.Operator)]
public sealed class IssueApi(IssueDesk desk, IssuePreviewMailer previews, IssueRequests requests, IssueArchive archive, DeliveryReports deliveries)
{
    /// <summary>The issue; once published with its delivery report: recipients and how many are in each state.</summary>
    [Function("GetIssue")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "issues/{series}/{year}/{number}")] HttpRequest request,
        string series, string year, string number, CancellationToken cancellationToken)
    {
        if (await FindAsync(series, year, number, cancellationToken) is not { } issue)
            return Missing(series, year, number);
        var delivery = issue.State == IssueState.Published ? await deliveries.GetAsync(issue.SeriesId, issue.Year, issue.Number, cancellationToken) : null;
        return new OkObjectResult(IssueJson.Of(issue, delivery));
    }

    [Function("PreviewIssue")]
    public async Task<IActionResult> Preview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "issues/{series}/{year}/{number}/preview")] HttpRequest request,
        string series, string year, string number, CancellationToken cancellationToken)
    {
        var body = request.ContentLength is > 0 ? await JsonBody.ReadAsync<PreviewBody>(request, cancellationToken) : null;
        if (await requests.ActorAsync(body?.Editor, cancellationToken) is not { } actor)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "编辑不存在", $"“{body?.Editor}”不是通讯录中的编辑：editor 请填编辑的邮箱，或省略。");
        if (await FindAsync(series, year, number, cancellationToken) is not { } issue)
            return Missing(series, year, number);
        if (await previews.RequestAsync(issue.SeriesId, issue.Year, issue.Number, actor.Email, cancellationToken) is not { } sent)
            return ApiProblem.Of(StatusCodes.Status409Conflict, "只有草稿可以发送预览", "本期已签发或已发布，未发送任何邮件。");
        return new AcceptedResult((string?)null, new { recipients = sent, signer = sent[0] });
    }

    [Function("GetIssueDocument")]
    public async Task<IActionResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "issues/{series}/{year}/{number}/{kind}")] HttpRequest request,
        string series, string year, string number, string kind, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<IssueDocumentKind>(kind, ignoreCase: true, out var documentKind) || !kind.All(char.IsAsciiLetterLower))
            return ApiProblem.Of(StatusCodes.Status404NotFound, "没有这种文件", $"“{kind}”不是本期的文件；可用：html、docx、pdf。");
        if (await FindAsync(series, year, number, cancellationToken) is not { } issue)
            return Missing(series, year, number);
        if (issue.State != IssueState.Published)
            return ApiProblem.Of(StatusCodes.Status409Conflict, "本期尚未发布", "签发并发布后才有 HTML、DOCX 和 PDF 文件。");
        return await archive.OpenAsync(issue, documentKind, cancellationToken) is { } download
            ? ArchiveDocumentResult.Stream(request.HttpContext.Response, download)
            : ApiProblem.Of(StatusCodes.Status409Conflict, "文件尚未存好", "本期的文件正在存储，请稍后再试。");
    }

    private async Task<AssembledIssue?> FindAsync(string series, string year, string number, CancellationToken cancellationToken) =>
        IssueRoute.TryParse(year, number, out var y, out var n) ? await desk.FindAsync(series, y, n, cancellationToken) : null;

    private static IActionResult Missing(string series, string year, string number) =>
        ApiProblem.Of(StatusCodes.Status404NotFound, "找不到这一期", $"刊物“{series}”没有 {year} 年第 {number} 期。GET /api/issues 列出所有各期。");

    private sealed record PreviewBody(string? Editor);
}
