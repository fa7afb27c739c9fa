using Bulletin.Intake.Storage;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues.Notices;

/// <summary>刊于 notices: when an issue is published, each submission it printed (each contributor of a 综合稿) earns its
/// submitter one mail "您报送的《…》已刊于《上街信息》2020年第20期" with the recipients' archive link. Publication only queues
/// the step (queue <c>issue-printed-notices</c>); the step claims each mail before sending it, so a repeat mails nobody twice.</summary>
public sealed class IssuePrintedNotices(MessageQueues queues, IssueStore issues, SubmissionStore submissions, IssuePrintedNoticeLog log,
    MailSender mail, IssueArchiveLinks archiveLinks, IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<IssuePrintedNotices> logger)
    : IIssuePublicationFollower
{
    public const string QueueName = "issue-printed-notices";

    public Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        issue.State == IssueState.Published
            ? queues.SendAsync(QueueName, new IssuePrintedRequested(issue.SeriesId, issue.Year, issue.Number), cancellationToken)
            : Task.CompletedTask;

    /// <summary>The queue step: mails every contributor of the published issue not mailed yet.</summary>
    public async Task SendAsync(IssuePrintedRequested request, CancellationToken cancellationToken)
    {
        if (await issues.FindAsync(request.Series, request.Year, request.Number, cancellationToken) is not { Issue: { State: IssueState.Published } issue })
        {
            logger.LogWarning("刊于 notices of issue {Series} {Year}/{Number} not sent: it is not published", request.Series, request.Year, request.Number);
            return;
        }
        var archive = archiveLinks.ForIssue(issue.Year, issue.Number);
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

/// <summary>Queue message: send the 刊于 notices of this published issue.</summary>
public sealed record IssuePrintedRequested(string Series, int Year, int Number);
