using System.Text;
using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Review;

/// <summary>The review mails: to an editor (the article and three links) and the notice to the submitter. HTML
/// for Outlook: inline styles and tables only, no scripts, no images.</summary>
public static class ReviewMails
{
    public static OutgoingMail ForEditor(Submission s, string editorEmail, string? editorName, Func<ReviewChoice, string> link, string bulletinName,
        string? replyTo = null)
    {
        var howToReply = replyTo is null ? "" : ReviewReplyMails.HowToReply;
        var howToReplyLine = replyTo is null ? "" : $"\n{howToReply}";
        var originals = s.Originals.Select(OriginalName).ToList();
        var originalsNote = originals.Count == 0 ? "原件：无附件（正文即邮件或页面内容）。" : $"原件 {originals.Count} 个（已存档）：{string.Join("、", originals)}";
        (string, string)[] facts = [("报送单位", s.Unit), ("报送人", $"{s.SubmitterName} <{s.SubmitterEmail}>"), ("收稿时间", ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(s.ReceivedAt, ChinaTime.Zone))), ("编号", s.Id),
            .. new[] { ("审签人", s.Signatories.Approver), ("执笔人", s.Signatories.Author), ("联系电话", s.Signatories.Phone) }
                .Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!))];
        var choices = Enum.GetValues<ReviewChoice>();

        var headline = s.PreviousSubmissionId is { } previous ? $"修改稿，原稿编号 {previous}。请审核。" : "新稿件待审核。";
        var text = new StringBuilder($"{editorName ?? editorEmail}：\n\n{headline}\n\n");
        foreach (var (label, value) in facts)
            text.Append($"{label}：{value}\n");
        text.Append($"\n《{s.Title}》\n\n{string.Join("\n\n", s.Paragraphs)}\n\n{originalsNote}\n\n");
        foreach (var choice in choices)
            text.Append($"{choice.ChineseName()}：{link(choice)}\n");
        text.Append($"\n打开链接后还需确认提交，才会作出决定。链接仅供您本人使用，请勿转发。{howToReplyLine}\n\n{bulletinName}编辑部");

        var html = Html.Of($"<div style=\"{MailLayout.Frame}\"><p>{editorName ?? editorEmail}：</p><p>{headline}</p>" +
            $"<table style=\"border-collapse:collapse;margin:8px 0\">{facts.Select(f => Html.Of($"<tr><td style=\"padding:2px 12px 2px 0;color:#666\">{f.Item1}</td><td style=\"padding:2px 0\">{f.Item2}</td></tr>"))}" +
            $"</table><h2 style=\"font-size:20px;color:#c00;margin:16px 0 8px\">{s.Title}</h2>" +
            $"{s.Paragraphs.Select(p => Html.Of($"<p style=\"text-indent:2em;margin:0 0 8px\">{p}</p>"))}" +
            $"<p style=\"color:#666;font-size:14px\">{originalsNote}</p>" +
            $"<table style=\"border-collapse:separate;border-spacing:8px 0;margin:16px 0\"><tr>{choices.Select(c => ChoiceButton(c, link(c)))}" +
            $"</tr></table><p style=\"color:#666;font-size:14px\">打开链接后还需确认提交，才会作出决定。链接仅供您本人使用，请勿转发。</p>" +
            $"{(replyTo is null ? Html.Empty : Html.Of($"<p style=\"color:#666;font-size:14px\">{howToReply}</p>"))}" +
            $"{MailLayout.Signature(bulletinName)}</div>");

        return new OutgoingMail(editorEmail, editorName, $"【待审稿{(s.PreviousSubmissionId is null ? "" : "·修改稿")}】{s.Unit}：《{s.Title}》（编号 {s.Id}）", text.ToString(), html)
        { CustomArgs = new Dictionary<string, string> { ["submissionId"] = s.Id, ["kind"] = "review" }, ReplyTo = replyTo };
    }

    /// <summary>The submitter's notice of the decision on <paramref name="s"/> and its reason.</summary>
    public static OutgoingMail Notice(Submission s, string bulletinName)
    {
        var decision = s.Decision ?? throw new ArgumentException("The submission has no decision.", nameof(s));
        var (headline, subject) = decision.Status switch
        {
            SubmissionStatus.Adopted => ($"您报送的稿件《{s.Title}》已采用，将编入近期简报。", "已采用"),
            SubmissionStatus.RevisionRequested => ($"您报送的稿件《{s.Title}》需要修改。请修改后重新报送，邮件主题中保留“编号 {s.Id}”（回复本邮件即可保留），编辑将作为修改稿重新审核。", "请修改后重新报送"),
            _ => ($"您报送的稿件《{s.Title}》未采用。", "未采用"),
        };
        var lines = new List<string> { $"{s.SubmitterName}同志：", headline };
        if (decision.Reason is { } reason)
            lines.Add($"{(decision.Status == SubmissionStatus.RevisionRequested ? "修改意见" : "理由")}：{reason}");
        if (decision.Status == SubmissionStatus.Adopted && decision.EditedTitle is { } title)
            lines.Add($"编辑将标题调整为《{title}》。");
        lines.Add($"登记编号 {s.Id}。");
        var text = string.Join("\n\n", lines.Append($"{bulletinName}编辑部"));
        var html = Html.Of($"<div style=\"{MailLayout.Frame}\">{lines.Select(l => Html.Of($"<p>{l}</p>"))}{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(s.SubmitterEmail, s.SubmitterName, $"【{subject}】《{s.Title}》（编号 {s.Id}）", text, html)
        { CustomArgs = new Dictionary<string, string> { ["submissionId"] = s.Id, ["kind"] = "notice" } };
    }

    /// <summary>"20261125-K7Q2M9/originals/01-稿件.docx" → "稿件.docx".</summary>
    private static string OriginalName(string blobName)
    {
        var name = blobName[(blobName.LastIndexOf('/') + 1)..];
        return name.Length > 3 && name[2] == '-' ? name[3..] : name;
    }

    private static Html ChoiceButton(ReviewChoice choice, string link) => Html.Of(
        $"<td style=\"background:{(choice == ReviewChoice.Adopt ? "#c00" : "#666")};border-radius:4px\">" +
        $"<a href=\"{link}\" style=\"display:inline-block;padding:8px 20px;color:#fff;text-decoration:none;font-weight:bold\">{choice.ChineseName()}</a></td>");
}
