using System.Globalization;
using Bulletin.Functions.Api;
using Bulletin.Functions.Pages;
using Bulletin.Functions.Pipeline;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Review;

/// <summary>The editorial API's submissions (DESIGN §5), for scripts and other offices' systems with the operator key:
/// the list by state, unit and dates, and an editor's decision taken as the mail links take it.</summary>
[CallerRule(Caller.Operator)]
public sealed class SubmissionsEditorialApi(SubmissionStore submissions, ReviewDecisionService decisions)
{
    [Function("ListSubmissions")]
    [ApiOperation("稿件列表（按状态、单位、收稿日期）", Response = typeof(SubmissionJson[]), Query =
        ["state: pending | adopted | revise | rejected", "unit: 报送单位", "from: 收稿日期起 yyyy-MM-dd（北京时间，含）", "to: 收稿日期止 yyyy-MM-dd（北京时间，含）"])]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        SubmissionStatus? state = null;
        if (query["state"].ToString() is { Length: > 0 } name && (state = SubmissionStates.FromApiName(name)) is null)
            return ApiProblem.Of(400, "state 无效", "state 须为 pending、adopted、revise 或 rejected 之一，或不填（全部）。");
        if (!TryDate(query["from"], out var from) || !TryDate(query["to"], out var to))
            return ApiProblem.Of(400, "日期无效", "from 和 to 须为 yyyy-MM-dd 格式的日期（北京时间），例如 2020-03-08，或不填。");
        if (from > to)
            return ApiProblem.Of(400, "日期范围无效", "from 不能晚于 to。");
        var unit = query["unit"].ToString() is { Length: > 0 } u ? u.Trim() : null;
        var found = await submissions.ListAsync(new SubmissionFilter(state, unit, from, to), cancellationToken);
        return new OkObjectResult(found.Select(SubmissionJson.Of).ToList());
    }

    [Function("DecideSubmission")]
    [ApiOperation("以编辑的名义决定稿件：采用、退回修改或不采用（同邮件链接，已决定的稿件答 409）", Request = typeof(DecisionRequest), Response = typeof(SubmissionJson))]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions/{id}/decision")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DecisionRequest>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(body?.Editor))
            return ApiProblem.Of(400, "缺少 editor", "请在 JSON 正文的 editor 中写明作出决定的编辑的邮箱（须为通讯录中的编辑），例如 {\"editor\":\"hao.jie@example.org\",\"choice\":\"adopt\"}。");
        if (ReviewChoices.FromSlug(body.Choice?.Trim()) is not { } choice)
            return ApiProblem.Of(400, "choice 无效", "choice 须为 adopt（采用）、revise（退回修改）或 reject（不采用）。");
        var editor = body.Editor.Trim();
        var decision = new ReviewForm(choice, body.Reason, body.Title, body.Text).ToRequest(id, editor) with { Channel = ReviewChannel.Api };
        var result = await decisions.DecideAsync(decision, null, allowRedecision: false, cancellationToken);
        return result.Kind switch
        {
            ReviewResultKind.Decided or ReviewResultKind.AlreadyDecidedByYou => new OkObjectResult(SubmissionJson.Of(result.Submission!)),
            ReviewResultKind.AlreadyDecided => ApiProblem.Of(409, "稿件已有决定",
                $"此稿件已由 {result.Submission!.Decision?.DecidedBy} 决定：{result.Submission.Status.ChineseName()}，未作更改。如需改变，请在编辑工作台重新决定。"),
            ReviewResultKind.Invalid => ApiProblem.Of(400, "决定未记录：reason、title 或 text 不符合要求", result.Problem!),
            ReviewResultKind.NotAnEditor => ApiProblem.Of(403, "editor 不是编辑",
                $"{editor} 不在通讯录的编辑、签发人名单中，不能作出决定，未作任何更改。请在 editor 中写通讯录中编辑的邮箱。"),
            _ => ApiProblem.Of(404, "找不到稿件", $"没有编号为 {id} 的稿件。"),
        };
    }

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(value))
            return true;
        var ok = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
