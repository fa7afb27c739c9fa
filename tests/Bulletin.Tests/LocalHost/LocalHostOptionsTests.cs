using Bulletin.LocalHost;

namespace Bulletin.Tests.LocalHost;

public sealed class LocalHostOptionsTests
{
    [Fact]
    public void The_stand_in_posts_delivery_events_unless_told_not_to()
    {
        Assert.True(LocalHostOptions.FromArguments([]).PostDeliveryEvents);
        Assert.False(LocalHostOptions.FromArguments(["--in-memory", "--no-delivery-events"]).PostDeliveryEvents);
    }
}
