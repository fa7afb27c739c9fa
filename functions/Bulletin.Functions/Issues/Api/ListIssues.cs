using System.Globalization;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Api;

/// <summary><c>GET /api/issues?series=&amp;year=&amp;state=&amp;q=</c> with the operator key: the issues, newest first; with
/// <c>q</c> the published ones whose titles, units or text contain it (the archive's bigram index), each with a snippet.</summary>
[CallerRule(Caller.Operator)]
public sealed class ListIssues(IssueDesk desk, IssueTextSearch search)
{
    [Function(nameof(ListIssues))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "issues")] HttpRequest request, CancellationToken cancellationToken)
    {
        var series = Text(request, "series");
        int? year = null;
        if (Text(request, "year") is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                return ApiProblem.Of(StatusCodes.Status400BadRequest, "年份无效", $"year“{yearText}”不是年份，如 2020。");
            year = y;
        }
        IssueState? state = null;
        if (Text(request, "state") is { } stateText && (state = IssueJson.ParseState(stateText)) is null)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "状态无效", $"state“{stateText}”无效；可用：draft、signed-off、published。");
        if (Text(request, "q") is { } q)
            return new OkObjectResult((await search.SearchAsync(q, series, year, cancellationToken))
                .Where(h => state is null || h.Issue.State == state).Select(h => IssueJson.Row(h.Issue, h.Title, h.Snippet)));
        return new OkObjectResult((year is { } only ? await desk.ListAsync(only, cancellationToken) : await desk.ListAsync(cancellationToken))
            .Where(i => (series is null || i.SeriesId == series) && (year is null || i.Year == year) && (state is null || i.State == state))
            .Select(i => IssueJson.Row(i, i.Articles.FirstOrDefault()?.Title, null)));
    }

    private static string? Text(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is { Length: > 0 } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
