namespace Bulletin.LocalHost.MailSink;

/// <summary>Throttle mode: the next N mail/send requests are answered 429 with Retry-After, as SendGrid does when rate limited.</summary>
public sealed class MailSendThrottle
{
    private readonly Lock _gate = new();
    private int _remaining;
    private int _retryAfterSeconds;

    /// <summary>Throttles the next <paramref name="requests"/> requests; 0 clears it.</summary>
    public void Set(int requests, int retryAfterSeconds)
    {
        lock (_gate)
            (_remaining, _retryAfterSeconds) = (requests, retryAfterSeconds);
    }

    /// <summary>Counts one request against the throttle: the Retry-After seconds if it is to be refused, else null.</summary>
    public int? TryThrottle()
    {
        lock (_gate)
        {
            if (_remaining <= 0)
                return null;
            _remaining--;
            return _retryAfterSeconds;
        }
    }
}
