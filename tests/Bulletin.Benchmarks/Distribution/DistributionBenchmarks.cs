using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bulletin.Benchmarks.LocalHost;
using Bulletin.Distribution;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.LocalHost;
using Bulletin.LocalHost.Storage;
using Bulletin.Mail;
using Bulletin.Tests.Distribution.Rig;

namespace Bulletin.Benchmarks.Distribution;

/// <summary>One issue published to 10,000 recipients through the SendGrid stand-in on loopback, with the real SendGrid
/// client: the app's way (start step, 10 batches of 1000 sent at once, ledger rows recorded) against the naive way (one
/// mail/send per recipient, 16 at a time, same mail). API calls and each iteration's peak working set are printed after it.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class DistributionBenchmarks
{
    /// <summary>Seconds per operation: a few single-shot iterations, in this process (so the peak working set printed is
    /// the app's side: the SendGrid client, the ledger and the stand-in).</summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1)
            .WithIterationCount(2).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Recipients = 10_000;
    private readonly string _outbox = TestAppHost.NewOutboxDirectory();
    private LocalFunctionsHost _host = null!;
    private AzuriteServer _storage = null!;
    private DistributionRig _rig = null!;
    private int _year = 3000;
    private int _calls;
    private BulkMail _naiveMail = null!;

    [GlobalSetup]
    public void Setup() => Task.Run(async () =>
    {
        _host = await LocalFunctionsHost.StartAsync(TestAppHost.Options(_outbox));
        _storage = await AzuriteServer.StartAsync(new LocalHostOptions().RepositoryRoot, null, _ => { }, CancellationToken.None);
        _rig = DistributionRig.Create(_storage.ConnectionString, new Uri(_host.BaseAddress, "dev/sendgrid").ToString());
        await _rig.ImportDirectoryAsync(Recipients);
    }).GetAwaiter().GetResult();

    /// <summary>A new published issue per iteration, so each measures a whole first sending.</summary>
    [IterationSetup]
    public void PublishIssue() => Task.Run(async () =>
    {
        var issue = await _rig.PublishAsync(++_year, 1);
        var names = Enum.GetValues<IssueDocumentKind>().Select(k => new IssueDocument(_year, 1, issue.BulletinName, k, BinaryData.Empty)).ToList();
        var documents = new List<IssueDocument>();
        foreach (var name in names)
            documents.Add(name with { Content = (await _rig.Get<IssueDocumentStore>().ReadAsync(name.BlobName, CancellationToken.None))! });
        var everyone = Enumerable.Range(0, Recipients).Select(i => new BulkMailRecipient($"p{i:D5}@bulk.example.org", null,
            new Dictionary<string, string> { ["issue"] = $"{_year}-001", ["delivery"] = $"d{i}" })).ToList();
        _naiveMail = IssueMailComposer.Compose(issue with { State = IssueState.Published }, documents[0].Content.ToString(), "https://bulletin.example.org/api/archive?token=benchmark", [documents[1], documents[2]], everyone);
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5"); // Linux: the peak working set printed after the iteration is this iteration's
    }).GetAwaiter().GetResult();

    /// <summary>The app's way: batches of 1000, one request each, ledger recorded.</summary>
    [Benchmark(Baseline = true)]
    public async Task Batched() => _calls = await _rig.DistributeAsync(_year, 1);

    /// <summary>The reference: one request per recipient (16 in flight), no ledger.</summary>
    [Benchmark]
    public async Task OneRequestPerRecipient()
    {
        var sender = _rig.Get<BulkMailSender>();
        var calls = 0;
        await Parallel.ForEachAsync(_naiveMail.Recipients, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (recipient, token) =>
        {
            if (!(await sender.SendAsync(_naiveMail with { Recipients = [recipient] }, token)).Succeeded)
                throw new InvalidOperationException("The stand-in refused a mail.");
            Interlocked.Increment(ref calls);
        });
        _calls = calls;
    }

    [IterationCleanup]
    public void Report() => Console.WriteLine($"// API calls: {_calls} for {Recipients} recipients; peak working set of this iteration {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB (local host and stand-in included; `-- --distribution-working-set` measures without them)");

    [GlobalCleanup]
    public void Cleanup() => Task.Run(async () =>
    {
        await _rig.DisposeAsync();
        await _storage.DisposeAsync();
        await _host.DisposeAsync();
        TestAppHost.DeleteOutbox(_outbox);
    }).GetAwaiter().GetResult();
}
