using System.Net.Sockets;
using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>Keeps one worker process running, as the Functions host does: starts it and performs the handshake, and when
/// it exits unasked fails what it had in flight at once and starts a new one, waiting longer while starts keep failing.</summary>
internal sealed class WorkerSupervisor(ILoggerFactory loggers)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);
    private readonly ILogger _logger = loggers.CreateLogger("Host.Worker");
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WorkerChannel? _connecting;
    private WorkerSession? _current;
    private ChildProcess? _latest;
    private Task _watching = Task.CompletedTask;

    /// <summary>The running worker, or null while it is (re)starting.</summary>
    public WorkerSession? Current => Volatile.Read(ref _current);

    /// <summary>Called with each worker that replaced one that exited (its HttpUri may differ).</summary>
    public Action<WorkerSession>? Restarted { get; set; }

    public Task WhenReadyAsync(CancellationToken cancellationToken) => Volatile.Read(ref _ready).Task.WaitAsync(cancellationToken);

    /// <summary>Starts the first worker; its failure to start is the host's (thrown, with the worker's last output).</summary>
    public async Task<IReadOnlyList<FunctionDefinition>> StartAsync(WorkerLaunch launch, CancellationToken cancellationToken)
    {
        var (functions, session) = await StartSessionAsync(launch, cancellationToken);
        Publish(session);
        _watching = Task.Run(() => WatchAsync(launch, session));
        return functions;
    }

    /// <summary>The worker's <c>EventStream</c> call: handed to the channel of the worker being started.</summary>
    public Task AcceptStreamAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref _connecting, null) is { } channel
            ? channel.RunStreamAsync(requests, responses, cancellationToken)
            : throw new Grpc.Core.RpcException(new Status(StatusCode.Unavailable, "No worker is expected to connect now."));

    private async Task<(IReadOnlyList<FunctionDefinition>, WorkerSession)> StartSessionAsync(WorkerLaunch launch, CancellationToken cancellationToken)
    {
        var channel = new WorkerChannel(loggers);
        var output = new WorkerOutputTail(loggers.CreateLogger("Worker.Console"));
        Volatile.Write(ref _connecting, channel);
        var process = WorkerProcess.Start(launch.AppDirectory, launch.FunctionsUri, Guid.NewGuid().ToString(), launch.Settings, output.Write);
        _latest = process;
        Console.WriteLine($"Worker started (pid {process.Id}) from {launch.AppDirectory}.");
        try
        {
            var started = await Task.WhenAny(channel.Started, process.Exited, Task.Delay(StartTimeout, cancellationToken));
            if (started != channel.Started || !channel.Started.IsCompletedSuccessfully)
                throw new InvalidOperationException(process.HasExited
                    ? $"The Function App stopped during start-up (exit code {process.ExitCode}):{Environment.NewLine}{output.Tail()}"
                    : "The Function App did not connect to the host within 60 seconds.");
            var (functions, httpUri) = await WorkerStartup.HandshakeAsync(channel, launch.AppDirectory, cancellationToken);
            if (httpUri is null && functions.Any(f => f.IsHttp))
                throw new InvalidOperationException("The worker has HTTP functions but reported no HttpUri: call ConfigureFunctionsWebApplication() in Program.cs.");
            if (httpUri is not null)
                await WaitUntilListeningAsync(httpUri, cancellationToken);
            return (functions, new WorkerSession(process, channel, functions.ToDictionary(f => f.Name, f => f.FunctionId), httpUri));
        }
        catch
        {
            channel.Close("The worker did not start.");
            await process.StopAsync(TimeSpan.FromSeconds(1));
            throw;
        }
    }

    private void Publish(WorkerSession session)
    {
        Volatile.Write(ref _current, session);
        Volatile.Read(ref _ready).TrySetResult();
    }

    private async Task WatchAsync(WorkerLaunch launch, WorkerSession session)
    {
        var stopping = _stopping.Token;
        while (true)
        {
            try { await session.Process.Exited.WaitAsync(stopping); }
            catch (OperationCanceledException) { return; }
            Volatile.Write(ref _ready, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            Volatile.Write(ref _current, null);
            session.Channel.Close($"The worker process (pid {session.Process.Id}) exited.");
            _logger.LogError("Worker (pid {ProcessId}) exited with code {ExitCode}: starting a new one", session.Process.Id, session.Process.ExitCode);
            await session.Process.DisposeAsync();
            for (var pause = TimeSpan.FromSeconds(1); ; pause = Min(pause * 2, LongestPause))
            {
                try
                {
                    (_, session) = await StartSessionAsync(launch, stopping);
                    break;
                }
                catch (OperationCanceledException) { return; }
                catch (Exception ex) when (ex is InvalidOperationException or IOException)
                {
                    _logger.LogError("The worker did not start again ({Error}); next try in {Pause}", ex.Message, pause);
                    try { await Task.Delay(pause, stopping); }
                    catch (OperationCanceledException) { return; }
                }
            }
            Restarted?.Invoke(session);
            Publish(session);
            _logger.LogWarning("Worker restarted (pid {ProcessId})", session.Process.Id);
        }
    }

    /// <summary>Stops watching, asks the worker to shut down, and ends its process.</summary>
    public async Task StopAsync()
    {
        _stopping.Cancel();
        await _watching;
        Current?.Channel.Terminate(TimeSpan.FromSeconds(1));
        if (_latest is not null)
            await _latest.StopAsync(TimeSpan.FromSeconds(3));
    }

    /// <summary>The worker announces its HttpUri before its Kestrel listens: ready waits for both.</summary>
    private static async Task WaitUntilListeningAsync(Uri uri, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.Add(StartTimeout);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(uri.Host, uri.Port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
