using Bulletin.Directory;
using Bulletin.Intake.Storage;
using Bulletin.Intake;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary><c>/api/submit?token=…</c>: a unit's submission page. GET shows the form (and changes nothing); POST registers the article.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class SubmitArticle(UnitSubmissionLinks links, DirectoryQuery directory, UploadIntake intake, ISolicitationAnswers solicitations)
{
    private const long MaxUploadBytes = 30L * 1024 * 1024;

    [Function(nameof(SubmitArticle))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "submit")] HttpRequest request, CancellationToken cancellationToken)
    {
        var token = request.Query["token"].ToString();
        var check = await links.CheckAsync(token, cancellationToken);
        if (check.Claims is not { } claims)
            return SubmitPage.BadLink(request.HttpContext.Response, check.Explanation,
                check.Problem is LinkProblem.Expired or LinkProblem.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden);
        var unit = claims.Subject;
        var people = (await directory.ListAsync(unit, null, null, cancellationToken)).People;
        // A link from a solicitation mail carries &solicitation=12: the page offers the unit's open solicitations with that one chosen.
        var open = await solicitations.OpenForAsync(unit, cancellationToken);
        var asked = int.TryParse(request.Query["solicitation"], out var s) ? s : (int?)null;
        var choices = new SubmitPage.SolicitationChoices(open, asked);

        if (HttpMethods.IsGet(request.Method))
            return SubmitPage.Form(request.HttpContext.Response, unit, people, token, choices: choices);
        if (request.ContentLength > MaxUploadBytes)
            return SubmitPage.Form(request.HttpContext.Response, unit, people, token, "文件超过 30 MB，请压缩图片或删去附图后再报送。", status: StatusCodes.Status413PayloadTooLarge, choices: choices);

        var form = await RequestForm.ReadAsync(request, cancellationToken);
        var document = await FormDocument.ReadAsync(form, cancellationToken);
        var upload = new ArticleUpload(unit, form["submitter"].ToString(), form["title"].ToString(), form["text"].ToString(), document, "")
        {
            SolicitationNumber = int.TryParse(form["solicitation"], out var chosen) ? chosen : null,
            Signatories = Signatories.Of(form["approver"], form["author"], form["phone"]),
            Photos = await FormDocument.ReadPhotosAsync(form, cancellationToken),
        };
        // Keyed by content: a form sent again (reload, back and 报送 again) registers the article once.
        upload = upload with { IdempotencyKey = upload.ContentKey() };
        var result = await intake.SubmitAsync(upload, cancellationToken);
        return result.Submission is { } submission
            ? SubmitPage.Received(request.HttpContext.Response, submission)
            : SubmitPage.Form(request.HttpContext.Response, unit, people, token, result.Refusal, upload, StatusCodes.Status400BadRequest,
                choices with { Chosen = upload.SolicitationNumber });
    }
}
