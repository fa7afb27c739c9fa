using Bulletin.Intake.Storage;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Intake.Storage;

[Collection(nameof(IntakeHostCollection))]
public sealed class MessageIdReservationTests(IntakeHostFixture app)
{
    [Fact]
    public async Task A_message_delivered_again_on_another_day_gets_the_id_of_its_first_delivery()
    {
        var store = new SubmissionStore(app.Tables, app.Blobs);
        var messageId = $"{Guid.NewGuid():N}@example.org";

        var first = await store.ReserveIdForMessageAsync(messageId, 0, "20261125-AAAAAA", CancellationToken.None);
        var nextDay = await store.ReserveIdForMessageAsync(messageId, 0, "20261126-BBBBBB", CancellationToken.None);
        var secondArticle = await store.ReserveIdForMessageAsync(messageId, 1, "20261126-CCCCCC", CancellationToken.None);

        Assert.Equal("20261125-AAAAAA", first);
        Assert.Equal("20261125-AAAAAA", nextDay);
        Assert.Equal("20261126-CCCCCC", secondArticle);
    }
}
