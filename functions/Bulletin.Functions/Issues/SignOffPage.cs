using Bulletin.Issues;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues;

/// <summary>The 签发人's page behind the mailed link: the issue's state, whom it will reach, the 签发 button, the issue itself;
/// or why it cannot be signed off. Phone-readable: the page frame of every mailed link.</summary>
internal static class SignOffPage
{
    public static ContentResult Render(HttpResponse response, IssueLinkView view, string token, string proof, string? notice, string? error, int status)
    {
        var issue = view.Issue!;
        var body = Html.Of(
            $"{IssueDetailPage.Notices(notice, error)}" +
            $"<p>{issue.BulletinName} {issue.Year}年第{issue.Number}期（总第{issue.TotalNumber}期） · {IssueText.Date(issue.Date)} · " +
            $"状态：<strong id=\"state\">{IssueStateLabels.Label(issue.State)}</strong></p>" +
            $"{(view.State == IssueLinkState.Open ? Html.Of($"{IssueDetailPage.Plan(view.Plan)}{Button(issue, token, proof)}") : Html.Empty)}" +
            $"<h2 style=\"font-size:1.1rem\">本期内容</h2><div id=\"preview\" style=\"border:1px solid #ddd;padding:.5rem;overflow-x:auto\">{IssuePreviewMails.IssueBody(issue)}</div>");
        return Pages.HtmlPage.Render(response, status, "签发简报", body);
    }

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) =>
        Pages.HtmlPage.Render(response, status, "链接无法使用", Html.Of($"<p class=\"error\" role=\"alert\">{explanation}</p>"));

    private static Html Button(AssembledIssue issue, string token, string proof) => Html.Of(
        $"<form method=\"post\" action=\"sign-off?token={Uri.EscapeDataString(token)}\"><input type=\"hidden\" name=\"proof\" value=\"{proof}\">" +
        $"<button type=\"submit\">{(issue.State == IssueState.Draft ? "签发" : "完成发布")}</button></form>" +
        $"<p class=\"hint\">签发后生成 HTML、DOCX、PDF 并存档，本期不再更改。</p>");
}
