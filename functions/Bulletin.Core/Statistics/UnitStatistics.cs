namespace Bulletin.Statistics;

/// <summary>One unit's counts per term over a period, and its points by the rule.</summary>
public sealed record UnitStatistics(string Unit, IReadOnlyDictionary<string, int> Counts, decimal Points)
{
    public int Count(string term) => Counts.GetValueOrDefault(term);
    public int Submitted => Count(StatisticsTerms.Submitted);
    public int Adopted => Count(StatisticsTerms.Adopted);

    /// <summary>采用率: adopted over submitted; null when nothing was submitted.</summary>
    public decimal? AdoptionRate => Submitted == 0 ? null : (decimal)Adopted / Submitted;

    public string AdoptionRateText => AdoptionRate is { } rate ? $"{rate * 100:0.0}%" : "—";
}

/// <summary>The statistics of every unit for a period, best first (points, then adopted, then name), with the totals.</summary>
public sealed record StatisticsTable(StatisticsPeriod Period, string Rule, IReadOnlyList<StatisticsTerm> Terms, IReadOnlyList<UnitStatistics> Units, UnitStatistics Total);
