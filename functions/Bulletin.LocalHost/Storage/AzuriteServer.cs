using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bulletin.LocalHost.Storage;

/// <summary>Azurite, the Azure Storage emulator, as a child process on free ports.
/// It is installed from the repository's package.json (npm ci) when node_modules lacks it.</summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    private const string AccountName = "devstoreaccount1";
    // Azurite's well-known development key: public, documented, and only valid against the emulator.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly ChildProcess _process;

    private AzuriteServer(ChildProcess process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";
    }

    public string ConnectionString { get; }
    public int ProcessId => _process.Id;

    /// <param name="repositoryRoot">Folder holding package.json (azurite pinned there).</param>
    /// <param name="dataDirectory">Where Azurite keeps its data; null keeps it in memory (tests).</param>
    public static async Task<AzuriteServer> StartAsync(string repositoryRoot, string? dataDirectory, Action<string> log, CancellationToken cancellationToken)
    {
        var script = await EnsureInstalledAsync(repositoryRoot, log, cancellationToken);
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = repositoryRoot };
        foreach (var argument in new[] { script, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                     "--blobPort", "0", "--queuePort", "0", "--tablePort", "0", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--silent" })
            startInfo.ArgumentList.Add(argument);
        if (dataDirectory is null)
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        else
        {
            System.IO.Directory.CreateDirectory(dataDirectory);
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(dataDirectory);
        }

        var ports = new Dictionary<string, int>();
        var allListening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        var process = ChildProcess.Start(startInfo, line =>
        {
            lock (ports)
            {
                output.Add(line);
                var match = ListeningLine().Match(line);
                if (match.Success)
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value);
                if (ports.Count == 3)
                    allListening.TrySetResult();
            }
        });
        try
        {
            var finished = await Task.WhenAny(allListening.Task, process.Exited, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken));
            if (finished != allListening.Task)
                throw new InvalidOperationException("Azurite did not start: " + string.Join(Environment.NewLine, output.TakeLast(20)));
            return new AzuriteServer(process, ports["Blob"], ports["Queue"], ports["Table"]);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static async Task<string> EnsureInstalledAsync(string repositoryRoot, Action<string> log, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        // Test fixtures start in parallel: one npm ci at a time.
        await InstallLock.WaitAsync(cancellationToken);
        try { return File.Exists(script) ? script : await InstallAsync(repositoryRoot, script, log, cancellationToken); }
        finally { InstallLock.Release(); }
    }

    private static async Task<string> InstallAsync(string repositoryRoot, string script, Action<string> log, CancellationToken cancellationToken)
    {
        log("Installing Azurite (npm, once)…");
        var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = repositoryRoot };
        await using var install = ChildProcess.Start(npm, log);
        await install.Exited.WaitAsync(cancellationToken);
        if (install.ExitCode != 0 || !File.Exists(script))
            throw new InvalidOperationException($"'npm ci' in {repositoryRoot} failed (exit {install.ExitCode}): Node.js 20 and npm are needed to run Azurite.");
        return script;
    }

    public async ValueTask DisposeAsync() => await _process.StopAsync(TimeSpan.FromSeconds(2));

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
