using Bulletin.Functions.Pages;
using System.Globalization;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues;

/// <summary>The issues, newest first, and the form 新建一期 over the adopted submissions no issue holds yet.</summary>
internal static class IssueListPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IReadOnlyList<AssembledIssue> issues,
        FreeArticleChoice free, IssueForm form, IReadOnlyList<IssueSeries> series, string? error = null, int status = StatusCodes.Status200OK)
    {
        var list = issues.Count == 0 ? Html.Of($"<p class=\"hint\">还没有简报。</p>") : DashboardLayout.TableList("issues", ["期号", "日期", "稿件", "状态"],
            issues.Select(i => DashboardLayout.TableRow(Html.Of($"<a href=\"{IssueStateLabels.Path(i)}\">{i.BulletinName} {i.Year}年第{i.Number}期</a>"),
                Html.Of($"{IssueText.Date(i.Date)}"), Html.Of($"{i.Articles.Count} 篇"),
                Html.Of($"<span data-state=\"{i.State}\">{IssueStateLabels.Label(i.State)}</span>"))));
        var body = Html.Of(
            $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}" +
            $"<h2 style=\"font-size:1.2rem\">简报</h2>{list}" +
            $"<h2 style=\"font-size:1.2rem\">新建一期</h2>{Form(proof, free, form, series, issues)}<p><a href=\"/api/dashboard/series\">管理刊物</a></p>");
        return DashboardLayout.Render(response, status, "简报", session, proof, body);
    }

    private static Html Form(string proof, FreeArticleChoice offered, IssueForm form, IReadOnlyList<IssueSeries> series, IReadOnlyList<AssembledIssue> issues)
    {
        // One series needs no choice; several are offered, the default first.
        var choice = series.Count < 2 ? Html.Empty : Html.Of($"<label for=\"seriesId\">刊物</label><select id=\"seriesId\" name=\"seriesId\">" +
            $"{series.Select(s => Html.Of($"<option value=\"{s.Id}\"{(s.Id == form.SeriesId ? " selected" : "")}>{s.Name}（{s.Kind}）</option>"))}</select>");
        var free = offered.Articles;
        var articles = free.Count == 0 ? Html.Of($"<p class=\"hint\">没有待编入的已采用稿件。</p>{offered.Hint("/api/dashboard/issues")}") : Html.Of(
            $"<p class=\"hint\">勾选要编入本期的稿件，并用序号排列先后（小的在前）。</p>{offered.Hint("/api/dashboard/issues")}" +
            $"<ul id=\"free-articles\" style=\"{DashboardLayout.ListStyle}\">{free.Select((s, n) => Html.Of(
                $"<li style=\"{DashboardLayout.ItemStyle};display:flex;gap:.6rem;align-items:center\">" +
                $"<input type=\"checkbox\" name=\"article\" value=\"{s.Id}\" id=\"a-{s.Id}\" style=\"width:auto\"{(form.Chosen.Contains(s.Id) ? " checked" : "")}>" +
                $"<input type=\"number\" name=\"order-{s.Id}\" value=\"{n + 1}\" min=\"1\" aria-label=\"序号\" style=\"width:4rem;margin:0\">" +
                $"<label for=\"a-{s.Id}\" style=\"font-weight:400;margin:0\">{s.AdoptedTitle}<br><span class=\"hint\">{s.Unit} · {s.Id}</span></label></li>"))}</ul>");
        return Html.Of($"<form method=\"post\" action=\"/api/dashboard/issues\">{DashboardLayout.Proof(proof)}{choice}{articles}" +
            $"<label for=\"series\">专题标题（可不填）</label><input id=\"series\" name=\"series\" maxlength=\"100\" list=\"series-used\" value=\"{form.Series}\">" +
            $"{SeriesUsed(issues)}" +
            $"<label for=\"part\">专题期次（留空则接续同一专题标题的上一期）</label><input id=\"part\" name=\"part\" type=\"number\" min=\"1\" max=\"999\" value=\"{form.Part}\" aria-describedby=\"part-next\">" +
            $"<label for=\"sentTo\">本期送</label><input id=\"sentTo\" name=\"sentTo\" value=\"{form.SentTo}\">" +
            $"<label for=\"issuedTo\">发</label><input id=\"issuedTo\" name=\"issuedTo\" value=\"{form.IssuedTo}\">" +
            $"<label for=\"date\">日期</label><input id=\"date\" name=\"date\" type=\"date\" value=\"{form.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">" +
            $"<label for=\"editors\">责任编辑（多人用空格分开）</label><input id=\"editors\" name=\"editors\" maxlength=\"100\" value=\"{form.Editors}\">" +
            $"<button type=\"submit\">新建一期（分配期号，存为草稿）</button></form>");
    }

    /// <summary>The series headlines used so far, newest first, each with the part 专题期次 left empty would give.</summary>
    private static Html SeriesUsed(IReadOnlyList<AssembledIssue> issues)
    {
        var used = issues.Where(i => i.Series is not null).OrderByDescending(i => (i.Year, i.Number)).Select(i => i.Series!.Text).Distinct().Take(5).ToList();
        return Html.Of($"<datalist id=\"series-used\">{used.Select(t => Html.Of($"<option value=\"{t}\">"))}</datalist>" +
            $"<p class=\"hint\" id=\"part-next\">{(used.Count == 0 ? Html.Of($"新的专题标题从第一期开始。") : Html.Of(
                $"留空时：{used.Select((t, n) => Html.Of($"{(n == 0 ? "" : "；")}“{t}”下一期为第{SeriesHeadline.PartAfterLast(issues, t)}期"))}；新的专题标题从第一期开始。"))}</p>");
    }
}
