using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Issues.Notices;

/// <summary>The 刊于 notice to a submission's submitter: where it was printed, and the archive link the issue's recipients got.</summary>
public static class IssuePrintedMail
{
    public const string Kind = "issue-printed";

    public static OutgoingMail For(AssembledIssue issue, Submission submission, string archiveUrl, string bulletinName)
    {
        var subject = $"您报送的《{submission.Title}》已刊于《{issue.BulletinName}》{issue.Year}年第{issue.Number}期";
        var greeting = $"{(string.IsNullOrWhiteSpace(submission.SubmitterName) ? submission.SubmitterEmail : submission.SubmitterName)}：";
        var note = $"{submission.Unit}报送的《{submission.Title}》（编号 {submission.Id}）已刊于《{issue.BulletinName}》{issue.Year}年第{issue.Number}期。";
        var html = Html.Of($"<div style=\"{MailLayout.UnitFrame}\"><p>{greeting}</p><p>{note}</p>" +
            $"<p><a href=\"{archiveUrl}\">在简报库中阅读本期</a></p>{MailLayout.Signature(bulletinName)}</div>");
        return new OutgoingMail(submission.SubmitterEmail, submission.SubmitterName, subject, $"{greeting}\n\n{note}\n\n在简报库中阅读本期：{archiveUrl}\n\n{bulletinName}编辑部", html)
        {
            CustomArgs = new Dictionary<string, string> { ["kind"] = Kind, ["issue"] = $"{issue.Year}-{issue.Number:D3}", ["submission"] = submission.Id },
        };
    }
}
