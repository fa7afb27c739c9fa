namespace Bulletin.Distribution.Delivery;

/// <summary>How one SendGrid event moves a ledger row, so that duplicates and any order of arrival give the same end:
/// a row never moves to a lower rank (final beats deferred beats accepted), among final states the later event wins,
/// and an event older than the row's current attempt is ignored.</summary>
public static class DeliveryTransitions
{
    // SendGrid's timestamps are whole seconds; allow for that and some clock skew around a resend.
    private static readonly TimeSpan AttemptTolerance = TimeSpan.FromSeconds(5);

    /// <summary>The row after <paramref name="e"/>, or null when the event changes nothing.</summary>
    public static Delivery? Apply(Delivery row, DeliveryEvent e)
    {
        if (row.Attempt > 1 && e.OccurredAt < row.AttemptStartedAt - AttemptTolerance)
            return null;
        var next = e.Kind.ToState();
        var moves = next.Rank() > row.State.Rank()
            || (next.Rank() == row.State.Rank() && row.State != DeliveryState.Refused && e.OccurredAt > row.StateAt
                && (next != row.State || e.Reason != row.Reason));
        return moves ? row with { State = next, Reason = e.Reason, StateAt = e.OccurredAt } : null;
    }
}
