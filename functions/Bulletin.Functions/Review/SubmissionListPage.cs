using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Review;

/// <summary>The dashboard's home: counts by state as tabs, the unit filter, and the submissions, newest first.</summary>
internal static class SubmissionListPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, SubmissionBoardView view, string? unit, SubmissionStatus? state) =>
        DashboardLayout.Render(response, StatusCodes.Status200OK, "编辑工作台", session, proof, Body(view, unit, state));

    public static Html Body(SubmissionBoardView view, string? unit, SubmissionStatus? state)
    {
        var unitQuery = unit is null ? "" : "&unit=" + Uri.EscapeDataString(unit);
        var tabs = SubmissionStates.All.Select(s => Html.Of(
            $"<a href=\"/api/dashboard?state={SubmissionStates.Slug(s)}{unitQuery}\"{(s == state ? Html.Of($" aria-current=\"page\" style=\"font-weight:700\"") : Html.Empty)}>" +
            $"{SubmissionStates.Label(s)}（{view.Counts[s]}）</a>"));
        var units = view.Units.Select(u => Html.Of($"<option{(u == unit ? " selected" : "")}>{u}</option>"));
        var states = SubmissionStates.All.Select(s => Html.Of(
            $"<option value=\"{SubmissionStates.Slug(s)}\"{(s == state ? " selected" : "")}>{SubmissionStates.Label(s)}</option>"));
        var rows = view.Submissions.Count == 0
            ? Html.Of($"<p class=\"hint\">没有符合条件的稿件。</p>")
            : DashboardLayout.TableList("submissions", ["标题", "单位", "收稿时间", "状态"], view.Submissions.Select(s => DashboardLayout.TableRow(
                Html.Of($"<a href=\"/api/dashboard/submissions/{s.Id}\">{s.Title}</a>"), Html.Of($"{s.Unit}"), Html.Of($"{DashboardLayout.Time(s.ReceivedAt)}"),
                Html.Of($"<span data-state=\"{SubmissionStates.Slug(s.Status)}\">{SubmissionStates.Label(s.Status)}</span>"))));
        return Html.Of(
            $"<nav aria-label=\"状态\" style=\"display:flex;flex-wrap:wrap;gap:.4rem 1rem\"><a href=\"/api/dashboard{(unit is null ? "" : "?unit=" + Uri.EscapeDataString(unit))}\">全部</a>{tabs}</nav>" +
            $"<form method=\"get\" action=\"/api/dashboard\" style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:end\">" +
            $"<div style=\"flex:1 1 10rem\"><label for=\"unit\">单位</label><select id=\"unit\" name=\"unit\"><option value=\"\">全部单位</option>{units}</select></div>" +
            $"<div style=\"flex:1 1 8rem\"><label for=\"state\">状态</label><select id=\"state\" name=\"state\"><option value=\"\">全部状态</option>{states}</select></div>" +
            $"<button type=\"submit\" style=\"flex:0 0 auto;width:auto;margin:0\">筛选</button></form>" +
            $"<p class=\"hint\">近 {SubmissionBoard.Months} 个月的稿件，新的在前。</p>{rows}");
    }
}
