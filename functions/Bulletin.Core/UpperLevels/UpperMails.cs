using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.UpperLevels;

/// <summary>The mails of upper-level records: a 批示's words to the unit (with the 落实情况 link) and to the editors, the
/// reminder of an unanswered 批示, and the notice that an upper-level bulletin adopted the unit's item.</summary>
public static class UpperMails
{
    public const string InstructionKind = "instruction";
    public const string ReminderKind = "instruction-reminder";
    public const string AdoptionKind = "upper-adoption";

    /// <param name="answerLink">The unit's 落实情况 link; null for an editor's copy.</param>
    public static OutgoingMail Instruction(UpperRecord r, string title, string email, string name, string? answerLink, string bulletinName) => Compose(
        r, email, name, bulletinName, InstructionKind, $"【领导批示】{r.Source}对《{title}》的批示",
        $"{r.Source}（{r.Level}级）于{r.Date:yyyy年M月d日}对{r.Unit}报送的《{title}》作出批示：", r.Text, answerLink is null ? null
            : ("请认真抓好落实，并通过以下链接反馈落实情况：", answerLink));

    public static OutgoingMail Reminder(UpperRecord r, string title, string email, string name, string answerLink, string bulletinName) => Compose(
        r, email, name, bulletinName, ReminderKind, $"【批示落实提醒】请反馈《{title}》的落实情况",
        $"{r.Source}于{r.Date:yyyy年M月d日}对{r.Unit}报送的《{title}》作出批示，至今尚未收到落实情况反馈。批示内容：", r.Text,
        ("请尽快通过以下链接反馈落实情况：", answerLink));

    public static OutgoingMail Adoption(UpperRecord r, string title, string email, string name, string bulletinName) => Compose(
        r, email, name, bulletinName, AdoptionKind, $"【上级采用】《{title}》被{r.Source}采用",
        $"{r.Unit}报送的《{title}》已被{r.Source}（{r.Level}级）{r.Issue}采用（{r.Date:yyyy年M月d日}）。特此告知，感谢支持。", null, null);

    private static OutgoingMail Compose(UpperRecord r, string email, string name, string bulletinName, string kind, string subject, string lead,
        string? words, (string Ask, string Link)? answer)
    {
        var text = string.Join("\n\n", new[] { $"{name}同志：", lead, words is null ? null : $"“{words}”", answer is { } a ? $"{a.Ask}{a.Link}" : null, $"{bulletinName}编辑部" }
            .OfType<string>());
        var html = Html.Of($"<div style=\"{MailLayout.UnitFrame}\"><p>{name}同志：</p><p>{lead}</p>" +
            $"{(words is null ? Html.Empty : Html.Of($"<blockquote style=\"white-space:pre-wrap;border-left:3px solid #c00;margin:0;padding-left:1em\">{words}</blockquote>"))}" +
            $"{(answer is { } b ? Html.Of($"<p>{b.Ask}</p><p><a href=\"{b.Link}\">反馈落实情况</a></p>") : Html.Empty)}" +
            $"{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(email, name, subject, text, html)
        { CustomArgs = new Dictionary<string, string> { ["kind"] = kind, ["submissionId"] = r.SubmissionId, ["record"] = r.Id } };
    }
}
