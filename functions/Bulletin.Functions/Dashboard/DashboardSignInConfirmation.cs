using Bulletin.Dashboard;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Dashboard;

/// <summary><c>/api/dashboard/session?token=…</c>: the mailed link. GET only shows a button (mail scanners fetch
/// links); its POST, with the page's proof, sets the session cookie and goes to the dashboard.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class DashboardSignInConfirmation(DashboardSignInLinks links, DashboardEditors editors, DashboardSessions sessions,
    FormProof proofs, IOptions<LinkOptions> linkOptions)
{
    private static readonly TimeSpan ProofLifetime = DashboardSignInLinks.Lifetime;

    [Function(nameof(DashboardSignInConfirmation))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/session")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var token = request.Query["token"].ToString();
        var check = links.Check(token);
        if (check.Claims is not { Actor: { } email })
            return SignInPage.BadLink(response, LinkCheck.Explain(check.Problem!.Value).Replace("编辑部索取新的链接", "登录页重新申请"),
                check.Problem is LinkProblem.Expired ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden);
        if (await editors.FindAsync(email, cancellationToken) is null)
            return SignInPage.BadLink(response, "此邮箱已不在编辑名单中。", StatusCodes.Status403Forbidden);

        if (HttpMethods.IsGet(request.Method))
            return SignInPage.Confirm(response, email, token, proofs.Issue(DashboardSignInLinks.FormPurpose, token, ProofLifetime));
        var form = request.HasFormContentType ? await RequestForm.ReadAsync(request, cancellationToken) : null;
        if (!proofs.IsValid(form?["proof"].ToString(), DashboardSignInLinks.FormPurpose, token))
            return SignInPage.BadLink(response, "页面已失效或不完整。请重新点击邮件中的链接，再点“登录”。", StatusCodes.Status403Forbidden);
        DashboardCookie.Write(request, await sessions.StartAsync(email, cancellationToken), DashboardSessions.Lifetime, linkOptions.Value.PublicBaseUrl);
        return DashboardCookie.SeeOther(request, DashboardCookie.Home);
    }
}
