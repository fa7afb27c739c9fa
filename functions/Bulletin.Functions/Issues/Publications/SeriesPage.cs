using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Issues.Publications;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues.Publications;

/// <summary>The series page: every series with its kind and defaults, and the form to add one or edit the one chosen.</summary>
internal static class SeriesPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IReadOnlyList<IssueSeries> all, SeriesForm form,
        string? error, int status)
    {
        var list = Html.Of($"<ul id=\"series\" style=\"{DashboardLayout.ListStyle}\">{all.Select(s => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\" data-series=\"{s.Id}\"><a href=\"{DashboardSeries.Path}?id={s.Id}\">{s.Name}</a> " +
            $"<span class=\"hint\">{s.Kind} · {s.Id} · {s.Office} · 签发人：{string.Join("、", s.Signers)}</span></li>"))}</ul>");
        var body = Html.Of(
            $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}" +
            $"<h2 style=\"font-size:1.2rem\">刊物</h2>{list}<p><a href=\"{DashboardSeries.Path}\">新建刊物</a></p>" +
            $"<h2 style=\"font-size:1.2rem\">{(form.IsNew ? "新建刊物" : $"修改刊物：{form.Name}")}</h2>{Form(proof, form)}");
        return DashboardLayout.Render(response, status, "刊物", session, proof, body);
    }

    private static Html Form(string proof, SeriesForm f)
    {
        var id = f.IsNew
            ? Html.Of($"<label for=\"id\">标识（英文小写字母、数字或连字符，如 zhuanbao）</label><input id=\"id\" name=\"id\" required maxlength=\"40\" pattern=\"[a-z0-9][a-z0-9-]*\" value=\"{f.Id}\">")
            : Html.Of($"<input type=\"hidden\" name=\"id\" value=\"{f.Id}\">");
        return Html.Of(
        $"<form method=\"post\" action=\"{DashboardSeries.Path}\">{DashboardLayout.Proof(proof)}<input type=\"hidden\" name=\"isNew\" value=\"{(f.IsNew ? "1" : "0")}\">{id}" +
        $"{Field("name", "名称", f.Name)}{Field("kind", "类别（正刊、增刊、专报或其他）", f.Kind)}{Field("masthead", "报头（不填则同名称）", f.Masthead)}" +
        $"{Field("office", "编印单位", f.Office)}{Field("sentUpTo", "默认本期送", f.SentUpTo)}{Field("issuedTo", "默认发", f.IssuedTo)}" +
        $"{Field("editors", "默认责任编辑（空格分开）", f.Editors)}{Field("signers", "签发人邮箱（多人用顿号分开，任一人可签发）", f.Signers)}" +
        $"<label style=\"font-weight:400\"><input type=\"checkbox\" name=\"printsTotal\" value=\"1\" style=\"width:auto\"{(f.PrintsTotal ? " checked" : "")}> 印总期号（总第N期）</label>" +
        $"{f.Markings.Render(withCopyNumber: false)}" +
        $"<fieldset><legend>接续期号（不填则不变；不能小于已用过的期号）</legend>" +
        $"{Field("nextYear", "年份", f.NextYear)}{Field("nextNumber", "该年下一期为第几期", f.NextNumber)}{Field("nextTotal", "下一期为总第几期", f.NextTotal)}</fieldset>" +
        $"<button type=\"submit\">保存</button></form>");
    }

    private static Html Field(string name, string label, string value) =>
        Html.Of($"<label for=\"{name}\">{label}</label><input id=\"{name}\" name=\"{name}\" value=\"{value}\">");
}
