using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>Tells the submitter the decision and its reason, once per decision: the notice is claimed on the
/// submission (under its ETag) before it is sent, and given back if sending fails, so a retry sends it.</summary>
public sealed class SubmitterNotices(SubmissionStore submissions, MailSender mail, MessageQueues queues,
    IOptions<MailOptions> mailOptions, ILogger<SubmitterNotices> logger)
{
    public async Task QueueAsync(string submissionId, string decisionId, CancellationToken cancellationToken)
    {
        await queues.SendAsync(ReviewQueues.SubmissionDecided, new SubmissionDecided(submissionId, decisionId), cancellationToken);
    }

    public async Task SendAsync(SubmissionDecided message, CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = await submissions.FindForUpdateAsync(message.SubmissionId, cancellationToken);
            if (found is not { } f || f.Submission.Decision?.DecisionId != message.DecisionId || f.NoticeSentFor == message.DecisionId)
            {
                // Gone, superseded by a later decision (which has its own message), or already sent.
                logger.LogInformation("No notice to send for {SubmissionId} decision {DecisionId}", message.SubmissionId, message.DecisionId);
                return;
            }
            var (submission, etag, sentFor) = f;
            if (await submissions.TryMarkNoticeAsync(submission.Id, message.DecisionId, etag, cancellationToken) is not { } claimed)
                continue; // Changed since read: judge again.
            try
            {
                await mail.SendAsync(ReviewMails.Notice(submission, mailOptions.Value.FromName), cancellationToken);
            }
            catch
            {
                await submissions.TryMarkNoticeAsync(submission.Id, sentFor ?? "", claimed, CancellationToken.None);
                throw;
            }
            logger.LogInformation("Notice of {Status} sent for {SubmissionId} to {Submitter}", submission.Status, submission.Id, submission.SubmitterEmail);
            return;
        }
    }
}
