using BenchmarkDotNet.Attributes;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using Bulletin.Tests.Statistics;

namespace Bulletin.Benchmarks.Statistics;

/// <summary>A dashboard-sized page: the 采用通报 of one year for 30 units (the statistics table, 12 columns, and the SVG
/// chart) rendered to its HTML document, from the statistics tests' generated history — no storage involved.</summary>
[MemoryDiagnoser]
public class AdoptionReportRenderingBenchmarks
{
    private readonly AdoptionReport _report = Report();

    [Benchmark]
    public string Html() => AdoptionReportHtml.Render(_report);

    private static AdoptionReport Report()
    {
        var history = StatisticsHistory.Generate(2025, 2, 30, 20);
        var year = StatisticsPeriod.Year(2026);
        var facts = history.Items
            .Select(i => new StatisticsFact(i.Id, i.Unit, StatisticsHistory.ChinaDate(i.ReceivedAtUtc), i.Status, i.Published, i.Lead))
            .Where(f => f.ReceivedOn >= year.From && f.ReceivedOn <= year.To).ToList();
        var table = StatisticsService.Tabulate(year, facts, history.Units, new StatisticsOptions().Rule());
        return new AdoptionReport(table, "上街信息", "中共上街区委办公室", new DateOnly(2027, 1, 5));
    }
}
