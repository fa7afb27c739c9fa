using Bulletin.Functions.Issues;
using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Distribution.Delivery;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Bulletin.Markup;

namespace Bulletin.Functions.Distribution;

/// <summary>The delivery report of one issue: counts by state, the failed recipients with reasons, SendGrid's batch
/// errors, events that could not be applied, and the 重发给失败的收件人 button while anyone failed.</summary>
internal static class DeliveryReportPage
{
    private static readonly DeliveryState[] Order =
        [DeliveryState.Delivered, DeliveryState.Accepted, DeliveryState.Deferred, DeliveryState.Pending, DeliveryState.Bounced, DeliveryState.Dropped, DeliveryState.Refused];

    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, AssembledIssue issue, DeliveryReport report, string? notice)
    {
        var path = IssueStateLabels.Path(issue, "/delivery");
        var body = Html.Of(
            $"{IssueDetailPage.Notices(notice, null)}" +
            $"<p>{issue.BulletinName} {issue.Year}年第{issue.Number}期 · 收件人 <strong id=\"delivery-total\">{report.Total}</strong> 人" +
            $"{(report.LastAttempt > 1 ? $" · 已重发 {report.LastAttempt - 1} 次" : "")}</p>" +
            $"{(report.Total == 0 ? Html.Of($"<p class=\"hint\">尚未开始发送（签发后片刻开始）。</p>") : Counts(report))}" +
            $"{Failed(report)}{BatchErrors(report)}{RejectedEvents(report)}" +
            $"{(report.Failed.Count == 0 ? Html.Empty : Html.Of(
                $"<form method=\"post\" action=\"{path}\">{DashboardLayout.Proof(proof)}<button type=\"submit\">重发给失败的收件人</button></form>" +
                $"<p class=\"hint\">只发给上面列出的失败收件人，其他人不会再收到。</p>"))}" +
            $"<p><a href=\"{IssueStateLabels.Path(issue)}\">返回本期</a> · <a href=\"{path}\">刷新</a></p>");
        return DashboardLayout.Render(response, StatusCodes.Status200OK, "送达情况", session, proof, body);
    }

    private static Html Counts(DeliveryReport report) => Html.Of(
        $"<table id=\"delivery-counts\">{Order.Where(s => report.Count(s) > 0).Select(s => Html.Of(
            $"<tr data-state=\"{s}\"><td>{s.Label()}</td><td class=\"count\" style=\"text-align:right;padding-left:1rem\">{report.Count(s)}</td></tr>"))}</table>");

    private static Html Failed(DeliveryReport report) => report.Failed.Count == 0 ? Html.Empty : Html.Of(
        $"<h2 style=\"font-size:1.1rem\">未送达</h2>" +
        $"<ul id=\"delivery-failed\" style=\"{DashboardLayout.ListStyle}\">{report.Failed.Select(r => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\" data-state=\"{r.State}\"><strong>{r.Name ?? ""}</strong> {r.Email}<br>" +
            $"<span class=\"error\" style=\"display:inline-block;padding:.1rem .4rem\">{r.State.Label()}</span> <span class=\"hint\">{r.Reason ?? ""}</span></li>"))}</ul>");

    private static Html BatchErrors(DeliveryReport report) => report.BatchErrors.Count == 0 ? Html.Empty : Html.Of(
        $"<h2 style=\"font-size:1.1rem\">SendGrid 的答复</h2>" +
        $"<ul id=\"delivery-batch-errors\" style=\"{DashboardLayout.ListStyle}\">{report.BatchErrors.Select(b => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\">批次 {b.Id}（{b.Count} 人）：{BatchState(b.State)}<br><span class=\"hint\">{b.Error}</span></li>"))}</ul>");

    private static Html RejectedEvents(DeliveryReport report) => report.RejectedEvents.Count == 0 ? Html.Empty : Html.Of(
        $"<h2 style=\"font-size:1.1rem\">未能处理的送达事件</h2><p class=\"hint\">SendGrid 报告的这些事件无法读取或保存，同批其他事件已处理；原始内容保存在 sendgrid-events 容器中。</p>" +
        $"<ul id=\"delivery-rejected-events\" style=\"{DashboardLayout.ListStyle}\">{report.RejectedEvents.Select(e => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\">{e.Kind ?? "未知事件"} · 收件人 {e.Email ?? e.DeliveryId ?? "未知"} · {DashboardLayout.Time(e.ReceivedAt)}<br>" +
            $"<span class=\"hint\">{e.Problem}（{e.BatchName}）</span></li>"))}</ul>");

    private static string BatchState(DeliveryBatchState state) => state switch
    {
        DeliveryBatchState.Accepted => "已接受（此前曾繁忙，已重试）",
        DeliveryBatchState.Refused => "被拒绝",
        _ => "SendGrid 繁忙，稍后自动重试",
    };
}
