using Bulletin.Dashboard;
using Bulletin.Issues.Storage;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Issues;

/// <summary><c>/api/dashboard/issues/{year}/{number}/edit</c>: GET shows a draft's edit form; POST (with the session's proof
/// and the draft's ETag) saves it through <see cref="IssueDraftEditor"/>. A stale form saves nothing and comes back filled in.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardIssueEdit(DashboardSessions sessions, IssueDesk desk, IssueDraftEditor editor, IssueAuditLog audit, TimeProvider clock)
{
    [Function(nameof(DashboardIssueEdit))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/issues/{year}/{number}/edit")] HttpRequest request, string year, string number, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var series = IssueRoute.Series(request);
        if (!IssueRoute.TryParse(year, number, out var y, out var n) || await editor.FindAsync(series, y, n, cancellationToken) is not { } found)
            return IssueRoute.NotFound(response);
        if (HttpMethods.IsGet(request.Method))
            return await PageAsync(found.Issue, IssueEditForm.Of(found.Issue, found.ETag), null, null, StatusCodes.Status200OK);

        var posted = await RequestForm.ReadAsync(request, cancellationToken);
        var form = IssueEditForm.Read(posted, found.Issue.Date);
        if (form.Markings.Problem is { } unreadable)
            return await PageAsync(found.Issue, form, null, unreadable, StatusCodes.Status400BadRequest);
        var result = await editor.EditAsync(series, y, n, form.ToEdit(), session.Email, cancellationToken);
        var shown = result.Issue ?? found.Issue;
        return result.Outcome switch
        {
            IssueEditOutcome.Saved => await PageAsync(shown, IssueEditForm.Of(shown, result.ETag!), "已保存。如已发送过预览，请重新发送：旧的签发链接已失效。", null, StatusCodes.Status200OK),
            IssueEditOutcome.Unchanged => await PageAsync(shown, form, "没有改动，未保存。", null, StatusCodes.Status200OK),
            // The editor's input stays in the form, now under the current ETag, beside the current preview.
            IssueEditOutcome.ChangedMeanwhile => await PageAsync(shown, form with { ETag = result.ETag ?? form.ETag }, null, result.Problem, StatusCodes.Status409Conflict),
            IssueEditOutcome.Invalid => await PageAsync(shown, form, null, result.Problem, StatusCodes.Status400BadRequest),
            _ => await PageAsync(shown, form, null, result.Problem ?? "找不到这一期简报。", StatusCodes.Status409Conflict),
        };

        async Task<IActionResult> PageAsync(AssembledIssue issue, IssueEditForm form, string? notice, string? error, int status) =>
            IssueEditPage.Render(response, session, sessions.Proof(session), issue, form,
                await FreeArticleChoice.ReadAsync(request, desk, await desk.ListAsync(cancellationToken), ChinaTime.Date(clock.GetUtcNow()), cancellationToken), await audit.ListAsync(issue.SeriesId, issue.Year, issue.Number, cancellationToken),
                notice, error, status);
    }
}
