using Bulletin.Markup;

namespace Bulletin.Mail;

/// <summary>The look the app's mails share: the frame around a mail's text and the editorial office's signature.</summary>
public static class MailLayout
{
    /// <summary>The style of the outer div (Outlook keeps inline styles only).</summary>
    public static readonly Html Frame = Html.Of($"font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:16px;line-height:1.7;color:#222");

    /// <summary>The style of the outer div of the mails to units' people (no SimSun fallback).</summary>
    public static readonly Html UnitFrame = Html.Of($"font-family:'Microsoft YaHei',sans-serif;font-size:16px;line-height:1.7;color:#222");

    /// <summary>"上街信息编辑部", grey, the last line of most mails.</summary>
    public static Html Signature(string bulletinName) => Html.Of($"<p style=\"color:#666\">{bulletinName}编辑部</p>");
}
