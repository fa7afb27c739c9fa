using Bulletin.Dashboard;
using Bulletin.Issues.Publications;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Statistics;

/// <summary><c>GET /api/dashboard/statistics?period=2026-11</c> (or <c>2026-Q4</c>, <c>2026</c>, or <c>from=…&amp;to=…</c>):
/// the statistics page; <c>GET /api/dashboard/statistics/export?format=xlsx|csv&amp;period=…</c>: the same table as a file;
/// <c>format=docx</c>: the period's 采用通报 (across all series, or for the chosen one).
/// <c>&amp;series=</c> (a series id) keeps what was printed in that series only; without it, every series.</summary>
[CallerRule(Caller.Editor)]
public sealed class DashboardStatistics(DashboardSessions sessions, StatisticsService statistics, SeriesCatalog catalog, AdoptionReportMaker reports,
    TimeProvider clock)
{
    [Function(nameof(DashboardStatistics))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/statistics")] HttpRequest request, FunctionContext context)
    {
        var session = context.GetEditorSession();
        var cancellationToken = context.CancellationToken;
        var proof = sessions.Proof(session);
        var series = await catalog.ListAsync(cancellationToken);
        if (!TryReadPeriod(request, out var period, out var error))
            return StatisticsPage.Render(request.HttpContext.Response, session, proof, request.Query, series, null, error, StatusCodes.Status400BadRequest);
        return StatisticsPage.Render(request.HttpContext.Response, session, proof, request.Query, series,
            await statistics.ForPeriodAsync(period, cancellationToken, request.Query["series"].ToString()), null);
    }

    [Function("DashboardStatisticsExport")]
    public async Task<IActionResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/statistics/export")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadPeriod(request, out var period, out var error))
            return new BadRequestObjectResult(new ProblemDetails { Title = "时段有误", Detail = error });
        var format = request.Query["format"].ToString();
        if (format is not ("xlsx" or "csv" or "docx"))
            return new BadRequestObjectResult(new ProblemDetails { Title = "格式有误", Detail = "请选择导出格式 xlsx、csv 或 docx（采用通报）。" });
        if (format == "docx")
            return await AdoptionReportFile.DownloadAsync(reports, request, period, format, cancellationToken);
        var table = await statistics.ForPeriodAsync(period, cancellationToken, request.Query["series"].ToString());
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return format == "xlsx"
            ? new FileContentResult(StatisticsExport.Xlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = StatisticsExport.FileName(table, "xlsx") }
            : new FileContentResult(StatisticsExport.Csv(table), "text/csv; charset=utf-8") { FileDownloadName = StatisticsExport.FileName(table, "csv") };
    }

    private bool TryReadPeriod(HttpRequest request, out StatisticsPeriod period, out string? error) =>
        StatisticsPeriod.TryParse(request.Query["period"], request.Query["from"], request.Query["to"], clock.GetUtcNow(), out period, out error);
}
