using Bulletin.Directory;
using Bulletin.Intake.Inbound;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake;

/// <summary>Turns one stored inbound mail into submissions, or holds it in quarantine with the reason.
/// Safe to run again for the same delivery: ids are derived from it, and each follow-up step is recorded once done.</summary>
public sealed class InboundMailProcessor(
    InboundMailStore inbound, SubmissionStore submissions, SubmissionRegistrar registrar, QuarantineStore quarantine, DirectoryQuery directory,
    MailSender mail, IOptions<MailOptions> mailOptions, IEnumerable<IInboundMailHandler> handlers, IResubmissionFinder resubmissions,
    ISolicitationAnswers solicitations, ILogger<InboundMailProcessor> logger)
{
    private string BulletinName => mailOptions.Value.FromName;

    public async Task ProcessAsync(InboundDelivery delivery, CancellationToken cancellationToken)
    {
        InboundParseResult parsed;
        await using (var raw = await inbound.OpenAsync(delivery.BlobName, cancellationToken))
            parsed = await SendGridInboundParser.ParseAsync(raw, delivery.ContentType, cancellationToken);
        if (parsed.Message is not { } message)
        {
            await HoldAsync(delivery, QuarantineReason.Unreadable, parsed.Error ?? "unreadable", null, null, reply: null, cancellationToken);
            return;
        }
        if (!message.SenderAuthenticated)
        {
            // No reply: the sender may be forged, and a reply would go to an innocent address (backscatter).
            await HoldAsync(delivery, QuarantineReason.SenderNotAuthenticated, $"SPF {message.Spf}; DKIM {string.Join(", ", message.Dkim.Select(d => $"{d.Key} {d.Value}"))}",
                message.FromAddress, message.Subject, reply: null, cancellationToken);
            return;
        }
        // Replies to review mails and the like: never a submission.
        if (handlers.FirstOrDefault(h => h.Handles(message)) is { } handler)
        {
            await handler.HandleAsync(delivery, message, cancellationToken);
            return;
        }
        if (await directory.FindByEmailAsync(message.FromAddress, cancellationToken) is not { } sender)
        {
            await HoldAsync(delivery, QuarantineReason.UnknownSender, $"{message.FromAddress} is not in the directory", message.FromAddress, message.Subject,
                reply: $"发件地址 {message.FromAddress} 不在{BulletinName}的通讯录中。请用本单位登记的信息员邮箱重新发送。", cancellationToken);
            return;
        }

        var (articles, refusals) = MailArticles.From(message);
        var tooLong = articles.Where(a => a.Article.Paragraphs.Sum(p => p.Length) > SubmissionStore.MaxArticleCharacters).ToList();
        refusals = [.. refusals, .. tooLong.Select(a => $"稿件《{a.Article.Title}》超过 {SubmissionStore.MaxArticleCharacters} 字，请精简后再发。")];
        articles = articles.Except(tooLong).ToList();
        if (articles.Count == 0)
        {
            await HoldAsync(delivery, QuarantineReason.NoArticle, string.Join(" ", refusals), message.FromAddress, message.Subject,
                reply: string.Join("", refusals), cancellationToken);
            return;
        }

        var previous = await resubmissions.PreviousSubmissionIdAsync(message, sender.Email, cancellationToken);
        var solicitation = await solicitations.ForMailAsync(message.Subject, sender.Unit, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
            await RegisterAsync(delivery, message, sender, i, articles[i].Article, articles[i].File, previous, solicitation, cancellationToken);
    }

    private async Task RegisterAsync(InboundDelivery delivery, InboundMessage message, DirectoryPerson sender, int index,
        Extraction.ExtractedArticle article, InboundAttachment? file, string? previousSubmissionId, int? solicitation, CancellationToken cancellationToken)
    {
        // The same Message-ID delivered twice gives the same id, so the second delivery adds nothing.
        var id = SubmissionId.Create(delivery.ReceivedAt, $"{message.MessageId ?? delivery.BlobName}#{index}");
        if (message.MessageId is { } messageId)
            id = await submissions.ReserveIdForMessageAsync(messageId, index, id, cancellationToken);
        // The article's own file first, then what came with it that is no other article (photos, say): editors may want them.
        var articleFiles = MailArticles.DocumentsOf(message);
        var originals = (file is null ? [] : new[] { file })
            .Concat(message.Attachments.Where(a => !articleFiles.Contains(a)))
            .Select(a => (a.FileName, BinaryData.FromBytes(a.Content))).ToList();
        await registrar.RegisterAsync(new NewSubmission(id, sender, SubmissionSource.Email, article, originals,
            delivery.ReceivedAt, message.MessageId, delivery.BlobName) { PreviousSubmissionId = previousSubmissionId, SolicitationNumber = solicitation }, cancellationToken);
    }

    private async Task HoldAsync(InboundDelivery delivery, QuarantineReason reason, string detail, string? from, string? subject, string? reply, CancellationToken cancellationToken)
    {
        var held = await quarantine.HoldAsync(new QuarantinedMail(QuarantineStore.IdFor(delivery), reason, detail, from, subject,
            delivery.ReceivedAt, delivery.BlobName, Replied: false), cancellationToken);
        logger.LogWarning("Inbound mail {BlobName} held: {Reason} {Detail}", delivery.BlobName, reason, detail);
        if (reply is null || from is null || held.Replied)
            return;
        await mail.SendAsync(IntakeMails.NotRegistered(from, subject, delivery.ReceivedAt, reply, await directory.WhomToAskAsync(cancellationToken), BulletinName), cancellationToken);
        await quarantine.MarkRepliedAsync(held, cancellationToken);
    }
}
