using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Distribution;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues;

/// <summary>One issue: its state, the 签发 button while it is not published, its stored documents once it is, and the
/// rendered HTML as a preview inside the dashboard frame.</summary>
internal static class IssueDetailPage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, AssembledIssue issue, SignOffRight right,
        DistributionPlan? plan = null, string? notice = null, string? error = null, int status = StatusCodes.Status200OK)
    {
        var body = Html.Of(
            $"{Notices(notice, error)}" +
            $"<p>{issue.BulletinName} {issue.Year}年第{issue.Number}期（总第{issue.TotalNumber}期） · 状态：<strong id=\"state\">{IssueStateLabels.Label(issue.State)}</strong></p>" +
            $"{(issue.SeriesId != IssueSeries.DefaultId ? Html.Of($"<p class=\"hint\" id=\"series-note\">本期属于刊物《{issue.SeriesName}》（{issue.SeriesId}），按该刊物编号、由其签发人签发。</p>") : Html.Empty)}" +
            $"{(issue.State == IssueState.Draft ? DraftActions(issue, proof) : Html.Empty)}" +
            $"{(issue.State == IssueState.Published ? Documents(issue) : Html.Of($"{Plan(plan)}{SignOff(issue, proof, right)}"))}" +
            $"<h2 style=\"font-size:1.1rem\">预览</h2><div id=\"preview\" style=\"border:1px solid #ddd;padding:.5rem;overflow-x:auto\">{IssuePreviewMails.IssueBody(issue)}</div>" +
            $"<p><a href=\"/api/dashboard/issues\">返回简报列表</a></p>");
        return DashboardLayout.Render(response, status, "简报", session, proof, body);
    }

    /// <summary>The notice (green) and the error (red) an action left, either absent; the issue pages all show them so.</summary>
    internal static Html Notices(string? notice, string? error) => Html.Of(
        $"{(notice is null ? Html.Empty : Html.Of($"<p class=\"ok\" role=\"status\">{notice}</p>"))}" +
        $"{(error is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>"))}");

    /// <summary>修改草稿, and 发送预览 to the editors and the 签发人 (whose mail alone carries the signed 签发 link).</summary>
    private static Html DraftActions(AssembledIssue issue, string proof) => Html.Of(
        $"<p><a id=\"edit-draft\" href=\"{IssueStateLabels.Path(issue, "/edit")}\">修改草稿</a></p>" +
        $"<form method=\"post\" action=\"{IssueStateLabels.Path(issue, "/preview")}\">{DashboardLayout.Proof(proof)}" +
        $"<button type=\"submit\" style=\"background:#555\">发送预览</button></form>" +
        $"<p class=\"hint\">预览发给各位编辑和签发人；只有签发人的邮件带签发链接，草稿再修改后该链接即失效。</p>");

    /// <summary>The 签发 button for the 签发人; others see who signs and how. A signed-off issue left half published can be
    /// finished (完成发布) by any editor: it was signed already.</summary>
    private static Html SignOff(AssembledIssue issue, string proof, SignOffRight right) =>
        issue.State == IssueState.Draft && !right.IsSigner
            ? Html.Of($"<p class=\"hint\" id=\"signer-only\">只有签发人（{right.SignerName}）可以签发。请点击“发送预览”，签发人会收到带签发链接的邮件；签发人登录本页也可直接签发。</p>")
            : Html.Of($"<p class=\"hint\">签发后生成 HTML、DOCX、PDF 并存档，本期不再更改。</p>" +
        $"<form method=\"post\" action=\"{IssueStateLabels.Path(issue)}\">{DashboardLayout.Proof(proof)}" +
        $"<button type=\"submit\">{(issue.State == IssueState.Draft ? "签发" : "完成发布")}</button></form>");

    /// <summary>Each item of the 本期送 and 发 lines with what it was read as and its count, the de-duplicated total,
    /// and every problem in red (any problem blocks 签发).</summary>
    internal static Html Plan(DistributionPlan? plan)
    {
        if (plan is null)
            return Html.Empty;
        var rows = plan.Lines.SelectMany(line => line.Items.Select(item => Html.Of(
            $"<tr><td>{line.Prefix ?? ""}</td><td>{item.Text}</td><td>{item.Description}</td>" +
            $"<td class=\"count\" style=\"text-align:right\">{item.Count}</td></tr>")));
        var problems = plan.Problems.Count == 0 ? Html.Empty : Html.Of(
            $"<ul id=\"distribution-problems\" role=\"alert\" style=\"color:#b00\">{plan.Problems.Select(p => Html.Of($"<li>{p.Message}</li>"))}</ul>");
        return Html.Of($"<h2 style=\"font-size:1.1rem\">送达名单（按当前通讯录）</h2>" +
            $"<table id=\"distribution\"><thead><tr><th>行</th><th>项</th><th>理解为</th><th>人数</th></tr></thead><tbody>{rows}</tbody></table>" +
            $"<p>合计（去重后）：<strong id=\"distribution-total\">{plan.Recipients.Count}</strong>人</p>{problems}");
    }

    private static Html Documents(AssembledIssue issue) => Html.Of(
        $"<h2 style=\"font-size:1.1rem\">已存档的文件</h2>" +
        $"<ul id=\"documents\">{IssueDesk.DocumentNames(issue).Select(n => Html.Of($"<li style=\"overflow-wrap:anywhere\">{n}</li>"))}</ul>" +
        $"<p><a id=\"delivery-link\" href=\"{IssueStateLabels.Path(issue, "/delivery")}\">送达情况</a></p>");
}

/// <summary>Whether the signed-in person is the 签发人, and the 签发人's name to tell the others.</summary>
internal sealed record SignOffRight(bool IsSigner, string SignerName);
