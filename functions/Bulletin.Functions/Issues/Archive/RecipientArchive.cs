using Bulletin.Functions.Pages;
using Bulletin.Issues.Archive;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues.Archive;

/// <summary><c>/api/archive?token=…</c>: the recipients' archive, reached from the link in an issue mail without signing in.
/// The signed token (purpose <c>archive</c>) opens the published issues up to the one it was mailed with, searched like
/// the dashboard's; <c>/api/archive/{year}/{number}/{kind}?token=…</c> streams a document under the same token. GET only.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class RecipientArchive(IssueArchiveLinks links, IssueArchive archive)
{
    [Function(nameof(RecipientArchive))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "archive")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var token = request.Query["token"].ToString();
        var (reach, linkProblem) = links.Check(token);
        if (reach is null)
            return Refused(response, linkProblem!.Value);
        var (search, problem) = ArchiveRequest.Search(request.Query);
        var listing = await archive.ListAsync(search, reach, cancellationToken);
        var body = ArchiveListHtml.Render(listing, search, problem, IssueArchiveLinks.PagePath, new Dictionary<string, string> { ["token"] = token },
            (issue, kind) => $"{IssueArchiveLinks.PagePath}/{issue.Year}/{issue.Number}/{kind.ToString().ToLowerInvariant()}?token={Uri.EscapeDataString(token)}{ArchiveRequest.SeriesParameter(issue, '&')}");
        return HtmlPage.Render(response, StatusCodes.Status200OK, "往期简报", body);
    }

    [Function("RecipientArchiveDocument")]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "archive/{year}/{number}/{kind}")] HttpRequest request,
        string year, string number, string kind, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var (reach, linkProblem) = links.Check(request.Query["token"].ToString());
        if (reach is null)
            return Refused(response, linkProblem!.Value);
        var download = ArchiveRequest.Document(year, number, kind) is { } d ? await archive.OpenAsync(ArchiveRequest.Series(request.Query), d.Year, d.Number, d.Kind, reach, cancellationToken) : null;
        return download is null
            ? HtmlPage.Render(response, StatusCodes.Status404NotFound, "找不到文件", Html.Of($"<p class=\"error\">找不到这份文件。请回到往期简报页面，点击列表中的链接下载。</p>"))
            : ArchiveDocumentResult.Stream(response, download);
    }

    private static ContentResult Refused(HttpResponse response, LinkProblem problem) =>
        HtmlPage.Render(response, StatusCodes.Status403Forbidden, "链接无法使用", Html.Of($"<p class=\"error\">{LinkCheck.Explain(problem)}</p>"));
}
