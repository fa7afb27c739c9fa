using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>A function the worker reported, with its trigger binding as written in its metadata.</summary>
internal sealed record FunctionDefinition(string Name, string FunctionId, string TriggerName, string TriggerType, JsonObject Trigger, RpcFunctionMetadata Metadata)
{
    public string? Property(string key) => Trigger[key]?.GetValue<object>()?.ToString();

    public bool Flag(string key, bool whenAbsent) => Trigger[key] is { } value
        ? value.GetValueKind() == System.Text.Json.JsonValueKind.True || string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase)
        : whenAbsent;

    public bool IsHttp => TriggerType.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase);
    public bool IsQueue => TriggerType.Equals("queueTrigger", StringComparison.OrdinalIgnoreCase);
    public bool IsTimer => TriggerType.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase);
}
