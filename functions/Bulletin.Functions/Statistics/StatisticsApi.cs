using Bulletin.Functions.Pipeline;
using Bulletin.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Statistics;

/// <summary><c>GET /api/statistics?from=2026-01-01&amp;to=2026-12-31&amp;series=</c> with the operator key: every unit's
/// counts and points, best first. <c>from</c> alone runs to today, <c>to</c> alone from 1 January of its year; neither
/// (nor <c>period=2026-11|2026-Q4|2026</c>): the current year, as the 年度考核 counts it.</summary>
[CallerRule(Caller.Operator)]
public sealed class StatisticsApi(StatisticsService statistics, TimeProvider clock)
{
    [Function(nameof(StatisticsApi))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadPeriod(request, clock.GetUtcNow(), out var parsed, out var error))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "时段有误", error!);
        var table = await statistics.ForPeriodAsync(parsed, cancellationToken, request.Query["series"].ToString());
        return new OkObjectResult(table.Units.Select(row => StatisticsJson.Row(table, row)));
    }

    /// <summary>Reads the period as the statistics API takes it (see the class summary).</summary>
    internal static bool TryReadPeriod(HttpRequest request, DateTimeOffset now, out StatisticsPeriod parsed, out string? error)
    {
        var (from, to, period) = (request.Query["from"].ToString(), request.Query["to"].ToString(), request.Query["period"].ToString());
        var today = StatisticsPeriod.ChinaDate(now);
        if (from.Length + to.Length + period.Length == 0)
            period = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (from.Length > 0 && to.Length == 0)
            to = today.ToString("yyyy-MM-dd");
        else if (to.Length > 0 && from.Length == 0 && DateOnly.TryParse(to, out var end))
            from = $"{end.Year}-01-01";
        return StatisticsPeriod.TryParse(period, from, to, now, out parsed, out error);
    }
}
