using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>The ledger on Azurite: SendGrid's events in any order, repeated, or for unknown ids give one clear end state.</summary>
[Collection(DeliveryStorageCollection.Name)]
public sealed class DeliveryLedgerTests(DeliveryStorageFixture storage)
{
    private static readonly DateTimeOffset T0 = new(2020, 3, 8, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rows_are_added_once_however_often_the_step_runs()
    {
        var issue = NewIssueKey();
        var rows = Rows(issue, "a@example.org", "b@example.org");

        await storage.Ledger.AddMissingAsync(rows, CancellationToken.None);
        await storage.Ledger.AddMissingAsync([.. rows, .. Rows(issue, "c@example.org")], CancellationToken.None);

        var stored = await storage.Ledger.ListAsync(issue, CancellationToken.None);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r => Assert.Equal(DeliveryState.Pending, r.State));
    }

    [Fact]
    public async Task Delivered_arriving_before_processed_and_deferred_stays_delivered()
    {
        var issue = NewIssueKey();
        var row = Rows(issue, "a@example.org")[0];
        await storage.Ledger.AddMissingAsync([row], CancellationToken.None);

        await storage.Ledger.ApplyEventsAsync([Event(row, DeliveryEventKind.Delivered, 3)], CancellationToken.None);
        await storage.Ledger.ApplyEventsAsync([Event(row, DeliveryEventKind.Deferred, 2, "mailbox busy"), Event(row, DeliveryEventKind.Processed, 1)], CancellationToken.None);

        Assert.Equal(DeliveryState.Delivered, (await storage.Ledger.ListAsync(issue, CancellationToken.None)).Single().State);
    }

    [Fact]
    public async Task The_same_events_twice_give_the_same_row_as_once()
    {
        var issue = NewIssueKey();
        var rows = Rows(issue, "a@example.org", "b@bounce.example.org");
        await storage.Ledger.AddMissingAsync(rows, CancellationToken.None);
        DeliveryEvent[] events =
        [
            Event(rows[0], DeliveryEventKind.Processed, 1), Event(rows[0], DeliveryEventKind.Deferred, 2, "try later"), Event(rows[0], DeliveryEventKind.Delivered, 3),
            Event(rows[1], DeliveryEventKind.Processed, 1), Event(rows[1], DeliveryEventKind.Bounce, 2, "550 5.1.1 no such user"),
        ];

        await storage.Ledger.ApplyEventsAsync(events, CancellationToken.None);
        var once = await storage.Ledger.ListAsync(issue, CancellationToken.None);
        await storage.Ledger.ApplyEventsAsync([.. events.Reverse()], CancellationToken.None);
        var twice = await storage.Ledger.ListAsync(issue, CancellationToken.None);

        Assert.Equal(once.OrderBy(r => r.Id), twice.OrderBy(r => r.Id));
        Assert.Equal(DeliveryState.Delivered, twice.Single(r => r.Id == rows[0].Id).State);
        var bounced = twice.Single(r => r.Id == rows[1].Id);
        Assert.Equal((DeliveryState.Bounced, "550 5.1.1 no such user"), (bounced.State, bounced.Reason));
    }

    [Fact]
    public async Task Events_for_unknown_issues_or_deliveries_change_nothing()
    {
        var issue = NewIssueKey();
        var row = Rows(issue, "a@example.org")[0];
        await storage.Ledger.AddMissingAsync([row], CancellationToken.None);

        await storage.Ledger.ApplyEventsAsync(
        [
            new DeliveryEvent(issue, "d-unknown", DeliveryEventKind.Delivered, T0, null, null),
            new DeliveryEvent("1999-001", row.Id, DeliveryEventKind.Delivered, T0, null, null),
            new DeliveryEvent("bad/key", "#?", DeliveryEventKind.Bounce, T0, null, null),
        ], CancellationToken.None);

        var stored = await storage.Ledger.ListAsync(issue, CancellationToken.None);
        Assert.Equal(DeliveryState.Pending, stored.Single().State);
    }

    [Fact]
    public async Task Acceptance_of_a_batch_does_not_undo_an_event_that_came_first()
    {
        var issue = NewIssueKey();
        var rows = Rows(issue, "a@example.org", "b@example.org");
        await storage.Ledger.AddMissingAsync(rows, CancellationToken.None);
        await storage.Ledger.ApplyEventsAsync([Event(rows[0], DeliveryEventKind.Delivered, 1)], CancellationToken.None);

        await new DeliveryBatchStore(storage.Tables).AddIfMissingAsync(
            new DeliveryBatch(issue, "a01-0000", 1, 2, DeliveryBatchState.Accepted, 1, null, "m1", null, T0.AddMinutes(2)), CancellationToken.None);

        var stored = (await storage.Ledger.ListAsync(issue, CancellationToken.None)).ToDictionary(r => r.Id, r => r.State);
        Assert.Equal(DeliveryState.Delivered, stored[rows[0].Id]);
        Assert.Equal(DeliveryState.Accepted, stored[rows[1].Id]);
    }

    [Fact]
    public async Task Rows_read_accepted_only_through_an_accepted_batch_of_their_own_attempt()
    {
        var issue = NewIssueKey();
        var rows = Rows(issue, "a@example.org", "b@example.org", "c@example.org");
        rows[1] = rows[1] with { Batch = "a01-0001" };
        rows[2] = rows[2] with { Batch = "a02-0000", Attempt = 2 };
        await storage.Ledger.AddMissingAsync(rows, CancellationToken.None);
        var batches = new DeliveryBatchStore(storage.Tables);
        await batches.AddIfMissingAsync(new DeliveryBatch(issue, "a01-0000", 1, 1, DeliveryBatchState.Accepted, 1, null, "m1", null, T0.AddMinutes(2)), CancellationToken.None);
        await batches.AddIfMissingAsync(new DeliveryBatch(issue, "a01-0001", 1, 1, DeliveryBatchState.Sending, 1, T0, null, null, T0), CancellationToken.None);
        await batches.AddIfMissingAsync(new DeliveryBatch(issue, "a02-0000", 2, 1, DeliveryBatchState.Queued, 0, null, null, null, T0), CancellationToken.None);

        var stored = (await storage.Ledger.ListAsync(issue, CancellationToken.None)).ToDictionary(r => r.Id);
        Assert.Equal((DeliveryState.Accepted, T0.AddMinutes(2)), (stored[rows[0].Id].State, stored[rows[0].Id].StateAt));
        Assert.Equal(DeliveryState.Pending, stored[rows[1].Id].State);
        Assert.Equal(DeliveryState.Pending, stored[rows[2].Id].State);
    }

    internal static string NewIssueKey() => DeliveryIds.IssueKey(Random.Shared.Next(3000, 9000), Random.Shared.Next(1, 999));

    private static List<Bulletin.Distribution.Delivery.Delivery> Rows(string issue, params string[] emails) =>
        [.. emails.Select(e => new Bulletin.Distribution.Delivery.Delivery(issue, DeliveryIds.DeliveryId(e), e, null, DeliveryState.Pending, 1, "a01-0000", null, T0, T0))];

    private static DeliveryEvent Event(Bulletin.Distribution.Delivery.Delivery row, DeliveryEventKind kind, int minutes, string? reason = null) =>
        new(row.IssueKey, row.Id, kind, T0.AddMinutes(minutes), reason, Guid.NewGuid().ToString("N"));
}
