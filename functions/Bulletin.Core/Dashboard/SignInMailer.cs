using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Dashboard;

/// <summary>Mails a sign-in link to an address that belongs to an editor; for any other address does nothing,
/// and the caller answers the same either way, so nobody can probe who is an editor.</summary>
public sealed class SignInMailer(DashboardEditors editors, DashboardSignInLinks links, MailSender mail, IOptions<MailOptions> mailOptions,
    ILogger<SignInMailer> logger)
{
    public async Task RequestAsync(string? email, CancellationToken cancellationToken)
    {
        if (await editors.FindAsync(email ?? "", cancellationToken) is not { } editor)
        {
            logger.LogInformation("Dashboard sign-in asked for an address that is not an editor's");
            return;
        }
        var url = links.Url(links.Token(editor.Email));
        await mail.SendAsync(SignInMails.ForEditor(editor.Email, editor.Name, url, mailOptions.Value.FromName), cancellationToken);
        logger.LogInformation("Dashboard sign-in link sent to {Editor}", editor.Email);
    }
}
