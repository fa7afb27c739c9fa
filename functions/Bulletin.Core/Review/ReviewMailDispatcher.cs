using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Review.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>On <see cref="SubmissionReceived"/>: mails every editor in the directory the article and links to decide,
/// each editor once per submission however often the message comes.</summary>
public sealed class ReviewMailDispatcher(SubmissionStore submissions, DirectoryQuery directory, ReviewLinks links, ReviewMailLog log,
    ReviewReplyStore replies, MailSender mail, IOptions<MailOptions> mailOptions, IOptions<ReviewOptions> review, TimeProvider clock, ILogger<ReviewMailDispatcher> logger)
{
    public async Task SendAsync(SubmissionReceived message, CancellationToken cancellationToken)
    {
        var submission = await submissions.FindAsync(message.SubmissionId, cancellationToken);
        if (submission is not { Status: SubmissionStatus.Submitted })
        {
            logger.LogWarning("Review mail skipped: {SubmissionId} is missing or already decided", message.SubmissionId);
            return;
        }
        var editors = (await directory.ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People;
        if (editors.Count == 0)
            logger.LogWarning("No editor in the directory to review {SubmissionId}", submission.Id);
        foreach (var editor in editors)
        {
            if (!await log.TryClaimAsync(submission.Id, editor.Email, clock.GetUtcNow(), cancellationToken))
                continue;
            var token = links.Token(submission.Id, editor.Email);
            try
            {
                var replyTo = review.Value.ReplyDomain is { Length: > 0 } domain
                    ? ReviewReplyAddress.Of(await replies.IssueAsync(submission.Id, editor.Email, clock.GetUtcNow().AddDays(review.Value.LinkLifetimeDays), cancellationToken), domain)
                    : null;
                await mail.SendAsync(ReviewMails.ForEditor(submission, editor.Email, editor.Name, choice => links.Url(token, choice), mailOptions.Value.FromName, replyTo),
                    cancellationToken);
            }
            catch
            {
                await log.ReleaseAsync(submission.Id, editor.Email);
                throw;
            }
            logger.LogInformation("Review mail for {SubmissionId} sent to {Editor}", submission.Id, editor.Email);
        }
    }
}
