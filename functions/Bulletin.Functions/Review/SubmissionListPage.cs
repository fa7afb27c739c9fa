using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Review;

/// <summary>The dashboard's home: counts by state as tabs, the unit filter, and the submissions, newest first.</summary>
internal static class SubmissionListPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, SubmissionBoardView view, string? unit, SubmissionStatus? state)
    {
        var unitQuery = unit is null ? "" : "&unit=" + Uri.EscapeDataString(unit);
        var tabs = string.Concat(SubmissionStates.All.Select(s =>
            $"<a href=\"/api/dashboard?state={SubmissionStates.Slug(s)}{Encode(unitQuery)}\"{(s == state ? " aria-current=\"page\" style=\"font-weight:700\"" : "")}>" +
            $"{SubmissionStates.Label(s)}（{view.Counts[s]}）</a>"));
        var units = "<option value=\"\">全部单位</option>" + string.Concat(view.Units.Select(u =>
            $"<option{(u == unit ? " selected" : "")}>{Encode(u)}</option>"));
        var states = "<option value=\"\">全部状态</option>" + string.Concat(SubmissionStates.All.Select(s =>
            $"<option value=\"{SubmissionStates.Slug(s)}\"{(s == state ? " selected" : "")}>{SubmissionStates.Label(s)}</option>"));
        var rows = view.Submissions.Count == 0
            ? "<p class=\"hint\">没有符合条件的稿件。</p>"
            : $"<ul id=\"submissions\" style=\"{DashboardLayout.ListStyle}\">" + string.Concat(view.Submissions.Select(s =>
                $"<li style=\"{DashboardLayout.ItemStyle}\"><a href=\"/api/dashboard/submissions/{Encode(s.Id)}\">{Encode(s.Title)}</a><br>" +
                $"<span class=\"hint\">{Encode(s.Unit)} · {DashboardLayout.Time(s.ReceivedAt)} · <span data-state=\"{SubmissionStates.Slug(s.Status)}\">{SubmissionStates.Label(s.Status)}</span></span></li>")) + "</ul>";
        var body =
            $"<nav aria-label=\"状态\" style=\"display:flex;flex-wrap:wrap;gap:.4rem 1rem\"><a href=\"/api/dashboard{(unit is null ? "" : "?unit=" + Encode(Uri.EscapeDataString(unit)))}\">全部</a>{tabs}</nav>" +
            "<form method=\"get\" action=\"/api/dashboard\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 10rem\"><label for=\"unit\">单位</label><select id=\"unit\" name=\"unit\">{units}</select></div>" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"state\">状态</label><select id=\"state\" name=\"state\">{states}</select></div>" +
            "<button type=\"submit\" style=\"flex:0 0 auto;width:auto;margin:0\">筛选</button></form>" +
            $"<p class=\"hint\">近 {SubmissionBoard.Months} 个月的稿件，新的在前。</p>" + rows;
        return DashboardLayout.Render(response, StatusCodes.Status200OK, "编辑工作台", session, proof, body);
    }
}
