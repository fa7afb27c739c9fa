using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Directory;
using Bulletin.Directory.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Bulletin.Markup;

namespace Bulletin.Functions.Directory;

/// <summary>The directory on the dashboard: search, the import form with the outcome of an import, and the last import's summary.</summary>
internal static class DirectoryPage
{
    private const int MaxShown = 200;

    public static ContentResult Render(HttpResponse response, int status, DashboardSession session, string proof, string? query,
        DirectoryListing listing, DirectoryImportRecord? last, DirectoryImportResult? imported = null, string? problem = null)
    {
        var people = listing.People.Take(MaxShown).ToList();
        var body = Html.Of(
            $"{Outcome(imported, problem)}" +
            $"<form method=\"get\" action=\"/api/dashboard/directory\"><label for=\"q\">查找（姓名、单位或邮箱）</label>" +
            $"<input id=\"q\" name=\"q\" type=\"search\" value=\"{query}\"><button type=\"submit\">查找</button></form>" +
            $"<p class=\"hint\">共 {listing.People.Count} 人{(listing.People.Count > MaxShown ? $"，只列出前 {MaxShown} 人" : "")}。</p>" +
            $"<ul id=\"people\" style=\"{DashboardLayout.ListStyle}\">{people.Select(p => Html.Of(
                $"<li style=\"{DashboardLayout.ItemStyle}\"><strong>{p.Name}</strong> · {p.Unit}<br>" +
                $"<span class=\"hint\">{p.Email} · {string.Join("、", p.Roles.Order().Select(r => r.ChineseName()).Concat(p.Groups.Order(StringComparer.Ordinal)))}</span></li>"))}</ul>" +
            $"<h2 style=\"font-size:1.1rem\">导入通讯录</h2>" +
            $"<p class=\"hint\">上传 .xlsx 或 .csv 文件，替换整个通讯录；文件有任何错误都不会作更改。列的说明见 README。</p>" +
            $"<form method=\"post\" action=\"/api/dashboard/directory\" enctype=\"multipart/form-data\">{DashboardLayout.Proof(proof)}" +
            $"<label for=\"file\">通讯录文件</label><input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.csv\" required>" +
            $"<button type=\"submit\">导入</button></form>" +
            $"{Last(last)}");
        return DashboardLayout.Render(response, status, "通讯录", session, proof, body);
    }

    private static Html Outcome(DirectoryImportResult? result, string? problem) => (result?.Outcome, problem) switch
    {
        (_, { } p) => Html.Of($"<p class=\"error\" role=\"alert\">{p}</p>"),
        (DirectoryImportOutcome.Imported, _) => Html.Of($"<p class=\"ok\" role=\"status\">已导入：{Summary(result!.Version!)}。</p>"),
        (DirectoryImportOutcome.Unchanged, _) => Html.Of($"<p class=\"ok\" role=\"status\">文件与现有通讯录相同，未作更改。</p>"),
        (DirectoryImportOutcome.Conflict, _) => Html.Of($"<p class=\"error\" role=\"alert\">在您导入的同时，通讯录已被另一次导入更新。您的文件未作任何更改；请确认后重新导入。</p>"),
        (DirectoryImportOutcome.Invalid, _) => Html.Of($"<div role=\"alert\"><p class=\"error\">通讯录文件有错误，未作任何更改。请按下列各行的说明修改文件后重新导入。</p>" +
            $"<div style=\"overflow-x:auto\"><table id=\"import-errors\" style=\"border-collapse:collapse;width:100%\"><thead><tr><th style=\"text-align:left\">行</th><th style=\"text-align:left\">列</th><th style=\"text-align:left\">说明</th></tr></thead><tbody>" +
            $"{result!.Errors.Select(e => Html.Of($"<tr style=\"border-top:1px solid #ddd;vertical-align:top\"><td>{(e.Row > 0 ? e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}</td><td>{e.Column}</td><td>{e.Message}</td></tr>"))}" +
            $"</tbody></table></div></div>"),
        _ => Html.Empty,
    };

    private static Html Last(DirectoryImportRecord? last) => last is null ? Html.Empty : Html.Of(
        $"<h2 style=\"font-size:1.1rem\">上次导入</h2>" +
        $"<p id=\"last-import\">{DashboardLayout.Time(last.At)} · {last.ImportedBy} · {last.FileName} · {OutcomeName(last.Outcome)}" +
        $"{(last.Outcome is DirectoryImportOutcome.Imported or DirectoryImportOutcome.Unchanged ? $" · {last.People} 人" : "")}" +
        $"{(last.Errors.Count > 0 ? $" · 错误 {last.Errors.Count} 处（首条：{last.Errors[0].Message}）" : "")}</p>");

    private static string Summary(DirectoryVersion v) => $"{v.Units} 个单位，{v.People} 人，{v.Groups} 个分组";

    private static string OutcomeName(DirectoryImportOutcome outcome) => outcome switch
    {
        DirectoryImportOutcome.Imported => "已导入",
        DirectoryImportOutcome.Unchanged => "内容相同，未更改",
        DirectoryImportOutcome.Invalid => "文件有错误，未更改",
        _ => "与另一次导入冲突，未更改",
    };
}
