using Bulletin.Intake;
using Bulletin.Intake.Inbound;
using Bulletin.Mail;
using Bulletin.Review.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>An editor's reply to a review mail (To review+&lt;id&gt;@Review:ReplyDomain) decides like the page does, through
/// <see cref="ReviewDecisionService"/> with channel Reply, and is answered once per reply mail. Only the editor the
/// address was issued to can decide with it; anything else is held in quarantine and decides nothing.</summary>
public sealed class ReviewReplyHandler(ReviewReplyStore replies, ReviewDecisionService decisions, InboundMailHolder holder, MailSender mail,
    IOptions<ReviewOptions> review, IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<ReviewReplyHandler> logger) : IInboundMailHandler
{
    public bool Handles(InboundMessage message) => ReviewReplyAddress.ReplyIdIn(message.To, review.Value.ReplyDomain) is not null;

    public async Task HandleAsync(InboundDelivery delivery, InboundMessage message, CancellationToken cancellationToken)
    {
        var replyId = ReviewReplyAddress.ReplyIdIn(message.To, review.Value.ReplyDomain)!;
        var issued = await replies.FindAsync(replyId, cancellationToken);
        var refusal = issued is null ? "unknown reply address"
            : issued.ExpiresAt < clock.GetUtcNow() ? "expired reply address"
            : issued.Editor != message.FromAddress.Trim().ToLowerInvariant() ? $"reply address issued to {issued.Editor}"
            : null;
        if (refusal is not null)
        {
            await holder.HoldAsync(delivery, message, QuarantineReason.ReviewReplyRefused, refusal, reply: null, cancellationToken);
            logger.LogWarning("Review reply {BlobName} from {From} held: {Reason}", delivery.BlobName, message.FromAddress, refusal);
            return;
        }

        // Deciding first is safe to repeat (the same editor's same decision is a replay); the answer is claimed per reply mail.
        var said = ReviewReplyText.Read(message.Text, message.Html);
        var result = said.Choice is { } choice
            ? await decisions.DecideAsync(new ReviewRequest(issued!.SubmissionId, issued.Editor, choice, ReviewChannel.Reply, said.Reason),
                ReviewReplyAddress.Fingerprint(replyId), allowRedecision: false, cancellationToken)
            : null;
        logger.LogInformation("Review reply from {Editor} on {SubmissionId}: {Result}", issued!.Editor, issued.SubmissionId, result?.Kind.ToString() ?? "not understood");

        var mailKey = message.MessageId ?? delivery.BlobName;
        if (!await replies.TryClaimAnswerAsync(replyId, mailKey, cancellationToken))
            return;
        try
        {
            await mail.SendAsync(ReviewReplyMails.Answer(issued.Editor, issued.SubmissionId, result, mailOptions.Value.FromName), cancellationToken);
        }
        catch
        {
            await replies.ReleaseAnswerAsync(replyId, mailKey);
            throw;
        }
    }
}
