using Bulletin.Directory;
using Bulletin.Intake.Inbound;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake;

/// <summary>Holds an inbound mail in quarantine instead of registering it, and replies to its sender at most once. A mail
/// is known by its Message-ID, or by the stored request's bytes where it has none (SendGrid's retry repeats them), so a
/// repeated delivery adds no record and no reply.</summary>
public sealed class InboundMailHolder(InboundMailStore inbound, QuarantineStore quarantine, DirectoryQuery directory, MailSender mail,
    IOptions<MailOptions> mailOptions, ILogger<InboundMailHolder> logger)
{
    // RFC 5321: a mailbox is at most 254 characters; SendGrid refuses longer ones, so a reply to them could never be sent.
    private const int MaxReplyAddress = 254;
    private const int MaxQuotedSubject = 200;

    /// <param name="reply">Why the mail is not registered, for its sender; null to hold it without a reply (a forged sender, say).</param>
    public async Task HoldAsync(InboundDelivery delivery, InboundMessage? message, QuarantineReason reason, string detail, string? reply,
        CancellationToken cancellationToken)
    {
        var key = await inbound.MailKeyAsync(delivery, message?.MessageId, cancellationToken);
        var held = await quarantine.HoldAsync(new QuarantinedMail(QuarantineStore.IdFor(key), reason, detail, message?.FromAddress, message?.Subject,
            delivery.ReceivedAt, delivery.BlobName, Replied: false), cancellationToken);
        logger.LogWarning("Inbound mail {BlobName} held as {QuarantineId}: {Reason}", delivery.BlobName, held.Id, reason);
        if (reply is null || message is null || message.FromAddress.Length > MaxReplyAddress || held.Replied)
            return;
        if (!await quarantine.TryClaimReplyAsync(held, cancellationToken))
            return;
        try
        {
            var subject = BoundedText.Bound(message.Subject, MaxQuotedSubject);
            await mail.SendAsync(IntakeMails.NotRegistered(message.FromAddress, subject, delivery.ReceivedAt, reply, await directory.WhomToAskAsync(cancellationToken),
                mailOptions.Value.FromName), cancellationToken);
        }
        catch
        {
            await quarantine.ReleaseReplyAsync(held);
            throw;
        }
        await quarantine.MarkRepliedAsync(held, cancellationToken);
    }
}
