using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bulletin.LocalHost;

namespace Bulletin.Benchmarks.LocalHost;

/// <summary>How long the local host takes from <see cref="LocalFunctionsHost.StartAsync"/> to Ready: in-memory
/// Azurite, Kestrel, the worker process, the gRPC handshake (init, metadata, load) and the triggers.
/// Seconds per operation, so a few single-shot iterations.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class HostStartBenchmarks
{
    private string _outbox = "";
    private LocalFunctionsHost? _host;

    [IterationSetup]
    public void NewOutbox() => _outbox = TestAppHost.NewOutboxDirectory();

    /// <summary>Start to Ready; the host is disposed after the iteration, outside the measurement.</summary>
    [Benchmark]
    public async Task StartToReady() => _host = await LocalFunctionsHost.StartAsync(TestAppHost.Options(_outbox));

    /// <summary>Start to Ready and then dispose (worker, Kestrel and Azurite stopped).</summary>
    [Benchmark]
    public async Task StartAndDispose()
    {
        await using var host = await LocalFunctionsHost.StartAsync(TestAppHost.Options(_outbox));
    }

    [IterationCleanup]
    public void StopHost()
    {
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _host = null;
        TestAppHost.DeleteOutbox(_outbox);
    }
}
