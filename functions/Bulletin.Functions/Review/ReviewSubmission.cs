using Bulletin.Intake.Storage;
using Bulletin.Review;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Review;

/// <summary><c>/api/review?token=…&amp;choice=…</c>: an editor's decision page. GET only shows it (mail scanners fetch
/// every link); POST, with the form's proof, decides. The editor is the link's actor, never a form field.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class ReviewSubmission(ReviewLinks links, ReviewFormProof proofs, SubmissionStore submissions, ReviewDecisionService decisions)
{
    [Function(nameof(ReviewSubmission))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "review")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var token = request.Query["token"].ToString();
        var check = links.Check(token);
        if (check.Claims is not { } claims)
            return ReviewPage.BadLink(response, LinkCheck.Explain(check.Problem!.Value),
                check.Problem is LinkProblem.Expired ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden);
        if (await submissions.FindAsync(claims.Subject, cancellationToken) is not { } submission)
            return ReviewPage.BadLink(response, "找不到这篇稿件，可能已被删除。", StatusCodes.Status404NotFound);
        if (await decisions.RefusalForAsync(claims.Actor!, cancellationToken) is { } refusal)
            return ReviewPage.BadLink(response, refusal, StatusCodes.Status403Forbidden);

        var choice = ReviewChoices.FromSlug(request.Query["choice"].ToString()) ?? ReviewChoice.Adopt;
        if (HttpMethods.IsGet(request.Method))
            return submission.Decision is null
                ? ReviewPage.Form(response, submission, new ReviewForm(choice, null, null, null), token, proofs.Issue(token))
                : ReviewPage.Decided(response, submission, claims.Actor!, StatusCodes.Status200OK);

        var form = ReviewForm.Read(await RequestForm.ReadAsync(request, cancellationToken), choice);
        if (!proofs.IsValid(form.Proof, token))
            return ReviewPage.BadLink(response, "页面已失效或不完整。请重新点击邮件中的链接，再提交决定。", StatusCodes.Status403Forbidden);
        var result = await decisions.DecideAsync(form.ToRequest(submission.Id, claims.Actor!), ReviewLinks.Fingerprint(token), allowRedecision: false, cancellationToken);
        return result.Kind switch
        {
            ReviewResultKind.Decided or ReviewResultKind.AlreadyDecidedByYou => ReviewPage.Decided(response, result.Submission!, claims.Actor!, StatusCodes.Status200OK),
            ReviewResultKind.AlreadyDecided => ReviewPage.Decided(response, result.Submission!, claims.Actor!, StatusCodes.Status409Conflict),
            ReviewResultKind.NotAnEditor => ReviewPage.BadLink(response, result.Problem!, StatusCodes.Status403Forbidden),
            ReviewResultKind.Invalid => ReviewPage.Form(response, submission, form, token, proofs.Issue(token), result.Problem, StatusCodes.Status400BadRequest),
            _ => ReviewPage.BadLink(response, "找不到这篇稿件，可能已被删除。", StatusCodes.Status404NotFound),
        };
    }
}
