using Bulletin.Functions.Pipeline;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using Bulletin.Statistics.Reports.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Statistics;

/// <summary>The 采用通报 of a period rendered on the fly as a download (DOCX, or HTML), across all series or for the
/// <c>series</c> the request names; nothing is stored, unlike the monthly report.</summary>
internal static class AdoptionReportFile
{
    public static async Task<IActionResult> DownloadAsync(AdoptionReportMaker maker, HttpRequest request, StatisticsPeriod period, string format,
        CancellationToken cancellationToken)
    {
        var series = request.Query["series"].ToString();
        if (await maker.MakeAsync(period, series, cancellationToken) is not { } report)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "刊物有误", $"没有刊物“{series}”，请从统计页的“刊物”中选择，或不填以统计全部刊物。");
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return format == "html"
            ? new FileContentResult(System.Text.Encoding.UTF8.GetBytes(AdoptionReportHtml.Render(report)), "text/html; charset=utf-8") { FileDownloadName = report.FileStem + ".html" }
            : new FileContentResult(AdoptionReportDocx.Render(report), AdoptionReportStore.DocxType) { FileDownloadName = report.FileStem + ".docx" };
    }
}
