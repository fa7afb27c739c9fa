using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Solicitations;

/// <summary>The mails to a unit's 负责同志: the solicitation itself, and the reminder before its deadline. Both carry the
/// unit's submission link (preset to answer it) and ask to keep the code 【约稿12】 in the subject when answering by mail.</summary>
public static class SolicitationMails
{
    public static OutgoingMail Notice(Solicitation s, string unit, string email, string name, string link, string bulletinName) => Compose(
        s, unit, email, name, link, bulletinName, "notice",
        $"{s.Code}{s.Topic}（{SolicitationTime.Format(s.Deadline)}截止）",
        $"{bulletinName}编辑部向{unit}约稿：{s.Topic}。");

    public static OutgoingMail Reminder(Solicitation s, string unit, string email, string name, string link, string bulletinName) => Compose(
        s, unit, email, name, link, bulletinName, "reminder",
        $"【约稿提醒】{s.Code}{s.Topic}（{SolicitationTime.Format(s.Deadline)}截止）",
        $"{unit}尚未报送约稿“{s.Topic}”，截止时间 {SolicitationTime.Format(s.Deadline)} 即将到来，请抓紧安排。");

    private static OutgoingMail Compose(Solicitation s, string unit, string email, string name, string link, string bulletinName, string kind, string subject, string lead)
    {
        string[] after =
        [
            $"截止时间：{SolicitationTime.Format(s.Deadline)}（北京时间）。",
            $"报送方式一：打开本单位的报送页面（手机也可以），页面已选好回应{s.Code}：{link}",
            $"报送方式二：由本单位信息员用通讯录中登记的邮箱发送稿件，邮件主题中请保留“{s.Code}”。",
        ];
        var text = string.Join("\n\n", [$"{name}同志：", lead, $"约稿说明：\n{s.Text}", .. after, $"{bulletinName}编辑部"]);
        var html = Html.Of($"<div style=\"{MailLayout.UnitFrame}\">" +
            $"<p>{name}同志：</p><p>{lead}</p><p><strong>约稿说明：</strong></p><p style=\"white-space:pre-wrap\">{s.Text}</p>" +
            $"<p>{after[0]}</p><p><a href=\"{link}\">打开{unit}的报送页面（回应{s.Code}）</a></p><p>{after[2]}</p>" +
            $"{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(email, name, subject, text, html)
        { CustomArgs = new Dictionary<string, string> { ["kind"] = $"solicitation-{kind}", ["solicitation"] = s.Number.ToString() } };
    }
}
