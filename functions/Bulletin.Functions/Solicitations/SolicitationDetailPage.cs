using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Solicitations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Bulletin.Markup;

namespace Bulletin.Functions.Solicitations;

/// <summary>One solicitation: topic, text, deadline, each addressed unit's answer (按时报送 / 逾期报送 / 尚未报送 / 截止未报) and its history.</summary>
internal static class SolicitationDetailPage
{
    public static string PathOf(int number) => $"{DashboardSolicitations.Path}/{number}";

    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, Solicitation s, IReadOnlyList<SolicitationAuditEntry> history, DateTimeOffset now)
    {
        var rows = s.Units.Select(u =>
        {
            var status = u.StatusAt(s.Deadline, now);
            var answer = u.SubmissionId is { } id
                ? Html.Of($"<a href=\"/api/dashboard/submissions/{Uri.EscapeDataString(id)}\">{id}</a><br><span class=\"hint\">{SolicitationTime.Format(u.AnsweredAt!.Value)}</span>")
                : u.RemindedAt is { } reminded ? Html.Of($"<span class=\"hint\">{SolicitationTime.Format(reminded)} 已提醒</span>") : Html.Empty;
            return Html.Of($"<tr data-unit=\"{u.Unit}\" data-status=\"{status}\"><td>{u.Unit}</td><td>{status.Label()}</td><td>{answer}</td></tr>");
        });
        var events = history.Select(e => Html.Of(
            $"<li>{SolicitationTime.Format(e.At)} {EventLabel(e.Event)} {e.Unit} " +
            $"<span class=\"hint\">{e.Detail}</span></li>"));
        var body = Html.Of(
            $"<p><strong>{s.Code}{s.Topic}</strong></p>" +
            $"<p>截止时间：<strong id=\"deadline\">{SolicitationTime.Format(s.Deadline)}</strong> · 约稿对象：{s.Addressed} · {s.CreatedBy} 于 {SolicitationTime.Format(s.CreatedAt)} 发出</p>" +
            $"<div style=\"white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.6rem\">{s.Text}</div>" +
            $"<p>{SolicitationListPage.Counts(s, now)}</p>" +
            $"<div style=\"overflow-x:auto\"><table id=\"units\"><thead><tr><th>单位</th><th>情况</th><th>稿件</th></tr></thead><tbody>{rows}</tbody></table></div>" +
            $"<h2 style=\"font-size:1.1rem\">记录</h2><ul id=\"history\">{events}</ul>" +
            $"<p><a href=\"{DashboardSolicitations.Path}\">返回约稿列表</a></p>");
        return DashboardLayout.Render(response, StatusCodes.Status200OK, "约稿", session, proof, body);
    }

    private static string EventLabel(string? what) => what switch
    {
        "Created" => "发出约稿",
        "Answered" => "报送",
        "Reminded" => "提醒",
        "MarkedMissing" => "截止未报",
        _ => what ?? "",
    };
}
