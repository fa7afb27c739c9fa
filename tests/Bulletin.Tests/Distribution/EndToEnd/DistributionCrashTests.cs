using System.Diagnostics;
using System.Net.Http.Json;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Distribution.Rig;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>The worker killed between batches (one accepted, two waiting for SendGrid's Retry-After), the host stopped and
/// started again over the same Azurite data on disk and the same outbox: every recipient ends with exactly one mail.</summary>
public sealed class DistributionCrashTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "bulletin-crash-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "bulletin-crash-outbox-" + Guid.NewGuid().ToString("N"));
    private LocalFunctionsHost? _host;

    private LocalHostOptions Options => LocalHostFixture.OptionsFor(TestPaths.FunctionAppDirectory, new Dictionary<string, string>(), _outbox)
        with { InMemoryStorage = false, StorageDirectory = _data };

    [Fact]
    public async Task A_worker_killed_between_batches_and_restarted_mails_every_recipient_exactly_once()
    {
        _host = await LocalFunctionsHost.StartAsync(Options);
        using (var http = new HttpClient { BaseAddress = _host.BaseAddress })
        {
            await Eventually.GetAsync(async () => await (await http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory")).Content.ReadAsStringAsync(),
                json => !json.Contains("\"version\":null"), because: "the demo directory is loaded at start");
            await using var rig = DistributionRig.Create(_host.StorageConnectionString, new Uri(_host.BaseAddress, "dev/sendgrid").ToString());
            await rig.ImportDirectoryAsync(2100, "crash.example.org");
            await rig.PublishAsync(2021, 7);
            Assert.True((await http.PostAsync("/dev/sendgrid/throttle", JsonContent.Create(new { requests = 2, retryAfterSeconds = 4 }))).IsSuccessStatusCode);

            await rig.Get<DistributionQueues>().RequestAsync(new DistributionRequested(2021, 7), CancellationToken.None);
            var batches = rig.Get<DeliveryBatchStore>();
            await Eventually.GetAsync(() => batches.ListAsync("2021-007", CancellationToken.None),
                b => b.Count == 3 && b.Count(x => x.State == DeliveryBatchState.Accepted) == 1 && b.Count(x => x.State == DeliveryBatchState.Queued && x.Error is not null) == 2,
                because: "one batch is accepted and two wait for SendGrid's Retry-After");
            Process.GetProcessById(_host.WorkerProcessId!.Value).Kill();
            Assert.Single(await http.IssueMailsAsync("上街信息 2021年第7期"));
        }
        await _host.DisposeAsync();

        _host = await LocalFunctionsHost.StartAsync(Options);
        using var after = new HttpClient { BaseAddress = _host.BaseAddress };
        var mails = await after.WaitForRecipientsAsync("上街信息 2021年第7期", 2100, TimeSpan.FromSeconds(60));
        var recipients = DistributionHost.Recipients(mails);
        Assert.Equal(2100, recipients.Distinct().Count());
        Assert.Equal(2100, recipients.Count);
        Assert.Equal(3, mails.Count);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        foreach (var folder in new[] { _data, _outbox })
            if (System.IO.Directory.Exists(folder))
                System.IO.Directory.Delete(folder, recursive: true);
    }
}
