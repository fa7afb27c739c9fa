using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Intake;

/// <summary>The mails intake sends: the receipt (回执) and the replies that say why a mail was not registered.</summary>
public static class IntakeMails
{
    /// <summary>The receipt; when the office requires 审签人, 执笔人 and 联系电话 and some are missing, it says exactly what to add
    /// (the submission is registered all the same and waits for the editors: nothing is lost).</summary>
    /// <param name="photoRefusals">Why photos that came with it were not taken (<see cref="Photos.PhotoLimits"/>), each its own paragraph.</param>
    public static OutgoingMail Receipt(Submission submission, string bulletinName, bool signatoriesRequired = false, IReadOnlyList<string>? photoRefusals = null) => Compose(
        submission.SubmitterEmail, submission.SubmitterName,
        $"【回执】已收到稿件《{submission.Title}》（编号 {submission.Id}）",
        $"{submission.SubmitterName}同志：",
        [
            $"您代{submission.Unit}报送的稿件《{submission.Title}》已于 {ChinaTime.FormatDateTime(ToChina(submission.ReceivedAt))} 收到，登记编号 {submission.Id}。",
            .. signatoriesRequired && !submission.Signatories.IsComplete
                ? [$"本稿缺少{submission.Signatories.Missing}。报送稿件须注明审签人、执笔人和联系电话：请在正文末尾加一行，例如“{Signatories.Example}”，再发送一次本稿。"]
                : Array.Empty<string>(),
            .. submission.Photos.Count > 0 ? [$"稿件带有 {submission.Photos.Count} 张图片，已随稿件登记。"] : Array.Empty<string>(),
            .. photoRefusals ?? [],
            "编辑审核后，会把采用、退回修改或不采用的结果及理由发到本邮箱。查询稿件时请提供登记编号。",
        ],
        bulletinName) with { CustomArgs = new Dictionary<string, string> { ["submissionId"] = submission.Id, ["kind"] = "receipt" } };

    public static OutgoingMail NotRegistered(string toAddress, string? subject, DateTimeOffset receivedAt, string reason, string whomToAsk, string bulletinName) => Compose(
        toAddress, null,
        $"【未登记】您的来稿未能登记：{Shorten(reason, 40)}",
        "您好：",
        [
            $"我们于 {ChinaTime.FormatDateTime(ToChina(receivedAt))} 收到您发送的邮件《{(string.IsNullOrWhiteSpace(subject) ? "无主题" : subject)}》，但稿件未能登记。",
            $"原因：{reason}",
            whomToAsk,
        ],
        bulletinName);

    private static OutgoingMail Compose(string to, string? toName, string subject, string greeting, string[] paragraphs, string bulletinName)
    {
        var text = string.Join("\n\n", new[] { greeting }.Concat(paragraphs).Append($"{bulletinName}编辑部"));
        var html = Html.Of($"<div style=\"{MailLayout.UnitFrame}\">{new[] { greeting }.Concat(paragraphs).Select(p => Html.Of($"<p>{p}</p>"))}" +
            $"{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(to, toName, subject, text, html);
    }

    private static DateTimeOffset ToChina(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, ChinaTime.Zone);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
