using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Bulletin.Markup;
using Bulletin.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Review;

/// <summary>One submission on the dashboard: the article, its originals, the decision form (or the re-decision form
/// once decided), and its audit trail.</summary>
internal static class SubmissionDetailPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, Submission s, IReadOnlyList<ReviewAuditEntry> audit,
        ReviewForm? form = null, string? notice = null, string? error = null, int status = 200)
    {
        var body = Html.Of(
            $"{(notice is null ? Html.Empty : Html.Of($"<p class=\"ok\" role=\"status\">{notice}</p>"))}" +
            $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}" +
            $"<p class=\"hint\">{s.Unit} · {s.SubmitterName}（{s.SubmitterEmail}） · 编号 {s.Id} · {DashboardLayout.Time(s.ReceivedAt)}</p>" +
            $"{(s.Signatories.Line.Length == 0 ? Html.Of($"<p class=\"hint\" id=\"signatories\">未写明审签人、执笔人和联系电话</p>") : Html.Of($"<p id=\"signatories\">{s.Signatories.Line}</p>"))}" +
            $"<p>状态：<strong id=\"state\">{SubmissionStates.Label(s.Status)}</strong></p>" +
            $"{Decision(s)}" +
            $"<h2 style=\"font-size:1.2rem\">{s.AdoptedTitle}</h2>" +
            $"{s.AdoptedParagraphs.Select(p => Html.Of($"<p style=\"text-indent:2em\">{p}</p>"))}" +
            $"{Originals(s)}" +
            $"{DecisionForm(s, proof, form ?? new ReviewForm(ReviewChoice.Adopt, null, null, null))}" +
            $"{(s.Status == SubmissionStatus.Adopted ? Html.Of($"<p><a id=\"upper\" href=\"/api/dashboard/submissions/{s.Id}/upper\">上级采用与领导批示</a></p>") : Html.Empty)}" +
            $"{Audit(audit)}" +
            $"<p><a href=\"/api/dashboard\">返回稿件列表</a></p>");
        return DashboardLayout.Render(response, status, "稿件", session, proof, body);
    }

    private static Html Decision(Submission s) => s.Decision is not { } d ? Html.Empty : Html.Of(
        $"<p class=\"hint\">{d.DecidedBy} 于 {DashboardLayout.Time(d.DecidedAt)} 决定：{d.Status.ChineseName()}" +
        $"{(d.Reason is null ? "" : $"；理由：{d.Reason}")}{(d.EditedTitle is null && d.EditedParagraphs is null ? "" : "；采用时作了修改（下面是修改后的文字）")}</p>");

    private static Html Originals(Submission s) => s.Originals.Count == 0 ? Html.Of($"<p class=\"hint\">没有原件（正文直接写在邮件或表单中）。</p>") : Html.Of(
        $"<h2 style=\"font-size:1.1rem\">原件</h2><ul id=\"originals\">" +
        $"{s.Originals.Select(o => Html.Of($"<li style=\"overflow-wrap:anywhere\">{OriginalName(o)}</li>"))}</ul>");

    private static Html DecisionForm(Submission s, string proof, ReviewForm form)
    {
        var redecide = s.Decision is not null;
        return Html.Of(
            $"<h2 style=\"font-size:1.1rem\">{(redecide ? "重新决定" : "决定")}</h2>" +
            $"{(redecide ? Html.Of($"<p class=\"hint\">此稿件已有决定。重新决定会通知报送人，并记入审核记录。</p>") : Html.Empty)}" +
            $"<form method=\"post\" action=\"/api/dashboard/submissions/{s.Id}\">{DashboardLayout.Proof(proof)}" +
            $"{(redecide ? Html.Of($"<input type=\"hidden\" name=\"redecide\" value=\"1\">") : Html.Empty)}" +
            $"<fieldset style=\"border:0;padding:0;margin:0\"><legend style=\"font-weight:600\">决定</legend>{ReviewPage.ChoiceRadios(form.Choice)}</fieldset>" +
            $"{ReviewPage.EditFields(s, form)}" +
            $"<button type=\"submit\">{(redecide ? "重新决定" : "提交决定")}</button></form>");
    }

    private static Html Audit(IReadOnlyList<ReviewAuditEntry> audit) => Html.Of(
        $"<h2 style=\"font-size:1.1rem\">审核记录</h2>{(audit.Count == 0 ? Html.Of($"<p class=\"hint\">尚无记录。</p>") : Html.Of(
        $"<ul id=\"audit\" style=\"{DashboardLayout.ListStyle}\">{audit.Select(e => Html.Of(
            $"<li style=\"{DashboardLayout.ItemStyle}\">{DashboardLayout.Time(e.At)} · {e.Editor} · {Channel(e.Channel)}<br>" +
            $"{StatusName(e.FromStatus)} → {StatusName(e.ToStatus)}" +
            $"{(string.IsNullOrEmpty(e.Reason) ? "" : $"；理由：{e.Reason}")}</li>"))}</ul>"))}");

    private static string Channel(string? channel) => channel switch
    {
        nameof(ReviewChannel.Link) => "邮件链接",
        nameof(ReviewChannel.Reply) => "回复邮件",
        nameof(ReviewChannel.Dashboard) => "编辑工作台",
        nameof(ReviewChannel.Api) => "编辑接口",
        _ => channel ?? "",
    };

    private static string StatusName(string? status) =>
        Enum.TryParse<SubmissionStatus>(status, out var s) ? SubmissionStates.Label(s) : status ?? "";

    /// <summary>"20261125-K7Q2M9/originals/01-稿件.docx" → "稿件.docx".</summary>
    private static string OriginalName(string blobName)
    {
        var name = blobName[(blobName.LastIndexOf('/') + 1)..];
        return name.Length > 3 && name[2] == '-' ? name[3..] : name;
    }
}
