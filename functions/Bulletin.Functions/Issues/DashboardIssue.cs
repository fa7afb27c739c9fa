using Bulletin.Dashboard;
using Bulletin.Distribution;
using Bulletin.Functions.Pages;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Issues;

/// <summary><c>/api/dashboard/issues/{year}/{number}</c>: GET previews the issue; POST (with the session's proof) is 签发
/// through <see cref="IssueDesk.SignOffAsync"/>, which holds the 签发人 rule and the audit (editors send the preview, whose
/// mail carries the 签发人's link). A published issue changes no more.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardIssue(DashboardSessions sessions, IssueDesk desk, IssueSigners signers)
{
    [Function(nameof(DashboardIssue))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/issues/{year}/{number}")] HttpRequest request, string year, string number, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var series = IssueRoute.Series(request);
        if (!IssueRoute.TryParse(year, number, out var y, out var n) || await desk.FindAsync(series, y, n, cancellationToken) is not { } issue)
            return IssueRoute.NotFound(response);
        var (isSigner, signerNames) = await signers.RightOfAsync(issue.SeriesId, session.Email, cancellationToken);
        var right = new SignOffRight(isSigner, signerNames);
        if (HttpMethods.IsGet(request.Method))
            return IssueDetailPage.Render(response, session, sessions.Proof(session), issue, right, await PlanAsync(issue, cancellationToken));

        var outcome = await desk.SignOffAsync(new IssueSignOffRequest(y, n, session.Email, IssueSignOffChannel.Dashboard) { Series = series }, cancellationToken);
        if (await desk.FindAsync(series, y, n, cancellationToken) is not { } shown)
            return IssueRoute.NotFound(response);
        var proof = sessions.Proof(session);
        var plan = await PlanAsync(shown, cancellationToken);
        return outcome switch
        {
            IssueSignOffOutcome.Published => IssueDetailPage.Render(response, session, proof, shown, right, plan, notice: "已签发并发布，文件已存档。"),
            IssueSignOffOutcome.AlreadyPublished => IssueDetailPage.Render(response, session, proof, shown, right, plan, notice: "本期已发布，未作任何更改。"),
            IssueSignOffOutcome.NotSigner => IssueDetailPage.Render(response, session, proof, shown, right, plan,
                error: $"未签发：只有签发人（{right.SignerName}）可以签发。请点击“发送预览”，签发人会收到带签发链接的邮件。", status: StatusCodes.Status403Forbidden),
            IssueSignOffOutcome.DistributionBlocked => IssueDetailPage.Render(response, session, proof, shown, right, plan,
                error: Blocked(plan), status: StatusCodes.Status409Conflict),
            _ => IssueDetailPage.Render(response, session, proof, shown, right, plan, error: "此期号下已存有其他内容的文件，未予替换。请联系管理员。", status: StatusCodes.Status409Conflict),
        };
    }

    /// <summary>The plan shown beside an issue that is not published yet.</summary>
    private async Task<DistributionPlan?> PlanAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        issue.State == IssueState.Published ? null : await desk.PlanAsync(issue, cancellationToken);

    private static string Blocked(DistributionPlan? plan)
    {
        var items = (plan?.Problems ?? []).Select(p => p.Item).OfType<string>().Distinct().Select(i => $"「{i}」").ToList();
        return items.Count == 0
            ? "未签发：本期送/发行有问题，请先修正。"
            : $"未签发：本期送/发行中的{string.Join("、", items)}有问题（见下方红字），请先修正。";
    }
}
