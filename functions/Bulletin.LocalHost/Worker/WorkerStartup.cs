using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>The handshake the Functions host performs with a new worker: init (learning its HttpUri),
/// function metadata (worker indexing), then one load request per function.</summary>
internal static class WorkerStartup
{
    public const string HostVersion = "4.1040.0";

    public static async Task<(IReadOnlyList<FunctionDefinition> Functions, Uri? HttpUri)> HandshakeAsync(
        WorkerChannel channel, string appDirectory, CancellationToken cancellationToken)
    {
        var init = (await channel.InitializeAsync(new WorkerInitRequest
        {
            HostVersion = HostVersion, FunctionAppDirectory = appDirectory, WorkerDirectory = appDirectory,
        }).WaitAsync(cancellationToken)).WorkerInitResponse;
        EnsureSucceeded(init.Result, "Worker initialisation");
        Uri? httpUri = init.Capabilities.TryGetValue("HttpUri", out var uri) ? new Uri(uri) : null;

        var metadata = (await channel.GetMetadataAsync(new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory })
            .WaitAsync(cancellationToken)).FunctionMetadataResponse;
        EnsureSucceeded(metadata.Result, "Reading function metadata");
        if (metadata.UseDefaultMetadataIndexing)
            throw new InvalidOperationException("The worker asked the host to index functions itself; set workerIndexing in worker.config.json (the Worker SDK does).");
        var functions = FunctionCatalog.Read(metadata.FunctionMetadataResults, appDirectory);

        var loads = functions.Select(f => channel.LoadAsync(new FunctionLoadRequest { FunctionId = f.FunctionId, Metadata = f.Metadata }));
        foreach (var load in await Task.WhenAll(loads).WaitAsync(cancellationToken))
            EnsureSucceeded(load.FunctionLoadResponse.Result, $"Loading function {load.FunctionLoadResponse.FunctionId}");
        return (functions, httpUri);
    }

    private static void EnsureSucceeded(StatusResult result, string step)
    {
        if (result.Status != StatusResult.Types.Status.Success)
            throw new InvalidOperationException($"{step} failed: {result.Exception?.Message ?? result.Result}");
    }
}
