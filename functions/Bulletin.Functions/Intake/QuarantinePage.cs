using Bulletin.Functions.Operations;
using Bulletin.Functions.Pages;
using Bulletin.Dashboard;
using Bulletin.Intake;
using Bulletin.Markup;
using Bulletin.Operations.PoisonMessages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Intake;

/// <summary>Mail held by intake instead of registered, with the reason and when it came.</summary>
internal static class QuarantinePage
{
    public static ContentResult Render(HttpResponse response, DashboardSession session, string proof, IReadOnlyList<QuarantinedMail> held,
        PoisonList poison, IReadOnlyList<PoisonAuditEntry> history)
    {
        var rows = held.Count == 0
            ? Html.Of($"<p class=\"hint\">近 3 个月没有被隔离的邮件。</p>")
            : Html.Of($"<ul id=\"quarantine\" style=\"{DashboardLayout.ListStyle}\">{held.Select(m => Html.Of(
                $"<li style=\"{DashboardLayout.ItemStyle}\"><strong>{m.Subject ?? "（无主题）"}</strong><br>" +
                $"<span class=\"hint\">{m.FromAddress ?? "（发件人不明）"} · {DashboardLayout.Time(m.ReceivedAt)} · {(m.Replied ? "已回复发件人" : "未回复")}</span><br>" +
                $"{Reason(m.Reason)}{(m.Detail.Length == 0 ? "" : "：" + m.Detail)}" +
                $"<br><a href=\"/api/dashboard/inbound?blob={Uri.EscapeDataString(m.InboundBlob)}\">下载原始来信</a></li>"))}</ul>");
        return DashboardLayout.Render(response, StatusCodes.Status200OK, "隔离邮件", session, proof, Html.Of(
            $"{PoisonSection.Render(poison, history, proof)}" +
            $"<h2 style=\"font-size:1.1rem\">隔离的来信</h2><p class=\"hint\">这些来信没有登记为稿件。原始邮件保存在存储的 inbound 容器中。</p>{rows}"));
    }

    public static string Reason(QuarantineReason reason) => reason switch
    {
        QuarantineReason.Unreadable => "无法读取",
        QuarantineReason.SenderNotAuthenticated => "发件人未通过验证（可能被冒用）",
        QuarantineReason.UnknownSender => "发件人不在通讯录中",
        _ => "没有可用的稿件",
    };
}
