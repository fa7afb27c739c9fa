using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// What SendGrid would report for one accepted mail, as Event Webhook batches ("waves") posted one after another:
/// processed and delivered for every recipient; bounce for recipients at <c>bounce.example.org</c>; deferred,
/// and in a later wave delivered, for <c>deferred.example.org</c>. Every <see cref="DuplicateEvery"/>th mail has
/// its first wave posted once more at the end, with fresh sg_event_ids, as a SendGrid retry would.
/// Each event carries the personalization's custom_args (over the mail's) as top-level fields.
/// </summary>
internal static class DeliveryEventScript
{
    public const string BounceDomain = "bounce.example.org";
    public const string DeferredDomain = "deferred.example.org";
    public const int DuplicateEvery = 3;
    public static readonly TimeSpan DeferralDelay = TimeSpan.FromSeconds(1);

    /// <summary>One POST: its events, after how long since the previous wave.</summary>
    public sealed record Wave(TimeSpan Delay, JsonArray Events);

    public static IReadOnlyList<Wave> For(OutboxEntry mail, long mailSequence, TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var first = new JsonArray();
        var later = new JsonArray();
        var index = 0;
        foreach (var (email, customArgs) in Recipients(mail.Request))
        {
            var messageId = $"{mail.Id}.filter0001.{index++}";
            JsonObject Event(string kind, long timestamp, params (string Name, string Value)[] extra)
            {
                var item = new JsonObject
                {
                    ["email"] = email,
                    ["timestamp"] = timestamp,
                    ["smtp-id"] = $"<{mail.Id}@stand-in.local>",
                    ["event"] = kind,
                    ["sg_event_id"] = NewEventId(),
                    ["sg_message_id"] = messageId,
                };
                foreach (var (name, value) in extra)
                    item[name] = value;
                foreach (var (name, value) in customArgs)
                    item[name] = value;
                return item;
            }

            first.Add(Event("processed", now));
            var domain = email[(email.LastIndexOf('@') + 1)..];
            if (domain.Equals(BounceDomain, StringComparison.OrdinalIgnoreCase))
                first.Add(Event("bounce", now + 1, ("reason", "550 5.1.1 The email account that you tried to reach does not exist."),
                    ("status", "5.1.1"), ("type", "bounce"), ("bounce_classification", "Invalid Address")));
            else if (domain.Equals(DeferredDomain, StringComparison.OrdinalIgnoreCase))
            {
                first.Add(Event("deferred", now + 1, ("response", "421 4.7.0 Try again later"), ("attempt", "1")));
                later.Add(Event("delivered", now + 2, ("response", "250 2.0.0 OK")));
            }
            else
                first.Add(Event("delivered", now + 1, ("response", "250 2.0.0 OK")));
        }

        var waves = new List<Wave> { new(TimeSpan.Zero, first) };
        if (later.Count > 0)
            waves.Add(new Wave(DeferralDelay, later));
        if (mailSequence % DuplicateEvery == 0)
            waves.Add(new Wave(TimeSpan.Zero, WithFreshEventIds(first)));
        return waves;
    }

    /// <summary>Every to/cc/bcc address with the custom_args SendGrid copies into its events (personalization over mail).</summary>
    private static IEnumerable<(string Email, IReadOnlyList<(string, string)> CustomArgs)> Recipients(JsonElement request)
    {
        var mailArgs = CustomArgs(request);
        foreach (var personalization in request.Items("personalizations"))
        {
            var args = mailArgs.Concat(CustomArgs(personalization)).GroupBy(a => a.Item1).Select(g => g.Last()).ToList();
            foreach (var kind in new[] { "to", "cc", "bcc" })
                foreach (var address in personalization.Items(kind))
                    if (address.StringOrNull("email") is { } email)
                        yield return (email, args);
        }
    }

    private static IEnumerable<(string, string)> CustomArgs(JsonElement element) =>
        element.ObjectOrNull("custom_args") is { } args
            ? args.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => (p.Name, p.Value.GetString()!))
            : [];

    private static JsonArray WithFreshEventIds(JsonArray events)
    {
        var copy = (JsonArray)events.DeepClone();
        foreach (var item in copy)
            item!["sg_event_id"] = NewEventId();
        return copy;
    }

    // SendGrid's look: 22 characters of URL-safe base64.
    private static string NewEventId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
