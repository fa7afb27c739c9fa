using Bulletin.Directory;
using Bulletin.Intake.Inbound;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake;

/// <summary>Turns one stored inbound mail into submissions, or holds it in quarantine with the reason.
/// Safe to run again for the same delivery: ids are derived from it, and each follow-up step is recorded once done.</summary>
public sealed class InboundMailProcessor(
    InboundMailStore inbound, SubmissionStore submissions, SubmissionRegistrar registrar, InboundMailHolder holder, DirectoryQuery directory,
    IOptions<MailOptions> mailOptions, IEnumerable<IInboundMailHandler> handlers, IResubmissionFinder resubmissions, ISolicitationAnswers solicitations)
{
    private string BulletinName => mailOptions.Value.FromName;

    public async Task ProcessAsync(InboundDelivery delivery, CancellationToken cancellationToken)
    {
        InboundParseResult parsed;
        await using (var raw = await inbound.OpenAsync(delivery.BlobName, cancellationToken))
            parsed = await SendGridInboundParser.ParseAsync(raw, delivery.ContentType, cancellationToken);
        if (parsed.Message is not { } message)
        {
            await holder.HoldAsync(delivery, null, QuarantineReason.Unreadable, parsed.Error ?? "unreadable", reply: null, cancellationToken);
            return;
        }
        if (!message.SenderAuthenticated)
        {
            // No reply: the sender may be forged, and a reply would go to an innocent address (backscatter).
            await holder.HoldAsync(delivery, message, QuarantineReason.SenderNotAuthenticated,
                $"SPF {message.Spf}; DKIM {string.Join(", ", message.Dkim.Select(d => $"{d.Key} {d.Value}"))}", reply: null, cancellationToken);
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
            await holder.HoldAsync(delivery, message, QuarantineReason.UnknownSender, $"{message.FromAddress} is not in the directory",
                reply: $"发件地址 {message.FromAddress} 不在{BulletinName}的通讯录中。请用本单位登记的信息员邮箱重新发送。", cancellationToken);
            return;
        }

        var (articles, refusals) = MailArticles.From(message);
        // One article over the limit holds the whole mail, so the sender resends it whole rather than half of it being registered.
        var tooLong = articles.Select(a => ArticleLimits.TextProblem(a.Article.Paragraphs) is { } problem ? $"稿件《{a.Article.Title}》未登记：{problem}" : null)
            .OfType<string>().ToList();
        if (tooLong.Count > 0)
            refusals = [.. tooLong, .. refusals, "整封邮件未登记，请修改后重新发送全部稿件。"];
        if (articles.Count == 0 || tooLong.Count > 0)
        {
            await holder.HoldAsync(delivery, message, QuarantineReason.NoArticle, string.Join(" ", refusals), reply: string.Join("", refusals), cancellationToken);
            return;
        }

        var previous = await resubmissions.PreviousSubmissionIdAsync(message, sender.Email, cancellationToken);
        var solicitation = await solicitations.ForMailAsync(message.Subject, sender.Unit, cancellationToken);
        // The same mail delivered twice (by Message-ID, or the same bytes) gives the same ids, so the second delivery adds nothing.
        var key = await inbound.MailKeyAsync(delivery, message.MessageId, cancellationToken);
        for (var i = 0; i < articles.Count; i++)
            await RegisterAsync(delivery, message, key, sender, i, articles[i].Article, articles[i].File, previous, solicitation, cancellationToken);
    }

    private async Task RegisterAsync(InboundDelivery delivery, InboundMessage message, string mailKey, DirectoryPerson sender, int index,
        Extraction.ExtractedArticle article, InboundAttachment? file, string? previousSubmissionId, int? solicitation, CancellationToken cancellationToken)
    {
        var id = await submissions.ReserveIdForMessageAsync(mailKey, index, SubmissionId.Create(delivery.ReceivedAt, $"{mailKey}#{index}"), cancellationToken);
        // The article's own file first, then what came with it that is no other article (photos, say): editors may want them.
        var articleFiles = MailArticles.DocumentsOf(message);
        var originals = (file is null ? [] : new[] { file })
            .Concat(message.Attachments.Where(a => !articleFiles.Contains(a)))
            .Select(a => (a.FileName, BinaryData.FromBytes(a.Content))).ToList();
        await registrar.RegisterAsync(new NewSubmission(id, sender, SubmissionSource.Email, article, originals,
            delivery.ReceivedAt, message.MessageId, delivery.BlobName) { PreviousSubmissionId = previousSubmissionId, SolicitationNumber = solicitation }, cancellationToken);
    }
}
