using Bulletin.Distribution.Delivery;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>The pure rule of how an event moves a row.</summary>
public sealed class DeliveryTransitionTests
{
    private static readonly DateTimeOffset T0 = new(2020, 3, 8, 1, 0, 0, TimeSpan.Zero);

    private static Bulletin.Distribution.Delivery.Delivery Row(DeliveryState state, int attempt = 1, int startedMinute = 0) =>
        new("2020-020", "d1", "a@example.org", null, state, attempt, "a01-0000", null, T0, T0.AddMinutes(startedMinute));

    private static DeliveryEvent Event(DeliveryEventKind kind, int minute) => new("2020-020", "d1", kind, T0.AddMinutes(minute), null, null);

    [Theory]
    [InlineData(DeliveryState.Delivered, DeliveryEventKind.Deferred)]
    [InlineData(DeliveryState.Delivered, DeliveryEventKind.Processed)]
    [InlineData(DeliveryState.Bounced, DeliveryEventKind.Deferred)]
    [InlineData(DeliveryState.Deferred, DeliveryEventKind.Processed)]
    public void A_lower_event_never_moves_a_row_back(DeliveryState state, DeliveryEventKind kind) =>
        Assert.Null(DeliveryTransitions.Apply(Row(state), Event(kind, 5)));

    [Fact]
    public void A_later_bounce_replaces_delivered() =>
        Assert.Equal(DeliveryState.Bounced, DeliveryTransitions.Apply(Row(DeliveryState.Delivered), Event(DeliveryEventKind.Bounce, 5))!.State);

    [Fact]
    public void An_event_of_an_earlier_attempt_is_ignored()
    {
        Assert.Null(DeliveryTransitions.Apply(Row(DeliveryState.Pending, attempt: 2, startedMinute: 10), Event(DeliveryEventKind.Bounce, 5)));
        Assert.Equal(DeliveryState.Delivered, DeliveryTransitions.Apply(Row(DeliveryState.Accepted, attempt: 2, startedMinute: 10), Event(DeliveryEventKind.Delivered, 11))!.State);
    }
}
