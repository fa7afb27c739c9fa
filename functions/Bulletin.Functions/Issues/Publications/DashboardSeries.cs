using Bulletin.Dashboard;
using Bulletin.Functions.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Issues.Publications;

/// <summary><c>/api/dashboard/series</c>: GET lists the series (刊物) with a form to edit one (<c>?id=</c>) or add one; POST
/// (with the session's proof) saves it and continues its numbering, audited in the editor's name.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardSeries(DashboardSessions sessions, SeriesCatalog catalog)
{
    public const string Path = "/api/dashboard/series";

    [Function(nameof(DashboardSeries))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var response = request.HttpContext.Response;
        var all = await catalog.ListAsync(cancellationToken);
        if (HttpMethods.IsGet(request.Method))
        {
            var id = request.Query["id"].ToString();
            var editing = all.FirstOrDefault(s => s.Id == id);
            return SeriesPage.Render(response, session, sessions.Proof(session), all, SeriesForm.Of(editing), null, StatusCodes.Status200OK);
        }
        var form = SeriesForm.Read(await RequestForm.ReadAsync(request, cancellationToken));
        var result = form.Problem is null ? await catalog.ChangeAsync(form.Id, form.ToChange(), session.Email, cancellationToken) : null;
        if (result is { Outcome: SeriesChangeOutcome.Created or SeriesChangeOutcome.Updated })
            return DashboardCookie.SeeOther(request, $"{Path}?id={Uri.EscapeDataString(form.Id)}");
        return SeriesPage.Render(response, session, sessions.Proof(session), all, form, form.Problem ?? result!.Problem,
            result?.Outcome is SeriesChangeOutcome.NumberAlreadyUsed or SeriesChangeOutcome.ChangedMeanwhile ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }
}
