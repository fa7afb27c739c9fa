using System.Text;
using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Review;

/// <summary>The daily digest to an editor of the submissions still waiting for a decision, each with a link to decide.</summary>
public static class ReviewReminderMails
{
    public static OutgoingMail Digest(string editorEmail, string? editorName, IReadOnlyList<Submission> waiting, Func<Submission, string> link,
        DateTimeOffset now, string bulletinName)
    {
        string Since(Submission s) => ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(s.ReceivedAt, ChinaTime.Zone));
        var intro = $"以下 {waiting.Count} 篇稿件仍在等待审核（截至 {ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(now, ChinaTime.Zone))}）：";
        var text = new StringBuilder($"{editorName ?? editorEmail}：\n\n{intro}\n\n");
        foreach (var s in waiting)
            text.Append($"《{s.Title}》 {s.Unit}，{Since(s)} 收稿，编号 {s.Id}\n审核：{link(s)}\n\n");
        text.Append($"每个工作日至多提醒一次。\n\n{bulletinName}编辑部");
        var items = waiting.Select(s => Html.Of(
            $"<li style=\"margin-bottom:8px\"><a href=\"{link(s)}\">《{s.Title}》</a><br><span style=\"color:#666;font-size:14px\">{s.Unit}，{Since(s)} 收稿，编号 {s.Id}</span></li>"));
        var html = Html.Of($"<div style=\"{MailLayout.Frame}\"><p>{editorName ?? editorEmail}：</p><p>{intro}</p><ol>{items}" +
            $"</ol><p style=\"color:#666;font-size:14px\">每个工作日至多提醒一次。</p>{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(editorEmail, editorName, $"【审稿提醒】{waiting.Count} 篇稿件等待审核", text.ToString(), html)
        { CustomArgs = new Dictionary<string, string> { ["kind"] = "reminder" } };
    }
}
