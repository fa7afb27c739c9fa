using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// Plays SendGrid's Event Webhook: for each accepted mail, posts its <see cref="DeliveryEventScript"/> waves,
/// signed with <see cref="LocalOnlyEventWebhookKey"/>, to <see cref="EventWebhookTarget.Url"/>. It runs in the
/// background so mail/send answers at once; a non-2xx answer is retried with growing pauses (SendGrid retries
/// for 24 hours; here <see cref="MaxAttempts"/> tries), then the wave is dropped with a warning.
/// </summary>
internal sealed class EventWebhookPoster(EventWebhookTarget target, TimeProvider clock, ILogger<EventWebhookPoster> logger)
    : BackgroundService
{
    public const int MaxAttempts = 6;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);

    private readonly Channel<OutboxEntry> _accepted = Channel.CreateUnbounded<OutboxEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private long _mailSequence;

    /// <summary>Called for every accepted mail; returns at once.</summary>
    public void MailAccepted(OutboxEntry mail)
    {
        if (target.Url is not null)
            _accepted.Writer.TryWrite(mail);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var mail in _accepted.Reader.ReadAllAsync(stoppingToken))
            {
                // One task per mail: a deferred wave's pause must not hold up the next mail's events.
                var waves = DeliveryEventScript.For(mail, Interlocked.Increment(ref _mailSequence), clock);
                running.Add(PlayAsync(mail.Id, waves, stoppingToken));
                running.RemoveAll(task => task.IsCompleted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task PlayAsync(string mailId, IReadOnlyList<DeliveryEventScript.Wave> waves, CancellationToken stoppingToken)
    {
        try
        {
            foreach (var wave in waves)
            {
                if (wave.Delay > TimeSpan.Zero)
                    await Task.Delay(wave.Delay, clock, stoppingToken);
                await PostAsync(mailId, wave.Events, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A background task: nobody awaits it, so say what went wrong here.
            logger.LogError(ex, "Event Webhook posts for mail {MessageId} stopped", mailId);
        }
    }

    private async Task PostAsync(string mailId, JsonArray events, CancellationToken stoppingToken)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(events.ToJsonString());
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var status = await TryPostAsync(body, stoppingToken);
            if (status is >= 200 and < 300)
                return;
            if (attempt == MaxAttempts)
            {
                logger.LogWarning("Event Webhook gave up on {EventCount} events of mail {MessageId} after {Attempts} tries, last answer {Status}",
                    events.Count, mailId, attempt, status?.ToString() ?? "no connection");
                return;
            }
            await Task.Delay(delay, clock, stoppingToken);
            delay *= 2;
        }
    }

    /// <summary>Signs at sending time, as SendGrid does for each try; the status code, or null if the app could not be reached.</summary>
    private async Task<int?> TryPostAsync(byte[] body, CancellationToken stoppingToken)
    {
        if (target.Url is not { } url)
            return null;
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd("SendGrid-Event-API-stand-in/1.0");
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", LocalOnlyEventWebhookKey.Sign(timestamp, body));
        try
        {
            using var response = await _http.SendAsync(request, stoppingToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return null; // timed out
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}

/// <summary>Where the stand-in posts Event Webhook batches: the app's <c>/api/sendgrid/events</c> on the local host's
/// own address, set once it listens; null (no posting) when the host is told not to post events.</summary>
public sealed class EventWebhookTarget
{
    public Uri? Url { get; set; }
}
