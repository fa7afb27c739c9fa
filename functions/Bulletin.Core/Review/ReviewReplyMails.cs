using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Review;

/// <summary>The answer to an editor's reply: what became of it, in the editor's words (decided, decided already by
/// someone else, reason missing, not understood).</summary>
public static class ReviewReplyMails
{
    public static string HowToReply =>
        $"也可直接回复本邮件作出决定：第一行以“{string.Join("”“", Enum.GetValues<ReviewChoice>().Select(c => c.ChineseName()))}”开头，" +
        "理由写在同一行或下面几行（退回修改和不采用须写理由），例如“退回：请补充具体数据”。";

    /// <param name="result">Null when the reply could not be understood.</param>
    public static OutgoingMail Answer(string editorEmail, string submissionId, ReviewResult? result, string bulletinName)
    {
        var s = result?.Submission;
        var about = s is null ? $"编号 {submissionId} 的稿件" : $"稿件《{s.Title}》（编号 {s.Id}）";
        var (headline, body) = result switch
        {
            null => ("未能识别您的回复", $"您对{about}的回复未能识别，未作出任何决定。回复的第一行请以“采用”“退回修改”（或“退回”）“不采用”开头，理由写在后面。"),
            { Kind: ReviewResultKind.Decided or ReviewResultKind.AlreadyDecidedByYou } =>
                ($"已{s!.Status.ChineseName()}", $"已按您的回复将{about}定为“{s.Status.ChineseName()}”。" + (s.Decision?.Reason is { } r ? $"理由：{r}" : "") + "报送人将收到通知。"),
            { Kind: ReviewResultKind.AlreadyDecided } when s?.Decision is { } d =>
                ("已由他人决定", $"{about}已由 {d.DecidedBy} 于 {ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(d.DecidedAt, ChinaTime.Zone))} 定为“{d.Status.ChineseName()}”，您的回复未改变它。如需改变，请在编辑工作台操作。"),
            { Kind: ReviewResultKind.NotAnEditor } => ("未能决定", $"您对{about}的回复未生效：{result.Problem}"),
            { Kind: ReviewResultKind.Invalid } => ("缺少理由", $"您对{about}的回复未生效：{result.Problem}请重新回复，例如“退回：请补充具体数据”。"),
            _ => ("稿件不存在", $"{about}已不存在，未作出任何决定。"),
        };
        var text = $"{body}\n\n{bulletinName}编辑部";
        var html = Html.Of($"<div style=\"{MailLayout.Frame}\"><p>{body}</p>{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(editorEmail, null, $"【审稿回复】{headline}：{about}", text, html)
        { CustomArgs = new Dictionary<string, string> { ["submissionId"] = submissionId, ["kind"] = "reply-answer" } };
    }
}
