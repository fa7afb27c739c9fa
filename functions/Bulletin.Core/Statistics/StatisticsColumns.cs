using System.Globalization;

namespace Bulletin.Statistics;

/// <summary>The columns every view of a statistics table shows, in order: the unit, each term, 采用率 and 积分 —
/// shared by the page, the exports and the monthly report so they always agree.</summary>
public static class StatisticsColumns
{
    public const string Unit = "单位";
    public const string Rate = "采用率";
    public const string Points = "积分";
    public const string Rank = "排名";

    public static IReadOnlyList<string> Headers(StatisticsTable table) => [Unit, .. table.Terms.Select(t => t.Label), Rate, Points, .. table.Ranked ? [Rank] : Array.Empty<string>()];

    /// <summary>One row's cells as text (numbers invariant, rate as 37.5%).</summary>
    public static IReadOnlyList<string> Cells(StatisticsTable table, UnitStatistics row) =>
        [row.Unit, .. table.Terms.Select(t => row.Count(t.Name).ToString(CultureInfo.InvariantCulture)), row.AdoptionRateText, PointsText(row.Points),
            .. table.Ranked ? [table.RankOf(row)?.ToString(CultureInfo.InvariantCulture) ?? ""] : Array.Empty<string>()];

    /// <summary>Every unit, then the total.</summary>
    public static IEnumerable<UnitStatistics> Rows(StatisticsTable table) => table.Units.Append(table.Total);

    public static string PointsText(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
