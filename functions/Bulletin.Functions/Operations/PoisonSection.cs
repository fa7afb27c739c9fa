using Bulletin.Operations.PoisonMessages.Storage;
using Bulletin.Functions.Pages;
using Bulletin.Operations.PoisonMessages;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Operations;

/// <summary>失败的任务 on the quarantine page: each poison message with its queue, time, tries, what it is about (and the stored
/// request to download), the reason, and 重试 / 丢弃 forms; below, who did what lately.</summary>
internal static class PoisonSection
{
    public static string Render(PoisonList poison, IReadOnlyList<PoisonAuditEntry> history, string proof)
    {
        var heading = $"<h2 id=\"poison-count\" style=\"font-size:1.1rem\">失败的任务（{poison.Total}）</h2>" +
            "<p class=\"hint\">这些任务重试 5 次仍失败，已停止处理。排除原因后可“重试”（放回原队列），或“丢弃”。每次操作都会记录。</p>";
        var items = poison.Messages.Count == 0
            ? "<p class=\"hint\">没有失败的任务。</p>"
            : $"<ul id=\"poison\" style=\"{DashboardLayout.ListStyle}\">" + string.Concat(poison.Messages.Select(m => Item(m, proof))) + "</ul>" +
              (poison.Total > poison.Messages.Count ? $"<p class=\"hint\">只列出每个队列最早的 {PoisonMessageDesk.ListedPerQueue} 条。</p>" : "");
        return heading + items + History(history);
    }

    private static string Item(PoisonMessage m, string proof)
    {
        var path = $"/api/dashboard/poison/{Uri.EscapeDataString(m.Queue)}/{Uri.EscapeDataString(m.MessageId)}";
        var blob = m.InboundBlob is { } name ? $"<br><a href=\"/api/dashboard/inbound?blob={Uri.EscapeDataString(name)}\">下载原始来信</a>" : "";
        return $"<li style=\"{DashboardLayout.ItemStyle}\" data-message=\"{Encode(m.MessageId)}\"><strong>{Encode(m.Queue)}</strong> · {Encode(m.Summary)}{blob}<br>" +
            $"<span class=\"hint\">{(m.InsertedAt is { } at ? DashboardLayout.Time(at) : "")} · 已尝试 {m.DequeueCount} 次</span><br>" +
            $"原因：<span class=\"reason\">{Encode(m.Reason)}</span>" +
            "<div style=\"display:flex;gap:.5rem\">" + Button(path + "/retry", proof, "重试", "#c00") + Button(path + "/discard", proof, "丢弃", "#666") + "</div></li>";
    }

    private static string Button(string action, string proof, string label, string color) =>
        $"<form method=\"post\" action=\"{action}\" style=\"margin:0\">{DashboardLayout.Proof(proof)}" +
        $"<button type=\"submit\" style=\"width:auto;margin-top:.4rem;padding:.2rem 1rem;background:{color}\">{label}</button></form>";

    private static string History(IReadOnlyList<PoisonAuditEntry> history) => history.Count == 0 ? "" :
        "<h3 style=\"font-size:1rem\">处理记录</h3>" + $"<ul id=\"poison-history\" style=\"{DashboardLayout.ListStyle}\">" +
        string.Concat(history.Select(e => $"<li style=\"{DashboardLayout.ItemStyle}\">{DashboardLayout.Time(e.At)} · {Encode(e.Actor)} · {Label(e.Action)} · " +
            $"{Encode(e.Queue)} · {Encode(e.Summary)}<br><span class=\"hint\">原因：{Encode(e.Reason)}</span></li>")) + "</ul>";

    public static string Label(PoisonAction action) => action == PoisonAction.Retry ? "重试" : "丢弃";
}
