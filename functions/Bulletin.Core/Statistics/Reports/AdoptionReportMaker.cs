using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.Extensions.Options;

namespace Bulletin.Statistics.Reports;

/// <summary>Makes the 采用通报 of a period from the statistics as they stand, dated today (China time): across all series,
/// or for one series. Reads only; the monthly mail and the on-demand downloads both start here.</summary>
public sealed class AdoptionReportMaker(StatisticsService statistics, SeriesCatalog catalog, IOptions<BulletinOptions> bulletin, TimeProvider clock)
{
    /// <param name="series">A series id; none: across all series.</param>
    /// <returns>Null when <paramref name="series"/> names no series.</returns>
    public async Task<AdoptionReport?> MakeAsync(StatisticsPeriod period, string? series, CancellationToken cancellationToken)
    {
        var today = StatisticsPeriod.ChinaDate(clock.GetUtcNow());
        if (string.IsNullOrWhiteSpace(series))
            return new AdoptionReport(await statistics.ForPeriodAsync(period, cancellationToken), bulletin.Value.Name, bulletin.Value.Office, today);
        if (await catalog.FindAsync(series, cancellationToken) is not { } found)
            return null;
        return new AdoptionReport(await statistics.ForSeriesReportAsync(period, found.Id, cancellationToken), bulletin.Value.Name, bulletin.Value.Office,
            today, found.Name);
    }
}
