using System.Text.Json;
using Bulletin.Storage;

namespace Bulletin.Distribution.Delivery;

/// <summary>Reads an Event Webhook batch (a JSON array of event objects) into the events the ledger tracks.</summary>
/// <remarks>An event counts only with both ids SendGrid copies from the personalization's custom_args
/// (top-level "issue" and "delivery") and a kind the ledger tracks; opens, clicks, other mail and events
/// without a usable timestamp are skipped and counted. An event that cannot be read at all (text that is not valid
/// UTF-16) is rejected on its own, so it never refuses the batch it came in; long text is bounded for the ledger.</remarks>
public static class SendGridEventParser
{
    public const string IssueField = "issue";
    public const string DeliveryField = "delivery";

    // Table keys are limited; our own ids are far shorter than this.
    private const int MaxIdLength = 128;

    /// <summary>The batch's events; throws <see cref="FormatException"/> when the body is not a JSON array.</summary>
    public static SendGridEventBatch Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The Event Webhook body is not JSON.", ex);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new FormatException("The Event Webhook body is not a JSON array of events.");
            var events = new List<DeliveryEvent>();
            var rejected = new List<RejectedDeliveryEvent>();
            var skipped = 0;
            var position = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                position++;
                try
                {
                    if (ToDeliveryEvent(element) is { } deliveryEvent)
                        events.Add(deliveryEvent);
                    else
                        skipped++;
                }
                catch (InvalidOperationException)
                {
                    // JsonElement refuses strings with unpaired surrogate escapes ("\ud800"): valid JSON syntax, unreadable text.
                    rejected.Add(new RejectedDeliveryEvent($"#{position}", Readable(() => Id(element, IssueField)),
                        Readable(() => Id(element, DeliveryField)), Readable(() => Text(element, "event")), "事件含无法读取的文字（无效的 Unicode 转义），未应用。"));
                }
            }
            return new SendGridEventBatch(events, skipped, rejected);
        }
    }

    private static DeliveryEvent? ToDeliveryEvent(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || Kind(Text(element, "event")) is not { } kind
            || Id(element, IssueField) is not { } issue
            || Id(element, DeliveryField) is not { } delivery
            || OccurredAt(element) is not { } occurredAt)
            return null;
        var reason = Text(element, "reason") ?? Text(element, "response");
        return new DeliveryEvent(issue, delivery, kind, occurredAt, BoundedText.BoundOrNull(reason, BoundedText.Detail), BoundedText.BoundOrNull(Text(element, "sg_event_id"), MaxIdLength));
    }

    private static DeliveryEventKind? Kind(string? name) => name switch
    {
        "processed" => DeliveryEventKind.Processed,
        "deferred" => DeliveryEventKind.Deferred,
        "delivered" => DeliveryEventKind.Delivered,
        "bounce" => DeliveryEventKind.Bounce,
        "dropped" => DeliveryEventKind.Dropped,
        _ => null,
    };

    private static string? Id(JsonElement element, string name) =>
        Text(element, name)?.Trim() is { Length: > 0 and <= MaxIdLength } id && !id.Any(char.IsControl) ? id : null;

    /// <summary>SendGrid's <c>timestamp</c>: Unix seconds of the event.</summary>
    private static DateTimeOffset? OccurredAt(JsonElement element) =>
        element.TryGetProperty("timestamp", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var seconds) && seconds >= 0 && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static string? Readable(Func<string?> read)
    {
        try { return read(); }
        catch (InvalidOperationException) { return null; }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The tracked events of one batch, how many of its entries were not ours or not tracked, and those that could not be read.</summary>
public sealed record SendGridEventBatch(IReadOnlyList<DeliveryEvent> Events, int Skipped, IReadOnlyList<RejectedDeliveryEvent> Rejected);
