using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Dashboard;

/// <summary>Mails a sign-in link to an address that belongs to an editor, within <see cref="SignInThrottle"/>'s limits; for
/// any other address, or past a limit, does nothing, and the caller answers the same either way, so nobody can probe who
/// is an editor or flood one with mail.</summary>
public sealed class SignInMailer(DashboardEditors editors, DashboardSignInLinks links, SignInThrottle throttle, MailSender mail,
    IOptions<MailOptions> mailOptions, ILogger<SignInMailer> logger)
{
    /// <param name="client">The caller's IP address (<see cref="Security.ClientAddress"/>).</param>
    public async Task RequestAsync(string? email, string client, CancellationToken cancellationToken)
    {
        if (!await throttle.AllowRequestAsync(client, cancellationToken))
        {
            logger.LogWarning("Dashboard sign-in refused: too many requests from {Client}", client);
            return;
        }
        if (await editors.FindAsync(email ?? "", cancellationToken) is not { } editor)
        {
            logger.LogInformation("Dashboard sign-in asked for an address that is not an editor's");
            return;
        }
        if (!await throttle.AllowMailAsync(editor.Email, cancellationToken))
        {
            logger.LogWarning("Dashboard sign-in refused: enough sign-in mails sent to {Editor} for now", editor.Email);
            return;
        }
        var url = links.Url(links.Token(editor.Email));
        await mail.SendAsync(SignInMails.ForEditor(editor.Email, editor.Name, url, mailOptions.Value.FromName), cancellationToken);
        logger.LogInformation("Dashboard sign-in link sent to {Editor}", editor.Email);
    }
}
