using Bulletin.Statistics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Statistics;

/// <summary><c>POST /api/statistics/rebuild?period=2026</c> (or any period the page takes; none: everything) with the
/// operator key: writes the statistics facts again from the submissions and published issues.</summary>
[CallerRule(Caller.Operator)]
public sealed class RebuildStatistics(StatisticsRebuilder rebuilder, TimeProvider clock)
{
    [Function(nameof(RebuildStatistics))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "statistics/rebuild")] HttpRequest request, CancellationToken cancellationToken)
    {
        StatisticsPeriod? period = null;
        if (request.Query.Count > 0)
        {
            if (!StatisticsPeriod.TryParse(request.Query["period"], request.Query["from"], request.Query["to"], clock.GetUtcNow(), out var parsed, out var error))
                return new BadRequestObjectResult(new ProblemDetails { Title = "时段有误", Detail = error });
            period = parsed;
        }
        var result = await rebuilder.RebuildAsync(period, cancellationToken);
        return new OkObjectResult(new { period = period?.Code ?? "all", submissions = result.Submissions, publishedArticles = result.PublishedArticles });
    }
}
