using System.Text;

namespace Bulletin.LocalHost.MailSink;

/// <summary>Throttle mode: the next N mail/send requests (only those naming address <c>to</c>, when given) are answered 429
/// with Retry-After, as SendGrid does when rate limited.</summary>
public sealed class MailSendThrottle
{
    private readonly Lock _gate = new();
    private int _remaining;
    private int _retryAfterSeconds;
    private string? _to;

    /// <summary>Throttles the next <paramref name="requests"/> requests (naming <paramref name="to"/>, if given); 0 clears it.</summary>
    public void Set(int requests, int retryAfterSeconds, string? to = null)
    {
        lock (_gate)
            (_remaining, _retryAfterSeconds, _to) = (requests, retryAfterSeconds, string.IsNullOrWhiteSpace(to) ? null : to.Trim());
    }

    /// <summary>How many requests are still to be refused.</summary>
    public int Remaining
    {
        get { lock (_gate) return _remaining; }
    }

    /// <summary>Counts one request against the throttle: the Retry-After seconds if it is to be refused, else null.</summary>
    public int? TryThrottle(byte[]? body = null)
    {
        lock (_gate)
        {
            if (_remaining <= 0)
                return null;
            // A plain text search is enough for a stand-in: the address appears in the JSON only where a recipient is named.
            if (_to is { } to && (body is null || !Encoding.UTF8.GetString(body).Contains(to, StringComparison.OrdinalIgnoreCase)))
                return null;
            _remaining--;
            return _retryAfterSeconds;
        }
    }
}
