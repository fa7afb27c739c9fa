using Bulletin.Directory;
using Bulletin.Statistics.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Statistics;

/// <summary>Statistics per unit for a period: the facts counted by every term, points by the configured rule, and
/// every unit of the current directory listed even when it sent nothing.</summary>
public sealed class StatisticsService(StatisticsFactStore facts, DirectoryQuery directory, IOptions<StatisticsOptions> options)
{
    public const string TotalLabel = "合计";

    /// <param name="series">Only what was printed in this series (its id), when given.</param>
    public async Task<StatisticsTable> ForPeriodAsync(StatisticsPeriod period, CancellationToken cancellationToken, string? series = null)
    {
        var found = facts.ListAsync(period, cancellationToken);
        var units = (await directory.ListAsync(null, null, null, cancellationToken)).Units.Select(u => u.Name);
        var kept = string.IsNullOrEmpty(series) ? await found : (await found).Where(f => f.Series == series).ToList();
        return Tabulate(period, kept, units, options.Value.Rule());
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
