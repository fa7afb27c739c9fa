using System.Text.Json;
using Bulletin.Intake;

namespace Bulletin.Operations.PoisonMessages;

/// <summary>A readable line for a queue message: its JSON fields with Chinese names (稿件 20261125-K7Q2M9, 期 2026-007 …),
/// and for <c>inbound-mail</c> the stored request in container <c>inbound</c> it names.</summary>
public static class PoisonMessageSummary
{
    private const int MaxLength = 300;

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BlobName"] = "存储的来信", ["ReceivedAt"] = "收到", ["SubmissionId"] = "稿件", ["DecisionId"] = "决定", ["Number"] = "编号",
        ["Year"] = "年份", ["Series"] = "刊物", ["Attempt"] = "第几次发送", ["IssueKey"] = "期", ["BatchId"] = "批次", ["RequestedBy"] = "操作人",
        ["WaitsForPublished"] = "等待发布次数", ["Try"] = "第几次尝试",
    };

    public static (string Summary, string? InboundBlob) Describe(string queue, string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return (Bounded("（不是 JSON）" + body), null);
        }
        if (root.ValueKind != JsonValueKind.Object)
            return (Bounded(body), null);
        var fields = root.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => $"{FieldNames.GetValueOrDefault(p.Name, p.Name)} {p.Value}");
        var blob = queue == IntakeQueues.InboundMail && root.TryGetProperty(nameof(InboundDelivery.BlobName), out var name) ? name.GetString() : null;
        return (Bounded(string.Join("，", fields)), blob);
    }

    private static string Bounded(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
