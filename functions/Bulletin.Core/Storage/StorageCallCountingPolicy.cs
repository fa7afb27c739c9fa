using Azure.Core;
using Azure.Core.Pipeline;

namespace Bulletin.Storage;

/// <summary>Counts each HTTP request a storage client sends (retries included) as <c>{service} {method} {resource}</c>.</summary>
internal sealed class StorageCallCountingPolicy(StorageCallCounter counter, string service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        counter.Count($"{service} {message.Request.Method} {Resource(service, message.Request.Uri.Path, message.Request.Uri.Query)}");

    /// <summary>What the request addresses, from its path's last segment and query (path-style Azurite URLs and
    /// host-style Azure URLs alike).</summary>
    internal static string Resource(string service, string path, string query)
    {
        var last = path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
        return service switch
        {
            // The account's own properties or statistics: a management permission the app's roles in Azure lack.
            _ when query.Contains("restype=service", StringComparison.Ordinal) => "service",
            "table" when last == "Tables" || last.StartsWith("Tables(", StringComparison.Ordinal) => "table",
            "table" when last == "$batch" => "batch",
            "table" when last.Contains("PartitionKey", StringComparison.Ordinal) => "entity",
            "table" => "entities",
            "queue" when last == "messages" => "messages",
            "queue" when path.Contains("/messages/", StringComparison.Ordinal) => "message",
            "queue" => "queue",
            "blob" when query.Contains("comp=list", StringComparison.Ordinal) => "list",
            "blob" when query.Contains("restype=container", StringComparison.Ordinal) => "container",
            _ => service,
        };
    }
}
