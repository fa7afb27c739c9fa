using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Review.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>Reminds every editor, in one digest, of the submissions waiting longer than
/// <see cref="ReviewOptions.ReminderAfterWorkingDays"/>: at most once per editor per China day, however often it runs.</summary>
public sealed class ReviewReminderService(SubmissionStore submissions, DirectoryQuery directory, ReviewLinks links, ReviewReminderLog log,
    MailSender mail, IOptions<ReviewOptions> review, IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<ReviewReminderService> logger)
{
    /// <summary>Sends the day's digests; returns how many editors were mailed.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = (await submissions.ListByStatusAsync(SubmissionStatus.Submitted, cancellationToken))
            .Where(s => ReviewReminderSchedule.IsDue(s.ReceivedAt, review.Value.ReminderAfterWorkingDays, now)).ToList();
        var day = ReviewReminderSchedule.ChinaDay(now);
        var mailed = 0;
        var editors = waiting.Count == 0 ? [] : (await directory.ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People;
        foreach (var editor in editors)
        {
            if (!await log.TryClaimAsync(day, editor.Email, now, waiting.Count, cancellationToken))
                continue;
            try
            {
                await mail.SendAsync(ReviewReminderMails.Digest(editor.Email, editor.Name, waiting,
                    s => links.Url(links.Token(s.Id, editor.Email), ReviewChoice.Adopt), now, mailOptions.Value.FromName), cancellationToken);
            }
            catch
            {
                await log.ReleaseAsync(day, editor.Email);
                throw;
            }
            mailed++;
            logger.LogInformation("Reminded {Editor} of {Count} waiting submissions", editor.Email, waiting.Count);
        }
        await log.RecordRunAsync(day, now, waiting.Count, mailed, cancellationToken);
        return mailed;
    }
}
