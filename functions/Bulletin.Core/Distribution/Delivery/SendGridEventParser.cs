using System.Text.Json;

namespace Bulletin.Distribution.Delivery;

/// <summary>Reads an Event Webhook batch (a JSON array of event objects) into the events the ledger tracks.</summary>
/// <remarks>An event counts only with both ids SendGrid copies from the personalization's custom_args
/// (top-level "issue" and "delivery") and a kind the ledger tracks; opens, clicks, other mail and events
/// without a usable timestamp are skipped and counted.</remarks>
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
            var skipped = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (ToDeliveryEvent(element) is { } deliveryEvent)
                    events.Add(deliveryEvent);
                else
                    skipped++;
            }
            return new SendGridEventBatch(events, skipped);
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
        return new DeliveryEvent(issue, delivery, kind, occurredAt, reason, Text(element, "sg_event_id"));
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

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The tracked events of one batch, and how many of its entries were not ours or not tracked.</summary>
public sealed record SendGridEventBatch(IReadOnlyList<DeliveryEvent> Events, int Skipped);
