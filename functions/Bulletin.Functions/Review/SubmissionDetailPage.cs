using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Functions.Review;
using Bulletin.Intake;
using Bulletin.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Review;

/// <summary>One submission on the dashboard: the article, its originals, the decision form (or the re-decision form
/// once decided), and its audit trail.</summary>
internal static class SubmissionDetailPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, Submission s, IReadOnlyList<ReviewAuditEntry> audit,
        ReviewForm? form = null, string? notice = null, string? error = null, int status = 200)
    {
        var body =
            (notice is null ? "" : $"<p class=\"ok\" role=\"status\">{Encode(notice)}</p>") +
            (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>") +
            $"<p class=\"hint\">{Encode(s.Unit)} · {Encode(s.SubmitterName)}（{Encode(s.SubmitterEmail)}） · 编号 {Encode(s.Id)} · {DashboardLayout.Time(s.ReceivedAt)}</p>" +
            $"<p>状态：<strong id=\"state\">{SubmissionStates.Label(s.Status)}</strong></p>" +
            Decision(s) +
            $"<h2 style=\"font-size:1.2rem\">{Encode(s.AdoptedTitle)}</h2>" +
            string.Concat(s.AdoptedParagraphs.Select(p => $"<p style=\"text-indent:2em\">{Encode(p)}</p>")) +
            Originals(s) +
            DecisionForm(s, proof, form ?? new ReviewForm(ReviewChoice.Adopt, null, null, null)) +
            Audit(audit) +
            "<p><a href=\"/api/dashboard\">返回稿件列表</a></p>";
        return DashboardLayout.Render(response, status, "稿件", session, proof, body);
    }

    private static string Decision(Submission s) => s.Decision is not { } d ? "" :
        $"<p class=\"hint\">{Encode(d.DecidedBy)} 于 {DashboardLayout.Time(d.DecidedAt)} 决定：{Encode(d.Status.ChineseName())}" +
        (d.Reason is null ? "" : $"；理由：{Encode(d.Reason)}") + (d.EditedTitle is null && d.EditedParagraphs is null ? "" : "；采用时作了修改（下面是修改后的文字）") + "</p>";

    private static string Originals(Submission s) => s.Originals.Count == 0 ? "<p class=\"hint\">没有原件（正文直接写在邮件或表单中）。</p>" :
        $"<h2 style=\"font-size:1.1rem\">原件</h2><ul id=\"originals\">" +
        string.Concat(s.Originals.Select(o => $"<li style=\"overflow-wrap:anywhere\">{Encode(OriginalName(o))}</li>")) + "</ul>";

    private static string DecisionForm(Submission s, string proof, ReviewForm form)
    {
        var redecide = s.Decision is not null;
        var radios = string.Concat(Enum.GetValues<ReviewChoice>().Select(c =>
            $"<label style=\"font-weight:400\"><input type=\"radio\" name=\"choice\" value=\"{c.Slug()}\" style=\"width:auto\"{(c == form.Choice ? " checked" : "")}> {Encode(c.ChineseName())}</label>"));
        return $"<h2 style=\"font-size:1.1rem\">{(redecide ? "重新决定" : "决定")}</h2>" +
            (redecide ? "<p class=\"hint\">此稿件已有决定。重新决定会通知报送人，并记入审核记录。</p>" : "") +
            $"<form method=\"post\" action=\"/api/dashboard/submissions/{Encode(s.Id)}\">{DashboardLayout.Proof(proof)}" +
            (redecide ? "<input type=\"hidden\" name=\"redecide\" value=\"1\">" : "") +
            $"<fieldset style=\"border:0;padding:0;margin:0\"><legend style=\"font-weight:600\">决定</legend>{radios}</fieldset>" +
            $"<label for=\"reason\">理由（退回修改、不采用时必填，报送单位会收到）</label><textarea id=\"reason\" name=\"reason\" style=\"min-height:5rem\" maxlength=\"{ReviewStateMachine.MaxReasonLength}\">{Encode(form.Reason)}</textarea>" +
            "<details style=\"margin-top:1rem\"><summary>采用时修改标题和正文（可选）</summary>" +
            $"<label for=\"title\">标题</label><input id=\"title\" name=\"title\" maxlength=\"{ReviewStateMachine.MaxTitleLength}\" value=\"{Encode(form.Title ?? s.Title)}\">" +
            $"<label for=\"text\">正文（段落之间空一行）</label><textarea id=\"text\" name=\"text\">{Encode(form.Text ?? string.Join("\n\n", s.Paragraphs))}</textarea></details>" +
            $"<button type=\"submit\">{(redecide ? "重新决定" : "提交决定")}</button></form>";
    }

    private static string Audit(IReadOnlyList<ReviewAuditEntry> audit) =>
        "<h2 style=\"font-size:1.1rem\">审核记录</h2>" + (audit.Count == 0 ? "<p class=\"hint\">尚无记录。</p>" :
        $"<ul id=\"audit\" style=\"{DashboardLayout.ListStyle}\">" + string.Concat(audit.Select(e =>
            $"<li style=\"{DashboardLayout.ItemStyle}\">{DashboardLayout.Time(e.At)} · {Encode(e.Editor)} · {Encode(Channel(e.Channel))}<br>" +
            $"{Encode(StatusName(e.FromStatus))} → {Encode(StatusName(e.ToStatus))}" +
            (e.Reason is { Length: > 0 } reason ? $"；理由：{Encode(reason)}" : "") + "</li>")) + "</ul>");

    private static string Channel(string? channel) => channel switch
    {
        nameof(ReviewChannel.Link) => "邮件链接",
        nameof(ReviewChannel.Reply) => "回复邮件",
        nameof(ReviewChannel.Dashboard) => "编辑工作台",
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
