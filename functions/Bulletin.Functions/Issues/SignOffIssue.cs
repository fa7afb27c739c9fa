using Bulletin.Issues;
using Bulletin.Review;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Issues;

/// <summary><c>/api/issues/sign-off?token=…</c>: the 签发人's link from the preview mail. GET only shows the issue (mail
/// scanners fetch every link); POST, with the page's proof, signs it off through <see cref="IssueLinkSignOff"/>. The 签发人
/// is the link's actor, never a form field.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class SignOffIssue(IssueSignOffLinks links, FormProof proofs, IssueLinkSignOff signOff)
{
    public const string FormPurpose = "issue-sign-off-form";
    private static readonly TimeSpan ProofLifetime = TimeSpan.FromDays(1);

    [Function(nameof(SignOffIssue))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "issues/sign-off")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var token = request.Query["token"].ToString();
        var link = links.Check(token);
        if (link.Problem is { } problem)
            return SignOffPage.BadLink(response, IssueSignOffLink.Explain(problem),
                problem == SignOffLinkProblem.Expired ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden);

        IssueLinkView view;
        if (HttpMethods.IsGet(request.Method))
            view = await signOff.ShowAsync(link, cancellationToken);
        else
        {
            var posted = request.HasFormContentType ? await RequestForm.ReadAsync(request, cancellationToken) : null;
            if (posted is null || !proofs.IsValid(posted["proof"].ToString(), FormPurpose, token))
                return SignOffPage.BadLink(response, "页面已失效或不完整，未签发。请重新点击预览邮件中的签发链接。", StatusCodes.Status403Forbidden);
            view = await signOff.SignOffAsync(link, ReviewLinks.Fingerprint(token), cancellationToken);
        }
        var proof = proofs.Issue(FormPurpose, token, ProofLifetime);
        return view switch
        {
            { State: IssueLinkState.SignerGone } => SignOffPage.BadLink(response, view.Refusal!, StatusCodes.Status403Forbidden),
            { State: IssueLinkState.NotFound } => SignOffPage.BadLink(response, "找不到这一期简报，可能已被删除。", StatusCodes.Status404NotFound),
            { Outcome: IssueSignOffOutcome.Published } => Page("已签发并发布，文件已存档。", null, StatusCodes.Status200OK),
            { Outcome: IssueSignOffOutcome.AlreadyPublished } => Page("本期此前已签发并发布，未作任何更改。", null, StatusCodes.Status200OK),
            { Outcome: IssueSignOffOutcome.NotSigner } => Page(null, "未签发：此链接中的签发人已不是本简报的签发人。请让编辑重新发送预览。", StatusCodes.Status403Forbidden),
            { Outcome: IssueSignOffOutcome.DistributionBlocked } => Page(null, "未签发：本期送/发行有问题（见下方红字）。请通知编辑修正后重新发送预览。", StatusCodes.Status409Conflict),
            { Outcome: IssueSignOffOutcome.DocumentsRefused } => Page(null, "此期号下已存有其他内容的文件，未予替换。请联系管理员。", StatusCodes.Status409Conflict),
            { State: IssueLinkState.ChangedSincePreview } => Page(null, "预览发出后本期草稿又有修改，此签发链接已失效，未签发。请让编辑重新发送预览，用新邮件中的链接签发。", StatusCodes.Status409Conflict),
            { State: IssueLinkState.Published } => Page("本期已签发并发布。", null, StatusCodes.Status200OK),
            _ => Page(null, null, StatusCodes.Status200OK),
        };

        ContentResult Page(string? notice, string? error, int status) => SignOffPage.Render(response, view, token, proof, notice, error, status);
    }
}
