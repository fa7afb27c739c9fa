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
        var response = request.HttpContext.Response;
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
            return await PageAsync(response, session, form, created.Problem, StatusCodes.Status400BadRequest, cancellationToken);
        }
        return await PageAsync(response, session, form, null, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(HttpResponse response, DashboardSession session, IssueForm form, string? error, int status, CancellationToken cancellationToken)
    {
        var issues = await desk.ListAsync(cancellationToken);
        return IssueListPage.Render(response, session, sessions.Proof(session), issues, await desk.FreeArticlesAsync(issues, cancellationToken), form,
            await catalog.ListAsync(cancellationToken), error, status);
    }
}
