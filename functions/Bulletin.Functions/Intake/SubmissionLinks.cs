using Bulletin.Directory;
using Bulletin.Intake.Storage;
using Bulletin.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Intake;

/// <summary>Operator endpoints for a unit's submission link: <c>POST /api/directory/units/{unit}/submission-link</c>
/// issues it, <c>DELETE</c> revokes every link issued so far.</summary>
[CallerRule(Caller.Operator)]
public sealed class SubmissionLinks(UnitSubmissionLinks links, DirectoryQuery directory)
{
    [Function("IssueSubmissionLink")]
    public async Task<IActionResult> Issue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "directory/units/{unit}/submission-link")] HttpRequest request, string unit, CancellationToken cancellationToken)
    {
        if ((await directory.ListAsync(unit, null, null, cancellationToken)).Units.Count == 0)
            return new NotFoundObjectResult(new ProblemDetails { Title = "单位不存在", Detail = $"通讯录中没有“{unit}”。" });
        return new OkObjectResult(new { unit, url = await links.IssueAsync(unit, cancellationToken) });
    }

    [Function("RevokeSubmissionLinks")]
    public async Task<IActionResult> Revoke(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "directory/units/{unit}/submission-link")] HttpRequest request, string unit, CancellationToken cancellationToken)
    {
        await links.RevokeAsync(unit, cancellationToken);
        return new NoContentResult();
    }
}
