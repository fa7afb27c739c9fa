using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.LocalHost.Settings;

/// <summary>The parts of the app's host.json the local host honours: the HTTP route prefix and the queue options.
/// As in Azure, an app setting <c>AzureFunctionsJobHost__extensions__queues__visibilityTimeout</c> (and so on) overrides the file.</summary>
public sealed record HostJsonFile(string RoutePrefix, QueueOptions Queues)
{
    private const string OverridePrefix = "AzureFunctionsJobHost__";

    public static HostJsonFile Read(string appDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var path = Path.Combine(appDirectory, "host.json");
        var root = File.Exists(path)
            ? JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            : null;
        root ??= new JsonObject();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            if (key.StartsWith(OverridePrefix, StringComparison.OrdinalIgnoreCase))
                Override(root.AsObject(), key[OverridePrefix.Length..].Split("__"), value);
        var extensions = root["extensions"];
        var routePrefix = extensions?["http"]?["routePrefix"]?.ToString() ?? "api";
        var queues = extensions?["queues"];
        var defaults = new QueueOptions();
        return new HostJsonFile(routePrefix.Trim('/'), new QueueOptions
        {
            BatchSize = Int(queues?["batchSize"]) ?? defaults.BatchSize,
            NewBatchThreshold = Int(queues?["newBatchThreshold"]),
            MaxDequeueCount = Int(queues?["maxDequeueCount"]) ?? defaults.MaxDequeueCount,
            VisibilityTimeout = Time(queues?["visibilityTimeout"]) ?? defaults.VisibilityTimeout,
            MaxPollingInterval = Time(queues?["maxPollingInterval"]) ?? defaults.MaxPollingInterval,
        });
    }

    private static void Override(JsonObject node, string[] path, string value)
    {
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (node[path[i]] is not JsonObject child)
                node[path[i]] = child = new JsonObject();
            node = child;
        }
        node[path[^1]] = value;
    }

    private static int? Int(JsonNode? node) => node is null ? null : int.Parse(node.ToString());
    private static TimeSpan? Time(JsonNode? node) => node is null ? null : TimeSpan.Parse(node.ToString());
}

/// <summary>Queue trigger options with the Storage extension's defaults (<c>QueuesOptions</c>).</summary>
public sealed record QueueOptions
{
    public int BatchSize { get; init; } = 16;
    /// <summary>Fetch more when fewer than this many run; the extension's default is half the batch size.</summary>
    public int? NewBatchThreshold { get; init; }
    public int MaxDequeueCount { get; init; } = 5;
    /// <summary>How long a failed message stays invisible before its next try.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2;
}
