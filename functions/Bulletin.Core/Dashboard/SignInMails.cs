using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Dashboard;

/// <summary>The mail with an editor's sign-in link.</summary>
public static class SignInMails
{
    public const string Kind = "dashboard-sign-in";

    public static OutgoingMail ForEditor(string email, string name, string url, string bulletinName)
    {
        var lines = new[]
        {
            $"{name}同志：",
            "您申请登录编辑工作台。请在 30 分钟内打开下面的链接，并在页面上点击“登录”：",
            url,
            "如果不是您本人申请，请忽略此邮件；链接仅供您本人使用，请勿转发。",
        };
        var text = string.Join("\n\n", lines.Append($"{bulletinName}编辑部"));
        var html = Html.Of($"<div style=\"font-family:sans-serif;line-height:1.6\">" +
            $"<p>{lines[0]}</p><p>{lines[1]}</p><p><a href=\"{url}\">登录编辑工作台</a></p><p style=\"color:#666\">{lines[3]}</p>" +
            $"{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(email, name, $"【{bulletinName}】编辑工作台登录链接", text, html)
        { CustomArgs = new Dictionary<string, string> { ["kind"] = Kind } };
    }
}
