using System.Net;
using SendGrid;

namespace Bulletin.Mail;

/// <summary>Reads SendGrid's answer to mail/send the same way for every sender: accepted (with X-Message-Id), busy or
/// failing (429, 5xx: retry later, after Retry-After when given), or refused with SendGrid's message (other 4xx).</summary>
internal static class SendGridReply
{
    public static async Task<MailSendResult> ReadAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return MailSendResult.Accepted(response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null);
        var status = (int)response.StatusCode;
        var body = response.Body is null ? "" : await response.Body.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            return MailSendResult.Busy($"SendGrid {status}: {body}", RetryAfter(response));
        return MailSendResult.Refused($"SendGrid {status}: {body}");
    }

    private static TimeSpan? RetryAfter(Response response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
            return null;
        if (retryAfter.Delta is { } delta)
            return delta;
        return retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }
}
