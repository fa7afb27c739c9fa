using System.Net.Http.Json;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.Tests.Distribution.Delivery;
using Bulletin.Tests.Distribution.Rig;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>A generated list of 2500 recipients through the real SendGrid client and the stand-in: three mail/send
/// requests (1000, 1000, 500), each recipient in exactly one personalization; a second run sends nothing more.</summary>
[Collection(nameof(DistributionHostCollection))]
public sealed class DistributionBatchingTests(DistributionHostFixture app, DeliveryStorageFixture storage)
{
    [Fact]
    public async Task An_issue_to_2500_recipients_goes_out_as_three_requests_and_a_repeated_run_sends_nothing_more()
    {
        await using var rig = DistributionRig.Create(storage.ConnectionString, new Uri(app.Host.BaseAddress, "dev/sendgrid").ToString());
        await rig.ImportDirectoryAsync(2500);
        var year = Random.Shared.Next(3000, 9000);
        await rig.PublishAsync(year, 1);

        Assert.Equal(3, await rig.DistributeAsync(year, 1));
        Assert.Equal(0, await rig.DistributeAsync(year, 1));

        var mails = await app.Http.IssueMailsAsync($"上街信息 {year}年第1期");
        Assert.Equal([500, 1000, 1000], mails.Select(m => m["personalizations"]!.AsArray().Count).Order());
        var recipients = DistributionHost.Recipients(mails);
        Assert.Equal(2500, recipients.Distinct().Count());
        Assert.Equal(2500, recipients.Count);
        var rows = await rig.Get<DeliveryLedger>().ListAsync(DeliveryIds.IssueKey(year, 1), CancellationToken.None);
        Assert.Equal(2500, rows.Count(r => r.State == DeliveryState.Accepted));
    }

    [Fact]
    public async Task Batches_answered_429_are_sent_again_after_Retry_After_and_each_recipient_gets_one_mail()
    {
        await using var rig = DistributionRig.Create(storage.ConnectionString, new Uri(app.Host.BaseAddress, "dev/sendgrid").ToString());
        await rig.ImportDirectoryAsync(1500, "throttled.example.org");
        var year = Random.Shared.Next(3000, 9000);
        await rig.PublishAsync(year, 2);
        var throttle = await app.Http.PostAsync("/dev/sendgrid/throttle", JsonContent.Create(new { requests = 2, retryAfterSeconds = 1 }));
        Assert.True(throttle.IsSuccessStatusCode);

        Assert.Equal(4, await rig.DistributeAsync(year, 2));

        var mails = await app.Http.IssueMailsAsync($"上街信息 {year}年第2期");
        Assert.Equal([500, 1000], mails.Select(m => m["personalizations"]!.AsArray().Count).Order());
        Assert.Equal(1500, DistributionHost.Recipients(mails).Distinct().Count());
        var batches = await rig.Get<DeliveryBatchStore>().ListAsync(DeliveryIds.IssueKey(year, 2), CancellationToken.None);
        Assert.All(batches, b =>
        {
            Assert.Equal((DeliveryBatchState.Accepted, 2), (b.State, b.Tries));
            Assert.StartsWith("SendGrid 429", b.Error);
        });
    }
}
