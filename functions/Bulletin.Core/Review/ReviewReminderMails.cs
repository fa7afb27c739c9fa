using System.Net;
using System.Text;
using Bulletin.Intake;
using Bulletin.Mail;

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
        var html = new StringBuilder("<div style=\"font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:16px;line-height:1.7;color:#222\">")
            .Append($"<p>{E(editorName ?? editorEmail)}：</p><p>{E(intro)}</p><ol>");
        foreach (var s in waiting)
        {
            text.Append($"《{s.Title}》 {s.Unit}，{Since(s)} 收稿，编号 {s.Id}\n审核：{link(s)}\n\n");
            html.Append($"<li style=\"margin-bottom:8px\"><a href=\"{E(link(s))}\">《{E(s.Title)}》</a><br><span style=\"color:#666;font-size:14px\">{E(s.Unit)}，{E(Since(s))} 收稿，编号 {E(s.Id)}</span></li>");
        }
        text.Append($"每个工作日至多提醒一次。\n\n{bulletinName}编辑部");
        html.Append($"</ol><p style=\"color:#666;font-size:14px\">每个工作日至多提醒一次。</p><p style=\"color:#666\">{E(bulletinName)}编辑部</p></div>");
        return new OutgoingMail(editorEmail, editorName, $"【审稿提醒】{waiting.Count} 篇稿件等待审核", text.ToString(), html.ToString())
        { CustomArgs = new Dictionary<string, string> { ["kind"] = "reminder" } };
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
