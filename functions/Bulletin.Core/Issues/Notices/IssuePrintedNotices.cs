using Bulletin.Intake.Storage;
using Bulletin.Issues.Archive;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues.Notices;

/// <summary>刊于 notices: when an issue is published, each submission it printed (each contributor of a 综合稿) earns its
/// submitter one mail "您报送的《…》已刊于《上街信息》2020年第20期" with the recipients' archive link. Each mail is claimed
/// before it is sent (and given back when sending fails), so the step of queue <c>issue-published</c> may run again safely.</summary>
public sealed class IssuePrintedNotices(SubmissionStore submissions, IssuePrintedNoticeLog log, MailSender mail, IssueArchiveLinks archiveLinks,
    IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<IssuePrintedNotices> logger) : IIssuePublicationFollower
{
    public async Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        var archive = archiveLinks.ForIssue(issue);
        foreach (var contributor in issue.Articles.SelectMany(a => a.Contributors))
        {
            if (await submissions.FindAsync(contributor.SubmissionId, cancellationToken) is not { } submission)
                continue;
            if (!await log.TryClaimAsync(issue, submission.Id, clock.GetUtcNow(), cancellationToken))
                continue;
            try
            {
                await mail.SendAsync(IssuePrintedMail.For(issue, submission, archive, mailOptions.Value.FromName), cancellationToken);
            }
            catch
            {
                await log.ReleaseAsync(issue, submission.Id);
                throw;
            }
            logger.LogInformation("刊于 notice of {SubmissionId} in issue {Year}/{Number} sent to {Recipient}", submission.Id, issue.Year, issue.Number, submission.SubmitterEmail);
        }
    }
}
