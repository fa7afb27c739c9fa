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
public sealed record StatisticsTable(StatisticsPeriod Period, string Rule, IReadOnlyList<StatisticsTerm> Terms, IReadOnlyList<UnitStatistics> Units, UnitStatistics Total)
{
    /// <summary>The unit's place by points (年度考核排名 over a year): units with equal points share a place; the total has none.</summary>
    public int? RankOf(UnitStatistics row) => Units.Contains(row) ? 1 + Units.Count(u => u.Points > row.Points) : null;

    /// <summary>A year's table carries the ranking column (年度考核排名).</summary>
    public bool Ranked => Period.Code.Length == 4;
}
