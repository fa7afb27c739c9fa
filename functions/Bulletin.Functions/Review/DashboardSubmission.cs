using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Review;
using Bulletin.Intake.Storage;
using Bulletin.Review.Storage;
using Bulletin.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;
using Bulletin.Markup;

namespace Bulletin.Functions.Review;

/// <summary><c>/api/dashboard/submissions/{id}</c>: GET shows the submission; POST (with the session's proof) decides,
/// as the mail links do, or — with <c>redecide</c> — decides again. Either is audited with channel Dashboard.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSubmission(DashboardSessions sessions, SubmissionStore submissions, ReviewAuditLog audit, ReviewDecisionService decisions)
{
    [Function(nameof(DashboardSubmission))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/submissions/{id}")] HttpRequest request, string id, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        if (await submissions.FindAsync(id, cancellationToken) is not { } submission)
            return HtmlPage.Render(response, StatusCodes.Status404NotFound, "找不到稿件", Html.Of($"<p class=\"error\">找不到这篇稿件。</p><p><a href=\"/api/dashboard\">返回稿件列表</a></p>"));
        if (HttpMethods.IsGet(request.Method))
            return SubmissionDetailPage.Render(response, session, sessions.Proof(session), submission, await audit.ListAsync(id, cancellationToken));

        var posted = await RequestForm.ReadAsync(request, cancellationToken);
        var form = ReviewForm.Read(posted, ReviewChoice.Adopt);
        var decision = form.ToRequest(submission.Id, session.Email) with { Channel = ReviewChannel.Dashboard };
        var result = await decisions.DecideAsync(decision, null, allowRedecision: posted["redecide"] == "1", cancellationToken);
        var shown = result.Submission ?? submission;
        var (notice, error, status) = result.Kind switch
        {
            ReviewResultKind.Decided => ($"已记录：{shown.Status.ChineseName()}。已通知报送人。", null, StatusCodes.Status200OK),
            ReviewResultKind.AlreadyDecidedByYou => ("您已作过同样的决定，未再更改。", null, StatusCodes.Status200OK),
            ReviewResultKind.AlreadyDecided => (null, $"此稿件已由 {shown.Decision?.DecidedBy} 决定：{shown.Status.ChineseName()}。如需改变，请用下面的“重新决定”。", StatusCodes.Status409Conflict),
            ReviewResultKind.Invalid => (null, result.Problem, StatusCodes.Status400BadRequest),
            ReviewResultKind.NotAnEditor => (null, result.Problem, StatusCodes.Status403Forbidden),
            _ => ((string?)null, "找不到这篇稿件。", StatusCodes.Status404NotFound),
        };
        return SubmissionDetailPage.Render(response, session, sessions.Proof(session), shown, await audit.ListAsync(id, cancellationToken),
            result.Kind == ReviewResultKind.Invalid ? form : null, notice, error, status);
    }
}
