using Bulletin.Dashboard;
using Bulletin.Functions.Pipeline;
using Bulletin.Intake.Storage;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.UpperLevels;

/// <summary><c>/api/dashboard/submissions/{id}/upper</c>: GET shows an adopted submission's upper-level adoptions and
/// 领导批示 (with their 落实情况) and the forms to record more; POST (with the session's proof) records one in the
/// signed-in editor's name, as the API does. <c>/api/dashboard/instructions</c>: the 批示 still without 落实情况.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardUpperRecords(DashboardSessions sessions, SubmissionStore submissions, UpperRecordService records, InstructionReminderService open)
{
    [Function(nameof(DashboardUpperRecords))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/submissions/{id}/upper")] HttpRequest request, string id, FunctionContext context)
    {
        var response = request.HttpContext.Response;
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var proof = sessions.Proof(session);
        if (await submissions.FindAsync(id, cancellationToken) is not { } submission)
            return UpperRecordsPage.NotFound(response);
        string? notice = null, error = null;
        var status = StatusCodes.Status200OK;
        if (HttpMethods.IsPost(request.Method))
        {
            var form = await RequestForm.ReadAsync(request, cancellationToken);
            var kind = form["kind"] == "instruction" ? UpperRecordKind.Instruction : UpperRecordKind.Adoption;
            if (!UpperRecordRules.TryRead(kind, form["source"], form["level"], form["issue"], form["date"], form["text"], records.Publications, out var draft, out error))
                status = StatusCodes.Status400BadRequest;
            else if ((await records.RecordAsync(id, draft, session.Email, cancellationToken)) is { Record: null } refused)
                (error, status) = (refused.Error, StatusCodes.Status409Conflict);
            else
                notice = kind == UpperRecordKind.Adoption ? "已记录上级采用，并已告知报送单位。" : "已记录领导批示，并已将批示内容发给报送单位和编辑。";
        }
        return UpperRecordsPage.Render(response, session, proof, submission, await records.ListAsync(id, cancellationToken), records.Publications, notice, error, status);
    }

    [Function("DashboardOpenInstructions")]
    public async Task<IActionResult> OpenInstructions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/instructions")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        return UpperRecordsPage.OpenInstructions(request.HttpContext.Response, session, sessions.Proof(session), await open.ListOpenAsync(context.CancellationToken));
    }
}
