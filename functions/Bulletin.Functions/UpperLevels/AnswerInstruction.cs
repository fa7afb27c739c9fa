using Bulletin.Functions.Pipeline;
using Bulletin.Security;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.UpperLevels;

/// <summary><c>/api/instructions/answer?token=…</c>: the unit's 落实情况 form of one 批示. GET shows the 批示 and the form
/// (and changes nothing); POST records the answer, which closes the 批示; once answered, the page shows the answer.</summary>
[CallerRule(Caller.SignedLink)]
public sealed class AnswerInstruction(InstructionLinks links, UpperRecordService records)
{
    [Function(nameof(AnswerInstruction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "instructions/answer")] HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var token = request.Query["token"].ToString();
        if (links.Check(token, out var check) is not var (submissionId, recordId) ||
            await records.FindAsync(submissionId, recordId, cancellationToken) is not { Kind: UpperRecordKind.Instruction } instruction)
            return InstructionAnswerPage.BadLink(response, check.IsValid ? "此批示记录已不存在，请向编辑部询问。" : check.Explanation,
                check.Problem is LinkProblem.Expired ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden);
        if (HttpMethods.IsGet(request.Method) || !instruction.IsOpen)
            return InstructionAnswerPage.Show(response, instruction, token, null);

        var answer = (await RequestForm.ReadAsync(request, cancellationToken))["answer"].ToString();
        if (string.IsNullOrWhiteSpace(answer))
            return InstructionAnswerPage.Show(response, instruction, token, "请填写落实情况后再提交。", StatusCodes.Status400BadRequest);
        var answered = await records.AnswerAsync(submissionId, recordId, answer, cancellationToken);
        return InstructionAnswerPage.Show(response, answered?.Record ?? instruction, token, null);
    }
}
