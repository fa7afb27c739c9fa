using Bulletin.Functions.Dashboard;
using Bulletin.Dashboard;
using Bulletin.Solicitations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Solicitations;

/// <summary><c>/api/dashboard/solicitations</c> (约稿): GET lists them with the form 新建约稿; POST (with the session's proof)
/// first shows the units the draft reaches (<c>step=check</c>), then creates it and queues its mails (<c>step=send</c>,
/// once per creation key the check gave the form).</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSolicitations(DashboardSessions sessions, SolicitationDesk desk, TimeProvider clock)
{
    public const string Path = "/api/dashboard/solicitations";

    [Function(nameof(DashboardSolicitations))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/solicitations")] HttpRequest request, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var proof = sessions.Proof(session);
        var list = await desk.ListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (HttpMethods.IsGet(request.Method))
            return SolicitationListPage.Render(response, session, proof, list, now, SolicitationForm.Empty(now), null);

        var posted = await RequestForm.ReadAsync(request, cancellationToken);
        var form = SolicitationForm.Read(posted);
        var draft = form.ToDraft(session.Name);
        if (posted["step"] == "send")
        {
            var created = await desk.CreateAsync(draft, form.CreationKey, cancellationToken);
            if (created.Solicitation is { } solicitation)
                return DashboardCookie.SeeOther(request, SolicitationDetailPage.PathOf(solicitation.Number));
            return SolicitationListPage.Render(response, session, proof, list, now, form, created.Check, StatusCodes.Status400BadRequest);
        }
        var check = await desk.CheckAsync(draft, cancellationToken);
        // Each clean check gives the form a new key: sending it again (a double click, a re-post) finds what it created.
        return SolicitationListPage.Render(response, session, proof, list, now, form with { CreationKey = SolicitationDesk.NewCreationKey() }, check,
            check.Problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
