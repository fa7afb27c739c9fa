using Bulletin.Directory;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues;

/// <summary>发送预览: mails a draft's preview to every editor (编辑) in the directory and to the 签发人 from the settings; only
/// the 签发人's mail carries the signed 签发 link. Audited with whom it reached.</summary>
public sealed class IssuePreviewMailer(IssueDesk desk, DirectoryQuery directory, IssueSignOffLinks links, MailSender mail, IOptions<MailOptions> mailOptions,
    IssueAuditLog audit, ILogger<IssuePreviewMailer> logger)
{
    /// <summary>The addresses mailed, the 签发人 first; null when the issue is missing or not a draft.</summary>
    public async Task<IReadOnlyList<string>?> SendAsync(int year, int number, string requestedBy, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(year, number, cancellationToken) is not { State: IssueState.Draft } issue)
            return null;
        var settings = desk.Settings;
        var signer = settings.SignOffAddress.Trim().ToLowerInvariant();
        var bulletinName = mailOptions.Value.FromName;
        var sent = new List<string> { signer };
        await mail.SendAsync(IssuePreviewMails.ForSigner(issue, signer, settings.SignOffName, links.Url(links.Token(issue)), bulletinName), cancellationToken);
        // A 签发人 who is an editor too gets the one mail with the link.
        foreach (var editor in (await directory.ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People
            .Where(p => !string.Equals(p.Email, signer, StringComparison.OrdinalIgnoreCase)))
        {
            await mail.SendAsync(IssuePreviewMails.ForEditor(issue, editor.Email, editor.Name, settings.SignOffName, bulletinName), cancellationToken);
            sent.Add(editor.Email);
        }
        await audit.AppendAsync(year, number, requestedBy, "发送预览", "发给 " + string.Join("、", sent) + $"（签发链接只发给签发人 {signer}）", cancellationToken);
        logger.LogInformation("Preview of issue {Year}/{Number} mailed to {Count} people", year, number, sent.Count);
        return sent;
    }
}
