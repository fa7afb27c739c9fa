using Bulletin.Functions.Dashboard;
using Bulletin.Dashboard;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Issues;

/// <summary><c>/api/dashboard/issues</c>: GET lists the issues and offers 新建一期; POST (with the session's proof)
/// allocates the next number and saves a draft of the chosen adopted submissions, then shows it.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardIssues(DashboardSessions sessions, IssueDesk desk, SeriesCatalog catalog, TimeProvider clock)
{
    [Function(nameof(DashboardIssues))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/issues")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var today = ChinaTime.Date(clock.GetUtcNow());
        var form = IssueForm.Defaults(desk.Settings, today, session.Name);
        if (!HttpMethods.IsGet(request.Method))
        {
            var posted = await RequestForm.ReadAsync(request, cancellationToken);
            form = IssueForm.Read(posted, today);
            var created = await desk.CreateDraftAsync(form.ToDraft(session.Name), session.Email, cancellationToken);
            if (created.Issue is { } issue)
                return DashboardCookie.SeeOther(request, IssueStateLabels.Path(issue));
            return await PageAsync(request, session, form, created.Problem, StatusCodes.Status400BadRequest, today, cancellationToken);
        }
        return await PageAsync(request, session, form, null, StatusCodes.Status200OK, today, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(HttpRequest request, DashboardSession session, IssueForm form, string? error, int status, DateOnly today,
        CancellationToken cancellationToken)
    {
        var issues = await desk.ListAsync(cancellationToken);
        return IssueListPage.Render(request.HttpContext.Response, session, sessions.Proof(session), issues,
            await FreeArticleChoice.ReadAsync(request, desk, issues, today, cancellationToken), form, await catalog.ListAsync(cancellationToken), error, status);
    }
}
