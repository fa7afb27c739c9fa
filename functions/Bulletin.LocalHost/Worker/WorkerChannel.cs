using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>One worker's event stream: sends requests and completes each with the worker's matching response. Once the
/// stream closes or the process is gone, waiting requests fail at once and new ones fail as they are sent.</summary>
internal sealed class WorkerChannel(ILoggerFactory loggers)
{
    private volatile bool _closed;
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource<string> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggers.CreateLogger("Worker");

    /// <summary>Completes with the worker id once the worker has opened its stream.</summary>
    public Task<string> Started => _started.Task;

    public async Task RunStreamAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        var writer = WriteOutboundAsync(responses, cancellationToken);
        try
        {
            await foreach (var message in requests.ReadAllAsync(cancellationToken))
                Receive(message);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or Grpc.Core.RpcException)
        {
            // The worker went away; pending callers are failed below.
        }
        finally
        {
            Close("The worker closed its stream.");
        }
        await writer.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public Task<StreamingMessage> InitializeAsync(WorkerInitRequest request) =>
        SendAsync("init", new StreamingMessage { WorkerInitRequest = request });

    public Task<StreamingMessage> GetMetadataAsync(FunctionsMetadataRequest request) =>
        SendAsync("metadata", new StreamingMessage { FunctionsMetadataRequest = request });

    public Task<StreamingMessage> LoadAsync(FunctionLoadRequest request) =>
        SendAsync("load:" + request.FunctionId, new StreamingMessage { FunctionLoadRequest = request });

    public Task<StreamingMessage> InvokeAsync(InvocationRequest request) =>
        SendAsync("invoke:" + request.InvocationId, new StreamingMessage { InvocationRequest = request });

    /// <summary>Fails every request still waiting for the worker, and every later one.</summary>
    public void Close(string reason)
    {
        _closed = true;
        foreach (var key in _pending.Keys)
            if (_pending.TryRemove(key, out var pending))
                pending.TrySetException(new WorkerUnavailableException(reason));
        _started.TrySetException(new WorkerUnavailableException(reason));
        _outbound.Writer.TryComplete();
    }

    /// <summary>Asks the worker to shut down; no answer is expected.</summary>
    public void Terminate(TimeSpan grace) =>
        _outbound.Writer.TryWrite(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(grace) } });

    private Task<StreamingMessage> SendAsync(string key, StreamingMessage message)
    {
        var completion = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(key, completion))
            throw new InvalidOperationException($"A request '{key}' is already waiting for the worker.");
        message.RequestId = Guid.NewGuid().ToString();
        // Checked after adding: a Close that ran meanwhile may not have seen this request.
        if (_closed || !_outbound.Writer.TryWrite(message))
        {
            _pending.TryRemove(key, out _);
            completion.TrySetException(new WorkerUnavailableException("The worker is not running."));
        }
        return completion.Task;
    }

    private void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _started.TrySetResult(message.StartStream.WorkerId);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                Complete("init", message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                Complete("metadata", message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Complete("load:" + message.FunctionLoadResponse.FunctionId, message);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete("invoke:" + message.InvocationResponse.InvocationId, message);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                WorkerLog.Write(loggers, message.RpcLog);
                break;
            default:
                _logger.LogDebug("Ignored worker message {Content}", message.ContentCase);
                break;
        }
    }

    private void Complete(string key, StreamingMessage message)
    {
        if (_pending.TryRemove(key, out var completion))
            completion.TrySetResult(message);
        else
            _logger.LogWarning("Worker answered {Key}, which nobody asked for", key);
    }

    private async Task WriteOutboundAsync(IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken))
                await responses.WriteAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException)
        {
            // Stream closed: nothing more can reach the worker.
        }
    }
}
