using System.Diagnostics;

namespace Bulletin.LocalHost.Worker;

/// <summary>Starts the Function App as the real worker process, with the arguments and environment Azure's host gives it.</summary>
internal static class WorkerProcess
{
    public static ChildProcess Start(string appDirectory, Uri functionsUri, string workerId, IReadOnlyDictionary<string, string> environment, Action<string> onOutputLine)
    {
        var assembly = FindEntryAssembly(appDirectory);
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = appDirectory };
        foreach (var argument in new[] { assembly, "--functions-uri", functionsUri.ToString(), "--functions-worker-id", workerId,
                     "--functions-request-id", Guid.NewGuid().ToString(), "--functions-grpc-max-message-length", int.MaxValue.ToString() })
            startInfo.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
            startInfo.Environment[key] = value;
        startInfo.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        startInfo.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        startInfo.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        return ChildProcess.Start(startInfo, onOutputLine);
    }

    /// <summary>The app's assembly, as named by worker.config.json's defaultWorkerPath.</summary>
    private static string FindEntryAssembly(string appDirectory)
    {
        var config = Path.Combine(appDirectory, "worker.config.json");
        if (!File.Exists(config))
            throw new FileNotFoundException($"{config} was not found: build the Function App first (dotnet build).");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(config));
        var workerPath = json?["description"]?["defaultWorkerPath"]?.ToString()
            ?? throw new InvalidOperationException($"{config} has no description.defaultWorkerPath.");
        return Path.Combine(appDirectory, workerPath);
    }
}
