using Bulletin.Directory;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues;

/// <summary>发送预览: the request queues a draft's preview for every editor (编辑) in the directory and the series' 签发人
/// (<see cref="IssueSigners"/>), audited with whom it is for; the queue step mails each of them, claiming each mail first, so a step retried
/// after SendGrid failed half-way mails nobody twice. Only the 签发人's mail carries the signed 签发 link.</summary>
public sealed class IssuePreviewMailer(IssueDesk desk, IssueSigners issueSigners, DirectoryQuery directory, IssueSignOffLinks links, IssuePreviewQueue queue, IssuePreviewMailLog log,
    MailSender mail, IOptions<MailOptions> mailOptions, IssueAuditLog audit, TimeProvider clock, ILogger<IssuePreviewMailer> logger)
{
    /// <summary>Queues the preview of a draft of <paramref name="series"/> for its 签发人 (each with a link of their own) and the
    /// editors; the addresses it is for, the 签发人 first; null when the issue is missing or not a draft.</summary>
    public async Task<IReadOnlyList<string>?> RequestAsync(string series, int year, int number, string requestedBy, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(series, year, number, cancellationToken) is not { State: IssueState.Draft } issue)
            return null;
        var signers = await issueSigners.OfAsync(issue.SeriesId, cancellationToken);
        // A 签发人 who is an editor too gets the one mail with the link.
        var recipients = new List<PreviewRecipient>();
        foreach (var signer in signers)
            recipients.Add(new(signer, await issueSigners.NameAsync(signer, cancellationToken), Signer: true));
        recipients.AddRange((await directory.ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People
            .Where(p => !signers.Contains(p.Email, StringComparer.OrdinalIgnoreCase))
            .Select(p => new PreviewRecipient(p.Email, p.Name, Signer: false)));
        await queue.EnqueueAsync(new IssuePreviewRequested(year, number, requestedBy, recipients, issue.SeriesId), cancellationToken);
        var sent = recipients.Select(r => r.Email).ToList();
        await audit.AppendAsync(issue, requestedBy, "发送预览", "发给 " + string.Join("、", sent) + $"（签发链接只发给签发人 {string.Join("、", signers)}）", cancellationToken);
        logger.LogInformation("Preview of issue {Series} {Year}/{Number} queued for {Count} people", issue.SeriesId, year, number, sent.Count);
        return sent;
    }

    /// <summary>The queue step: mails the draft as it is now to each recipient not mailed this content yet.</summary>
    public async Task SendAsync(IssuePreviewRequested request, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(request.Series, request.Year, request.Number, cancellationToken) is not { State: IssueState.Draft } issue)
        {
            logger.LogWarning("Preview of issue {Series} {Year}/{Number} not sent: it is missing or no longer a draft", request.Series, request.Year, request.Number);
            return;
        }
        var content = IssueSignOffLinks.ContentOf(issue);
        var bulletinName = mailOptions.Value.FromName;
        var signerName = string.Join("、", request.Recipients.Where(r => r.Signer).Select(r => r.Name ?? r.Email));
        foreach (var recipient in request.Recipients)
        {
            if (!await log.TryClaimAsync(issue, content, recipient.Email, clock.GetUtcNow(), cancellationToken))
                continue;
            try
            {
                await mail.SendAsync(recipient.Signer
                    ? IssuePreviewMails.ForSigner(issue, recipient.Email, recipient.Name ?? recipient.Email, links.Url(links.Token(issue, recipient.Email)), bulletinName)
                    : IssuePreviewMails.ForEditor(issue, recipient.Email, recipient.Name, signerName, bulletinName), cancellationToken);
            }
            catch
            {
                await log.ReleaseAsync(issue, content, recipient.Email);
                throw;
            }
            logger.LogInformation("Preview of issue {Series} {Year}/{Number} sent to {Recipient}", issue.SeriesId, issue.Year, issue.Number, recipient.Email);
        }
    }
}
