using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Mail;

/// <summary>Sends one mail through SendGrid. Transient refusals (429, 5xx) throw so the queue step retries;
/// a permanent refusal (other 4xx) is returned, with SendGrid's message, for the caller to record.</summary>
public sealed class MailSender(ISendGridClient sendGrid, IOptions<MailOptions> options, ILogger<MailSender> logger)
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var from = options.Value;
        var message = MailHelper.CreateSingleEmail(new EmailAddress(from.FromAddress, from.FromName),
            new EmailAddress(mail.ToAddress, mail.ToName), mail.Subject, mail.Text, mail.Html);
        if (mail.ReplyTo is { } replyTo)
            message.ReplyTo = new EmailAddress(replyTo);
        foreach (var (key, value) in mail.CustomArgs)
            message.AddCustomArg(key, value);
        foreach (var attachment in mail.Attachments)
            message.AddAttachment(attachment.FileName, Convert.ToBase64String(attachment.Content), attachment.ContentType);

        var response = await sendGrid.SendEmailAsync(message, cancellationToken);
        if (response.IsSuccessStatusCode)
            return MailSendResult.Accepted(response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null);

        var body = await response.Body.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            throw new MailTransientException($"SendGrid answered {(int)response.StatusCode}; the step will be retried.");
        logger.LogWarning("SendGrid refused mail {Subject}: {Status} {Body}", mail.Subject, (int)response.StatusCode, body);
        return MailSendResult.Refused($"SendGrid {(int)response.StatusCode}: {body}");
    }
}

public sealed record MailSendResult(bool Succeeded, string? MessageId, string? Error)
{
    public static MailSendResult Accepted(string? messageId) => new(true, messageId, null);
    public static MailSendResult Refused(string error) => new(false, null, error);
}

/// <summary>SendGrid is busy or failing; retrying later may succeed.</summary>
public sealed class MailTransientException(string message) : Exception(message);
