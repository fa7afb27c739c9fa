using Bulletin.Operations.PoisonMessages.Storage;
using Bulletin.Functions.Pages;
using Bulletin.Markup;
using Bulletin.Operations.PoisonMessages;

namespace Bulletin.Functions.Operations;

/// <summary>失败的任务 on the quarantine page: each poison message with its queue, time, tries, what it is about (and the stored
/// request to download), the reason, and 重试 / 丢弃 forms; below, who did what lately.</summary>
internal static class PoisonSection
{
    public static Html Render(PoisonList poison, IReadOnlyList<PoisonAuditEntry> history, string proof)
    {
        var items = poison.Messages.Count == 0
            ? Html.Of($"<p class=\"hint\">没有失败的任务。</p>")
            : Html.Of($"<ul id=\"poison\" style=\"{DashboardLayout.ListStyle}\">{poison.Messages.Select(m => Item(m, proof))}</ul>" +
              $"{(poison.Total > poison.Messages.Count ? Html.Of($"<p class=\"hint\">只列出每个队列最早的 {PoisonMessageDesk.ListedPerQueue} 条。</p>") : Html.Empty)}");
        return Html.Of($"<h2 id=\"poison-count\" style=\"font-size:1.1rem\">失败的任务（{poison.Total}）</h2>" +
            $"<p class=\"hint\">这些任务重试 5 次仍失败，已停止处理。排除原因后可“重试”（放回原队列），或“丢弃”。每次操作都会记录。</p>{items}{History(history)}");
    }

    private static Html Item(PoisonMessage m, string proof)
    {
        var path = $"/api/dashboard/poison/{Uri.EscapeDataString(m.Queue)}/{Uri.EscapeDataString(m.MessageId)}";
        var blob = m.InboundBlob is not { } name ? Html.Empty : Html.Of($"<br><a href=\"/api/dashboard/inbound?blob={Uri.EscapeDataString(name)}\">下载原始来信</a>");
        return Html.Of($"<li style=\"{DashboardLayout.ItemStyle}\" data-message=\"{m.MessageId}\"><strong>{m.Queue}</strong> · {m.Summary}{blob}<br>" +
            $"<span class=\"hint\">{(m.InsertedAt is not null ? DashboardLayout.Time(m.InsertedAt.Value) : "")} · 已尝试 {m.DequeueCount} 次</span><br>" +
            $"原因：<span class=\"reason\">{m.Reason}</span>" +
            $"<div style=\"display:flex;gap:.5rem\">{Button(path + "/retry", proof, "重试", "#c00")}{Button(path + "/discard", proof, "丢弃", "#666")}</div></li>");
    }

    private static Html Button(string action, string proof, string label, string color) => Html.Of(
        $"<form method=\"post\" action=\"{action}\" style=\"margin:0\">{DashboardLayout.Proof(proof)}" +
        $"<button type=\"submit\" style=\"width:auto;margin-top:.4rem;padding:.2rem 1rem;background:{color}\">{label}</button></form>");

    private static Html History(IReadOnlyList<PoisonAuditEntry> history) => history.Count == 0 ? Html.Empty : Html.Of(
        $"<h3 style=\"font-size:1rem\">处理记录</h3><ul id=\"poison-history\" style=\"{DashboardLayout.ListStyle}\">" +
        $"{history.Select(e => Html.Of($"<li style=\"{DashboardLayout.ItemStyle}\">{DashboardLayout.Time(e.At)} · {e.Actor} · {Label(e.Action)} · " +
            $"{e.Queue} · {e.Summary}<br><span class=\"hint\">原因：{e.Reason}</span></li>"))}</ul>");

    public static string Label(PoisonAction action) => action == PoisonAction.Retry ? "重试" : "丢弃";
}
