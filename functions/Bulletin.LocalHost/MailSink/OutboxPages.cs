using System.Globalization;
using System.Text;

namespace Bulletin.LocalHost.MailSink;

/// <summary>The outbox as people read it: a list of mails, newest first, and one page per mail.</summary>
internal static class OutboxPages
{
    // China has kept UTC+8 without daylight saving since 1991; the fixed offset stands in if tzdata is missing.
    private static readonly TimeZoneInfo Shanghai =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "北京时间", "北京时间");

    public static string List(IReadOnlyList<(OutboxEntry Entry, OutboxMail Mail)> newestFirst, string basePath)
    {
        var body = new StringBuilder()
            .Append("<h1>发件箱</h1><p class=\"muted\">本地 SendGrid 替身收到的邮件，共 ")
            .Append(newestFirst.Count).Append(" 封，最新的在前。<a href=\"").Append(basePath).Append("/dev/outbox.json\">JSON</a></p>");
        if (newestFirst.Count == 0)
            body.Append("<p class=\"card\">发件箱是空的。</p>");
        body.Append("<ul class=\"mails\">");
        foreach (var (entry, mail) in newestFirst)
        {
            var recipients = mail.AllRecipients.ToList();
            body.Append("<li><a href=\"").Append(MailPath(basePath, entry.Id)).Append("\">")
                .Append("<span class=\"subject\">").Append(SubjectOrPlaceholder(mail)).Append("</span>")
                .Append("<span class=\"muted\">").Append(Time(entry.ReceivedAt)).Append(" · 发件人 ")
                .Append(HtmlPage.Encode(mail.From?.ToString())).Append("<br>收件人 ")
                .Append(HtmlPage.Encode(string.Join("、", recipients.Take(3).Select(r => r.ToString()))))
                .Append(recipients.Count > 3 ? $" 等 {recipients.Count} 人" : "")
                .Append(" · 附件 ").Append(mail.Attachments.Count).Append(" 个</span></a></li>");
        }
        return HtmlPage.Render("发件箱", body.Append("</ul>").ToString());
    }

    public static string Mail(OutboxEntry entry, OutboxMail mail, string basePath)
    {
        var body = new StringBuilder()
            .Append("<p><a href=\"").Append(basePath).Append("/dev/outbox\">← 发件箱</a></p>")
            .Append("<h1>").Append(SubjectOrPlaceholder(mail)).Append("</h1><div class=\"card\"><dl>");
        Row(body, "时间", Time(entry.ReceivedAt));
        Row(body, "发件人", HtmlPage.Encode(mail.From?.ToString()));
        if (mail.ReplyTo is not null)
            Row(body, "回复地址", HtmlPage.Encode(mail.ReplyTo.ToString()));
        if (mail.Subject is not null)
            Row(body, "主题", HtmlPage.Encode(mail.Subject));
        if (mail.TemplateId is not null)
            Row(body, "模板", HtmlPage.Encode(mail.TemplateId));
        Row(body, "邮件编号", HtmlPage.Encode(entry.Id));
        body.Append("</dl></div>");

        for (var i = 0; i < mail.Personalizations.Count; i++)
            AppendPersonalization(body, i, mail.Personalizations[i]);

        body.Append("<h2>正文（纯文本）</h2>").Append(mail.Text is null
            ? "<p class=\"muted\">无</p>"
            : $"<div class=\"card\"><pre>{HtmlPage.Encode(mail.Text)}</pre></div>");
        // The mail's HTML never becomes part of this page: it is attribute-encoded into a sandboxed frame.
        body.Append("<h2>正文（HTML）</h2>").Append(mail.Html is null
            ? "<p class=\"muted\">无</p>"
            : $"<iframe sandbox title=\"HTML 正文\" srcdoc=\"{HtmlPage.Encode(mail.Html)}\"></iframe>");

        AppendAttachments(body, entry, mail, basePath);
        return HtmlPage.Render(mail.DisplaySubject ?? "邮件", body.ToString());
    }

    public static string NotFound(string basePath) => HtmlPage.Render("找不到邮件",
        $"<h1>找不到这封邮件</h1><p>发件箱里没有这个编号的邮件，可能已被清空。</p><p><a href=\"{basePath}/dev/outbox\">← 发件箱</a></p>");

    private static void AppendPersonalization(StringBuilder body, int index, OutboxPersonalization personalization)
    {
        body.Append("<h2>收件人（第 ").Append(index + 1).Append(" 组）</h2><div class=\"card\"><dl>");
        Row(body, "收件人", Addresses(personalization.To));
        if (personalization.Cc.Count > 0)
            Row(body, "抄送", Addresses(personalization.Cc));
        if (personalization.Bcc.Count > 0)
            Row(body, "密送", Addresses(personalization.Bcc));
        if (personalization.Subject is not null)
            Row(body, "主题", HtmlPage.Encode(personalization.Subject));
        body.Append("</dl></div>");
    }

    private static void AppendAttachments(StringBuilder body, OutboxEntry entry, OutboxMail mail, string basePath)
    {
        body.Append("<h2>附件（").Append(mail.Attachments.Count).Append(" 个）</h2>");
        if (mail.Attachments.Count == 0)
            return;
        body.Append("<ul>");
        for (var i = 0; i < mail.Attachments.Count; i++)
        {
            var attachment = mail.Attachments[i];
            body.Append("<li><a href=\"").Append(MailPath(basePath, entry.Id)).Append("/attachments/").Append(i).Append("\">")
                .Append(HtmlPage.Encode(attachment.Filename)).Append("</a> <span class=\"muted\">")
                .Append(HtmlPage.Encode(attachment.Type ?? "application/octet-stream")).Append(" · ")
                .Append(attachment.Size.ToString("N0", CultureInfo.InvariantCulture)).Append(" 字节</span></li>");
        }
        body.Append("</ul>");
    }

    private static void Row(StringBuilder body, string label, string encodedValue) =>
        body.Append("<dt>").Append(label).Append("</dt><dd>").Append(encodedValue).Append("</dd>");

    private static string Addresses(IReadOnlyList<Address> addresses) =>
        HtmlPage.Encode(string.Join("、", addresses.Select(a => a.ToString())));

    private static string SubjectOrPlaceholder(OutboxMail mail) =>
        mail.DisplaySubject is { Length: > 0 } subject ? HtmlPage.Encode(subject) : "（无主题）";

    private static string MailPath(string basePath, string id) => $"{basePath}/dev/outbox/{Uri.EscapeDataString(id)}";

    private static string Time(DateTimeOffset receivedAt) =>
        TimeZoneInfo.ConvertTime(receivedAt, Shanghai).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
