using Bulletin.Dashboard;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Pages;

/// <summary>The frame of the dashboard's pages: who is signed in, the sections, and the sign-out button.</summary>
internal static class DashboardLayout
{
    public const string ListStyle = "list-style:none;padding:0;margin:0";
    public const string ItemStyle = "border-bottom:1px solid #ddd;padding:.6rem 0;overflow-wrap:anywhere";

    public static ContentResult Render(HttpResponse response, int status, string title, DashboardSession session, string proof, Html body) =>
        HtmlPage.Render(response, status, title, Html.Of($"{Nav(session, proof)}{body}"), wide: true);

    private static Html Nav(DashboardSession session, string proof) => Html.Of(
            $"<nav style=\"display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin-bottom:1rem\">" +
            $"<a href=\"/api/dashboard\">稿件</a><a href=\"/api/dashboard/issues\">简报</a><a href=\"/api/dashboard/archive\">往期简报</a><a href=\"/api/dashboard/solicitations\">约稿</a><a href=\"/api/dashboard/instructions\">批示</a><a href=\"/api/dashboard/statistics\">统计</a><a href=\"/api/dashboard/quarantine\">隔离邮件</a><a href=\"/api/dashboard/directory\">通讯录</a>" +
            $"<span class=\"hint\" style=\"overflow-wrap:anywhere\">{session.Name}（{session.Email}）</span>" +
            $"<form method=\"post\" action=\"/api/dashboard/sign-out\" style=\"margin:0\">{Proof(proof)}" +
            $"<button type=\"submit\" style=\"width:auto;margin:0;padding:.2rem .8rem;background:#666\">退出</button></form></nav>");

    /// <summary>A list that reads as one on a phone (each row a link over a line of facts) and as a table on a desktop (a column
    /// per fact under a header; <see cref="HtmlPage"/>'s style sheet, <c>ul.table</c>). The header is for sighted readers only:
    /// each row already reads in full.</summary>
    public static Html TableList(string id, IEnumerable<string> headers, IEnumerable<Html> rows) => Html.Of(
        $"<ul id=\"{id}\" class=\"table\" style=\"{ListStyle}\"><li class=\"head\" aria-hidden=\"true\">{headers.Select(h => Html.Of($"<span>{h}</span>"))}</li>{rows}</ul>");

    /// <summary>A row of <see cref="TableList"/>: the link, then the facts, separated by “·” on a phone.</summary>
    public static Html TableRow(Html link, params Html[] facts) => Html.Of(
        $"<li style=\"{ItemStyle}\">{link}<br><span class=\"hint\">{facts.Select((f, i) => Html.Of($"{(i == 0 ? Html.Empty : Html.Of($"<span class=\"sep\"> · </span>"))}<span>{f}</span>"))}</span></li>");

    public static Html Proof(string proof) => Html.Of($"<input type=\"hidden\" name=\"proof\" value=\"{proof}\">");

    public static string Time(DateTimeOffset time) => Bulletin.ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(time, Bulletin.ChinaTime.Zone));

    /// <summary>A POST whose proof is missing or not this session's: nothing changes.</summary>
    public static ContentResult StaleForm(HttpResponse response) =>
        HtmlPage.Render(response, StatusCodes.Status403Forbidden, "页面已失效",
            Html.Of($"<p class=\"error\">页面已失效或不完整，未作任何更改。请<a href=\"/api/dashboard\">重新打开工作台</a>后再操作。</p>"));
}
