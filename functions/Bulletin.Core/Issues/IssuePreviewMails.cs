using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Issues;

/// <summary>The preview mails of a draft: the issue's own HTML as the body under a short note. The 签发人's mail alone carries
/// the 签发 link, as a table-cell button (Outlook draws no padding on a bare link) with the address written out below it.</summary>
public static class IssuePreviewMails
{
    public const string Kind = "issue-preview";

    public static OutgoingMail ForEditor(AssembledIssue issue, string email, string? name, string signerName, string bulletinName)
    {
        var note = $"这是{Title(issue)}的预览（草稿）。签发链接已单独发给签发人{signerName}；如需修改，请在编辑工作台修改草稿后重新发送预览。";
        return Mail(issue, email, name, bulletinName, note, null);
    }

    public static OutgoingMail ForSigner(AssembledIssue issue, string email, string name, string signOffUrl, string bulletinName)
    {
        var note = $"{Title(issue)}已编好，请审阅下面的预览。同意签发请点击“签发”，在打开的页面上再点“签发”确认；链接 {IssueSignOffLinks.Lifetime.Days} 天内有效，草稿如再修改，此链接即失效。";
        return Mail(issue, email, name, bulletinName, note, signOffUrl);
    }

    /// <summary>The rendered issue's body (inline styles only), to sit inside a mail or a page.</summary>
    public static Html IssueBody(AssembledIssue issue) => IssueHtmlRenderer.Body(issue.ToBulletinIssue());

    private static string Title(AssembledIssue issue) => $"《{issue.BulletinName}》{issue.Year}年第{issue.Number}期";

    private static OutgoingMail Mail(AssembledIssue issue, string email, string? name, string bulletinName, string note, string? signOffUrl)
    {
        var greeting = $"{name ?? email}：";
        var link = signOffUrl is null ? Html.Empty : Html.Of(
            $"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:12px 0\"><tr>" +
            $"<td bgcolor=\"#c00000\" style=\"background:#c00000;border-radius:4px\"><a href=\"{signOffUrl}\" " +
            $"style=\"display:inline-block;padding:10px 28px;color:#ffffff;text-decoration:none;font-weight:bold;font-size:18px\">签发</a></td></tr></table>" +
            $"<p style=\"color:#666;font-size:14px;word-break:break-all\">如按钮无法点击，请复制此地址到浏览器打开：<br>{signOffUrl}</p>" +
            $"<p style=\"color:#666;font-size:14px\">链接仅供您本人使用，请勿转发。打开链接不会签发，须在页面上确认。</p>");
        var html = Html.Of($"<div style=\"{MailLayout.Frame}\"><p>{greeting}</p><p>{note}</p>{link}</div><hr style=\"border:0;border-top:1px solid #ccc;margin:16px 0\">" +
            $"{IssueHtmlRenderer.Body(issue.ToBulletinIssue())}<p style=\"{MailLayout.Frame};color:#666\">{bulletinName}编辑部</p>");
        var text = $"{greeting}\n\n{note}\n\n" + (signOffUrl is null ? "" : $"签发：{signOffUrl}\n\n链接仅供您本人使用，请勿转发。打开链接不会签发，须在页面上确认。\n\n") +
            PlainText(issue.ToBulletinIssue()) + $"\n\n{bulletinName}编辑部";
        return new OutgoingMail(email, name, $"【{(signOffUrl is null ? "预览" : "请签发")}】{Title(issue)}", text, html)
        {
            CustomArgs = new Dictionary<string, string> { ["kind"] = Kind, ["issue"] = $"{issue.Year}-{issue.Number:D3}" },
        };
    }

    /// <summary>The issue as plain text for mail clients that show no HTML.</summary>
    private static string PlainText(BulletinIssue issue)
    {
        var lines = new List<string> { issue.BulletinName, IssueText.NumberLine(issue), $"{issue.Office}　{IssueText.Date(issue.Date)}" };
        if (issue.Series is { } series)
            lines.Add(series.ToString());
        foreach (var article in issue.Articles)
        {
            var paragraphs = article.PrintedParagraphs();
            lines.Add($"{article.Title}　{paragraphs[0]}");
            lines.AddRange(paragraphs.Skip(1));
        }
        lines.AddRange([IssueText.SentUpToLine(issue), IssueText.IssuedToLine(issue), IssueText.EditorsLine(issue)]);
        return string.Join("\n\n", lines);
    }
}
