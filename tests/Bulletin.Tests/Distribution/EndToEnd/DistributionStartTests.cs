using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Bulletin.Distribution;
using Bulletin.Distribution.Delivery;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Tests.Distribution.Delivery;
using Bulletin.Tests.Distribution.Rig;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>The start step in this process (<see cref="DistributionRig"/>) against the host's SendGrid stand-in: it waits
/// briefly for an issue whose Published save is on its way, and sends the first batch itself, once.</summary>
[Collection(nameof(DistributionHostCollection))]
public sealed class DistributionStartTests(DistributionHostFixture app, DeliveryStorageFixture storage)
{
    [Fact]
    public async Task A_request_finding_its_issue_still_signed_off_looks_again_within_seconds_and_sends_once_the_issue_is_published()
    {
        var (rig, year) = await RigWithIssueAsync(30, "waiting.example.org", 3, published: false);
        await using var _ = rig;
        var requests = rig.Get<QueueServiceClient>().GetQueueClient(DistributionQueues.Requested);

        await rig.Get<DistributionStarter>().StartAsync(new DistributionRequested(year, 3), CancellationToken.None);

        // Far sooner than the queue's visibility timeout (10 s), which a failed step would wait for.
        var (again, receipt) = await Eventually.GetAsync(() => ReceiveAsync(requests, year), m => m.Request is not null, TimeSpan.FromSeconds(5),
            because: "the request is put back for half a second");
        Assert.Equal(1, again!.WaitsForPublished);
        Assert.Empty(await app.Http.IssueMailsAsync($"上街信息 {year}年第3期"));

        await rig.SavePublishedAsync(year, 3);
        await rig.Get<DistributionStarter>().StartAsync(again, CancellationToken.None);
        await requests.DeleteMessageAsync(receipt!.Value.Id, receipt.Value.PopReceipt);
        Assert.Equal(1, await rig.SendQueuedBatchesAsync());

        var mails = await app.Http.IssueMailsAsync($"上街信息 {year}年第3期");
        var recipients = DistributionHost.Recipients(mails);
        Assert.Equal(30, recipients.Distinct().Count());
        Assert.Equal(30, recipients.Count);
    }

    [Fact]
    public async Task The_start_step_sends_the_first_batch_itself_and_its_queued_message_then_sends_nothing()
    {
        var (rig, year) = await RigWithIssueAsync(1200, "first.example.org", 4);
        await using var _ = rig;
        var subject = $"上街信息 {year}年第4期";

        await rig.Get<DistributionStarter>().StartAsync(new DistributionRequested(year, 4), CancellationToken.None);

        var first = Assert.Single(await app.Http.IssueMailsAsync(subject));
        Assert.Equal(1000, first["personalizations"]!.AsArray().Count);
        Assert.Equal(2, await rig.SendQueuedBatchesAsync());
        var mails = await app.Http.IssueMailsAsync(subject);
        Assert.Equal([200, 1000], mails.Select(m => m["personalizations"]!.AsArray().Count).Order());
        var recipients = DistributionHost.Recipients(mails);
        Assert.Equal(1200, recipients.Distinct().Count());
        Assert.Equal(1200, recipients.Count);
        var batches = await rig.Get<DeliveryBatchStore>().ListAsync(DeliveryIds.IssueKey(year, 4), CancellationToken.None);
        Assert.All(batches, b => Assert.Equal((DeliveryBatchState.Accepted, 1), (b.State, b.Tries)));
    }

    [Fact]
    public async Task A_first_batch_answered_busy_in_the_start_step_goes_again_after_Retry_After_and_not_when_its_queued_message_arrives()
    {
        var (rig, year) = await RigWithIssueAsync(30, "busy.example.org", 5);
        await using var _ = rig;
        var subject = $"上街信息 {year}年第5期";
        Assert.True((await app.Http.PostAsync("/dev/sendgrid/throttle", JsonContent.Create(new { requests = 1, retryAfterSeconds = 5 }))).IsSuccessStatusCode);
        var started = DateTimeOffset.UtcNow;

        await rig.Get<DistributionStarter>().StartAsync(new DistributionRequested(year, 5), CancellationToken.None);

        Assert.Empty(await app.Http.IssueMailsAsync(subject));
        // The queued message arrives at once and leaves the batch to the next try, queued for after Retry-After.
        Assert.Equal(2, await rig.SendQueuedBatchesAsync());
        var accepted = Assert.Single((await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json"))!, item => Outbox.SubjectOf(item!["request"]!) == subject);
        Assert.True(DateTimeOffset.Parse(accepted!["receivedAt"]!.ToString(), CultureInfo.InvariantCulture) >= started.AddSeconds(5), "sent again after Retry-After");
        Assert.Equal(30, DistributionHost.Recipients([accepted["request"]!]).Distinct().Count());
        var batch = Assert.Single(await rig.Get<DeliveryBatchStore>().ListAsync(DeliveryIds.IssueKey(year, 5), CancellationToken.None));
        Assert.Equal((DeliveryBatchState.Accepted, 2), (batch.State, batch.Tries));
    }

    /// <summary>A rig over the collection's storage whose directory has <paramref name="people"/> recipients, and issue
    /// <paramref name="number"/> of a random year to all of them, published or left signed off.</summary>
    private async Task<(DistributionRig Rig, int Year)> RigWithIssueAsync(int people, string domain, int number, bool published = true)
    {
        var rig = DistributionRig.Create(storage.ConnectionString, new Uri(app.Host.BaseAddress, "dev/sendgrid").ToString());
        await rig.ImportDirectoryAsync(people, domain);
        var year = Random.Shared.Next(3000, 9000);
        await (published ? rig.PublishAsync(year, number) : rig.SignOffAsync(year, number));
        return (rig, year);
    }

    /// <summary>This issue's request from the queue (hidden for a while once seen), or nothing yet.</summary>
    private static async Task<(DistributionRequested? Request, (string Id, string PopReceipt)? Receipt)> ReceiveAsync(QueueClient queue, int year)
    {
        await queue.CreateIfNotExistsAsync();
        foreach (var message in (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value)
        {
            var request = JsonSerializer.Deserialize<DistributionRequested>(message.Body.ToString())!;
            if (request.Year == year)
                return (request, (message.MessageId, message.PopReceipt));
        }
        return (null, null);
    }
}
