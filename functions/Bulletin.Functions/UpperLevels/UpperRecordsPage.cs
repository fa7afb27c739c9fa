using Bulletin.Dashboard;
using Bulletin.Functions.Pages;
using Bulletin.Intake;
using Bulletin.Markup;
using Bulletin.Statistics;
using Bulletin.UpperLevels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.UpperLevels;

/// <summary>The dashboard's pages of upper-level records: one submission's, and the open 批示 of all.</summary>
internal static class UpperRecordsPage
{
    public static string PathOf(string submissionId) => $"/api/dashboard/submissions/{submissionId}/upper";

    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, Submission s, IReadOnlyList<UpperRecord> records,
        IReadOnlyDictionary<string, string> publications, string? notice, string? error, int status)
    {
        var body = Html.Of(
            $"{(notice is null ? Html.Empty : Html.Of($"<p class=\"ok\" role=\"status\">{notice}</p>"))}" +
            $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}" +
            $"<p class=\"hint\">{s.Unit} · 编号 {s.Id}</p><h2 style=\"font-size:1.2rem\">{s.AdoptedTitle}</h2>" +
            $"<ul id=\"upper-records\" style=\"{DashboardLayout.ListStyle}\">{records.Select(Item)}</ul>" +
            $"{(records.Count == 0 ? Html.Of($"<p class=\"hint\">尚无上级采用或领导批示。</p>") : Html.Empty)}" +
            $"{(s.Status == SubmissionStatus.Adopted ? Forms(s, proof, publications) : Html.Of($"<p class=\"hint\">只有已采用的稿件才能记录上级采用或领导批示。</p>"))}" +
            $"<p><a href=\"/api/dashboard/submissions/{s.Id}\">返回稿件</a></p>");
        return DashboardLayout.Render(response, status, "上级采用与领导批示", session, proof, body);
    }

    public static ContentResult OpenInstructions(HttpResponse response, DashboardSession session, string proof, IReadOnlyList<UpperRecord> open) =>
        DashboardLayout.Render(response, StatusCodes.Status200OK, "待反馈的领导批示", session, proof, Html.Of(
            $"<p class=\"hint\">以下批示尚未收到报送单位的落实情况反馈；每日提醒一次未反馈的单位。</p>" +
            $"<ul id=\"open-instructions\" style=\"{DashboardLayout.ListStyle}\">{open.Select(r => Html.Of(
                $"<li style=\"{DashboardLayout.ItemStyle}\"><a href=\"{PathOf(r.SubmissionId)}\">{r.Unit} · {r.SubmissionId}</a>" +
                $"<br>{r.Source}（{r.Level}级，{r.Date:yyyy-MM-dd}）：{r.Text}</li>"))}</ul>" +
            $"{(open.Count == 0 ? Html.Of($"<p class=\"ok\">没有待反馈的批示。</p>") : Html.Empty)}"));

    public static ContentResult NotFound(HttpResponse response) => HtmlPage.Render(response, StatusCodes.Status404NotFound, "找不到稿件",
        Html.Of($"<p class=\"error\">找不到这篇稿件。</p><p><a href=\"/api/dashboard\">返回稿件列表</a></p>"));

    private static Html Item(UpperRecord r) => Html.Of($"<li style=\"{DashboardLayout.ItemStyle}\" data-record=\"{r.Id}\">" +
        $"<strong>{(r.Kind == UpperRecordKind.Adoption ? "上级采用" : "领导批示")}</strong> {UpperRecordRules.Describe(r.Draft)}" +
        $"<br><span class=\"hint\">{r.RecordedBy} 于 {DashboardLayout.Time(r.RecordedAt)} 记录</span>" +
        $"{(r.Kind == UpperRecordKind.Instruction ? Html.Of($"<br>落实情况：{r.Answer ?? "尚未反馈"}") : Html.Empty)}</li>");

    private static Html Forms(Submission s, string proof, IReadOnlyDictionary<string, string> publications) => Html.Of(
        $"<h2 style=\"font-size:1.1rem\">记录上级采用</h2><form method=\"post\" action=\"{PathOf(s.Id)}\">{DashboardLayout.Proof(proof)}" +
        $"<input type=\"hidden\" name=\"kind\" value=\"adoption\"><label for=\"a-source\">刊物</label>" +
        $"<input id=\"a-source\" name=\"source\" list=\"publications\" required><datalist id=\"publications\">{publications.Select(p => Html.Of($"<option value=\"{p.Key}\">{p.Value}级</option>"))}</datalist>" +
        $"{LevelSelect("a-level", UpperLevelTerms.AdoptionLevels, "（已设置的刊物可不选）")}<label for=\"a-issue\">期号</label><input id=\"a-issue\" name=\"issue\">" +
        $"<label for=\"a-date\">日期</label><input id=\"a-date\" name=\"date\" type=\"date\" required><button type=\"submit\">记录采用</button></form>" +
        $"<h2 style=\"font-size:1.1rem\">记录领导批示</h2><form method=\"post\" action=\"{PathOf(s.Id)}\">{DashboardLayout.Proof(proof)}" +
        $"<input type=\"hidden\" name=\"kind\" value=\"instruction\"><label for=\"i-source\">批示领导</label><input id=\"i-source\" name=\"source\" required>" +
        $"{LevelSelect("i-level", UpperLevelTerms.InstructionLevels, "")}<label for=\"i-date\">日期</label><input id=\"i-date\" name=\"date\" type=\"date\" required>" +
        $"<label for=\"i-text\">批示内容</label><textarea id=\"i-text\" name=\"text\" required></textarea><button type=\"submit\">记录批示</button></form>");

    private static Html LevelSelect(string id, IReadOnlyList<(string Level, string Name)> levels, string hint) => Html.Of(
        $"<label for=\"{id}\">级别{hint}</label><select id=\"{id}\" name=\"level\"><option value=\"\"></option>" +
        $"{levels.Select(l => Html.Of($"<option value=\"{l.Level}\">{l.Level}</option>"))}</select>");
}
