using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bulletin.Security;
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
        SecretSettings.Require(SecretSettings.SendGridApiKey, from.ApiKey);
        var message = MailHelper.CreateSingleEmail(new EmailAddress(from.FromAddress, from.FromName),
            new EmailAddress(mail.ToAddress, mail.ToName), mail.Subject, mail.Text, mail.Html.ToString());
        if (mail.ReplyTo is { } replyTo)
            message.ReplyTo = new EmailAddress(replyTo);
        foreach (var (key, value) in mail.CustomArgs)
            message.AddCustomArg(key, value);
        foreach (var attachment in mail.Attachments)
            message.AddAttachment(attachment.FileName, attachment.Base64, attachment.ContentType, attachment.Disposition, attachment.ContentId);

        var result = await SendGridReply.ReadAsync(await sendGrid.SendEmailAsync(message, cancellationToken), cancellationToken);
        if (result.Transient)
            throw new MailTransientException($"{result.Error}; the step will be retried.");
        if (!result.Succeeded)
            logger.LogWarning("SendGrid refused mail {Subject}: {Error}", mail.Subject, result.Error);
        return result;
    }
}

public sealed record MailSendResult(bool Succeeded, string? MessageId, string? Error)
{
    /// <summary>SendGrid was busy or failing (429, 5xx): sending again later may succeed.</summary>
    public bool Transient { get; init; }

    /// <summary>How long SendGrid asked to wait (its Retry-After header), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static MailSendResult Accepted(string? messageId) => new(true, messageId, null);
    public static MailSendResult Refused(string error) => new(false, null, error);
    public static MailSendResult Busy(string error, TimeSpan? retryAfter) => new(false, null, error) { Transient = true, RetryAfter = retryAfter };
}

/// <summary>SendGrid is busy or failing; retrying later may succeed.</summary>
public sealed class MailTransientException(string message) : Exception(message);
