namespace Bulletin.Distribution.Delivery;

/// <summary>One recipient of one issue in the ledger.</summary>
/// <param name="Attempt">1 for the first sending; each "resend to failed" starts the next attempt for the rows it resends.</param>
/// <param name="Batch">The batch (its id) that carries this recipient in the current attempt.</param>
/// <param name="StateAt">When the state was reached (the event's time for states SendGrid reports).</param>
/// <param name="AttemptStartedAt">When the current attempt began; events from before it belong to an earlier one.</param>
public sealed record Delivery(
    string IssueKey, string Id, string Email, string? Name, DeliveryState State, int Attempt, string Batch,
    string? Reason, DateTimeOffset StateAt, DateTimeOffset AttemptStartedAt);
