using Bulletin.Functions.Pipeline;
using Bulletin.Statistics.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Statistics;

/// <summary><c>GET /api/statistics/report?from=&amp;to=&amp;series=&amp;format=docx|html</c> with the operator key: the 采用通报
/// of the period (read as <c>GET /api/statistics</c> reads it) across all series or for one, as a DOCX (default) or HTML file.</summary>
[CallerRule(Caller.Operator)]
public sealed class AdoptionReportApi(AdoptionReportMaker maker, TimeProvider clock)
{
    [Function(nameof(AdoptionReportApi))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics/report")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!StatisticsApi.TryReadPeriod(request, clock.GetUtcNow(), out var period, out var error))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "时段有误", error!);
        var format = request.Query["format"].ToString();
        if (format is not ("" or "docx" or "html"))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "格式有误", "请选择通报格式 docx 或 html。");
        return await AdoptionReportFile.DownloadAsync(maker, request, period, format, cancellationToken);
    }
}
