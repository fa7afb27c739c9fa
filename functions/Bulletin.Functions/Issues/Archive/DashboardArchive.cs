using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Issues.Archive;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues.Archive;

/// <summary><c>/api/dashboard/archive</c> (往期简报): every published issue, newest first, searched by title, unit and year;
/// <c>/api/dashboard/archive/{year}/{number}/{kind}</c> streams one of its stored documents. Session required; GET only.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardArchive(DashboardSessions sessions, IssueArchive archive)
{
    public const string Path = "/api/dashboard/archive";

    [Function(nameof(DashboardArchive))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/archive")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var (search, problem) = ArchiveRequest.Search(request.Query);
        var listing = await archive.ListAsync(search, null, context.CancellationToken);
        var body = ArchiveListHtml.Render(listing, search, problem, Path, new Dictionary<string, string>(),
            (issue, kind) => $"{Path}/{issue.Year}/{issue.Number}/{kind.ToString().ToLowerInvariant()}" + ArchiveRequest.SeriesParameter(issue, '?'));
        return DashboardLayout.Render(request.HttpContext.Response, StatusCodes.Status200OK, "往期简报", session, sessions.Proof(session), body);
    }

    [Function("DashboardArchiveDocument")]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/archive/{year}/{number}/{kind}")] HttpRequest request,
        string year, string number, string kind, CancellationToken cancellationToken)
    {
        var download = ArchiveRequest.Document(year, number, kind) is { } d ? await archive.OpenAsync(ArchiveRequest.Series(request.Query), d.Year, d.Number, d.Kind, null, cancellationToken) : null;
        return download is null
            ? HtmlPage.Render(request.HttpContext.Response, StatusCodes.Status404NotFound, "找不到文件",
                Html.Of($"<p class=\"error\">找不到这份文件：只有已发布的简报才有存档文件。</p><p><a href=\"{Path}\">返回往期简报</a></p>"))
            : ArchiveDocumentResult.Stream(request.HttpContext.Response, download);
    }
}
