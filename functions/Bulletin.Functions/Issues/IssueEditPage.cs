using Bulletin.Functions.Issues.Markings;
using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues;

/// <summary>修改草稿: the draft's articles (kept ones checked) and the free adopted ones, each with an order number; the date,
/// series headline, 本期送/发 and 责任编辑; the ETag of the draft shown; the current preview and the draft's audit trail.</summary>
internal static class IssueEditPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, AssembledIssue issue, IssueEditForm form,
        FreeArticleChoice free, IReadOnlyList<IssueAuditEntry> audit, string? notice = null, string? error = null, int status = StatusCodes.Status200OK)
    {
        var path = IssueStateLabels.Path(issue);
        var body = Html.Of(
            $"{IssueDetailPage.Notices(notice, error)}" +
            $"<p>{issue.BulletinName} {issue.Year}年第{issue.Number}期 · 状态：<strong id=\"state\">{IssueStateLabels.Label(issue.State)}</strong></p>" +
            $"{(issue.State == IssueState.Draft ? Form(path, proof, issue, form, free) : Html.Of($"<p class=\"hint\">只有草稿可以修改。</p>"))}" +
            $"<h2 style=\"font-size:1.1rem\">当前预览</h2><div id=\"preview\" style=\"border:1px solid #ddd;padding:.5rem;overflow-x:auto\">{IssuePreviewMails.IssueBody(issue)}</div>" +
            $"{Audit(audit)}" +
            $"<p><a href=\"{path}\">返回本期</a> · <a href=\"/api/dashboard/issues\">返回简报列表</a></p>");
        return DashboardLayout.Render(response, status, "修改草稿", session, proof, body);
    }

    private static Html Form(string path, string proof, AssembledIssue issue, IssueEditForm form, FreeArticleChoice free)
    {
        // The draft's own articles first, then the free ones; the form's choice decides what is checked and the order shown.
        var candidates = issue.Articles.Select(a => (a.SubmissionId, a.Title, a.Unit))
            .Concat(free.Articles.Select(s => (SubmissionId: s.Id, Title: s.AdoptedTitle, s.Unit))).DistinctBy(c => c.SubmissionId).ToList();
        var chosen = form.Fields.Chosen.ToList();
        var ordered = candidates.OrderBy(c => chosen.IndexOf(c.SubmissionId) is var i and >= 0 ? i : chosen.Count + candidates.IndexOf(c)).ToList();
        var items = ordered.Select((c, n) =>
        {
            var id = c.SubmissionId;
            return Html.Of($"<li style=\"{DashboardLayout.ItemStyle};display:flex;gap:.6rem;align-items:center\">" +
                $"<input type=\"checkbox\" name=\"article\" value=\"{id}\" id=\"a-{id}\" style=\"width:auto\"{(chosen.Contains(c.SubmissionId) ? " checked" : "")}>" +
                $"<input type=\"number\" name=\"order-{id}\" value=\"{n + 1}\" min=\"1\" aria-label=\"序号 {c.Title}\" style=\"width:4rem;margin:0\">" +
                $"<label for=\"a-{id}\" style=\"font-weight:400;margin:0\">{c.Title}<br><span class=\"hint\">{c.Unit} · {id}</span></label>" +
                $"{IssueEditMarkings.ArticleNote(id, c.Title, form)}</li>");
        });
        var fields = form.Fields;
        return Html.Of($"<form method=\"post\" action=\"{IssueStateLabels.Path(issue, "/edit")}\">{DashboardLayout.Proof(proof)}<input type=\"hidden\" name=\"etag\" value=\"{form.ETag}\">" +
            $"<p class=\"hint\">勾选的稿件编入本期，按序号排列（小的在前）；取消勾选即移出本期，稿件回到待编入。</p>{free.Hint(IssueStateLabels.Path(issue, "/edit"))}" +
            $"<ul id=\"edit-articles\" style=\"{DashboardLayout.ListStyle}\">{items}</ul>" +
            $"<label for=\"date\">日期</label><input id=\"date\" name=\"date\" type=\"date\" value=\"{form.DateValue}\">" +
            $"<label for=\"series\">专题标题（可不填）</label><input id=\"series\" name=\"series\" maxlength=\"100\" value=\"{fields.Series}\">" +
            $"<label for=\"part\">专题期次</label><input id=\"part\" name=\"part\" type=\"number\" min=\"1\" max=\"999\" value=\"{fields.Part}\">" +
            $"<label for=\"sentTo\">本期送</label><input id=\"sentTo\" name=\"sentTo\" maxlength=\"{IssueDraftEditor.MaxLineLength}\" value=\"{fields.SentTo}\">" +
            $"<label for=\"issuedTo\">发</label><input id=\"issuedTo\" name=\"issuedTo\" maxlength=\"{IssueDraftEditor.MaxLineLength}\" value=\"{fields.IssuedTo}\">" +
            $"<label for=\"editors\">责任编辑（多人用空格分开）</label><input id=\"editors\" name=\"editors\" maxlength=\"100\" value=\"{form.Editors}\">" +
            $"{IssueEditMarkings.Fields(form)}" +
            $"<button type=\"submit\">保存修改</button></form>");
    }

    private static Html Audit(IReadOnlyList<IssueAuditEntry> audit) => Html.Of(
        $"<h2 style=\"font-size:1.1rem\">修改记录</h2>{(audit.Count == 0 ? Html.Of($"<p class=\"hint\">尚无记录。</p>") : Html.Of(
        $"<ul id=\"issue-audit\" style=\"{DashboardLayout.ListStyle}\">{audit.Select(e => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\">{DashboardLayout.Time(e.At)} · {e.Actor} · {e.Action}<br>{e.Detail}</li>"))}</ul>"))}");
}
