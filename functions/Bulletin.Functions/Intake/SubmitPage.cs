using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Intake;

/// <summary>The unit's submission page: the form, the confirmation, and the page for a link that does not work.</summary>
internal static class SubmitPage
{
    /// <summary>The solicitations the unit may answer, and the one chosen (from the mail's link or the form sent).</summary>
    public sealed record SolicitationChoices(IReadOnlyList<SolicitationChoice> Open, int? Chosen);

    public static ContentResult Form(HttpResponse response, string unit, IReadOnlyList<DirectoryPerson> people, string token, string? error = null, ArticleUpload? previous = null, int status = 200,
        SolicitationChoices? choices = null)
    {
        var options = people.Select(p =>
            Html.Of($"<option value=\"{p.Email}\"{(previous?.SubmitterEmail == p.Email ? " selected" : "")}>{p.Name}（{p.Email}）</option>"));
        var body = Html.Of(
            $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}" +
            $"<p>报送单位：<strong>{unit}</strong></p>" +
            $"<form method=\"post\" action=\"submit?token={Uri.EscapeDataString(token)}\" enctype=\"multipart/form-data\">" +
            $"<label for=\"submitter\">报送人</label><select id=\"submitter\" name=\"submitter\" required><option value=\"\">请选择报送人</option>{options}</select>" +
            $"{Solicitation(choices)}" +
            $"<label for=\"title\">标题</label><input id=\"title\" name=\"title\" maxlength=\"200\" value=\"{previous?.Title}\">" +
            $"<label for=\"text\">正文</label><textarea id=\"text\" name=\"text\">{previous?.Text}</textarea>" +
            $"<label for=\"approver\">审签人</label><input id=\"approver\" name=\"approver\" value=\"{previous?.Signatories.Approver}\">" +
            $"<label for=\"author\">执笔人</label><input id=\"author\" name=\"author\" value=\"{previous?.Signatories.Author}\">" +
            $"<label for=\"phone\">联系电话</label><input id=\"phone\" name=\"phone\" type=\"tel\" value=\"{previous?.Signatories.Phone}\">" +
            $"<label for=\"file\">或上传文件</label><input id=\"file\" name=\"file\" type=\"file\" accept=\".docx,.doc,.txt,.pdf,.jpg,.jpeg,.png\" multiple>" +
            $"<p class=\"hint\">可上传 .docx、.doc、.txt 或 .pdf 文件（不超过 30\u00A0MB）；上传文件时标题可不填，取文件中的标题。</p>" +
            $"<label for=\"photoCaptions\">图片说明</label><input id=\"photoCaptions\" name=\"photoCaptions\" placeholder=\"例如：图为服务站内景；图为志愿者入户走访\">" +
            $"<p class=\"hint\">图片可与稿件一起选择（JPEG 或 PNG，每张不超过 10\u00A0MB、每篇最多 20 张），排在正文之后；图片说明用“；”分隔，依次对应所选图片，不填则取图片文件名。" +
            $".docx 中的图片及其下方的图片说明会自动保留。</p>" +
            $"<button type=\"submit\">报送</button></form>");
        return Render(response, status, "上街信息 稿件报送", body);
    }

    /// <summary>回应约稿: a choice among the unit's open solicitations (none: not an answer); absent when there is none.</summary>
    private static Html Solicitation(SolicitationChoices? choices) => choices is not { Open.Count: > 0 } ? Html.Empty : Html.Of(
        $"<label for=\"solicitation\">回应约稿</label><select id=\"solicitation\" name=\"solicitation\"><option value=\"\">不是约稿（普通报送）</option>" +
        $"{choices.Open.Select(c => Html.Of($"<option value=\"{c.Number}\"{(c.Number == choices.Chosen ? " selected" : "")}>{c.Label}</option>"))}</select>");

    public static ContentResult Received(HttpResponse response, Submission submission) => Render(response, 200, "稿件已收到", Html.Of(
        $"<p class=\"ok\">《{submission.Title}》已登记，编号 <strong>{submission.Id}</strong>。</p>" +
        $"{(submission.SolicitationNumber is not null ? Html.Of($"<p>本稿已作为约稿{submission.SolicitationNumber}的报送登记。</p>") : Html.Empty)}" +
        $"<p>回执已发送到 {submission.SubmitterEmail}。编辑审核后会把结果发到该邮箱。</p>"));

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) =>
        Render(response, status, "链接无法使用", Html.Of($"<p class=\"error\">{explanation}</p>"));
}
