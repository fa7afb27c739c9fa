using Bulletin.Intake;
using Bulletin.Markup;
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
        var body = Html.Of(
            $"{Error(error)}{Article(s)}" +
            $"<form method=\"post\" action=\"review?token={Uri.EscapeDataString(token)}&amp;choice={form.Choice.Slug()}\">" +
            $"<input type=\"hidden\" name=\"proof\" value=\"{proof}\">" +
            $"<fieldset style=\"border:0;padding:0;margin:1rem 0 0\"><legend style=\"font-weight:600\">决定</legend>{ChoiceRadios(form.Choice)}</fieldset>" +
            $"{EditFields(s, form)}" +
            $"<button type=\"submit\">提交决定</button></form>");
        return Render(response, status, "稿件审核", body);
    }

    /// <summary>The choices as radios, the one chosen checked; the dashboard's form shows the same.</summary>
    public static Html ChoiceRadios(ReviewChoice chosen) => Html.Concat(Enum.GetValues<ReviewChoice>().Select(c =>
        Html.Of($"<label style=\"font-weight:400\"><input type=\"radio\" name=\"choice\" value=\"{c.Slug()}\" style=\"width:auto\"{(c == chosen ? " checked" : "")}> {c.ChineseName()}</label>")));

    /// <summary>The reason, and the title and text an adoption may change; the dashboard's form shows the same.</summary>
    public static Html EditFields(Submission s, ReviewForm form) => Html.Of(
        $"<label for=\"reason\">理由（退回修改、不采用时必填，报送单位会收到）</label><textarea id=\"reason\" name=\"reason\" style=\"min-height:5rem\" maxlength=\"{ReviewStateMachine.MaxReasonLength}\">{form.Reason}</textarea>" +
        $"<details style=\"margin-top:1rem\"><summary>采用时修改标题和正文（可选）</summary>" +
        $"<label for=\"title\">标题</label><input id=\"title\" name=\"title\" maxlength=\"{ReviewStateMachine.MaxTitleLength}\" value=\"{form.Title ?? s.Title}\">" +
        $"<label for=\"text\">正文（段落之间空一行）</label><textarea id=\"text\" name=\"text\">{form.Text ?? string.Join("\n\n", s.Paragraphs)}</textarea></details>");

    /// <summary>Who decided what and when; no form, since a link decides only once.</summary>
    public static ContentResult Decided(HttpResponse response, Submission s, string viewer, int status)
    {
        var d = s.Decision!;
        var who = string.Equals(d.DecidedBy, viewer, StringComparison.OrdinalIgnoreCase) ? "您" : d.DecidedBy;
        var when = Bulletin.ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(d.DecidedAt, Bulletin.ChinaTime.Zone));
        var adopted = Article(s with { Title = s.AdoptedTitle, Paragraphs = s.AdoptedParagraphs });
        var body = Html.Of(
            $"<p class=\"{(status == 200 ? "ok" : "error")}\">此稿件已由 <strong>{who}</strong> 于 {when} 决定：<strong>{d.Status.ChineseName()}</strong>。</p>" +
            $"{(d.Reason is null ? Html.Empty : Html.Of($"<p>理由：{d.Reason}</p>"))}" +
            $"{(status == 200 ? Html.Of($"<p class=\"hint\">已通知报送人。</p>") : Html.Of($"<p class=\"hint\">如需改变决定，请在编辑工作台操作。</p>"))}" +
            $"{adopted}");
        return Render(response, status, "审核结果", body);
    }

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) =>
        Render(response, status, "链接无法使用", Html.Of($"<p class=\"error\">{explanation}</p>"));

    private static Html Error(string? error) => error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");

    private static Html Article(Submission s) => Html.Of(
        $"<p class=\"hint\">{s.Unit} · {s.SubmitterName} · 编号 {s.Id}</p>" +
        $"<h2 style=\"font-size:1.2rem\">{s.Title}</h2>" +
        $"{s.Paragraphs.Select(p => Html.Of($"<p style=\"text-indent:2em\">{p}</p>"))}" +
        $"{(s.Originals.Count == 0 ? Html.Empty : Html.Of($"<p class=\"hint\">附原件 {s.Originals.Count} 个。</p>"))}");
}
