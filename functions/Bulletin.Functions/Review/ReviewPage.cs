using Bulletin.Functions.Pages;
using Bulletin.Intake;
using Bulletin.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Review;

/// <summary>The editor's decision page: the article and the form, the decision taken, and the page for a link that does not work.</summary>
internal static class ReviewPage
{
    public static ContentResult Form(HttpResponse response, Submission s, ReviewForm form, string token, string proof, string? error = null, int status = 200)
    {
        var radios = string.Concat(Enum.GetValues<ReviewChoice>().Select(c =>
            $"<label style=\"font-weight:400\"><input type=\"radio\" name=\"choice\" value=\"{c.Slug()}\" style=\"width:auto\"{(c == form.Choice ? " checked" : "")}> {Encode(c.ChineseName())}</label>"));
        var body =
            (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>") +
            Article(s) +
            $"<form method=\"post\" action=\"review?token={Uri.EscapeDataString(token)}&amp;choice={form.Choice.Slug()}\">" +
            $"<input type=\"hidden\" name=\"proof\" value=\"{Encode(proof)}\">" +
            $"<fieldset style=\"border:0;padding:0;margin:1rem 0 0\"><legend style=\"font-weight:600\">决定</legend>{radios}</fieldset>" +
            $"<label for=\"reason\">理由（退回修改、不采用时必填，报送单位会收到）</label><textarea id=\"reason\" name=\"reason\" style=\"min-height:5rem\" maxlength=\"{ReviewStateMachine.MaxReasonLength}\">{Encode(form.Reason)}</textarea>" +
            "<details style=\"margin-top:1rem\"><summary>采用时修改标题和正文（可选）</summary>" +
            $"<label for=\"title\">标题</label><input id=\"title\" name=\"title\" maxlength=\"{ReviewStateMachine.MaxTitleLength}\" value=\"{Encode(form.Title ?? s.Title)}\">" +
            $"<label for=\"text\">正文（段落之间空一行）</label><textarea id=\"text\" name=\"text\">{Encode(form.Text ?? string.Join("\n\n", s.Paragraphs))}</textarea></details>" +
            "<button type=\"submit\">提交决定</button></form>";
        return Render(response, status, "稿件审核", body);
    }

    /// <summary>Who decided what and when; no form, since a link decides only once.</summary>
    public static ContentResult Decided(HttpResponse response, Submission s, string viewer, int status)
    {
        var d = s.Decision!;
        var who = string.Equals(d.DecidedBy, viewer, StringComparison.OrdinalIgnoreCase) ? "您" : d.DecidedBy;
        var when = Bulletin.ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(d.DecidedAt, Bulletin.ChinaTime.Zone));
        var body = $"<p class=\"{(status == 200 ? "ok" : "error")}\">此稿件已由 <strong>{Encode(who)}</strong> 于 {Encode(when)} 决定：<strong>{Encode(d.Status.ChineseName())}</strong>。</p>" +
            (d.Reason is null ? "" : $"<p>理由：{Encode(d.Reason)}</p>") +
            (status == 200 ? "<p class=\"hint\">已通知报送人。</p>" : "<p class=\"hint\">如需改变决定，请在编辑工作台操作。</p>") +
            Article(s with { Title = s.AdoptedTitle, Paragraphs = s.AdoptedParagraphs });
        return Render(response, status, "审核结果", body);
    }

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) =>
        Render(response, status, "链接无法使用", $"<p class=\"error\">{Encode(explanation)}</p>");

    private static string Article(Submission s) =>
        $"<p class=\"hint\">{Encode(s.Unit)} · {Encode(s.SubmitterName)} · 编号 {Encode(s.Id)}</p>" +
        $"<h2 style=\"font-size:1.2rem\">{Encode(s.Title)}</h2>" +
        string.Concat(s.Paragraphs.Select(p => $"<p style=\"text-indent:2em\">{Encode(p)}</p>")) +
        (s.Originals.Count == 0 ? "" : $"<p class=\"hint\">附原件 {s.Originals.Count} 个。</p>");
}
