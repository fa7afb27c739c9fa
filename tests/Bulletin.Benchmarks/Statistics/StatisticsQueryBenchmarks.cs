using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bulletin.LocalHost;
using Bulletin.LocalHost.Storage;
using Bulletin.Statistics;
using Bulletin.Statistics.Storage;
using Bulletin.Tests.Statistics;

namespace Bulletin.Benchmarks.Statistics;

/// <summary>The statistics of one year (2026) per unit, over a history of 2 years × 30 units × 20 submissions a month
/// (14,400 facts) in Azurite: the month partitions read in parallel, then counted and scored.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 20)]
[MemoryDiagnoser]
public class StatisticsQueryBenchmarks
{
    private AzuriteServer _azurite = null!;
    private StatisticsFactStore _facts = null!;
    private StatisticsHistory _history = null!;
    private readonly PointsRule _rule = new StatisticsOptions().Rule();

    [GlobalSetup]
    public async Task WriteHistory()
    {
        _azurite = await AzuriteServer.StartAsync(new LocalHostOptions().RepositoryRoot, null, _ => { }, CancellationToken.None);
        _facts = new StatisticsFactStore(new TableServiceClient(_azurite.ConnectionString));
        _history = StatisticsHistory.Generate(2025, 2, 30, 20);
        await _history.WriteAsync(_facts, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task StopAzurite() => await _azurite.DisposeAsync();

    [Benchmark]
    public async Task<StatisticsTable> OneYear()
    {
        var period = StatisticsPeriod.Year(2026);
        return StatisticsService.Tabulate(period, await _facts.ListAsync(period, CancellationToken.None), _history.Units, _rule);
    }

    [Benchmark]
    public async Task<StatisticsTable> OneMonth()
    {
        var period = StatisticsPeriod.Month(2026, 6);
        return StatisticsService.Tabulate(period, await _facts.ListAsync(period, CancellationToken.None), _history.Units, _rule);
    }
}
