namespace Bulletin.Distribution.Delivery;

/// <summary>One SendGrid delivery event for one recipient of one issue, as the Event Webhook reports it.</summary>
/// <param name="IssueKey">The issue's id as sent in custom_args "issue", e.g. "2020-020".</param>
/// <param name="DeliveryId">The recipient's ledger row as sent in custom_args "delivery".</param>
/// <param name="EventId">SendGrid's sg_event_id (not reliable across retries; informational).</param>
public sealed record DeliveryEvent(string IssueKey, string DeliveryId, DeliveryEventKind Kind, DateTimeOffset OccurredAt, string? Reason, string? EventId);

/// <summary>The SendGrid events the ledger cares about; others (open, click, …) are not parsed into events.</summary>
public enum DeliveryEventKind { Processed, Deferred, Delivered, Bounce, Dropped }
