using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bulletin.Security;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Mail;

/// <summary>Sends one <see cref="BulkMail"/> as ONE SendGrid mail/send request with a personalization per recipient.
/// Nothing is thrown for SendGrid's answers: the caller records acceptance, a refusal, or when to try again.</summary>
public sealed class BulkMailSender(ISendGridClient sendGrid, IOptions<MailOptions> options, ILogger<BulkMailSender> logger)
{
    public async Task<MailSendResult> SendAsync(BulkMail mail, CancellationToken cancellationToken)
    {
        if (mail.Recipients.Count is 0 or > BulkMail.MaxRecipients)
            throw new ArgumentException($"A bulk mail has 1 to {BulkMail.MaxRecipients} recipients, not {mail.Recipients.Count}.", nameof(mail));
        var from = options.Value;
        SecretSettings.Require(SecretSettings.SendGridApiKey, from.ApiKey);
        var message = new SendGridMessage
        {
            From = new EmailAddress(from.FromAddress, from.FromName),
            Subject = mail.Subject,
            PlainTextContent = mail.Text,
            HtmlContent = mail.Html.ToString(),
            Personalizations = [.. mail.Recipients.Select(r => new Personalization
            {
                Tos = [new EmailAddress(r.Address, r.Name)],
                CustomArgs = r.CustomArgs.ToDictionary(),
            })],
        };
        foreach (var file in mail.Attachments)
            message.AddAttachment(file.FileName, file.Base64, file.ContentType, file.Disposition, file.ContentId);

        var result = await SendGridReply.ReadAsync(await sendGrid.SendEmailAsync(message, cancellationToken), cancellationToken);
        if (!result.Succeeded)
            logger.LogWarning("SendGrid did not accept {Subject} to {Count} recipients: {Error}", mail.Subject, mail.Recipients.Count, result.Error);
        return result;
    }
}
