using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;

namespace Bulletin.Benchmarks.History;

/// <summary>Each of <see cref="HistoryRequests.All"/> through the running local host over a generated history, with the
/// 95th percentile shown (target < 100 ms). In process: the host, not this process, is what is measured.</summary>
[InProcess]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 40)]
[Config(typeof(WithP95))]
public class HistoryBenchmarks
{
    private HistoryRequests _requests = null!;
    private Func<Task> _request = null!;

    public static IEnumerable<string> Names => HistoryRequestNames.All;

    [ParamsSource(nameof(Names))]
    public string Request { get; set; } = "";

    [GlobalSetup]
    public async Task Open()
    {
        _requests = await HistoryRequests.OpenAsync();
        _request = _requests.All[Request];
    }

    [GlobalCleanup]
    public async Task Close() => await _requests.DisposeAsync();

    [Benchmark]
    public Task Send() => _request();

    private sealed class WithP95 : ManualConfig
    {
        public WithP95() => AddColumn(StatisticColumn.P95);
    }
}

/// <summary><c>-- --history-latency [times]</c>: each request after 3 warm-ups, timed one by one; prints p50, p95 and the
/// slowest as a README table row. Quicker than BenchmarkDotNet for a look after each storage change.</summary>
public static class HistoryLatency
{
    public static async Task RunAsync(int times)
    {
        await using var requests = await HistoryRequests.OpenAsync();
        Console.WriteLine("| request | p50 | p95 | max |\n|---|---:|---:|---:|");
        foreach (var (name, send) in requests.All)
        {
            for (var i = 0; i < 3; i++)
                await send();
            var took = new List<double>();
            for (var i = 0; i < times; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await send();
                took.Add(clock.Elapsed.TotalMilliseconds);
            }
            took.Sort();
            Console.WriteLine($"| {name} | {took[took.Count / 2]:0} ms | {took[(int)Math.Ceiling(took.Count * 0.95) - 1]:0} ms | {took[^1]:0} ms |");
        }
    }
}
