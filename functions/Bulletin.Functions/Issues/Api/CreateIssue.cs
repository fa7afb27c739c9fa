using System.Globalization;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Api;

/// <summary><c>POST /api/issues</c> with the operator key: a numbered draft of adopted submissions in a series (201 with its
/// series, year, number, total and state); an article of several submissions is a 综合稿.</summary>
[CallerRule(Caller.Operator)]
public sealed class CreateIssue(IssueRequests requests)
{
    [Function(nameof(CreateIssue))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "issues")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<IssueJson.CreateBody>(request, cancellationToken);
        if (body?.Date is not { } dateText || !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "请求无效", "请给出 date（如 \"2020-03-08\"）和 articles（如 [{ \"submissions\": [\"<稿件编号>\"] }]）。");
        var articles = (body.Articles ?? []).Select(a => new DraftArticle(a.Submissions ?? [], a.Title, a.Text) { EditorsNote = a.EditorsNote }).ToList();
        var created = await requests.CreateAsync(new IssueRequest(body.Series, date, articles, body.SeriesHeadline, body.SeriesPart,
            body.SentUpTo, body.IssuedTo, body.Editors, body.Editor) { Markings = body.Markings, EditorsNote = body.EditorsNote }, cancellationToken);
        return created.Issue is { } issue
            ? new ObjectResult(IssueJson.Created(issue)) { StatusCode = StatusCodes.Status201Created }
            : ApiProblem.Of(StatusCodes.Status400BadRequest, "未能新建一期", created.Problem!);
    }
}
