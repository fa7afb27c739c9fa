namespace Bulletin.Distribution.Delivery;

/// <summary>One event of a verified Event Webhook batch that could not be applied (unreadable, or refused by storage);
/// the rest of its batch is applied and acknowledged, and this one is kept for the delivery report.</summary>
/// <param name="Position">Where it was in its batch ("#3"), or which event it was ("bounce@1700000000") when the ledger refused it.</param>
/// <param name="Kind">SendGrid's event name as sent, when readable.</param>
public sealed record RejectedDeliveryEvent(string Position, string? IssueKey, string? DeliveryId, string? Kind, string Problem)
{
    public static RejectedDeliveryEvent Refused(DeliveryEvent e, string problem) =>
        new($"{e.Kind}@{e.OccurredAt.ToUnixTimeSeconds()}", e.IssueKey, e.DeliveryId, e.Kind.ToString().ToLowerInvariant(), problem);
}

/// <summary>A rejected event as the delivery report shows it: which recipient (the address when the ledger knows the id), and when.</summary>
public sealed record RejectedDeliveryEventEntry(string? DeliveryId, string? Kind, string Problem, string BatchName, DateTimeOffset ReceivedAt, string? Email = null);
