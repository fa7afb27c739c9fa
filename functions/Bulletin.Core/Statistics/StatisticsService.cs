using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Statistics.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Statistics;

/// <summary>Statistics per unit for a period: the facts counted by every term, points by the configured rule, and
/// every unit of the current directory listed even when it sent nothing.</summary>
public sealed class StatisticsService(StatisticsFactStore facts, DirectoryQuery directory, IOptions<StatisticsOptions> options)
{
    public const string TotalLabel = "合计";

    /// <param name="series">Only what was printed in this series (its id), when given.</param>
    public Task<StatisticsTable> ForPeriodAsync(StatisticsPeriod period, CancellationToken cancellationToken, string? series = null) =>
        TabulateAsync(period, found => string.IsNullOrEmpty(series) ? found : found.Where(f => f.Series == series).ToList(), cancellationToken);

    /// <summary>For a series' 采用通报: every submission of the period counts as 报送 (a submission belongs to no series until
    /// it is printed), while 采用, 刊发 and the rest count only what was printed in <paramref name="series"/>.</summary>
    public Task<StatisticsTable> ForSeriesReportAsync(StatisticsPeriod period, string series, CancellationToken cancellationToken) =>
        TabulateAsync(period, found => found
            .Where(f => f.Series == series || f.Solicited != SolicitationOutcome.Missing)
            .Select(f => f.Series == series ? f : new StatisticsFact(f.SubmissionId, f.Unit, f.ReceivedOn, SubmissionStatus.Submitted, false, false))
            .ToList(), cancellationToken);

    private async Task<StatisticsTable> TabulateAsync(StatisticsPeriod period, Func<IReadOnlyList<StatisticsFact>, IReadOnlyList<StatisticsFact>> keep,
        CancellationToken cancellationToken)
    {
        var found = facts.ListAsync(period, cancellationToken);
        var units = (await directory.ListAsync(null, null, null, cancellationToken)).Units.Select(u => u.Name);
        return Tabulate(period, keep(await found), units, options.Value.Rule());
    }

    /// <summary>Counts <paramref name="found"/> per unit; <paramref name="knownUnits"/> appear with zeros when absent.</summary>
    public static StatisticsTable Tabulate(StatisticsPeriod period, IReadOnlyList<StatisticsFact> found, IEnumerable<string> knownUnits, PointsRule rule)
    {
        var terms = StatisticsTerms.All;
        var byUnit = found.GroupBy(f => f.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<StatisticsFact>)g.ToList(), StringComparer.Ordinal);
        foreach (var unit in knownUnits)
            byUnit.TryAdd(unit, []);
        var rows = byUnit.Select(pair => Row(pair.Key, pair.Value, terms, rule))
            .OrderByDescending(r => r.Points).ThenByDescending(r => r.Adopted).ThenBy(r => r.Unit, StringComparer.Ordinal).ToList();
        var total = Row(TotalLabel, found, terms, rule);
        return new StatisticsTable(period, rule.Describe(), StatisticsTerms.Shown(total.Counts), rows, total);
    }

    private static UnitStatistics Row(string unit, IReadOnlyList<StatisticsFact> facts, IReadOnlyList<StatisticsTerm> terms, PointsRule rule)
    {
        var counts = terms.ToDictionary(t => t.Name, t => facts.Sum(t.Counts));
        return new UnitStatistics(unit, counts, rule.Apply(counts));
    }
}
