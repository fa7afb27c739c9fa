using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Solicitations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Bulletin.Markup;

namespace Bulletin.Functions.Solicitations;

/// <summary>The solicitations, newest first, and the form 新建约稿: checked first (the units it reaches, every problem in red),
/// then 发送约稿 once the check is clean.</summary>
internal static class SolicitationListPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IReadOnlyList<Solicitation> solicitations,
        DateTimeOffset now, SolicitationForm form, SolicitationCheck? check, int status = StatusCodes.Status200OK)
    {
        var list = solicitations.Count == 0 ? Html.Of($"<p class=\"hint\">还没有约稿。</p>") : DashboardLayout.TableList("solicitations", ["约稿", "截止", "单位", "报送"],
            solicitations.Select(s => DashboardLayout.TableRow(Html.Of($"<a href=\"{SolicitationDetailPage.PathOf(s.Number)}\">{s.Code}{s.Topic}</a>"),
                Html.Of($"截止 {SolicitationTime.Format(s.Deadline)}"), Html.Of($"{s.Units.Count} 个单位"), Html.Of($"{Counts(s, now)}"))));
        var body = Html.Of($"{Check(check)}<h2 style=\"font-size:1.2rem\">新建约稿</h2>{Form(proof, form, check is not null && check.Problems.Count == 0)}" +
            $"<h2 style=\"font-size:1.2rem\">约稿</h2>{list}");
        return DashboardLayout.Render(response, status, "约稿", session, proof, body);
    }

    /// <summary>Answered / not: 按时报送 3 · 逾期报送 1 · 尚未报送 2.</summary>
    public static string Counts(Solicitation s, DateTimeOffset now) => string.Join(" · ", s.Units.GroupBy(u => u.StatusAt(s.Deadline, now))
        .OrderBy(g => g.Key).Select(g => $"{g.Key.Label()} {g.Count()}"));

    private static Html Check(SolicitationCheck? check)
    {
        if (check is null)
            return Html.Empty;
        var problems = check.Problems.Count == 0 ? Html.Empty : Html.Of(
            $"<ul id=\"solicitation-problems\" class=\"error\" role=\"alert\" style=\"color:#b00;padding-left:1.5rem\">{check.Problems.Select(p => Html.Of($"<li>{p}</li>"))}</ul>");
        var units = check.Addressing.Units.Count == 0 ? Html.Empty : Html.Of(
            $"<h2 style=\"font-size:1.1rem\">约稿对象（按当前通讯录，共 <span id=\"unit-count\">{check.Addressing.Units.Count}</span> 个单位）</h2>" +
            $"<table id=\"addressed-units\"><thead><tr><th>单位</th><th>通知发给（负责同志）</th></tr></thead><tbody>" +
            $"{check.Addressing.Units.Select(u => Html.Of($"<tr><td>{u.Unit}</td><td>{string.Join("、", u.Responsible.Select(p => p.Name))}</td></tr>"))}" +
            $"</tbody></table>");
        return Html.Of($"{problems}{units}");
    }

    private static Html Form(string proof, SolicitationForm form, bool checkedClean) => Html.Of(
        $"<form method=\"post\" action=\"{DashboardSolicitations.Path}\">{DashboardLayout.Proof(proof)}" +
        $"<label for=\"topic\">约稿主题</label><input id=\"topic\" name=\"topic\" maxlength=\"{SolicitationDraft.MaxTopic}\" value=\"{form.Topic}\">" +
        $"<label for=\"text\">约稿说明</label><textarea id=\"text\" name=\"text\" maxlength=\"{SolicitationDraft.MaxText}\" style=\"min-height:8rem\">{form.Text}</textarea>" +
        $"<label for=\"units\">约稿对象</label><input id=\"units\" name=\"units\" value=\"{form.Addressed}\" placeholder=\"各街道办事处、区总工会\">" +
        $"<p class=\"hint\">写法同简报的送/发行：单位名称、各＋类别（各街道办事处、区直各单位）或别名，用顿号“、”隔开。通知发给各单位的负责同志。</p>" +
        $"<label for=\"deadline\">截止时间（北京时间）</label><input id=\"deadline\" name=\"deadline\" type=\"datetime-local\" value=\"{form.Deadline}\">" +
        $"<button type=\"submit\" name=\"step\" value=\"check\" style=\"background:#666\">检查约稿对象</button>" +
        $"{(checkedClean ? Html.Of($"<input type=\"hidden\" name=\"creation\" value=\"{form.CreationKey}\"><button type=\"submit\" name=\"step\" value=\"send\" id=\"send\">发送约稿</button>") : Html.Empty)}</form>");
}
