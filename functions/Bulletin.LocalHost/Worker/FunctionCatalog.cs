using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>Turns the worker's function metadata into load requests and trigger definitions,
/// converting raw bindings the way the Functions host does (the worker reads the typed bindings).</summary>
internal static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> Read(IEnumerable<RpcFunctionMetadata> metadata, string appDirectory)
    {
        var functions = new List<FunctionDefinition>();
        foreach (var function in metadata)
        {
            var bindings = function.RawBindings.Select(raw => (JsonObject)JsonNode.Parse(raw)!).ToList();
            foreach (var binding in bindings)
                function.Bindings[Text(binding, "name")] = ToBindingInfo(binding);
            if (!Path.IsPathRooted(function.ScriptFile))
                function.ScriptFile = Path.Combine(appDirectory, function.ScriptFile);
            if (string.IsNullOrEmpty(function.Directory))
                function.Directory = appDirectory;
            if (string.IsNullOrEmpty(function.FunctionId))
                function.FunctionId = Guid.NewGuid().ToString();

            var trigger = bindings.Single(b => Text(b, "type").EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
            functions.Add(new FunctionDefinition(function.Name, function.FunctionId, Text(trigger, "name"), Text(trigger, "type"), trigger, function));
        }
        return functions;
    }

    private static BindingInfo ToBindingInfo(JsonObject binding)
    {
        var info = new BindingInfo
        {
            Type = Text(binding, "type"),
            Direction = Text(binding, "direction").ToLowerInvariant() switch
            {
                "out" => BindingInfo.Types.Direction.Out,
                "inout" => BindingInfo.Types.Direction.Inout,
                _ => BindingInfo.Types.Direction.In,
            },
        };
        if (binding["dataType"]?.ToString() is { Length: > 0 } dataType && Enum.TryParse<BindingInfo.Types.DataType>(dataType, true, out var parsed))
            info.DataType = parsed;
        return info;
    }

    private static string Text(JsonObject binding, string key) => binding[key]?.ToString() ?? "";
}
